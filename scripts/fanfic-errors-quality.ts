/**
 * Issue #15's real-chapter measure: real fan fiction with its real word-level errors annotated by
 * reading (`test/fixtures/fanfic-errors/annotations.json`, see its README), checked as `fanfic
 * check` checks a story folder with zero configuration: the CLI's core path (`checkStory` over the
 * story's files with the en-US speller, then `suggest` on each finding), each story's chapters
 * together (HPMOR, A Certain Happy Ending, SAO: Sachi's Life, Raspberries), as the writer's folder
 * would hold them.
 *
 * Prints real-word errors and misspellings caught (a warning or an error on the error's range) and
 * fixed (its first suggestion, applied, gives the correction), false alarms (warnings or errors on
 * no annotated error) per 1,000 words, per rule and per file; `--list` prints each miss and each
 * false alarm. Findings of lower severity (information, hint) are neither catches nor false
 * alarms: the CLI does not fail on them; a miss lists them.
 *
 * Run: npx tsx scripts/fanfic-errors-quality.ts [--list]
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStory, createSpeller, type Finding, isFailing, statsOf, suggest } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';

/** One annotated error, as `annotations.json` writes it. */
export interface Annotation {
  file: string;
  /** 1-based line. */
  line: number;
  /** A snippet of the line holding the error, unique in the line. */
  text: string;
  /** The words in error, a whole-word match inside `text`. */
  wrong: string;
  /** What a beta reader would write instead; '' deletes. */
  correction: string;
  class: 'real-word' | 'misspelling';
  kind: string;
}

/** A checked file: its text, its story words and the findings `fanfic check` reports. */
export interface CheckedFile {
  path: string;
  text: string;
  words: number;
  findings: Finding[];
}

export interface ErrorResult {
  annotation: Annotation;
  start: number;
  end: number;
  caught: boolean;
  fixed: boolean;
  /** Rules of the failing findings on the error. */
  rules: string[];
  /** Quieter findings (information, hint) on the error. */
  quiet: Finding[];
}

export interface FalseAlarm {
  path: string;
  finding: Finding;
}

export interface Score {
  errors: ErrorResult[];
  falseAlarms: FalseAlarm[];
  words: number;
  files: CheckedFile[];
}

/** Where an annotation's wrong words are in the file's text; throws when the annotation does not match. */
export function locate(text: string, a: Annotation): { start: number; end: number } {
  const lines = text.split('\n');
  if (a.line < 1 || a.line > lines.length) throw new Error(`${a.file}:${a.line}: no such line`);
  const lineStart = lines.slice(0, a.line - 1).reduce((n, l) => n + l.length + 1, 0);
  const line = lines[a.line - 1];
  const at = line.indexOf(a.text);
  if (at < 0) throw new Error(`${a.file}:${a.line}: "${a.text}" is not in the line`);
  if (line.indexOf(a.text, at + 1) >= 0) throw new Error(`${a.file}:${a.line}: "${a.text}" is not unique in the line`);
  const escaped = a.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{N}'’])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(a.text);
  if (!m) throw new Error(`${a.file}:${a.line}: "${a.wrong}" is not a whole word of "${a.text}"`);
  const start = lineStart + at + m.index;
  return { start, end: start + a.wrong.length };
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.range.start < end && f.range.end > start;
}

/** Text compared after a fix: spaces collapsed, none before punctuation, case ignored. */
function normalized(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .toLowerCase();
}

/** Whether applying the finding's first suggestion gives the text the correction gives. */
export function fixes(text: string, f: Finding, start: number, end: number, correction: string): boolean {
  if (f.suggestions.length === 0) return false;
  // Compare a window around both edits (the rest of the text is the same in both).
  const from = Math.max(0, Math.min(f.range.start, start) - 40);
  const tail = text.length - Math.max(f.range.end, end) - 40;
  const cut = (s: string) => s.slice(from, Math.max(from, s.length - Math.max(0, tail)));
  const byFinding = text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end);
  const byReader = text.slice(0, start) + correction + text.slice(end);
  return normalized(cut(byFinding)) === normalized(cut(byReader));
}

