import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  applyPreferredFix,
  assertOnlyReplaced,
  codeOf,
  describeDiagnostics,
  fanficDiagnostics,
  openFixture,
  rangeOf,
  waitFor,
  waitForDiagnosticOn,
  wordRange,
} from '../helpers';

// chapter-01.fic: `She set the book down on the the table between them and sat.`
const REPEATED = 'the the';

/** Leave no unsaved edit behind for the next test (the workspace is a per-run copy anyway). */
async function revertActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Waits for the `rule` diagnostic on the whole word `word` and checks it covers exactly that word. */
async function exactDiagnostic(doc: vscode.TextDocument, rule: string, word: string): Promise<vscode.Diagnostic> {
  const diagnostic = await waitForDiagnosticOn(doc, rule, word);
  assert.equal(diagnostic.source, 'fanfic');
  assert.equal(codeOf(diagnostic), rule);
  const expected = wordRange(doc, word);
  assert.ok(
    diagnostic.range.isEqual(expected),
    `the ${rule} diagnostic covers ${JSON.stringify(doc.getText(diagnostic.range))} ` +
      `(${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.line + 1}:${diagnostic.range.end.character + 1}), ` +
      `not exactly "${word}" (${expected.start.line + 1}:${expected.start.character + 1}-${expected.end.line + 1}:${expected.end.character + 1})`,
  );
  return diagnostic;
}

/** Applies the preferred fix of `diagnostic`, checks only `word` became `replacement`, and waits for the finding to go. */
async function fixAndCheck(doc: vscode.TextDocument, rule: string, word: string, replacement: string): Promise<void> {
  const diagnostic = await exactDiagnostic(doc, rule, word);
  const { fix, before, start, end } = await applyPreferredFix(doc, diagnostic);
  assert.ok(fix.title.includes(replacement), `the preferred fix "${fix.title}" does not mention "${replacement}"`);
  assertOnlyReplaced(doc, before, start, end, replacement);
  const line = diagnostic.range.start.line;
  await waitFor(`the ${rule} diagnostic on line ${line + 1} to disappear after the fix`, () =>
    fanficDiagnostics(doc.uri, rule).some((d) => d.range.start.line === line) ? undefined : true,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; present: ${describeDiagnostics(doc.uri)}`);
  });
}

suite('Diagnostics: repeated word', () => {
  suiteSetup(activateExtension);
  teardown(revertActive);

  test('"the the" is reported with source "fanfic" and code "repeated-word"', async () => {
    const doc = await openFixture('chapter-01.fic');
    const diagnostic = await waitForDiagnosticOn(doc, 'repeated-word', REPEATED);
    assert.equal(diagnostic.source, 'fanfic');
    assert.equal(codeOf(diagnostic), 'repeated-word');
    const phrase = rangeOf(doc, REPEATED);
    assert.ok(phrase.contains(diagnostic.range), `diagnostic range ${JSON.stringify(diagnostic.range)} reaches outside "${REPEATED}"`);
  });

  test('the preferred quick fix edits only the flagged text and the diagnostic goes away', async () => {
    const doc = await openFixture('chapter-01.fic');
    const diagnostic = await waitForDiagnosticOn(doc, 'repeated-word', REPEATED);
    const { before, start, end } = await applyPreferredFix(doc, diagnostic);
    const after = doc.getText();
    const tailLength = before.length - end;
    assert.equal(after.slice(0, start), before.slice(0, start), 'text before the flagged range changed');
    assert.equal(after.slice(after.length - tailLength), before.slice(end), 'text after the flagged range changed');
    assert.ok(after.includes('down on the table between them'), `unexpected result: ${after.slice(start - 20, end + 20)}`);

    await waitFor('the repeated-word diagnostic to disappear after the fix', () =>
      fanficDiagnostics(doc.uri, 'repeated-word').length === 0 ? true : undefined,
    );
  });
});

suite('Diagnostics: spelling, confusables and character names', () => {
  suiteSetup(activateExtension);
  teardown(revertActive);

  // chapter-01.fic: `I thought I would recieve a letter from my parents this morning.`
  test('the misspelling "recieve" is reported as "spelling" on exactly that word', async () => {
    const doc = await openFixture('chapter-01.fic');
    await exactDiagnostic(doc, 'spelling', 'recieve');
  });

  // chapter-02.fic: `I don't want to loose you.`
  test('the confusable "loose" (for "lose") is reported as "confusable" on exactly that word', async () => {
    const doc = await openFixture('chapter-02.fic');
    await exactDiagnostic(doc, 'confusable', 'loose');
  });

  // chapter-02.fic: `Hermoine untied the letter…`; fanfic.json lists Hermoine as a variant of Hermione.
  test('the name variant "Hermoine" is reported as "character-name" on exactly that word', async () => {
    const doc = await openFixture('chapter-02.fic');
    const diagnostic = await exactDiagnostic(doc, 'character-name', 'Hermoine');
    assert.match(diagnostic.message, /Hermione/, `the message does not name the story's spelling: ${diagnostic.message}`);
  });

  test('the preferred quick fix for "loose" writes "lose" there and nowhere else, and the finding goes', async () => {
    const doc = await openFixture('chapter-02.fic');
    await fixAndCheck(doc, 'confusable', 'loose', 'lose');
    assert.ok(doc.getText().includes("I don't want to lose you."), 'the sentence does not read "I don\'t want to lose you."');
  });

  test('the preferred quick fix for "Hermoine" writes "Hermione" there and nowhere else, and the finding goes', async () => {
    const doc = await openFixture('chapter-02.fic');
    await fixAndCheck(doc, 'character-name', 'Hermoine', 'Hermione');
    assert.equal(doc.getText().includes('Hermoine'), false, 'a "Hermoine" is left in chapter-02.fic');
  });
});
