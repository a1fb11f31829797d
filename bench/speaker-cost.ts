/**
 * What speaker attribution costs on the bench's 100,000-word file, in process CPU time (a busy
 * machine blurs it less than wall time): the first attribution of a fresh process (cold JIT, the
 * given-name table read), then the median and fastest of further runs over the same model. The
 * attribution runs for hover, semantic tokens and `fanfic report`, never in the cold check.
 *
 *   npx tsx bench/speaker-cost.ts [runs] [--learned]   (--learned: with the learned speaker scorer)
 */

import { buildModel, createSpeller, nameCountsOf, resolveOptions } from '../src/core';
import { speakingNames } from '../src/core/characters/mentions';
import { attributeSpeakers } from '../src/core/dialogue/speakers';
import { loadDictionary } from '../src/node/dictionaries';
import { buildCorpus } from './corpus';

const runs = Math.max(2, Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 15));
const learned = process.argv.includes('--learned');
const text = buildCorpus().text;
const model = buildModel(text);
const options = resolveOptions({ speller: createSpeller(loadDictionary('en-US')) });
const counts = nameCountsOf(text);
const names = speakingNames(counts.total, counts.mid, options);
const times: number[] = [];
let quotes = 0;
let named = 0;
for (let i = 0; i < runs; i++) {
  const t = process.cpuUsage();
  const qs = attributeSpeakers(model, { names, learned });
  const d = process.cpuUsage(t);
  times.push((d.user + d.system) / 1000);
  quotes = qs.length;
  named = qs.filter((q) => q.speaker !== null).length;
}
const rest = times.slice(1).sort((a, b) => a - b);
console.log(`${text.split(/\s+/).filter(Boolean).length} words, ${quotes} quotations, ${named} with a speaker`);
console.log(
  `CPU: first ${times[0].toFixed(0)} ms; then median ${rest[rest.length >> 1].toFixed(0)} ms, fastest ${rest[0].toFixed(0)} ms (${rest.length} runs)`,
);
