/**
 * Edits to `fanfic.json` text, in place: a word or character is inserted with `jsonc-parser`, so
 * comments, key order and formatting survive, and nothing already saved is ever dropped. The host
 * re-reads the file right before calling these and writes the result back atomically.
 */

import { applyEdits, findNodeAtLocation, type FormattingOptions, modify, parseTree } from 'jsonc-parser';
import type { Character } from './options';
import type { FindingAction } from './types';

function formatting(text: string): FormattingOptions {
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.includes('\t'),
    tabSize: indent.includes('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** A new `fanfic.json` for a story that has none. */
export function newStoryConfigText(): string {
  return '{\n  "characters": [],\n  "words": []\n}\n';
}

/**
 * Adds `value` to the string list `key` ("words", "ignore") unless it is already there. Returns
 * the new text, or the same text when nothing changed. Throws when the file cannot be parsed,
 * so a broken file is never overwritten.
 */
export function addToList(text: string, key: 'words' | 'ignore', value: string): string {
  const source = text.trim() === '' ? newStoryConfigText() : text;
  const errors: import('jsonc-parser').ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true });
  if (!root || root.type !== 'object' || errors.length > 0) {
    throw new Error('fanfic.json has errors; fix them before adding words, so nothing in it is lost.');
  }
  const list = findNodeAtLocation(root, [key]);
  if (list && list.type !== 'array') throw new Error(`"${key}" in fanfic.json is not a list.`);
  const existing = (list?.children ?? []).map((n) => n.value);
  if (existing.includes(value)) return text;
  const path = list ? [key, existing.length] : [key];
  const edits = modify(source, path, list ? value : [value], { formattingOptions: formatting(source), isArrayInsertion: Boolean(list) });
  return applyEdits(source, edits);
}

/** Adds a character to the roster, or merges into the one with the same name. */
export function addCharacter(text: string, character: Character): string {
  const source = text.trim() === '' ? newStoryConfigText() : text;
  const errors: import('jsonc-parser').ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true });
  if (!root || root.type !== 'object' || errors.length > 0) {
    throw new Error('fanfic.json has errors; fix them before adding characters, so nothing in it is lost.');
  }
  const list = findNodeAtLocation(root, ['characters']);
  if (list && list.type !== 'array') throw new Error('"characters" in fanfic.json is not a list.');
  const items = list?.children ?? [];
  const index = items.findIndex((n) => findNodeAtLocation(n, ['name'])?.value === character.name);
  const fmt = { formattingOptions: formatting(source) };
  if (index < 0) {
    const path = list ? ['characters', items.length] : ['characters'];
    return applyEdits(source, modify(source, path, list ? character : [character], { ...fmt, isArrayInsertion: Boolean(list) }));
  }
  // Merge aliases and variants into the existing entry, keeping what is there.
  let out = source;
  for (const field of ['aliases', 'variants'] as const) {
    for (const v of character[field] ?? []) {
      const tree = parseTree(out)!;
      const node = findNodeAtLocation(tree, ['characters', index, field]);
      const values = (node?.children ?? []).map((n) => n.value);
      if (values.includes(v)) continue;
      const path = node ? ['characters', index, field, values.length] : ['characters', index, field];
      out = applyEdits(out, modify(out, path, node ? v : [v], { ...fmt, isArrayInsertion: Boolean(node) }));
    }
  }
  return out;
}

/** One replacement in `fanfic.json` text: offsets into the text it was computed from. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * The changes that rename the character `from` (a name or an alias) to `to`: only the name
 * strings, each replaced in place, computed from the text as it is now, so nothing else in the
 * file (an unsaved comment, a word added meanwhile) is touched. None when `from` is not listed
 * or the file does not parse as an object.
 */
export function renameCharacterChanges(text: string, from: string, to: string): TextChange[] {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  let root;
  try {
    root = parseTree(bom ? ` ${text.slice(1)}` : text, [], { allowTrailingComma: true });
  } catch {
    return [];
  }
  const list = root?.type === 'object' ? findNodeAtLocation(root, ['characters']) : undefined;
  if (!list || list.type !== 'array') return [];
  const changes: TextChange[] = [];
  const replace = (node: import('jsonc-parser').Node | undefined) => {
    if (node?.type === 'string' && node.value === from) changes.push({ start: node.offset, end: node.offset + node.length, text: JSON.stringify(to) });
  };
  for (const item of list.children ?? []) {
    if (item.type !== 'object') continue;
    replace(findNodeAtLocation(item, ['name']));
    for (const alias of findNodeAtLocation(item, ['aliases'])?.children ?? []) replace(alias);
  }
  return changes;
}

/**
 * The edit of `fanfic.json` text that a finding's action stands for ("Add to the story dictionary",
 * "Add as an alias of…"), with the action's arguments; undefined for an action that is not an edit
 * of the story (the user dictionary lives in the editor's settings).
 */
export function storyConfigEdit(action: FindingAction, args: readonly string[]): ((text: string) => string) | undefined {
  const [first, second] = args;
  if (!first) return undefined;
  switch (action) {
    case 'addToStoryDictionary':
      return (text) => addToList(text, 'words', first);
    case 'ignoreInStory':
      return (text) => addToList(text, 'ignore', first);
    case 'addAlias':
      return second ? (text) => addCharacter(text, { name: second, aliases: [first] }) : undefined;
    case 'addCharacter':
      return (text) => addCharacter(text, { name: first });
    case 'addToUserDictionary':
      return undefined;
  }
}
