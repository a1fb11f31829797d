/**
 * Characters: the hover on a name, rename across the story (and in `fanfic.json`), the
 * Characters view's list and a name's mentions in a file. Whether a word is a character is the
 * story's decision (`Story.isCharacter`).
 */

import { type Hover, MarkupKind, TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { type CharacterInfo, CharactersRequest, type CharactersResult, MentionsRequest } from '../../common/protocol';
import { buildModel, describeCharacter, inferNames, LineIndex, mentionAt, mentionsOf, renameCharacterChanges } from '../../core';
import { onRequest } from '../rpc';
import { skipReason } from '../skip';
import type { Workspace } from '../workspace';
import { quotationAt, quotationsOf, speakerHover } from './speakers';

export function registerCharacters(ws: Workspace): void {
  const { connection } = ws;
  connection.onHover((params) => hover(ws, params.textDocument.uri, params.position));

  connection.onPrepareRename(async (params) => {
    const uri = params.textDocument.uri;
    const model = await ws.currentModel(uri);
    if (!ws.states.has(uri) || !model) return null;
    const mention = mentionAt(model, model.lines.offset(params.position));
    if (!mention || !ws.isCharacter(mention.name, uri)) {
      throw new Error('Only a character name can be renamed here: a name in the character list, or one the story uses twice.');
    }
    return { range: model.lines.range(mention.range), placeholder: mention.name };
  });

  connection.onRenameRequest((params) => rename(ws, params.textDocument.uri, params.position, params.newName));
  onRequest(connection, CharactersRequest, (params) => characters(ws, params.uri));

  onRequest(connection, MentionsRequest, async (params) => {
    const story = ws.storyOf(params.uri) ?? [...ws.stories.values()].find((s) => s.files.has(params.uri));
    const text = ws.fileText(params.uri, story);
    if (text === undefined || skipReason(text)) return { ranges: [] };
    const model = (await ws.currentModel(params.uri)) ?? buildModel(text);
    return { ranges: mentionsOf(model, params.name).map((m) => model.lines.range(m.range)) };
  });
}

async function hover(ws: Workspace, uri: string, position: { line: number; character: number }): Promise<Hover | null> {
  const state = ws.states.get(uri);
  const model = await ws.currentModel(uri);
  if (!state || !model) return null;
  const offset = model.lines.offset(position);
  const mention = mentionAt(model, offset);
  const options = state.analyzer.resolved;
  const story = ws.storyOf(uri);
  // Not on a character's name: on a quotation, its speaker.
  const quotation = (): Hover | null => {
    const q = quotationAt(
      quotationsOf(model, options, story?.total ?? state.result?.names ?? new Map(), story?.totalMid ?? state.result?.namesMidSentence ?? new Map()),
      offset,
    );
    return q ? { contents: { kind: MarkupKind.Markdown, value: speakerHover(q) }, range: model.lines.range(q) } : null;
  };
  if (!mention) return quotation();
  const variantOf = options.variants.get(mention.name);
  const name = variantOf ?? mention.name;
  if (!variantOf && !ws.isCharacter(name, uri)) return quotation();
  const inFile = mentionsOf(model, name);
  const value = describeCharacter({
    written: mention.name,
    variantOf,
    character: options.characters.find((c) => c.name === name || (c.aliases ?? []).includes(name)),
    inFile: inFile.length,
    inStory: story ? (story.total.get(name) ?? 0) : inFile.length,
    files: story ? story.filesMentioning(name).map((f) => f.uri) : [],
    firstLine: inFile.length > 0 ? model.lines.position(inFile[0].range.start).line : undefined,
  });
  return { contents: { kind: MarkupKind.Markdown, value }, range: model.lines.range(mention.range) };
}

async function rename(ws: Workspace, uri: string, position: { line: number; character: number }, newName: string): Promise<WorkspaceEdit | null> {
  // The story's files first: the model is read after the wait, so its offsets are the text's now.
  const story = ws.storyOf(uri);
  if (story?.loading) await story.loading;
  const state = ws.states.get(uri);
  const model = await ws.currentModel(uri);
  if (!state || !model) return null;
  const mention = mentionAt(model, model.lines.offset(position));
  if (!mention) return null;
  const old = mention.name;
  const next = newName.trim();
  if (!next || /\s{2,}|[\r\n]/.test(next)) throw new Error('A name is one line of text.');
  const changes: Record<string, TextEdit[]> = {};
  for (const file of new Set<string>([uri, ...(story ? story.files.keys() : [])])) {
    const text = ws.fileText(file, story);
    if (text === undefined || skipReason(text)) continue;
    const fileModel = file === uri ? model : buildModel(text);
    const edits = mentionsOf(fileModel, old, { headings: true }).map((m) => TextEdit.replace(fileModel.lines.range(m.range), next));
    if (edits.length > 0) changes[file] = edits;
  }
  // The character list follows: the name, or the alias, is renamed in fanfic.json too (its name
  // strings only; the extension makes this part again from the file as it is now, see client/rename.ts).
  const config = state.story;
  if (config?.configUri && config.text) {
    const lines = new LineIndex(config.text);
    const edits = renameCharacterChanges(config.text, old, next).map((c) => TextEdit.replace(lines.range(c), c.text));
    if (edits.length > 0) changes[config.configUri] = edits;
  }
  return { changes };
}

async function characters(ws: Workspace, uri: string): Promise<CharactersResult> {
  const state = ws.states.get(uri);
  const config = state?.story;
  const story = ws.storyOf(uri);
  if (story?.loading) await story.loading;
  if (!state || !config || !story) return { storyUri: config?.storyUri ?? '', configUri: config?.configUri ?? null, characters: [] };
  const options = state.analyzer.resolved;
  const byName = new Map(inferNames(story.total, story.totalMid, options).map((n) => [n.name, n]));
  const list: CharacterInfo[] = [];
  for (const c of options.characters) {
    const n = byName.get(c.name);
    byName.delete(c.name);
    list.push({
      name: c.name,
      count: story.total.get(c.name) ?? 0,
      roster: true,
      aliases: c.aliases ?? [],
      description: c.description,
      pronouns: c.pronouns,
      variants: n?.variants ?? [],
      files: story.filesMentioning(c.name),
    });
  }
  for (const n of byName.values()) {
    if (!story.isCharacter(n.name, options)) continue;
    list.push({ name: n.name, count: n.count, roster: false, aliases: [], variants: n.variants, files: story.filesMentioning(n.name) });
  }
  list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { storyUri: config.storyUri, configUri: config.configUri, characters: list };
}
