// Runs first (files load in name order): it is the only test that must see the extension
// before anything else has activated it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getExtension, openFixture, waitFor } from '../helpers';

suite('Activation', () => {
  test('opening a .fic file activates fanfic-writer.fanfic-writer with language id "fanfic"', async () => {
    const ext = getExtension();
    const doc = await openFixture('chapter-01.fic');
    assert.equal(doc.languageId, 'fanfic', `${doc.uri.path} opened as "${doc.languageId}"`);
    // Activation by the language event is asynchronous after the editor opens.
    await waitFor(`${EXTENSION_ID} to activate after a .fic file was opened`, () => (ext.isActive ? true : undefined));
    // Resolves to the same activation; rejects with the activation error if activate() threw.
    const api = (await ext.activate()) as { activationMs?: number } | undefined;
    assert.ok(vscode.window.activeTextEditor?.document.uri.toString() === doc.uri.toString());
    // A figure for the benchmark report (budget 50 ms), not a timed assertion.
    assert.equal(typeof api?.activationMs, 'number', 'activate() returns its duration');
    console.log(`[fanfic] activation took ${api?.activationMs} ms`);
  });
});
