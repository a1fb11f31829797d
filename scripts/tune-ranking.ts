/**
 * Tunes the suggestion model's weights (`WEIGHTS` in src/core/ranking.ts) on typos injected into
 * words of Brown ck*–cn* (never cp*–cr*): candidates are gathered once per typo, then a coordinate
 * search scales each weight while the share of typos whose first suggestion is the intended word
 * grows. Prints the weights to copy into ranking.ts; changes nothing.
 *
 * Run: npx tsx scripts/tune-ranking.ts [--typos N]
 */

import nspell from 'nspell';
import { candidatesOf, rankCandidates, WEIGHTS, type RankOptions } from '../src/core/ranking';
import { parseWordList } from '../src/core/wordlist';
import { loadDictionary } from '../src/node/dictionaries';
import { loadBrownFiction } from '../test/support/brown';
import { injure, seeded, TYPO_KINDS } from '../test/support/typos';

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--typos') + 1] || 2000);
const data = loadDictionary('en-US');
const text = (d: string | Uint8Array) => (typeof d === 'string' ? d : new TextDecoder().decode(d));
const engine = nspell({ aff: text(data.aff), dic: text(data.dic) });
const list = parseWordList(text(data.words!));
const random = seeded(3);
const tokens = loadBrownFiction().flatMap((f) => [...f.text.matchAll(/(?<![\p{L}'’-])[a-z]{4,}(?![\p{L}'’-])/gu)].map((m) => m[0]));
interface Case {
  typo: string;
  intended: string;
  candidates: Map<string, string>;
  options: RankOptions;
}
const cases: Case[] = [];
while (cases.length < n) {
  const intended = tokens[Math.floor(random() * tokens.length)];
  if (!engine.correct(intended)) continue;
  const typo = injure(intended, TYPO_KINDS[Math.floor(random() * TYPO_KINDS.length)], random);
  if (!typo || engine.correct(typo) || list.has(typo)) continue;
  const options: RankOptions = { hunspell: engine.suggest(typo), accept: (w) => engine.correct(w) || list.has(w) };
  cases.push({ typo, intended, candidates: candidatesOf(typo, list, options), options });
}
const hasIntended = cases.filter((c) => c.candidates.has(c.intended)).length;
const score = () => cases.filter((c) => rankCandidates(c.typo, c.candidates, list, c.options)[0] === c.intended).length / cases.length;
let best = score();
console.log(`${cases.length} typos; intended among candidates ${((hasIntended / cases.length) * 100).toFixed(1)} %; first now ${(best * 100).toFixed(1)} %`);
const weights = WEIGHTS as Record<string, number>;
for (let round = 0; round < 3; round++) {
  for (const key of Object.keys(weights)) {
    const base = weights[key];
    // Keep the best multiplier found for this weight.
    let bestM = 1;
    let bestS = -1;
    for (const m of [0.5, 0.75, 0.9, 1, 1.1, 1.33, 2]) {
      weights[key] = base * m;
      const s = score();
      if (s > bestS + 1e-9) {
        bestS = s;
        bestM = m;
      }
    }
    weights[key] = Math.round(base * bestM * 100) / 100;
    best = score();
  }
  console.log(`round ${round + 1}: first ${(best * 100).toFixed(1)} %`);
}
console.log(JSON.stringify(weights, null, 2));
