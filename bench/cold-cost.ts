/**
 * What each rule adds to the cold check of the bench's 100,000-word file, measured the way the
 * bench's `cold.100k` figure is (a fresh process, a fresh speller, the first analysis), in process
 * CPU time as well as wall time, so a busy machine blurs it less than the bench's wall clock.
 *
 *   node bench/run.mjs cold-cost                     every rule, then every rule but one, 3 times each
 *   node bench/run.mjs cold-cost --all 5             only the full cold check, 5 times
 *   node bench/run.mjs cold-cost --rule confusable 5 every rule, and every rule but that one
 *   node bench/run.mjs cold-cost --breakdown 3       one cold check, wall time inside each rule
 *   node bench/run.mjs cold-cost --breakdown 3 --warm  the same after an untimed first analysis
 *
 * (`npx tsx bench/cold-cost.ts …` runs it from source: slower, see bench/run.mjs.)
 *
 * Each measurement runs in its own child process (`--child <off-rule|all|none>`): a cold figure
 * needs a cold JIT and empty memos, which only a new process gives.
 */

import { performance } from 'node:perf_hooks';
import { Analyzer, createSpeller, loadModels, RULES } from '../src/core';
import type { Rule } from '../src/core/rules/types';
import { loadDictionary } from '../src/node/dictionaries';
import { tuneServer } from '../src/node/v8-tuning';
import { type ColdSample, coldCheckHere, coldCheckInFreshProcess, inFreshProcess } from './cold';
import { buildCorpus } from './corpus';

type Sample = ColdSample;

function child(mode: string): void {
  process.stdout.write(JSON.stringify(coldCheckHere(mode)));
}

/**
 * One cold check with every rule's functions timed (wall ms, their nested calls included: a scene
 * rule's `prepare` runs inside its `check`); the rest is the model, the facts and the runner.
 */
function breakdownChild(warm: boolean): void {
  tuneServer();
  const text = buildCorpus().text;
  loadModels();
  // With --warm, a first analysis (untimed) warms the JIT; the timed one has a fresh speller and
  // analyzer, so what it saves against a cold breakdown is what the JIT's warming costs each rule.
  if (warm) new Analyzer({ speller: createSpeller(loadDictionary('en-US')) }).analyze(text);
  const speller = createSpeller(loadDictionary('en-US'));
  const spent = new Map<string, number>();
  const timed =
    <A extends unknown[], R>(id: string, fn: (...args: A) => R) =>
    (...args: A): R => {
      const t = performance.now();
      try {
        return fn(...args);
      } finally {
        spent.set(id, (spent.get(id) ?? 0) + performance.now() - t);
      }
    };
  const rules = RULES.map((r) => {
    const copy = { ...r } as Record<string, unknown>;
    for (const key of ['check', 'finalize']) {
      const fn = copy[key];
      if (typeof fn === 'function') copy[key] = timed(r.id, fn.bind(r) as (...args: unknown[]) => unknown);
    }
    return copy as unknown as Rule;
  });
  const t = performance.now();
  new Analyzer({ speller }, rules).analyze(text);
  const total = performance.now() - t;
  const inRules = [...spent.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(JSON.stringify({ total, rest: total - inRules, ...Object.fromEntries(spent) }));
}

function measure(mode: string, runs: number): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(coldCheckInFreshProcess(__filename, ['--child', mode]));
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (xs: Sample[]): string =>
  `wall ${median(xs.map((s) => s.wallMs))
    .toFixed(0)
    .padStart(5)} ms   cpu ${median(xs.map((s) => s.cpuMs))
    .toFixed(0)
    .padStart(5)} ms   (wall ${xs.map((s) => s.wallMs.toFixed(0)).join(', ')})`;

const args = process.argv.slice(2);
if (args[0] === '--child') {
  child(args[1] ?? 'all');
} else if (args[0] === '--breakdown-child') {
  breakdownChild(args[1] === '--warm');
} else if (args[0] === '--breakdown') {
  const runs: Array<Record<string, number>> = [];
  for (let i = 0; i < Number(args[1] ?? 3); i++) {
    runs.push(inFreshProcess<Record<string, number>>(__filename, ['--breakdown-child', ...args.slice(2, 3)]));
  }
  const keys = Object.keys(runs[0]).sort((a, b) => median(runs.map((r) => r[b] ?? 0)) - median(runs.map((r) => r[a] ?? 0)));
  for (const k of keys)
    console.log(
      `${k.padEnd(24)} ${median(runs.map((r) => r[k] ?? 0))
        .toFixed(0)
        .padStart(6)} ms   (${runs.map((r) => (r[k] ?? 0).toFixed(0)).join(', ')})`,
    );
} else if (args[0] === '--all') {
  console.log(`every rule        ${fmt(measure('all', Number(args[1] ?? 5)))}`);
} else if (args[0] === '--rule') {
  const runs = Number(args[2] ?? 5);
  const all = measure('all', runs);
  const without = measure(args[1] ?? '', runs);
  console.log(`every rule              ${fmt(all)}`);
  console.log(`every rule but ${(args[1] ?? '').padEnd(8)} ${fmt(without)}`);
  console.log(`→ ${args[1]} costs ${(median(all.map((s) => s.cpuMs)) - median(without.map((s) => s.cpuMs))).toFixed(0)} ms cpu`);
} else {
  const runs = 3;
  const all = measure('all', runs);
  const none = measure('none', runs);
  console.log(`every rule              ${fmt(all)}`);
  console.log(`no rule (model only)    ${fmt(none)}`);
  const base = median(all.map((s) => s.cpuMs));
  for (const r of RULES) {
    const without = measure(r.id, runs);
    const cost = base - median(without.map((s) => s.cpuMs));
    console.log(`- ${r.id.padEnd(22)} ${fmt(without)}   → costs ${cost.toFixed(0)} ms cpu`);
  }
}
