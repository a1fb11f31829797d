/**
 * Real misspellings, written consistently: pairs from a public list of common English
 * misspellings (`@cspell/dict-en-common-misspellings`, CC BY-SA 4.0, from Wikipedia's "Lists of
 * common misspellings" and the `typos` project's list; devDependency) put into Brown fiction in
 * place of every occurrence of the right word in a file, as a writer who believes the word is
 * spelled so would write it ("definately" each time). Measures how many occurrences spelling
 * still flags (any severity, and as a warning) and how often its first suggestion is the word
 * meant, overall and for words the file repeats, which a rule that trusts a story's repeated
 * words would be the one to hide.
 *
 * Only the pairs of one correction, both plain lowercase words, the right one a Hunspell word and
 * the wrong one not (a real-word error no spell checker sees). The pairs are split in two by their
 * place in the sorted list: the even ones with the tuning files `ck*`–`cn*` (the default), the odd
 * ones with the held-out files `cp*`–`cr*` (`--held-out`: run it once, at the end).
 *
 * Run: npx tsx scripts/misspelling-quality.ts [--held-out] [--per-file N]
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Analyzer, createSpeller, type Finding, suggest } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import { loadBrownFiction } from '../test/support/brown';
import { seeded } from '../test/support/typos';

const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
const perFileAt = args.indexOf('--per-file');
const perFile = perFileAt >= 0 ? Number(args[perFileAt + 1]) : 8;
const speller = createSpeller(loadDictionary('en-US'));
const files = loadBrownFiction(heldOut);

// The list's pairs: "recieve->receive"; "alot->a lot, allot" (several corrections) left out.
const require = createRequire(__filename);
const listPath = join(dirname(require.resolve('@cspell/dict-en-common-misspellings')), 'dict', 'dict-en.json');
const list = JSON.parse(readFileSync(listPath, 'utf8')) as { dictionaryDefinitions: Array<{ flagWords?: string[]; suggestWords?: string[] }> };
const entries = list.dictionaryDefinitions.flatMap((d) => [...(d.flagWords ?? []), ...(d.suggestWords ?? [])]);
const pairs = new Map<string, string>();
for (const entry of entries.sort()) {
  const m = /^([a-z]{3,})->([a-z]{3,})$/.exec(entry.trim());
  if (!m || pairs.has(m[1])) continue;
  if (!speller.correct(m[2]) || speller.correct(m[1])) continue;
  pairs.set(m[1], m[2]);
}
const half = [...pairs].filter((_, i) => i % 2 === (heldOut ? 1 : 0));
const byWord = new Map<string, string[]>();
for (const [wrong, right] of half) byWord.set(right, [...(byWord.get(right) ?? []), wrong]);

interface Result {
  wrong: string;
  right: string;
  repeated: boolean;
  flagged: boolean;
  warning: boolean;
  first?: string;
}
const results: Result[] = [];
const random = seeded(heldOut ? 11 : 5);
for (const file of files) {
  // The words of this file the list has a misspelling for, each with how often the file writes it.
  const counts = new Map<string, number>();
  for (const m of file.text.matchAll(/(?<![\p{L}'’-])\p{L}+(?![\p{L}'’-])/gu)) {
    const lower = m[0].toLowerCase();
    if (byWord.has(lower) && (m[0] === lower || m[0] === lower[0].toUpperCase() + lower.slice(1))) counts.set(lower, (counts.get(lower) ?? 0) + 1);
  }
  const chosen = [...counts.keys()].sort(() => random() - 0.5).slice(0, perFile);
  if (chosen.length === 0) continue;
  const wrongOf = new Map(chosen.map((right) => [right, byWord.get(right)![Math.floor(random() * byWord.get(right)!.length)]]));
  // Every occurrence replaced, its capital kept.
  const spots: Array<{ at: number; wrong: string; right: string }> = [];
  let text = '';
  let last = 0;
  for (const m of file.text.matchAll(/(?<![\p{L}'’-])\p{L}+(?![\p{L}'’-])/gu)) {
    const lower = m[0].toLowerCase();
    const wrong = wrongOf.get(lower);
    if (!wrong || (m[0] !== lower && m[0] !== lower[0].toUpperCase() + lower.slice(1))) continue;
    const written = m[0] === lower ? wrong : wrong[0].toUpperCase() + wrong.slice(1);
    text += file.text.slice(last, m.index);
    spots.push({ at: text.length, wrong: written, right: lower });
    text += written;
    last = m.index! + m[0].length;
  }
  text += file.text.slice(last);
  const result = new Analyzer({ speller }).analyze(text);
  const suggested = new Map<string, string | undefined>();
  for (const spot of spots) {
    const f = result.findings.find(
      (x: Finding) => (x.rule === 'spelling' || x.rule === 'locale-spelling') && x.range.start <= spot.at && x.range.end >= spot.at + spot.wrong.length,
    );
    if (f && !suggested.has(spot.wrong)) suggested.set(spot.wrong, (f.lazy ? suggest(f, speller, "'", result.names) : f).suggestions[0]);
    results.push({
      wrong: spot.wrong,
      right: spot.right,
      repeated: (counts.get(spot.right) ?? 0) >= 2,
      flagged: Boolean(f),
      warning: f?.severity === 'warning',
      first: f ? suggested.get(spot.wrong) : undefined,
    });
  }
}

const pct = (n: number, d: number) => `${((n / Math.max(1, d)) * 100).toFixed(1)} %`;
console.log(
  `Brown ${heldOut ? 'cp*–cr* (HELD OUT), odd pairs' : 'ck*–cn* (tuning), even pairs'}: ${half.length} pairs of the list, ${new Set(results.map((r) => r.wrong.toLowerCase())).size} written into ${files.length} files\n`,
);
console.log('occurrences                 count  flagged   as warning  intended first');
for (const [label, rs] of [
  ['all', results],
  ['of a word written twice+', results.filter((r) => r.repeated)],
  ['of a word written once', results.filter((r) => !r.repeated)],
] as const) {
  const first = rs.filter((r) => r.first?.toLowerCase() === r.right).length;
  console.log(
    `${label.padEnd(26)} ${String(rs.length).padStart(6)}  ${pct(rs.filter((r) => r.flagged).length, rs.length).padStart(7)}  ${pct(rs.filter((r) => r.warning).length, rs.length).padStart(10)}  ${pct(first, rs.length).padStart(8)}`,
  );
}
const missed = [...new Set(results.filter((r) => !r.flagged).map((r) => `${r.wrong}(${r.right})`))];
console.log(`\nmissed (${missed.length}): ${missed.slice(0, 40).join(', ')}`);
const wrongFirst = [...new Set(results.filter((r) => r.flagged && r.first?.toLowerCase() !== r.right).map((r) => `${r.wrong}→${r.first}(${r.right})`))];
console.log(`wrong first (${wrongFirst.length}): ${wrongFirst.slice(0, 40).join(', ')}`);
