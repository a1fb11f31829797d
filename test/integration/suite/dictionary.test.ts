import { parse, type ParseError } from 'jsonc-parser';
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, fanficDiagnostics, fixtureUri, waitFor, waitForDiagnosticOn, wordRange } from '../helpers';

// A made-up plant that both chapters mention in lower case, so spelling flags it in each: one
// letter from a common word ("hornet"), since a coinage far from every word that the story writes
// twice passes as its own word, and a capitalized one as a character's name.
const WORD = 'thornet';

interface StoryConfigJson {
  characters?: unknown[];
  words?: string[];
  [key: string]: unknown;
}

function parseConfig(text: string): StoryConfigJson {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true }) as StoryConfigJson;
  assert.equal(errors.length, 0, `fanfic.json does not parse: ${JSON.stringify(errors)}\n${text}`);
  return value;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Whether a spelling diagnostic sits on the word `WORD` in `doc`. */
function flagged(doc: vscode.TextDocument): boolean {
  const target = wordRange(doc, WORD);
  return fanficDiagnostics(doc.uri, 'spelling').some((d) => d.range.intersection(target) !== undefined);
}

suite('Story dictionary', () => {
  const configUri = () => fixtureUri('fanfic.json');
  let original: Uint8Array | undefined;

  suiteSetup(activateExtension);

  teardown(async () => {
    // Put fanfic.json back byte for byte, and wait until the word is flagged again, so no later
    // test sees a story dictionary it did not expect.
    if (!original) return;
    await vscode.workspace.fs.writeFile(configUri(), original);
    original = undefined;
    const docs = ['chapter-01.fic', 'chapter-02.fic'].map((n) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === fixtureUri(n).toString()));
    for (const doc of docs) {
      if (doc) await waitFor(`"${WORD}" to be flagged again in ${doc.uri.path} once fanfic.json was restored`, () => (flagged(doc) ? true : undefined));
    }
  });

  test('"Add to story dictionary" writes the word into fanfic.json, keeps the rest, and clears it in both open chapters', async () => {
    const uri = configUri();
    original = await vscode.workspace.fs.readFile(uri);
    const beforeText = new TextDecoder().decode(original);
    const before = parseConfig(beforeText);
    assert.ok(!(before.words ?? []).includes(WORD), `the fixture's fanfic.json already lists "${WORD}"`);

    // Both chapters open, each in its own editor group so both stay visible.
    const one = await vscode.workspace.openTextDocument(fixtureUri('chapter-01.fic'));
    await vscode.window.showTextDocument(one, vscode.ViewColumn.One);
    const two = await vscode.workspace.openTextDocument(fixtureUri('chapter-02.fic'));
    await vscode.window.showTextDocument(two, vscode.ViewColumn.Two);
    await waitForDiagnosticOn(one, 'spelling', WORD);
    await waitForDiagnosticOn(two, 'spelling', WORD);

    await vscode.commands.executeCommand('fanfic.addToStoryDictionary', WORD, one.uri.toString());

    const afterText = await waitFor(
      'fanfic.json to change on disk',
      async () => {
        const text = await readText(uri);
        return text !== beforeText ? text : undefined;
      },
      10_000,
    );
    const after = parseConfig(afterText);
    assert.ok((after.words ?? []).includes(WORD), `fanfic.json does not list "${WORD}" in "words": ${afterText}`);
    // Everything it held before is still there, the new word being the only addition.
    assert.deepEqual(after.words, [...(before.words ?? []), WORD], 'the "words" list lost or reordered an entry');
    assert.deepEqual({ ...after, words: undefined }, { ...before, words: undefined }, 'fanfic.json changed outside "words"');
    for (const line of beforeText.split('\n').filter((l) => l.trim().startsWith('//'))) {
      assert.ok(afterText.includes(line.trim()), `the comment ${JSON.stringify(line.trim())} was lost`);
    }

    for (const doc of [one, two]) {
      await waitFor(`the spelling diagnostic on "${WORD}" to disappear in ${doc.uri.path}`, () => (flagged(doc) ? undefined : true)).catch((err: Error) => {
        throw new Error(`${err.message}; present: ${describeDiagnostics(doc.uri)}`);
      });
    }
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

/** 8 adders × 25 words, all fired at once through the command, as quick fixes clicked in a burst would. */
function burst(prefix: string): string[][] {
  return Array.from({ length: 8 }, (_, a) => Array.from({ length: 25 }, (_, i) => `${prefix}${String.fromCharCode(97 + a)}${'abcdefghijklmnopqrstuvwxy'[i]}`));
}

suite('Concurrent dictionary adds keep every word (the real workspace.fs and settings)', () => {
  suiteSetup(activateExtension);

  // Each settings write takes VS Code about a quarter of a second, one after another: a minute here.
  test('8 × 25 words added at once to the user dictionary: all 200 are in fanfic.words', async function () {
    this.timeout(240_000);
    const config = () => vscode.workspace.getConfiguration('fanfic');
    const before = config().inspect<string[]>('words')?.globalValue;
    const words = burst('zqu').flat();
    try {
      await Promise.all(burst('zqu').map((adder) => Promise.all(adder.map((w) => vscode.commands.executeCommand('fanfic.addToUserDictionary', w)))));
      const saved = config().inspect<string[]>('words')?.globalValue ?? [];
      const lost = words.filter((w) => !saved.includes(w));
      assert.deepEqual(lost, [], `${lost.length} of ${words.length} words lost`);
      assert.equal(saved.length, (before ?? []).length + words.length, 'a word was written twice or an old one dropped');
    } finally {
      await config().update('words', before, vscode.ConfigurationTarget.Global);
    }
  });

  test('8 × 25 words added at once to the story dictionary: all 200 are in fanfic.json, with its comment', async function () {
    this.timeout(180_000);
    const uri = fixtureUri('fanfic.json');
    const original = await vscode.workspace.fs.readFile(uri);
    const beforeText = new TextDecoder().decode(original);
    const chapter = fixtureUri('chapter-01.fic').toString();
    const words = burst('zst').flat();
    try {
      await Promise.all(burst('zst').map((adder) => Promise.all(adder.map((w) => vscode.commands.executeCommand('fanfic.addToStoryDictionary', w, chapter)))));
      const text = await readText(uri);
      const saved = parseConfig(text).words ?? [];
      const lost = words.filter((w) => !saved.includes(w));
      assert.deepEqual(lost, [], `${lost.length} of ${words.length} words lost`);
      assert.deepEqual(saved, [...(parseConfig(beforeText).words ?? []), ...saved.slice((parseConfig(beforeText).words ?? []).length)]);
      assert.equal(saved.length, (parseConfig(beforeText).words ?? []).length + words.length);
      assert.ok(text.includes("// The story's own settings"), 'the comment was lost');
      const left = (await vscode.workspace.fs.readDirectory(fixtureUri('.'))).map(([n]) => n).filter((n) => n.startsWith('fanfic.json.'));
      assert.deepEqual(left, [], 'a lock or temporary file was left behind');
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });
});

suite('Renaming a character edits fanfic.json as it is now', () => {
  suiteSetup(activateExtension);

  test('with fanfic.json open and unsaved, the rename changes the name in the open text and keeps the unsaved edit', async () => {
    const configDoc = await vscode.workspace.openTextDocument(fixtureUri('fanfic.json'));
    await vscode.window.showTextDocument(configDoc, vscode.ViewColumn.Two);
    const note = '\n// an unsaved note the rename must keep\n';
    const typed = new vscode.WorkspaceEdit();
    typed.insert(configDoc.uri, configDoc.positionAt(configDoc.getText().length), note);
    assert.ok(await vscode.workspace.applyEdit(typed));
    assert.ok(configDoc.isDirty);
    try {
      const chapter = await vscode.workspace.openTextDocument(fixtureUri('chapter-01.fic'));
      await vscode.window.showTextDocument(chapter, vscode.ViewColumn.One);
      const position = wordRange(chapter, 'Hermione', 1).start;
      const edit = await waitFor('a rename edit that reaches fanfic.json', async () => {
        const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', chapter.uri, position, 'Hermia');
        return e && e.has(configDoc.uri) ? e : undefined;
      });
      // Apply only the character list's part: the chapters stay as they are for the other suites.
      const only = new vscode.WorkspaceEdit();
      only.set(configDoc.uri, edit.get(configDoc.uri));
      assert.ok(await vscode.workspace.applyEdit(only));
      const text = configDoc.getText();
      assert.ok(text.includes(note), `the unsaved edit was lost: ${text}`);
      assert.match(text, /"name": "Hermia"/);
      assert.equal(edit.get(configDoc.uri).length, 1, 'more than the name string was replaced');
    } finally {
      await vscode.window.showTextDocument(configDoc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});

suite('The story walker follows no links', () => {
  suiteSetup(activateExtension);

  test('a story folder with `loop -> .` counts its one chapter once', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = join(fixtureUri('.').fsPath, 'linked-story');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'fanfic.json'), '{ "characters": [{ "name": "Zelda" }] }\n');
    writeFileSync(join(dir, 'ch.fic'), 'Zelda met the knight. Zelda smiled at him.\n');
    symlinkSync('.', join(dir, 'loop'));
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(dir, 'ch.fic')));
      await vscode.window.showTextDocument(doc);
      const at = wordRange(doc, 'Zelda', 0).start.translate(0, 2);
      let last = '';
      await waitFor('a hover card for Zelda', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
        last = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        return last.includes('Mentions:') ? last : undefined;
      });
      // Give the background read of the story's files time to land, then ask again.
      await new Promise((r) => setTimeout(r, 1500));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      last = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.ok(last.includes('Mentions: 2 in this file · 2 in the story'), last);
      assert.doesNotMatch(last, /files\)/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
