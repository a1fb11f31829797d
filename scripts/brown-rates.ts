/**
 * Findings per 1,000 words of every rule, all running together with the en-US dictionary, on the
 * Brown corpus fiction files (ck*..cn*): published prose, where a writer would want no finding.
 * `quote-style` leaves a quote open where a text stops alone (each Brown file stops after about
 * 2,000 words, sometimes mid-speech); one open before what closes a chapter would still be counted
 * apart (`excerptCut` in `test/support/brown.ts`), which no Brown file has.
 * Run: npx tsx scripts/brown-rates.ts
 */

import { Analyzer, createSpeller, RULES } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import { excerptCut, loadBrownFiction } from '../test/support/brown';

const speller = createSpeller(loadDictionary('en-US'));
const files = loadBrownFiction();
const words = files.reduce((n, f) => n + f.words, 0);
const counts = new Map<string, number>(RULES.map((r) => [r.id, 0]));
let cuts = 0;
for (const file of files) {
  for (const f of new Analyzer({ speller }).analyze(file.text).findings) {
    if (excerptCut(f)) cuts++;
    else counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  }
}
const rate = (n: number) => ((n / words) * 1000).toFixed(3);
console.log(`Brown fiction: ${files.length} files, ${words.toLocaleString('en-US')} words\n`);
console.log('rule                     findings   per 1,000 words');
for (const [id, n] of counts) console.log(`${id.padEnd(24)} ${String(n).padStart(8)}   ${rate(n).padStart(8)}`);
const judged = [...counts].filter(([id]) => id !== 'spelling');
const total = judged.reduce((n, [, c]) => n + c, 0);
console.log(`\nall rules but spelling  ${String(total).padStart(8)}   ${rate(total).padStart(8)}`);
console.log(`(not counted: ${cuts} quotes open at the end of a file, where the excerpt was cut)`);
console.log('(spelling is left out of the total: Brown is 1961 American prose full of dialect and period words,');
console.log(' which a writer adds to the story dictionary once; the rate above shows what that costs.)');
