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

async function symbolsOf(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const symbols = await nonEmpty<vscode.DocumentSymbol | vscode.SymbolInformation>(
    `document symbols for ${doc.uri.path}`,
    'vscode.executeDocumentSymbolProvider',
    doc.uri,
  );
  assert.ok(
    symbols.every((s) => 'children' in s),
    'the provider returned flat SymbolInformation, not a DocumentSymbol tree',
  );
  return symbols as vscode.DocumentSymbol[];
}

/** What the Outline shows of a story's structure: chapters (Module), scenes (Class), flashbacks (Event). */
const STRUCTURE: ReadonlyMap<vscode.SymbolKind, string> = new Map([
  [vscode.SymbolKind.Module, 'chapter'],
  [vscode.SymbolKind.Class, 'scene'],
  [vscode.SymbolKind.Event, 'flashback'],
]);

interface Node {
  node: string;
  children?: Node[];
}

/** The chapter → scene → flashback tree, as `kind: name` strings; notes and matter are left out. */
function structure(symbols: vscode.DocumentSymbol[]): Node[] {
  return symbols
    .filter((s) => STRUCTURE.has(s.kind))
    .map((s) => {
      const children = structure(s.children);
      return { node: `${STRUCTURE.get(s.kind)}: ${s.name}`, ...(children.length ? { children } : {}) };
    });
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

/** The 0-based line on which `text` occurs first. */
function lineOf(doc: vscode.TextDocument, text: string): number {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" does not occur in ${doc.uri.path}`);
  return doc.positionAt(at).line;
}

suite('Outline and folding', () => {
  suiteSetup(activateExtension);

  test('the Outline of chapter 1: its chapter, the POV scene with its flashback, and "Scene 2"', async () => {
    const doc = await openFixture('chapter-01.fic');
    const symbols = await symbolsOf(doc);
    assert.deepEqual(structure(symbols), [
      {
        node: "chapter: Chapter One: The Letter That Didn't Come",
        children: [{ node: "scene: Hermione's POV", children: [{ node: 'flashback: Flashback' }] }, { node: 'scene: Scene 2' }],
      },
    ]);
    // Each entry selects its own header line, so clicking it in the Outline goes there.
    const all = flatten(symbols);
    const at = (name: string) => all.find((s) => s.name === name)!.selectionRange.start.line;
    assert.equal(at("Chapter One: The Letter That Didn't Come"), lineOf(doc, 'Chapter One: The Letter'));
    assert.equal(at("Hermione's POV"), lineOf(doc, "**Hermione's POV**"));
    assert.equal(at('Flashback'), lineOf(doc, 'Flashback:'));
  });

  test('the Outline of chapter 2: a scene with no header is "Scene 1", the next is named by its POV header', async () => {
    const doc = await openFixture('chapter-02.fic');
    const symbols = await symbolsOf(doc);
    assert.deepEqual(structure(symbols), [
      {
        node: 'chapter: Chapter Two: The Owl at Breakfast',
        children: [{ node: 'scene: Scene 1' }, { node: "scene: Harry's POV" }],
      },
    ]);
  });

  test('folding ranges cover each scene of chapter 1 and exactly its flashback', async () => {
    const doc = await openFixture('chapter-01.fic');
    const ranges = await nonEmpty<vscode.FoldingRange>('folding ranges for chapter-01.fic', 'vscode.executeFoldingRangeProvider', doc.uri);
    for (const r of ranges) {
      assert.ok(r.start < r.end && r.end < doc.lineCount, `bad folding range ${r.start}-${r.end}`);
    }
    const show = ranges.map((r) => `${r.start + 1}-${r.end + 1}`).join(', ');

    // The flashback: from its opening marker to its closing one.
    const flashback = { start: lineOf(doc, 'Flashback:'), end: lineOf(doc, 'End Flashback') };
    assert.ok(
      ranges.some((r) => r.start === flashback.start && r.end === flashback.end),
      `no folding range ${flashback.start + 1}-${flashback.end + 1} for the flashback; ranges (1-based lines): ${show}`,
    );

    // A scene's range starts at or before its first line of text, ends at or after its last, and
    // stops before the next scene (the break `* * *`) or the end marker.
    const breakLine = lineOf(doc, '* * *');
    const scenes = [
      {
        name: "Hermione's POV",
        first: lineOf(doc, "**Hermione's POV**"),
        last: lineOf(doc, '"Probably," Hermione agreed'),
        before: breakLine,
        after: lineOf(doc, 'A/N:'),
      },
      {
        name: 'Scene 2',
        first: lineOf(doc, 'The common room was warm'),
        last: lineOf(doc, 'She wrote three lines'),
        before: lineOf(doc, '-To be Continued-') + 1,
        after: breakLine - 1,
      },
    ];
    for (const s of scenes) {
      assert.ok(
        ranges.some((r) => r.start <= s.first && r.start > s.after && r.end >= s.last && r.end < s.before),
        `no folding range covers the scene "${s.name}" (lines ${s.first + 1}-${s.last + 1}) without running into the next; ranges (1-based lines): ${show}`,
      );
    }
  });
});
