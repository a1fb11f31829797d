/**
 * Issue #15's real-chapter measure: real fan fiction with its real word-level errors annotated by
 * reading (`test/fixtures/fanfic-errors/annotations.json`, see its README), checked as `fanfic
 * check` checks a story folder with zero configuration: the CLI's core path (`checkStory` over the
 * story's files with the en-US speller, then `suggest` on each finding), each story's chapters
 * together (HPMOR, A Certain Happy Ending, SAO: Sachi's Life, Raspberries), as the writer's folder
 * would hold them.
 *
 * Prints real-word errors and misspellings caught (a finding of any severity on the error's range,
 * and apart, a warning or an error: what makes `fanfic check` fail) and fixed (a finding's first
 * suggestion, applied, gives the correction), false alarms (warnings or errors on no annotated
 * error) per 1,000 words, per rule and per file; `--list` prints each miss and each false alarm.
 * Findings of lower severity (information, hint) on no error are not false alarms (the CLI does not
 * fail on them). Warnings on the fixture's `outOfScope` spans (real errors that are not word-level:
 * dialogue punctuation, a name's casing) are counted apart from the false alarms.
 *
 * Run: npx tsx scripts/fanfic-errors-quality.ts [--list] [--heldout | --heldout2 | --heldout3 | --heldout4 | --heldout5 | --heldout6]
 *
 * `--heldout` scores `test/fixtures/fanfic-errors/heldout.json` instead (the same schema: Silk
 * Rose's chapters, annotated blind): a held-out set, to be run once (see the folder's README).
 *
 * `--heldout2` scores `heldout2.json` (Luke Schierer's chapters, session 12, annotated blind): a
 * second held-out set, also to be run once.
 *
 * `--heldout3` scores `heldout3.json` (antennapedia's stories, session 13, annotated blind): a third
 * held-out set, also to be run once.
 *
 * `--heldout4` scores `heldout4.json` (junesirius's "To Name the Sky Blue", session 14, annotated
 * blind): a fourth held-out set, also to be run once.
 *
 * `--heldout5` scores `heldout5.json` (Shlomi Fish's "Star Trek: We, the Living Dead", session 15,
 * annotated blind): a fifth held-out set, also to be run once.
 *
 * `--heldout6` scores `heldout6.json` (Eli Dupree's "Voldemort's Children", session 16, annotated
 * blind): a sixth held-out set, also to be run once.
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
  /** A finding of any severity on the error; `fixed`: one whose first suggestion gives the correction. */
  caught: boolean;
  fixed: boolean;
  /** The same for warnings and errors only. */
  warned: boolean;
  warnFixed: boolean;
  /** Rules of the findings on the error. */
  rules: string[];
  /** Quieter findings (information, hint) on the error. */
  quiet: Finding[];
}

export interface FalseAlarm {
  path: string;
  finding: Finding;
  /** The kind of the out-of-scope real error it is on, if any (then it is no false alarm). */
  outOfScope?: string;
}

/** A real error that is not word-level (punctuation, casing): a warning on it is no false alarm. */
export interface OutOfScope {
  file: string;
  line: number;
  text: string;
  wrong: string;
  kind: string;
}

export interface Score {
  errors: ErrorResult[];
  falseAlarms: FalseAlarm[];
  /** Warnings on out-of-scope real errors. */
  offScope: FalseAlarm[];
  words: number;
  files: CheckedFile[];
}