/** Scores the checked files against the annotations. */
export function score(files: readonly CheckedFile[], annotations: readonly Annotation[]): Score {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const onError = new Map<string, Array<{ start: number; end: number }>>();
  const errors = annotations.map((a): ErrorResult => {
    const file = byPath.get(a.file);
    if (!file) throw new Error(`${a.file}: not checked`);
    const { start, end } = locate(file.text, a);
    onError.set(a.file, [...(onError.get(a.file) ?? []), { start, end }]);
    const here = file.findings.filter((f) => overlaps(f, start, end));
    const failing = here.filter((f) => isFailing(f.severity));
    return {
      annotation: a,
      start,
      end,
      caught: failing.length > 0,
      fixed: failing.some((f) => fixes(file.text, f, start, end, a.correction)),
      rules: [...new Set(failing.map((f) => f.rule))],
      quiet: here.filter((f) => !isFailing(f.severity)),
    };
  });
  const falseAlarms: FalseAlarm[] = [];
  for (const file of files) {
    const spans = onError.get(file.path) ?? [];
    for (const f of file.findings) {
      if (isFailing(f.severity) && !spans.some((s) => overlaps(f, s.start, s.end))) falseAlarms.push({ path: file.path, finding: f });
    }
  }
  return { errors, falseAlarms, words: files.reduce((n, f) => n + f.words, 0), files: [...files] };
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
const perK = (n: number, words: number) => (words === 0 ? '—' : ((1000 * n) / words).toFixed(2));

function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function tally<T>(items: readonly T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function summaryLines(s: Score): string[] {
  const out: string[] = [];
  const all = s.errors;
  const caught = all.filter((e) => e.caught).length;
  const fixed = all.filter((e) => e.fixed).length;
  out.push(`${s.files.length} files, ${s.words.toLocaleString('en-US')} story words, ${all.length} annotated errors`);
  for (const cls of ['real-word', 'misspelling'] as const) {
    const of = all.filter((e) => e.annotation.class === cls);
    const c = of.filter((e) => e.caught).length;
    const f = of.filter((e) => e.fixed).length;
    out.push(`  ${cls.padEnd(12)} caught ${c}/${of.length} (${pct(c, of.length)}), fixed ${f}/${of.length} (${pct(f, of.length)})`);
  }
  out.push(`  ${'all'.padEnd(12)} caught ${caught}/${all.length} (${pct(caught, all.length)}), fixed ${fixed}/${all.length} (${pct(fixed, all.length)})`);
  out.push(`false alarms: ${s.falseAlarms.length} (${perK(s.falseAlarms.length, s.words)} per 1,000 words)`);
  out.push('');
  out.push('per rule (warnings and errors): on an annotated error / false alarms');
  const rules = new Set([...all.flatMap((e) => e.rules), ...s.falseAlarms.map((f) => f.finding.rule)]);
  for (const rule of [...rules].sort()) {
    const hits = all.filter((e) => e.rules.includes(rule)).length;
    const fa = s.falseAlarms.filter((f) => f.finding.rule === rule).length;
    out.push(`  ${rule.padEnd(22)} ${String(hits).padStart(3)} / ${String(fa).padStart(3)}  (${perK(fa, s.words)} per 1,000 words)`);
  }
  out.push('');
  out.push('per file: words, errors caught/fixed/annotated, false alarms (per 1,000 words)');
  for (const file of s.files) {
    const of = all.filter((e) => e.annotation.file === file.path);
    const fa = s.falseAlarms.filter((f) => f.path === file.path).length;
    const name = file.path.split('/').pop() ?? file.path;
    out.push(
      `  ${name.padEnd(16)} ${String(file.words).padStart(5)}  ${of.filter((e) => e.caught).length}/${of.filter((e) => e.fixed).length}/${of.length}  ${fa} (${perK(fa, file.words)})`,
    );
  }
  out.push('');
  out.push('misses by kind:');
  for (const [kind, n] of tally(
    all.filter((e) => !e.caught),
    (e) => `${e.annotation.class}: ${e.annotation.kind.replace(/ \(.*$/, '')}`,
  )) {
    out.push(`  ${String(n).padStart(3)}  ${kind}`);
  }
  return out;
}

function listLines(s: Score): string[] {
  const out: string[] = ['', 'errors not caught (or caught, not fixed):'];
  const text = new Map(s.files.map((f) => [f.path, f.text]));
  for (const e of s.errors.filter((x) => !x.fixed)) {
    const a = e.annotation;
    const quiet = e.quiet.map((f) => ` [${f.severity} ${f.rule}${f.suggestions[0] !== undefined ? ` → ${f.suggestions[0]}` : ''}]`).join('');
    const state = e.caught ? `caught by ${e.rules.join(', ')}, not fixed` : 'missed';
    out.push(`  ${a.file}:${position(text.get(a.file) ?? '', e.start)} ${a.class} "${a.wrong}" → "${a.correction}" (${a.kind}): ${state}${quiet}`);
  }
  out.push('', 'false alarms:');
  for (const { path, finding: f } of s.falseAlarms) {
    const t = text.get(path) ?? '';
    const fix = f.suggestions.length > 0 ? ` (${f.suggestions[0] === '' ? 'remove' : f.suggestions[0]})` : '';
    out.push(`  ${path}:${position(t, f.range.start)} ${f.severity} ${f.rule} "${t.slice(f.range.start, f.range.end)}" ${f.message}${fix}`);
  }
  return out;
}

/** The report: the summary, and with `list` each miss and each false alarm. */
export function render(s: Score, list: boolean): string {
  return [...summaryLines(s), ...(list ? listLines(s) : [])].join('\n');
}

/** The story a fixture file belongs to: its name before the chapter number. */
function storyOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/-?\d*\.txt$/, '');
}

/** Checks the files as `fanfic check` does, each story's files together. */
export function checkFiles(paths: readonly string[], root: string): CheckedFile[] {
  const speller = createSpeller(loadDictionary('en-US'));
  const stories = new Map<string, string[]>();
  for (const p of paths) stories.set(storyOf(p), [...(stories.get(storyOf(p)) ?? []), p]);
  const out: CheckedFile[] = [];
  for (const [story, members] of stories) {
    const texts = members.map((p) => ({ uri: p, text: readFileSync(join(root, p), 'utf8') }));
    const { results } = checkStory(texts, { speller }, story);
    results.forEach((result, i) => {
      const findings = result.findings.map((f) => suggest(f, speller, result.model.apostrophe, result.names));
      out.push({ path: members[i], text: texts[i].text, words: statsOf(result.model).words, findings });
    });
  }
  return out;
}

if (require.main === module) {
  const root = join(__dirname, '..');
  const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/fanfic-errors/annotations.json'), 'utf8')) as {
    texts: string[];
    errors: Annotation[];
  };
  const files = checkFiles(fixture.texts, root);
  process.stdout.write(`${render(score(files, fixture.errors), process.argv.includes('--list'))}\n`);
}
