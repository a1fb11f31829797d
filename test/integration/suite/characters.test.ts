import { parse } from 'jsonc-parser';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, waitFor, wordOffsets, wordRange } from '../helpers';

const NAME = 'Hermione';
const NEW_NAME = 'Hermia';
const CHAPTERS = ['chapter-01.fic', 'chapter-02.fic'];

/** A POV header such as `**Hermione's POV**`: a heading, not a line of the story's prose. */
const POV_HEADER = /^\s*\*\*[^*\n]+\*\*\s*$/;

async function readFixture(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name)));
}

/** Mentions of `name` in the prose of `text`: whole words ("Hermione's" counts), POV headers left out. */
function proseMentions(text: string, name: string): number {
  return text
    .split('\n')
    .filter((line) => !POV_HEADER.test(line))
    .reduce((n, line) => n + wordOffsets(line, name).length, 0);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
}

/** The offset of an LSP-style position in `text` (lines split on \n, as the fixtures are). */
function offsetAt(text: string, pos: vscode.Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < pos.line; i++) offset += lines[i].length + 1;
  return offset + pos.character;
}

function applyTextEdits(text: string, edits: vscode.TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetAt(text, e.range.start)) + e.newText + out.slice(offsetAt(text, e.range.end));
  return out;
}

suite('Characters: hover and rename', () => {
  suiteSetup(activateExtension);

  test('hovering "Hermione" shows her card with her mentions in the file and in the story', async () => {
    const doc = await openFixture('chapter-01.fic');
    const texts = await Promise.all(CHAPTERS.map(readFixture));
    const inFile = proseMentions(doc.getText(), NAME);
    const inStory = texts.reduce((n, t) => n + proseMentions(t, NAME), 0);
    assert.ok(inFile > 1 && inStory > inFile, `fixture: expected ${NAME} in both chapters (${inFile} in chapter 1, ${inStory} in all)`);

    // The first mention in the prose (the POV header comes before it).
    const at = wordRange(doc, NAME, 1).start.translate(0, 2);
    assert.equal(doc.getText(doc.getWordRangeAtPosition(at)), NAME, 'the hover position is not on the name');
    const expectedCounts = `${inFile} in this file · ${inStory} in the story (2 files)`;
    let last = '';
    const card = await waitFor(`a hover card for ${NAME} with "${expectedCounts}"`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      last = hoverText(hovers ?? []);
      // The story's other file is read in the background; its counts arrive a moment later.
      return last.includes('(2 files)') ? last : undefined;
    }).catch((err: Error) => {
      throw new Error(`${err.message}; last hover: ${JSON.stringify(last)}`);
    });
    assert.match(card, new RegExp(`\\*\\*${NAME}\\*\\*`), `the card does not name ${NAME} in bold: ${card}`);
    assert.ok(card.includes(`Mentions: ${expectedCounts}`), `the card's counts are not "Mentions: ${expectedCounts}": ${card}`);
  });

  test('renaming "Hermione" to "Hermia" edits every mention in both chapters and the character list', async () => {
    const doc = await openFixture('chapter-01.fic');
    const position = wordRange(doc, NAME, 1).start;
    const edit = await waitFor('a rename edit that reaches fanfic.json', async () => {
      const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, position, NEW_NAME);
      return e && e.has(fixtureUri('fanfic.json')) ? e : undefined;
    });

    const touched = edit
      .entries()
      .map(([uri]) => uri.toString())
      .sort();
    const expectedUris = [...CHAPTERS, 'fanfic.json'].map((n) => fixtureUri(n).toString()).sort();
    assert.deepEqual(touched, expectedUris, 'the rename does not touch exactly both chapters and fanfic.json');

    // Every file is checked before failing, so one run tells the whole story.
    const problems: string[] = [];
    for (const name of CHAPTERS) {
      const text = await readFixture(name);
      // Every whole-word "Hermione" of the file (possessives and the POV header included); the
      // variant "Hermoine" is a misspelling, not the name, and stays.
      const expected = wordOffsets(text, NAME);
      const edits = edit.get(fixtureUri(name));
      const got = edits.map((e) => offsetAt(text, e.range.start)).sort((a, b) => a - b);
      const quote = (o: number) => JSON.stringify(text.slice(Math.max(0, o - 15), o + NAME.length + 10));
      if (edits.length !== expected.length) {
        const missed = expected.filter((o) => !got.includes(o)).map(quote);
        problems.push(
          `${name}: ${edits.length} edit(s) for ${expected.length} mention(s) of ${NAME}${missed.length ? `; not renamed: ${missed.join(', ')}` : ''}`,
        );
      }
      for (const e of edits) {
        const replaced = text.slice(offsetAt(text, e.range.start), offsetAt(text, e.range.end));
        if (e.newText !== NEW_NAME || replaced !== NAME) {
          problems.push(`${name}: an edit replaces ${JSON.stringify(replaced)} with ${JSON.stringify(e.newText)}`);
        }
      }
      const stray = got.filter((o) => !expected.includes(o)).map(quote);
      if (stray.length) problems.push(`${name}: edits away from the mentions of ${NAME}: ${stray.join(', ')}`);
    }
    const configText = await readFixture('fanfic.json');
    type Config = { characters: Array<{ name: string; variants?: string[] }> };
    const renamed = parse(applyTextEdits(configText, edit.get(fixtureUri('fanfic.json')))) as Config;
    const expectedCharacters = (parse(configText) as Config).characters.map((c) => (c.name === NAME ? { ...c, name: NEW_NAME } : c));
    if (JSON.stringify(renamed.characters) !== JSON.stringify(expectedCharacters)) {
      problems.push(`fanfic.json: the characters become ${JSON.stringify(renamed.characters)}, not ${JSON.stringify(expectedCharacters)}`);
    }
    assert.deepEqual(problems, [], problems.join('; '));
  });
});
