// Runs in the web-worker extension host: no Node built-ins here (node:assert included).
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, codeOf, getExtension, openFixture, waitFor, waitForDiagnosticOn, wordRange } from '../../integration/helpers';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

suite('Web extension host', () => {
  test('the tests run in a web worker, not in Node', () => {
    // If this fails the runner tested the Node build, and the rest of the suite proves nothing
    // about vscode.dev.
    const g = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
    check(typeof g.importScripts === 'function', 'importScripts is missing: not a web worker');
    check(!g.process?.versions?.node, `process.versions.node is ${g.process?.versions?.node}: this is Node`);
    check(vscode.env.uiKind === vscode.UIKind.Web, 'vscode.env.uiKind is not Web');
  });

  test('opening a .fic file activates the browser build with language id "fanfic"', async () => {
    const ext = getExtension();
    const doc = await openFixture('chapter-01.fic');
    check(doc.languageId === 'fanfic', `${doc.uri.path} opened as "${doc.languageId}"`);
    await waitFor(`${EXTENSION_ID} to activate after a .fic file was opened`, () => (ext.isActive ? true : undefined));
    await ext.activate();
  });

  test('"the the" is reported with source "fanfic" and code "repeated-word"', async () => {
    await activateExtension();
    const doc = await openFixture('chapter-01.fic');
    const diagnostic = await waitForDiagnosticOn(doc, 'repeated-word', 'the the');
    check(diagnostic.source === 'fanfic', `source is ${diagnostic.source}`);
    check(codeOf(diagnostic) === 'repeated-word', `code is ${codeOf(diagnostic)}`);
  });

  test('the misspelling "recieve" is reported as "spelling" (the dictionary is bundled into the worker)', async () => {
    await activateExtension();
    const doc = await openFixture('chapter-01.fic');
    // Without a dictionary the server reports no spelling at all; this finding proves it loaded.
    const diagnostic = await waitForDiagnosticOn(doc, 'spelling', 'recieve');
    check(diagnostic.source === 'fanfic', `source is ${diagnostic.source}`);
    check(codeOf(diagnostic) === 'spelling', `code is ${codeOf(diagnostic)}`);
    const word = wordRange(doc, 'recieve');
    check(diagnostic.range.isEqual(word), `the diagnostic covers ${JSON.stringify(doc.getText(diagnostic.range))}, not exactly "recieve"`);
  });

  test('"Fanfic: Preview for AO3" renders the chapter in the web extension, from the core in the worker', async () => {
    await activateExtension();
    await openFixture('chapter-01.fic');
    await vscode.commands.executeCommand('fanfic.previewAo3');
    const ao3 = (getExtension().exports as { ao3?: { previewHtml(): string | undefined } } | undefined)?.ao3;
    check(ao3, 'activate() did not return the AO3 API');
    const html = await waitFor('the AO3 preview', () => ao3.previewHtml());
    check(html.includes("<p><strong>Hermione's POV</strong></p>") && html.includes('<hr />'), `the preview shows ${html.slice(0, 120)}`);
    check(!html.includes('Thank you so much for the reviews'), 'the beginning note is in the work text');
  });
});
