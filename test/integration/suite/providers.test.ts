import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, waitFor } from '../helpers';

// Providers answer through the language server, which may still be syncing the document when
// the first request arrives: poll until a non-empty answer instead of asking once.
async function nonEmpty<T>(what: string, command: string, ...args: unknown[]): Promise<T[]> {
  return waitFor(what, async () => {
    const result = await vscode.commands.executeCommand<T[] | undefined>(command, ...args);
    return result && result.length > 0 ? result : undefined;
  });
}

suite('Outline and folding', () => {
  suiteSetup(activateExtension);

  test('the document symbol provider returns at least one symbol for a chapter', async () => {
    const doc = await openFixture('chapter-01.fic');
    const symbols = await nonEmpty<vscode.DocumentSymbol | vscode.SymbolInformation>(
      'document symbols for chapter-01.fic', 'vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols.length >= 1);
    assert.ok(symbols.every((s) => typeof s.name === 'string' && s.name.length > 0), 'a symbol has no name');
  });

  test('the folding range provider returns ranges for a chapter', async () => {
    const doc = await openFixture('chapter-01.fic');
    const ranges = await nonEmpty<vscode.FoldingRange>(
      'folding ranges for chapter-01.fic', 'vscode.executeFoldingRangeProvider', doc.uri);
    for (const r of ranges) {
      assert.ok(r.start < r.end && r.end < doc.lineCount, `bad folding range ${r.start}-${r.end}`);
    }
  });
});
