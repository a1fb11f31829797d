// Helpers for tests that run inside a real extension host. Only the `vscode` API is used here,
// no Node built-ins, so the web-worker suite (test/web) can share them.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'fanfic-writer.fanfic-writer';

/** Diagnostics of this extension carry this source; their `code` is the rule id. */
export const SOURCE = 'fanfic';

export function getExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext;
}

/**
 * Activates the extension under test. Call it before asserting on providers: without it the
 * first test races activation and a provider query can return nothing.
 */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = getExtension();
  await ext.activate();
  return ext;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the runner opens a copy of test/fixtures/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/**
 * Polls `probe` until it returns something other than undefined, or fails after `timeoutMs`
 * naming `what`. Language servers answer asynchronously; a fixed sleep is either flaky on a
 * slow CI machine or wastes time on a fast one.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > until) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A diagnostic's code as a string, whichever of its three shapes VS Code gives. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** This extension's diagnostics on `uri`, optionally only those of one rule. */
export function fanficDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (rule === undefined || codeOf(d) === rule));
}

/** The range of the first occurrence of `phrase` in the document. */
export function rangeOf(doc: vscode.TextDocument, phrase: string): vscode.Range {
  const at = doc.getText().indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" does not occur in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + phrase.length));
}

/** Offsets of `word` as a whole word in `text` (a possessive "'s" after it still counts). */
export function wordOffsets(text: string, word: string): number[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index ?? -1);
}

/** The range of the `occurrence`-th (0-based) whole-word occurrence of `word` in the document. */
export function wordRange(doc: vscode.TextDocument, word: string, occurrence = 0): vscode.Range {
  const offsets = wordOffsets(doc.getText(), word);
  const at = offsets[occurrence];
  if (at === undefined) {
    throw new Error(`"${word}" occurs ${offsets.length} time(s) as a word in ${doc.uri.path}; wanted occurrence ${occurrence}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + word.length));
}

/** The `rule` diagnostic that overlaps `phrase` (the first occurrence), once it is published. */
export async function waitForDiagnosticOn(doc: vscode.TextDocument, rule: string, phrase: string, timeoutMs?: number): Promise<vscode.Diagnostic> {
  const target = rangeOf(doc, phrase);
  return waitFor(
    `a "${rule}" diagnostic on "${phrase}" in ${doc.uri.path}`,
    () => fanficDiagnostics(doc.uri, rule).find((d) => d.range.intersection(target) !== undefined),
    timeoutMs,
  ).catch((err: Error) => {
    // What was published instead is usually the quickest clue to what went wrong.
    throw new Error(`${err.message}; present: ${describeDiagnostics(doc.uri)}`);
  });
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics at all';
  return all.map((d) => `${d.source}/${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('; ');
}

/** A code action, not a bare command, as executeCodeActionProvider may return either. */
function isCodeAction(a: vscode.CodeAction | vscode.Command): a is vscode.CodeAction {
  // A bare Command has a string `command`; a CodeAction's is an object or absent.
  return typeof (a as vscode.Command).command !== 'string';
}

/** The quick fixes offered for `diagnostic` in `doc`. */
export async function quickFixes(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (actions ?? []).filter(isCodeAction);
}

/**
 * Applies the preferred quick fix for `diagnostic` and waits until the document changed.
 * Returns the text before and the flagged offsets, for the caller to check what changed.
 */
export async function applyPreferredFix(
  doc: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
): Promise<{ fix: vscode.CodeAction; before: string; start: number; end: number }> {
  const before = doc.getText();
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  const actions = await quickFixes(doc, diagnostic);
  const fix = actions.find((a) => a.isPreferred);
  if (!fix) throw new Error(`no preferred quick fix; offered: ${actions.map((a) => a.title).join(' | ') || 'nothing'}`);
  if (fix.edit && !(await vscode.workspace.applyEdit(fix.edit))) throw new Error(`applyEdit refused "${fix.title}"`);
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  await waitFor(`"${fix.title}" to change ${doc.uri.path}`, () => (doc.getText() !== before ? true : undefined), 5_000);
  return { fix, before, start, end };
}

/**
 * Asserts that the document differs from `before` only inside [start, end), which now reads
 * `expected`. Throws with the surrounding text when it does not.
 */
export function assertOnlyReplaced(doc: vscode.TextDocument, before: string, start: number, end: number, expected: string): void {
  const after = doc.getText();
  const tail = before.length - end;
  const context = (t: string, from: number, to: number) => JSON.stringify(t.slice(Math.max(0, from - 30), to + 30));
  if (after.slice(0, start) !== before.slice(0, start)) throw new Error(`text before the flagged range changed: ${context(after, start, end)}`);
  if (after.slice(after.length - tail) !== before.slice(end)) throw new Error(`text after the flagged range changed: ${context(after, start, end)}`);
  const replaced = after.slice(start, after.length - tail);
  if (replaced !== expected) throw new Error(`the flagged range now reads ${JSON.stringify(replaced)}, expected ${JSON.stringify(expected)}`);
}
