/**
 * Helpers of the in-process figures and of the server's: findings counted by rule, a fresh speller,
 * and findings and diagnostics as comparable keys (rule and LSP range).
 */

import { createSpeller, type Finding, LineIndex, type Speller } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import type { LspDiagnostic } from './lsp-client';

export function byRule(list: ReadonlyArray<{ rule?: string; code?: string | number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of list) {
    const id = String(f.rule ?? f.code);
    out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}

/** A fresh speller for each cold figure: its memo of known words is part of what "cold" means. */
export function freshSpeller(): { speller: Speller; ms: number } {
  const t = performance.now();
  const speller = createSpeller(loadDictionary('en-US'));
  return { speller, ms: performance.now() - t };
}

/** LSP-shaped keys of findings, to compare the server's diagnostics with an in-process run. */
export function findingKeys(text: string, list: readonly Finding[]): string[] {
  const lines = new LineIndex(text);
  return list.map((f) => {
    const r = lines.range(f.range);
    return `${f.rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  });
}

export function diagnosticKeys(list: readonly LspDiagnostic[]): string[] {
  return list.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

export function compareKeys(expected: string[], actual: string[]): { missing: string[]; extra: string[] } {
  const count = new Map<string, number>();
  for (const k of expected) count.set(k, (count.get(k) ?? 0) + 1);
  const extra: string[] = [];
  for (const k of actual) {
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else extra.push(k);
  }
  const missing: string[] = [];
  for (const [k, n] of count) for (let i = 0; i < n; i++) missing.push(k);
  return { missing, extra };
}
