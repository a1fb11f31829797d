/** Core results as LSP data: findings as diagnostics, outline kinds as symbol kinds. */

import { type Diagnostic, DiagnosticSeverity, SymbolKind } from 'vscode-languageserver';
import { type AnalysisResult, type Finding, inOrder, type LineIndex, type OutlineKind, type Severity } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** How each outline node shows in the Outline and breadcrumbs. */
export const SYMBOL: Record<OutlineKind, SymbolKind> = {
  'front-matter': SymbolKind.File,
  chapter: SymbolKind.Module,
  scene: SymbolKind.Class,
  flashback: SymbolKind.Event,
  'authors-note': SymbolKind.String,
  'end-marker': SymbolKind.Constant,
};

/**
 * The diagnostics of an analysis, in document order. Every keystroke sends all of them, so each
 * is made once: a paragraph's findings are the same objects while they do not change, wherever
 * the paragraph moves, and so is the diagnostic made of each (kept in `made`), as long as its
 * lines did not move.
 */
export function diagnosticsOf(result: AnalysisResult, made: WeakMap<Finding, Diagnostic>): Diagnostic[] {
  const lines = result.model.lines;
  const shown = (f: Finding, at: number): Diagnostic => {
    const known = made.get(f);
    if (known && lines.holds(known.range.start, at + f.range.start) && lines.holds(known.range.end, at + f.range.end)) return known;
    const d = toDiagnostic(f, lines, at);
    made.set(f, d);
    return d;
  };
  if (result.groups.capped) return result.findings.map((f) => shown(f, 0));
  const out: Diagnostic[] = [];
  inOrder(result.groups, (f, at) => out.push(shown(f, at)));
  return out;
}

/** The diagnostic of a finding whose range is relative to `at`. */
export function toDiagnostic(f: Finding, lines: LineIndex, at = 0): Diagnostic {
  // No `data`: a quick fix looks its finding up in the current analysis (see `findingOf`), so
  // the diagnostics of a long chapter, sent on every keystroke, carry only what is shown.
  return {
    range: lines.range({ start: at + f.range.start, end: at + f.range.end }),
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'fanfic',
    message: f.message,
  };
}
