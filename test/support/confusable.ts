/**
 * Shared by the `confusable` unit test and `scripts/confusable-quality.ts`: the annotated
 * fixtures (`test/fixtures/confusables/*.txt`), their scoring, and the human-readable snapshot of
 * what the rule finds in the Brown corpus fiction.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer, type Finding } from '../../src/core';
import { confusable } from '../../src/core/rules/confusable';
import type { BrownText } from './brown';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'confusables');
export const BROWN_SNAPSHOT = join(import.meta.dirname, '..', 'unit', '__snapshots__', 'confusable-brown.txt');

/** The findings of `confusable` alone, in a fresh analyzer. */
export function confusableFindings(text: string): Finding[] {
  return new Analyzer({}, [confusable]).analyze(text).findings;
}

/** The `confusable` rule's findings (the table's or the model's), each as its word and first suggestion: `it's→its`. */
export function confusableFound(text: string): string[] {
  return confusableFindings(text).map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);
}

/** Asserts each sentence is reported once, at the word, and that its first suggestion gives the sentence meant. */
export function assertConfusableReports(cases: readonly [text: string, finding: string, right: string][]): void {
  for (const [text, finding, right] of cases) {
    assert.deepEqual(confusableFound(text), [finding], text);
    const [f] = confusableFindings(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), right, text);
  }
}

/** Asserts none of the sentences is reported. */
export function assertConfusableSilent(texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(confusableFound(text), [], text);
}

/** An error of a fixture line: `[wrong|expected]`, at `start…end` of the clean text. */
export interface AnnotatedError {
  start: number;
  end: number;
  wrong: string;
  expected: string;
}

export interface FixtureLine {
  /** Line number in the file (1-based). */
  line: number;
  /** The sentence without its annotations. */
  text: string;
  errors: AnnotatedError[];
}

/** Reads a fixture: `#` comments and blank lines skipped, `[wrong|expected]` resolved. */
export function parseFixture(source: string): FixtureLine[] {
  const out: FixtureLine[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    let text = '';
    const errors: AnnotatedError[] = [];
    const re = /\[([^\]|]+)\|([^\]]+)\]/g;
    let last = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      text += line.slice(last, m.index);
      errors.push({ start: text.length, end: text.length + m[1].length, wrong: m[1], expected: m[2] });
      text += m[1];
      last = m.index + m[0].length;
    }
    text += line.slice(last);
    out.push({ line: i + 1, text, errors });
  });
  return out;
}

/** Reads `test/fixtures/confusables/<name>.txt`. */
export function loadFixture(name: 'design' | 'heldout'): FixtureLine[] {
  return parseFixture(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'));
}

export interface Score {
  errors: number;
  /**
   * Flagged, and the first suggestion turns the sentence into the expected one. The finding may
   * be wider than the annotation: "free [reign|rein]" flagged as the phrase `free reign` → `free
   * rein` is caught.
   */
  caught: number;
  /** Of those, flagged at exactly the annotated span. */
  exact: number;
  /** Flagged, but the first suggestion gives another sentence. */
  wrongFix: string[];
  missed: string[];
  /** Findings on control lines (which must stay silent). */
  controls: number;
  controlAlarms: string[];
  /** Findings on error lines that touch no annotated error. */
  extra: string[];
}

const norm = (s: string) => s.replace(/’/g, "'");

/** Scores the rule on annotated lines. */
export function score(lines: readonly FixtureLine[]): Score {
  const s: Score = { errors: 0, caught: 0, exact: 0, wrongFix: [], missed: [], controls: 0, controlAlarms: [], extra: [] };
  for (const l of lines) {
    const findings = confusableFindings(l.text);
    const show = (f: Finding) =>
      `${l.line}: ${l.text.slice(0, f.range.start)}>>${l.text.slice(f.range.start, f.range.end)}<<${l.text.slice(f.range.end)} → ${f.suggestions.join(' / ')}`;
    if (l.errors.length === 0) {
      s.controls++;
      for (const f of findings) s.controlAlarms.push(show(f));
      continue;
    }
    const used = new Set<Finding>();
    for (const e of l.errors) {
      s.errors++;
      const expected = norm(l.text.slice(0, e.start) + e.expected + l.text.slice(e.end));
      const touching = findings.filter((x) => x.range.start < e.end && e.start < x.range.end);
      for (const f of touching) used.add(f);
      const fixes = (f: Finding) => norm(l.text.slice(0, f.range.start) + (f.suggestions[0] ?? '') + l.text.slice(f.range.end)) === expected;
      const good = touching.find(fixes);
      if (good) {
        s.caught++;
        if (good.range.start === e.start && good.range.end === e.end) s.exact++;
      } else if (touching.length > 0) s.wrongFix.push(show(touching[0]));
      else s.missed.push(`${l.line}: [${e.wrong}|${e.expected}] ${l.text}`);
    }
    for (const f of findings) if (!used.has(f)) s.extra.push(show(f));
  }
  return s;
}

export interface BrownFinding {
  file: string;
  text: string;
  finding: Finding;
}

/** Every `confusable` finding in the Brown fiction files, in file order. */
export function brownFindings(texts: readonly BrownText[]): BrownFinding[] {
  return texts.flatMap((t) => confusableFindings(t.text).map((finding) => ({ file: t.file, text: t.text, finding })));
}

/** The sentence around a finding, the flagged words marked `>>…<<`. */
export function sentenceOf(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  // Keep a closing quote with its sentence: `"Stop." He` starts at "He".
  while (a < start && /[\s"')\]]/.test(text[a])) a++;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  while (b < text.length && /["')]/.test(text[b])) b++;
  return `${text.slice(a, start)}>>${text.slice(start, end)}<<${text.slice(end, b)}`.replace(/\s+/g, ' ').trim();
}

/** The snapshot: one block per finding, with the file, the sentence and the message. */
export function renderBrownSnapshot(findings: readonly BrownFinding[], words: number): string {
  const head = [
    '# `confusable` on the Brown corpus fiction (ck*..cn*), published and edited prose.',
    '# Every finding here is a false alarm unless the line says otherwise; a change to this file',
    '# is a change in what the rule flags. Regenerate: npx tsx scripts/confusable-quality.ts --write-snapshot',
    `# ${findings.length} findings in ${words} words (${((findings.length / words) * 1000).toFixed(3)} per 1,000 words).`,
    '',
  ];
  const blocks = findings.map(({ file, text, finding: f }) =>
    [`${file}: ${sentenceOf(text, f.range.start, f.range.end)}`, `  ${f.message} → ${f.suggestions.join(' / ')}${f.confident ? ' (confident)' : ''}`].join(
      '\n',
    ),
  );
  return `${[...head, ...blocks].join('\n')}\n`;
}
