import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, fanficDiagnostics, openFixture, rangeOf, waitFor, waitForDiagnosticOn } from '../helpers';

// chapter-01.fic: `She set the book down on the the table between them and sat.`
const REPEATED = 'the the';

suite('Diagnostics: repeated word', () => {
  suiteSetup(activateExtension);

  teardown(async () => {
    // Leave no unsaved edit behind for the next test (the workspace is a per-run copy anyway).
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('"the the" is reported with source "fanfic" and code "repeated-word"', async () => {
    const doc = await openFixture('chapter-01.fic');
    const diagnostic = await waitForDiagnosticOn(doc, 'repeated-word', REPEATED);
    assert.equal(diagnostic.source, 'fanfic');
    assert.equal(codeOf(diagnostic), 'repeated-word');
    const phrase = rangeOf(doc, REPEATED);
    assert.ok(
      phrase.contains(diagnostic.range),
      `diagnostic range ${JSON.stringify(diagnostic.range)} reaches outside "${REPEATED}"`,
    );
  });

  test('the preferred quick fix edits only the flagged text and the diagnostic goes away', async () => {
    const doc = await openFixture('chapter-01.fic');
    const diagnostic = await waitForDiagnosticOn(doc, 'repeated-word', REPEATED);
    const before = doc.getText();
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const codeActions = (actions ?? []).filter(
      // A bare Command has a string `command`; a CodeAction's is an object or absent.
      (a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string',
    );
    const preferred = codeActions.find((a) => a.isPreferred);
    assert.ok(preferred, `no preferred quick fix; offered: ${codeActions.map((a) => a.title).join(' | ') || 'nothing'}`);

    if (preferred.edit) assert.ok(await vscode.workspace.applyEdit(preferred.edit), 'applyEdit refused the fix');
    if (preferred.command) {
      await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
    }
    await waitFor('the quick fix to change the document', () => (doc.getText() !== before ? true : undefined), 5_000);

    const after = doc.getText();
    const tailLength = before.length - end;
    assert.equal(after.slice(0, start), before.slice(0, start), 'text before the flagged range changed');
    assert.equal(after.slice(after.length - tailLength), before.slice(end), 'text after the flagged range changed');
    assert.ok(after.includes('down on the table between them'), `unexpected result: ${after.slice(start - 20, end + 20)}`);

    await waitFor(
      'the repeated-word diagnostic to disappear after the fix',
      () => (fanficDiagnostics(doc.uri, 'repeated-word').length === 0 ? true : undefined),
    );
  });
});
