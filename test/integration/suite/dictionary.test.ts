import * as assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, fanficDiagnostics, fixtureUri, waitFor, waitForDiagnosticOn, wordRange } from '../helpers';

// A made-up plant that both chapters mention in lower case, so spelling flags it in each (a
// capitalized made-up word used twice would pass as a character's name).
const WORD = 'zyxwort';

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

    const afterText = await waitFor('fanfic.json to change on disk', async () => {
      const text = await readText(uri);
      return text !== beforeText ? text : undefined;
    }, 10_000);
    const after = parseConfig(afterText);
    assert.ok((after.words ?? []).includes(WORD), `fanfic.json does not list "${WORD}" in "words": ${afterText}`);
    // Everything it held before is still there, the new word being the only addition.
    assert.deepEqual(after.words, [...(before.words ?? []), WORD], 'the "words" list lost or reordered an entry');
    assert.deepEqual({ ...after, words: undefined }, { ...before, words: undefined }, 'fanfic.json changed outside "words"');
    for (const line of beforeText.split('\n').filter((l) => l.trim().startsWith('//'))) {
      assert.ok(afterText.includes(line.trim()), `the comment ${JSON.stringify(line.trim())} was lost`);
    }

    for (const doc of [one, two]) {
      await waitFor(`the spelling diagnostic on "${WORD}" to disappear in ${doc.uri.path}`, () => (flagged(doc) ? undefined : true)).catch(
        (err: Error) => {
          throw new Error(`${err.message}; present: ${describeDiagnostics(doc.uri)}`);
        },
      );
    }
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
