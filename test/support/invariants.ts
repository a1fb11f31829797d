/**
 * The invariants the property tests (\`test/unit/properties.test.ts\`) and the long fuzz run
 * (\`scripts/fuzz.ts\`) check on whatever text the arbitraries (\`test/support/arbitraries.ts\`)
 * generate: valid, sorted ranges (never inside a surrogate pair or a CRLF) for findings, the
 * outline and the document model; consistent stats; fixes that do not come back.
 */

import { buildModel, type Finding, type OutlineNode, type Range, type Stats } from '../../src/core';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Why `offset` is not a place a range may start or end in `text`, or undefined when it is: it must
 * be an integer in [0, text.length], not between the halves of a surrogate pair, not between the
 * CR and LF of a CRLF (an editor cannot put a cursor there, and slicing there corrupts the text).
 */
export function badBoundary(text: string, offset: number): string | undefined {
  if (!Number.isInteger(offset)) return `offset ${offset} is not an integer`;
  if (offset < 0 || offset > text.length) return `offset ${offset} is outside the text (length ${text.length})`;
  if (offset === 0 || offset === text.length) return undefined;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (isHigh(before) && isLow(after)) return `offset ${offset} splits a surrogate pair`;
  if (before === 13 && after === 10) return `offset ${offset} splits a CRLF`;
  return undefined;
}

/** Why `range` is not a valid range of `text`, or undefined when it is. */
export function badRange(text: string, range: Range): string | undefined {
  if (!range || typeof range.start !== 'number' || typeof range.end !== 'number') return `not a range: ${JSON.stringify(range)}`;
  const problem = badBoundary(text, range.start) ?? badBoundary(text, range.end);
  if (problem) return problem;
  if (range.start > range.end) return `start ${range.start} is after end ${range.end}`;
  return undefined;
}

/** Throws unless every finding's range is valid in `text` and the findings are sorted by position. */
export function checkFindings(text: string, findings: readonly Finding[]): void {
  let previous = -1;
  for (const f of findings) {
    const problem = badRange(text, f.range);
    if (problem) throw new Error(`${f.rule} finding "${f.message}" at ${JSON.stringify(f.range)}: ${problem}`);
    if (f.range.start < previous) throw new Error(`findings are not sorted: ${f.rule} at ${f.range.start} after ${previous}`);
    previous = f.range.start;
    if (!Array.isArray(f.suggestions) || f.suggestions.some((s) => typeof s !== 'string')) {
      throw new Error(`${f.rule} finding "${f.message}" has suggestions that are not strings: ${JSON.stringify(f.suggestions)}`);
    }
  }
}

/**
 * Throws unless every node's range and selection range are valid in `text`, each selection range
 * lies inside its node's range, and each child lies inside its parent.
 */
export function checkOutline(text: string, nodes: readonly OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    const where = `${n.kind} "${n.name}" ${JSON.stringify(n.range)}`;
    const problem = badRange(text, n.range) ?? badRange(text, n.selectionRange);
    if (problem) throw new Error(`${where}: ${problem}`);
    if (n.selectionRange.start < n.range.start || n.selectionRange.end > n.range.end) {
      throw new Error(`${where}: selection range ${JSON.stringify(n.selectionRange)} is not inside the node`);
    }
    if (parent && (n.range.start < parent.range.start || n.range.end > parent.range.end)) {
      throw new Error(`${where} is not inside its parent ${parent.kind} "${parent.name}" ${JSON.stringify(parent.range)}`);
    }
    if (!Number.isInteger(n.words) || n.words < 0) throw new Error(`${where}: word count ${n.words}`);
    checkOutline(text, n.children, n);
  }
}

/** Throws unless the counts are whole, non-negative and consistent. */
export function checkStats(s: Stats): void {
  for (const key of ['words', 'dialogueWords', 'chapters', 'scenes', 'flashbacks', 'authorsNoteWords', 'paragraphs'] as const) {
    if (!Number.isInteger(s[key]) || s[key] < 0) throw new Error(`stats.${key} is ${s[key]}`);
  }
  if (s.dialogueWords > s.words) throw new Error(`more dialogue words (${s.dialogueWords}) than words (${s.words})`);
  if (!(s.dialogueShare >= 0 && s.dialogueShare <= 1)) throw new Error(`dialogueShare is ${s.dialogueShare}`);
}

/**
 * Throws unless the document model's ranges are valid: blocks, paragraphs (whose text is their
 * slice), their regions and tokens (paragraph-relative, inside the paragraph), flashbacks, scenes,
 * chapters. The server paints these ranges, so they are held to the same rules as findings.
 */
export function checkModel(text: string): void {
  const model = buildModel(text);
  const check = (what: string, range: Range) => {
    const problem = badRange(text, range);
    if (problem) throw new Error(`${what} ${JSON.stringify(range)}: ${problem}`);
  };
  for (const b of model.blocks) check(`${b.kind} block`, b);
  for (const p of model.paragraphs) {
    check(`paragraph ${p.index}`, p);
    if (p.text !== text.slice(p.start, p.end)) throw new Error(`paragraph ${p.index}'s text is not its slice`);
    for (const r of [...p.analysis.regions, ...p.analysis.tokens]) {
      const abs = { start: p.start + r.start, end: p.start + r.end };
      if (r.end > p.text.length) throw new Error(`paragraph ${p.index}: ${JSON.stringify(r)} runs past the paragraph`);
      check(`paragraph ${p.index} ${'kind' in r ? `${r.kind} region` : 'token'}`, abs);
    }
  }
  for (const f of model.flashbacks) {
    check('flashback', f);
    check('flashback opening', f.begin);
    if (f.close) check('flashback closing', f.close);
  }
  for (const s of model.scenes) check(`scene ${s.index}`, s);
  for (const c of model.chapters) check(`chapter ${c.index}`, c);
}

/**
 * A finding after a fix "is the same finding at the same place" when it has the same rule and
 * message and starts where the replacement was put. Returns the offending finding, if any.
 */
export function sameFindingAfterFix(before: Finding, after: readonly Finding[]): Finding | undefined {
  const at = before.range.start;
  return after.find((g) => g.rule === before.rule && g.message === before.message && g.range.start === at);
}

/** The text with `finding`'s range replaced by `replacement`. */
export function applyFix(text: string, finding: Finding, replacement: string): string {
  return text.slice(0, finding.range.start) + replacement + text.slice(finding.range.end);
}