/** Where an annotation's wrong words are in the file's text; throws when the annotation does not match. */
export function locate(text: string, a: Pick<Annotation, 'file' | 'line' | 'text' | 'wrong'>): { start: number; end: number } {
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
export function score(files: readonly CheckedFile[], annotations: readonly Annotation[], outOfScope: readonly OutOfScope[] = []): Score {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const fileOf = (path: string) => {
    const file = byPath.get(path);
    if (!file) throw new Error(`${path}: not checked`);
    return file;
  };
  const onError = new Map<string, Array<{ start: number; end: number }>>();
  const errors = annotations.map((a): ErrorResult => {
    const file = fileOf(a.file);
    const { start, end } = locate(file.text, a);
    onError.set(a.file, [...(onError.get(a.file) ?? []), { start, end }]);
    const here = file.findings.filter((f) => overlaps(f, start, end));
    const failing = here.filter((f) => isFailing(f.severity));
    const fix = (f: Finding) => fixes(file.text, f, start, end, a.correction);
    return {
      annotation: a,
      start,
      end,
      caught: here.length > 0,
      fixed: here.some(fix),
      warned: failing.length > 0,
      warnFixed: failing.some(fix),
      rules: [...new Set(here.map((f) => `${f.rule}${isFailing(f.severity) ? '' : ` (${f.severity})`}`))],
      quiet: here.filter((f) => !isFailing(f.severity)),
    };
  });
  const offSpans = outOfScope.map((o) => ({ ...locate(fileOf(o.file).text, o), file: o.file, kind: o.kind }));
  const falseAlarms: FalseAlarm[] = [];
  const offScope: FalseAlarm[] = [];
  for (const file of files) {
    const spans = onError.get(file.path) ?? [];
    for (const f of file.findings) {
      if (!isFailing(f.severity) || spans.some((sp) => overlaps(f, sp.start, sp.end))) continue;
      const off = offSpans.find((o) => o.file === file.path && overlaps(f, o.start, o.end));
      if (off) offScope.push({ path: file.path, finding: f, outOfScope: off.kind });
      else falseAlarms.push({ path: file.path, finding: f });
    }
  }
  return { errors, falseAlarms, offScope, words: files.reduce((n, f) => n + f.words, 0), files: [...files] };
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
  out.push(`${s.files.length} files, ${s.words.toLocaleString('en-US')} story words, ${all.length} annotated errors`);
  const line = (name: string, of: ErrorResult[]) => {
    const n = (p: (e: ErrorResult) => boolean) => {
      const k = of.filter(p).length;
      return `${k}/${of.length} (${pct(k, of.length)})`;
    };
    return `  ${name.padEnd(12)} caught ${n((e) => e.caught)}, fixed ${n((e) => e.fixed)}; by a warning: caught ${n((e) => e.warned)}, fixed ${n((e) => e.warnFixed)}`;
  };
  for (const cls of ['real-word', 'misspelling'] as const)
    out.push(
      line(
        cls,
        all.filter((e) => e.annotation.class === cls),
      ),
    );
  out.push(line('all', all));
  const off = s.offScope.length;
  out.push(`false alarms: ${s.falseAlarms.length} (${perK(s.falseAlarms.length, s.words)} per 1,000 words)`);
  out.push(
    `  and ${off} warnings on real errors outside word level (${
      tally(s.offScope, (f) => f.outOfScope ?? '')
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none'
    }); with them ${s.falseAlarms.length + off} (${perK(s.falseAlarms.length + off, s.words)} per 1,000 words)`,
  );
  out.push('');
  out.push('per rule: annotated errors it is on (any severity) / false alarms (warnings)');
  const ruleOf = (r: string) => r.replace(/ \(.*\)$/, '');
  const rules = new Set([...all.flatMap((e) => e.rules.map(ruleOf)), ...s.falseAlarms.map((f) => f.finding.rule)]);
  for (const rule of [...rules].sort()) {
    const hits = all.filter((e) => e.rules.some((r) => ruleOf(r) === rule)).length;
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
  const out: string[] = ['', 'errors not fixed by a warning (missed, caught and not fixed, or fixed by a quieter finding):'];
  const text = new Map(s.files.map((f) => [f.path, f.text]));
  for (const e of s.errors.filter((x) => !x.warnFixed)) {
    const a = e.annotation;
    const by = e.rules.join(', ');
    const state = !e.caught ? 'missed' : e.fixed ? `fixed below a warning by ${by}` : `caught by ${by}, not fixed`;
    const quiet = e.quiet.map((f) => ` [${f.severity} ${f.rule}${f.suggestions[0] !== undefined ? ` → ${f.suggestions[0]}` : ''}]`).join('');
    out.push(`  ${a.file}:${position(text.get(a.file) ?? '', e.start)} ${a.class} "${a.wrong}" → "${a.correction}" (${a.kind}): ${state}${quiet}`);
  }
  const alarm = ({ path, finding: f, outOfScope }: FalseAlarm) => {
    const t = text.get(path) ?? '';
    const fix = f.suggestions.length > 0 ? ` (${f.suggestions[0] === '' ? 'remove' : f.suggestions[0]})` : '';
    const off = outOfScope ? ` [on a real error: ${outOfScope}]` : '';
    return `  ${path}:${position(t, f.range.start)} ${f.severity} ${f.rule} "${t.slice(f.range.start, f.range.end)}" ${f.message}${fix}${off}`;
  };
  out.push('', 'false alarms:', ...s.falseAlarms.map(alarm));
  if (s.offScope.length > 0) out.push('', 'warnings on real errors outside word level (not false alarms):', ...s.offScope.map(alarm));
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

/** The fixture a run scores: `annotations.json`, or a held-out set (`--heldout`, `--heldout2` … `--heldout6`). */
export function fixtureFile(argv: readonly string[]): string {
  if (argv.includes('--heldout6')) return 'heldout6.json';
  if (argv.includes('--heldout5')) return 'heldout5.json';
  if (argv.includes('--heldout4')) return 'heldout4.json';
  if (argv.includes('--heldout3')) return 'heldout3.json';
  if (argv.includes('--heldout2')) return 'heldout2.json';
  return argv.includes('--heldout') ? 'heldout.json' : 'annotations.json';
}

if (require.main === module) {
  const root = join(__dirname, '..');
  const name = fixtureFile(process.argv);
  const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/fanfic-errors', name), 'utf8')) as {
    texts: string[];
    errors: Annotation[];
    outOfScope?: OutOfScope[];
  };
  const files = checkFiles(fixture.texts, root);
  process.stdout.write(`${render(score(files, fixture.errors, fixture.outOfScope), process.argv.includes('--list'))}\n`);
}
