/**
 * False alarms of the story rules on published fiction: runs `dash`, `dialogue-punctuation`,
 * `ellipsis`, `pov-shift` and `quote-style` on every Brown corpus fiction file and prints the
 * findings per 1,000 words, per rule and all together (the bar: at most 0.5), which files
 * `pov-shift` reads as first-person, and what the rules cost.
 *
 *   npx tsx scripts/story-rules-quality.ts                    # report
 *   npx tsx scripts/story-rules-quality.ts --write-snapshot   # also rewrite the snapshot
 *   npx tsx scripts/story-rules-quality.ts --verbose          # also print every finding
 *
 * `quote-style` leaves a quote open where a text stops alone (each Brown file stops after about
 * 2,000 words, sometimes mid-speech); one open at the end of a file before what closes a chapter
 * (`excerptCut` in `test/support/brown.ts`) the rates would count apart; the snapshot keeps every
 * finding.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer, buildModel, createSpeller, resolveOptions, type AnalyzeOptions } from '../src/core';
import { readScenes } from '../src/core/rules/pov-shift';
import type { DocumentContext, Rule } from '../src/core/rules/types';
import { loadDictionary } from '../src/node/dictionaries';
import { excerptCut, loadBrownFiction } from '../test/support/brown';
import { renderFinding, renderSnapshot, runStoryRules, STORY_RULE_IDS, STORY_RULES } from '../test/support/story-rules';

const BAR = 0.5;
const args = new Set(process.argv.slice(2));
const texts = loadBrownFiction();
const results = runStoryRules(texts);
const words = texts.reduce((n, t) => n + t.words, 0);

console.log(`Brown fiction: ${texts.length} files, ${words} words\n`);
console.log('rule                   findings   per 1k words');
let total = 0;
for (const id of STORY_RULE_IDS) {
  const n = results.reduce((s, r) => s + r.findings.filter((f) => f.rule === id && !excerptCut(f)).length, 0);
  total += n;
  console.log(`${id.padEnd(22)} ${String(n).padStart(8)}   ${((n / words) * 1000).toFixed(3)}`);
}
const rate = (total / words) * 1000;
console.log(`${'all together'.padEnd(22)} ${String(total).padStart(8)}   ${rate.toFixed(3)}   (bar: ${BAR})`);
const cuts = results.reduce((s, r) => s + r.findings.filter(excerptCut).length, 0);
console.log(`(not counted: ${cuts} quotes open at the end of a file, where the excerpt was cut)\n`);

// How pov-shift reads each file (each Brown file is one scene).
const byPerson = new Map<string, string[]>();
for (const t of texts) {
  for (const r of readScenes(buildModel(t.text))) {
    const list = byPerson.get(r.person) ?? [];
    list.push(t.file);
    byPerson.set(r.person, list);
  }
}
for (const [person, files] of byPerson) console.log(`pov-shift ${person}-person scenes: ${files.length} — ${files.join(' ')}`);
console.log();

if (args.has('--verbose')) {
  for (const r of results) for (const f of r.findings) console.log(`${renderFinding(r.text.file, r.text.text, f)}\n`);
}

// Cost. Each rule's own work, timed over a model built once (the first, cold run and the best of
// five), then the whole analysis of a ~100,000-word file with every registered rule and the
// speller, in a fresh Analyzer (no paragraph cache): the budget is 1 s.
const corpus = texts.map((t) => t.text).join('\n* * *\n\n');
const options = resolveOptions({});
const model = buildModel(corpus);
// The story rules read only the model; the name facts are the analyzer's business.
const context: DocumentContext = {
  model,
  options,
  apostrophe: model.apostrophe,
  voice: 0,
  marks: model.marks,
  isName: () => false,
  usesName: () => false,
  timesWritten: () => 0,
  timesInStory: () => 0,
  isKnownWord: () => false,
  nameVerdict: () => undefined,
};
const runRule = (rule: Rule) => {
  if (rule.scope === 'document') return rule.check(context).length;
  if (rule.scope === 'scene') return model.scenes.reduce((n, scene) => n + rule.check(scene, model, options, (p) => rule.prepare?.(p)).length, 0);
  let n = 0;
  for (const p of model.paragraphs) {
    const raw = rule.check(p, options);
    n += (raw.length > 0 && rule.finalize ? rule.finalize(raw, p, context) : raw).length;
  }
  return n;
};
// CPU time, not wall time: the figure should not depend on what else the machine is doing.
const time = (fn: () => void) => {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
};
const per100k = (ms: number) => ((ms * 100_000) / words).toFixed(1);
console.log(`CPU time over ${words} words in one file (ms per 100k words, cold / best of 5):`);
let cold = 0;
let warm = 0;
for (const rule of STORY_RULES) {
  const c = time(() => runRule(rule));
  const w = Math.min(...Array.from({ length: 5 }, () => time(() => runRule(rule))));
  cold += c;
  warm += w;
  console.log(`  ${rule.id.padEnd(22)} ${per100k(c).padStart(6)} / ${per100k(w)}`);
}
console.log(`  ${'story rules together'.padEnd(22)} ${per100k(cold).padStart(6)} / ${per100k(warm)}`);

const hundredK = corpus
  .split(/(?<=\s)/)
  .reduce((acc, w) => (acc.n < 100_000 ? { s: acc.s + w, n: acc.n + (/[A-Za-z0-9]/.test(w) ? 1 : 0) } : acc), { s: '', n: 0 });
let speller: AnalyzeOptions['speller'];
try {
  speller = createSpeller(loadDictionary('en-US'));
} catch {
  speller = undefined;
}
const full = time(() => new Analyzer({ speller }).analyze(hundredK.s));
console.log(`whole analysis, every rule${speller ? ' and the speller' : ''}, ${hundredK.n} words, fresh Analyzer: ${full.toFixed(0)} ms (budget 1000 ms)`);

if (args.has('--write-snapshot')) {
  const path = join(import.meta.dirname, '../test/unit/__snapshots__/story-rules-brown.txt');
  writeFileSync(path, renderSnapshot(results));
  console.log(`\nwrote ${path}`);
}
if (rate > BAR) {
  console.error(`\nFAIL: ${rate.toFixed(3)} findings per 1,000 words is above the bar of ${BAR}.`);
  process.exitCode = 1;
}
