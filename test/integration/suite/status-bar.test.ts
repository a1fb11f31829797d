import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, getExtension, openFixture, rangeOf, waitFor } from '../helpers';

/** What the extension's activate() returns. */
interface FanficApi {
  wordCountText(): string | undefined;
}

function api(): FanficApi {
  const exports = getExtension().exports as Partial<FanficApi> | undefined;
  assert.ok(exports && typeof exports.wordCountText === 'function', 'activate() did not return an API with wordCountText()');
  return exports as FanficApi;
}

suite('Status bar word count', () => {
  suiteSetup(activateExtension);

  teardown(async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor) editor.selection = new vscode.Selection(0, 0, 0, 0);
  });

  /** Polls the status-bar text until it matches `pattern` (and equals `exact` when given). */
  async function shows(what: string, pattern: RegExp, exact?: string): Promise<string> {
    let last: string | undefined;
    return waitFor(`the status bar to show ${what}`, () => {
      last = api().wordCountText();
      return last !== undefined && pattern.test(last) && (exact === undefined || last === exact) ? last : undefined;
    }).catch((err: Error) => {
      throw new Error(`${err.message}; it shows ${JSON.stringify(last)}`);
    });
  }

  async function openChapterOne(): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
    const doc = await openFixture('chapter-01.fic');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === doc, 'chapter-01.fic is not the active editor');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    return { doc, editor };
  }

  test('after opening chapter 1 it shows "N words"', async () => {
    await openChapterOne();
    const text = await shows('"N words"', /^\d[\d,]* words$/);
    assert.ok(Number(text.replace(/[^\d]/g, '')) > 0, `the chapter counts ${text}`);
  });

  test('with a selection it shows "n of N words", n being the selected words', async () => {
    const { doc, editor } = await openChapterOne();
    // A sentence of plain narration: every whitespace-separated piece is one story word.
    const sentence = 'The library was empty except for the dust and the quiet.';
    const n = sentence.split(/\s+/).length;
    const range = rangeOf(doc, sentence);
    editor.selection = new vscode.Selection(range.start, range.end);
    const partial = await shows(`"${n} of N words"`, new RegExp(`^${n} of \\d[\\d,]* words$`));
    assert.match(partial, /^\d+ of \d[\d,]* words$/);
    // Without the selection again, N is the whole chapter's count.
    const total = partial.replace(/^\d+ of /, '');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await shows(`"${total}" once the selection is gone`, /^\d[\d,]* words$/, total);
  });
});
