import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, getExtension, openFixture, SOURCE, waitFor } from '../helpers';

/** What the extension's activate() returns (the part these tests read). */
interface FanficApi {
  ao3: {
    previewHtml(): string | undefined;
    limitWarning(): string | undefined;
  };
}

function api(): FanficApi['ao3'] {
  const exports = getExtension().exports as Partial<FanficApi> | undefined;
  assert.ok(exports?.ao3 && typeof exports.ao3.previewHtml === 'function', 'activate() did not return the AO3 API');
  return exports.ao3;
}

suite('AO3 preview and copy', () => {
  suiteSetup(activateExtension);

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  test('the preview opens beside the chapter with its work text: notes out, scene break a rule', async () => {
    const doc = await openFixture('chapter-01.fic');
    await vscode.commands.executeCommand('fanfic.previewAo3');
    const html = await waitFor('the AO3 preview', () => api().previewHtml());
    assert.match(html, /<p><strong>Hermione's POV<\/strong><\/p>/);
    assert.match(html, /\n<hr \/>\n/);
    assert.ok(!html.includes('Thank you so much for the reviews'), 'the beginning note is in the work text');
    assert.ok(!html.includes('* * *'), 'the scene break symbols are in the work text');
    // The tab's title reaches the workbench a moment after the page.
    await waitFor('a tab "AO3: chapter-01.fic"', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'AO3: chapter-01.fic'),
    );
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the preview took the focus from the chapter');
  });

  test("the preview follows the writer's typing", async () => {
    const doc = await openFixture('chapter-01.fic');
    await vscode.commands.executeCommand('fanfic.previewAo3');
    await waitFor('the AO3 preview', () => api().previewHtml());
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === doc);
    const end = doc.positionAt(doc.getText().indexOf('-To be Continued-'));
    try {
      await editor.edit((b) => b.insert(end, 'Somewhere an owl called *twice* into the dark.\n\n'));
      await waitFor('the preview to show the new paragraph', () =>
        api().previewHtml()?.includes('<p>Somewhere an owl called <em>twice</em> into the dark.</p>') ? true : undefined,
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('Copy AO3 HTML puts the work text on the clipboard; the notes copy on their own', async () => {
    await openFixture('chapter-01.fic');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('fanfic.copyAo3Html');
    const copied = await vscode.env.clipboard.readText();
    assert.ok(copied.startsWith("<p><strong>Hermione's POV</strong></p>\n<p>The library was empty"), copied.slice(0, 80));
    assert.ok(!copied.includes('Thank you so much'));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('fanfic.copyAo3Html', 'beginning');
    assert.equal(
      await vscode.env.clipboard.readText(),
      "<p>Disclaimer: I don't own Harry Potter. This is written for fun.</p>\n<p>Thank you so much for the reviews on the prologue! This one is a little longer.</p>",
    );
  });

  test('the status bar warns when a limit is broken, and not otherwise', async () => {
    await openFixture('chapter-01.fic');
    await waitFor('no limit warning on chapter 1', () => (api().limitWarning() === undefined ? true : undefined));
    const doc = await vscode.workspace.openTextDocument({
      language: 'fanfic',
      content: `Summary: ${'a long summary '.repeat(100)}\n\nShe ran to the gate and waited there until the sun went down.\n`,
    });
    await vscode.window.showTextDocument(doc);
    try {
      const warning = await waitFor('the AO3 limit warning', () => api().limitWarning());
      assert.equal(warning, '$(warning) AO3: 1 limit');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a relationship name not in the roster is a fanfic.json finding with a quick fix to the roster name', async () => {
    const folder = fixtureUri('ao3-work');
    const config = vscode.Uri.joinPath(folder, 'fanfic.json');
    const encoder = new TextEncoder();
    await vscode.workspace.fs.writeFile(
      config,
      encoder.encode('{\n  "characters": [{ "name": "Hermione" }, { "name": "Draco" }],\n  "work": { "relationships": ["Hermoine/Draco"] }\n}\n'),
    );
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, 'chapter.fic'),
      encoder.encode('Hermione waited for Draco by the lake until the sun went down.\n'),
    );
    try {
      // The server reads a story's fanfic.json when one of its chapters is opened.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'chapter.fic')));
      const diagnostic = await waitFor('the relationship finding in fanfic.json', () =>
        vscode.languages.getDiagnostics(config).find((d) => d.source === SOURCE && /Hermoine/.test(d.message)),
      );
      // Code actions are asked of an open document.
      const doc = await vscode.workspace.openTextDocument(config);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', config, diagnostic.range);
      const fix = actions.find((a) => a.title === 'Replace with “Hermione”');
      assert.ok(fix?.edit, `no fix among ${actions.map((a) => a.title).join(', ')}`);
      await vscode.workspace.applyEdit(fix.edit);
      assert.match(doc.getText(), /"relationships": \["Hermione\/Draco"\]/);
      await doc.save();
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // The chapter goes; its folder keeps its fanfic.json, so it stays a story of its own. (VS Code
      // keeps a closed document alive for a while: deleting the folder would make that chapter,
      // still open to the language server, fall back to the workspace's story and show up in the
      // suites after this one.)
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'chapter.fic'), { useTrash: false });
    }
  });
});
