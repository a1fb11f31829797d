/**
 * Cross-validates the confusion-set classifiers on their own training text, to check the margins
 * they flag at (`SET_MARGINS` in src/core/context/detect.ts, chosen on Brown ck*–cn*) against
 * text no margin was chosen on. The sentences (scripts/context-training.ts) are cut into `FOLDS`
 * folds; each fold's occurrences of the sets' words are scored by classifiers trained on the
 * other folds, with the neighbour model's likelihood of the word as written computed as if that
 * occurrence had not been counted (leave-one-out: its own pairs and classes taken off), combined
 * as the runtime combines them. Per set it prints, at the shipped margin, the share of correct
 * uses flagged (false alarms) and of simulated errors fixed (each use with another word of its
 * set written instead), and the margin that maximizes fixed − κ · false alarms.
 *
 * What it showed (issue #15): the κ-optimal margins do worse than the shipped ones on the public
 * tuning sentences at equal false alarms. The training text has real errors of its own (forum
 * posts with "its" for "it's": those count as false alarms here), and a uniform price κ ignores
 * how much more often some pairs are confused than others. It does single out the sets whose
 * classifier tells its words apart worst (sight/site: a fifth of the simulated errors fixed).
 *
 *   npx tsx scripts/calibrate-set-margins.ts [--kappa 160] [--json]   # about two minutes
 */

import { MARGINS, NB_WEIGHT, SET_MARGINS, SET_SLACK, UNSEEN } from '../src/core/context/detect';
import { ROWS, SCALE } from '../src/core/context/format';
import { ALPHA, contextModel, D, type Neighbour } from '../src/core/context/model';
import { featuresAt, trainConfusionSets, type TrainedSet, type TrainToken } from './context-classifier';
import { clsTok, sentences } from './context-training';

const FOLDS = 5;
const argv = process.argv.slice(2);
const KAPPA = argv.includes('--kappa') ? Number(argv[argv.indexOf('--kappa') + 1]) : 160;
/** The margins weighed, in steps of `STEP` up to `TOP`. */
const STEP = 0.25;
const TOP = 20;
const GRID = Math.round(TOP / STEP) + 1;

const model = contextModel();
/** The model's private tables, read here only to take one occurrence off its counts. */
interface Internals {
  row: Int32Array;
  counts: Uint32Array;
  rows: Uint32Array;
  C: number;
  V: number;
  classCount: Uint32Array;
  classTotal: number;
  types: Uint32Array;
  pair(key: number): number;
}
const M = model as unknown as Internals;
/** The model's vocabulary ids of the training text's words (the model no longer keeps a word list). */
const id = new Map<string, number>();
for (const s of sentences) for (const t of s) if (!id.has(t.word)) id.set(t.word, model.id(t.word));
const text: TrainToken[][] = sentences.map((s) => s.map((t) => ({ id: id.get(t.word) ?? -1, cls: clsTok(t) })));

/** `ContextModel.classGiven`, with `minus` taken off the class's count. */
function classGiven(r: number, row: number, k: number, cx: number, minus: number): number {
  const c = M.rows[(r * ROWS + row) * M.C + k] - minus;
  return (c + ALPHA * (M.classCount[k] / M.classTotal)) / (cx + ALPHA);
}

/** `ContextModel.side`; `loo`: the pair and class of this occurrence taken off. */
function side(x: number, r: number, cx: number, n: Neighbour, right: boolean, loo: boolean): number {
  const pClass = classGiven(r, right ? 1 : 0, n.cls, cx, loo ? 1 : 0);
  const pWord = n.id === 0 ? 1 : (model.count(n.id) + 0.5) / (M.classCount[n.cls] + 1);
  const backoff = Math.max(D * M.types[2 * r + (right ? 1 : 0)], 1) / cx;
  let pair = n.id < 0 ? 0 : M.pair(right ? x * M.V + n.id : n.id * M.V + x);
  // A pair seen once is not shipped: taken off, a pair seen twice is gone too.
  if (loo && pair > 0) pair = pair - 1 < 2 ? 0 : pair - 1;
  return Math.max(pair - D, 0) / cx + backoff * pClass * pWord;
}

/** The neighbour model's log-likelihood of `x` here (score less log count), as detect.ts weighs it. */
function likelihood(x: number, l: Neighbour, r: Neighbour, l2: Neighbour | undefined, r2: Neighbour | undefined, loo: boolean): number {
  const row = M.row[x];
  const cx = M.counts[x] - (loo ? 1 : 0);
  if (row < 0 || cx <= 0) return UNSEEN;
  let p = (cx + 0.5) * side(x, row, cx, l, false, loo) * side(x, row, cx, r, true, loo);
  if (l2 || r2) p *= Math.sqrt((l2 ? classGiven(row, 2, l2.cls, cx, loo ? 1 : 0) : 1) * (r2 ? classGiven(row, 3, r2.cls, cx, loo ? 1 : 0) : 1));
  return Math.log(p) - Math.log(cx + 0.5);
}

/** Whether `x` was seen with both neighbours `seen` times or more (`loo`: this occurrence taken off). */
function attested(x: number, l: Neighbour, r: Neighbour, seen: number, loo: boolean): boolean {
  if (l.id < 0 || r.id < 0) return false;
  const off = (c: number) => (loo && c > 0 ? (c - 1 < 2 ? 0 : c - 1) : c);
  return off(M.pair(l.id * M.V + x)) >= seen && off(M.pair(x * M.V + r.id)) >= seen;
}

/** Per set (by its first word): correct uses and simulated errors, and their counts above each margin. */
interface Curve {
  uses: number;
  alarms: Float64Array;
  fixes: Float64Array;
}
const curves = new Map<string, Curve>();
const bump = (a: Float64Array, margin: number, w: number) => {
  for (let g = 0; g < GRID && g * STEP < margin; g++) a[g] += w;
};

const started = Date.now();
for (let fold = 0; fold < FOLDS; fold++) {
  const trained: TrainedSet[] = trainConfusionSets(
    text.filter((_, i) => i % FOLDS !== fold),
    id,
  );
  for (const t of trained) {
    const name = model.word(t.ids[0]);
    const m = t.ids.length;
    const weights = new Map<number, number>();
    t.keys.forEach((k, f) => weights.set(k, f * m));
    const curve = curves.get(name) ?? { uses: 0, alarms: new Float64Array(GRID), fixes: new Float64Array(GRID) };
    curves.set(name, curve);
    const member = new Map(t.ids.map((x, j) => [x, j]));
    const scores = new Float64Array(m);
    const nb = new Float64Array(m);
    for (let si = fold; si < text.length; si += FOLDS) {
      const s = text[si];
      for (let i = 1; i + 1 < s.length; i++) {
        const truth = member.get(s[i].id);
        if (truth === undefined) continue;
        scores.fill(0);
        for (const k of featuresAt(s, i)) {
          const at = weights.get(k);
          if (at !== undefined) for (let j = 0; j < m; j++) scores[j] += t.weights[at + j] / SCALE;
        }
        const l = s[i - 1];
        const r = s[i + 1];
        const l2 = l.id === 0 ? undefined : s[i - 2];
        const r2 = r.id === 0 ? undefined : s[i + 2];
        for (let j = 0; j < m; j++) nb[j] = likelihood(t.ids[j], l, r, l2, r2, j === truth);
        const seen = t.ids.map((x, j) => attested(x, l, r, 1, j === truth));
        // The word written (`x`: the true one, or another of its set as a simulated error) is
        // weighed against the others as detect.ts does, gate included.
        const verdict = (x: number) => {
          if (attested(t.ids[x], l, r, 2, x === truth) && !seen.some((v, j) => v && j !== x)) return undefined;
          let best = -1;
          let margin = -Infinity;
          for (let j = 0; j < m; j++) {
            if (j === x) continue;
            const v = scores[j] - scores[x] + NB_WEIGHT * (nb[j] - nb[x]);
            if (v > margin) [best, margin] = [j, v];
          }
          return { best, margin };
        };
        curve.uses++;
        const own = verdict(truth);
        if (own) bump(curve.alarms, own.margin, 1);
        for (let x = 0; x < m; x++) {
          if (x === truth) continue;
          const v = verdict(x);
          if (v && v.best === truth) bump(curve.fixes, v.margin, 1 / (m - 1));
        }
      }
    }
  }
  console.error(`fold ${fold + 1}/${FOLDS}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Per set, the margin of most fixes less κ false alarms (the widest of equals), beside the shipped one. */
const rate = (a: Float64Array, g: number, uses: number) => `${((a[Math.min(g, GRID - 1)] / uses) * 100).toFixed(2).padStart(6)} %`;
console.log(`per set: uses; shipped margin: fixed, false alarms; κ = ${KAPPA}: margin, fixed, false alarms`);
for (const [name, c] of [...curves].sort((a, b) => b[1].uses - a[1].uses)) {
  let best = 0;
  let value = -Infinity;
  for (let g = 0; g < GRID; g++) {
    const v = (c.fixes[g] - KAPPA * c.alarms[g]) / c.uses;
    if (v >= value) [best, value] = [g, v];
  }
  const shipped = (SET_MARGINS[name] ?? MARGINS.set) + SET_SLACK;
  const g = Math.round(shipped / STEP);
  console.log(
    `${name.padEnd(8)} ${String(c.uses).padStart(6)}  ${shipped.toFixed(2).padStart(5)}: ${rate(c.fixes, g, c.uses)} ${rate(c.alarms, g, c.uses)}   ${(best * STEP).toFixed(2).padStart(5)}: ${rate(c.fixes, best, c.uses)} ${rate(c.alarms, best, c.uses)}`,
  );
}
if (argv.includes('--json'))
  console.log(JSON.stringify(Object.fromEntries([...curves].map(([k, c]) => [k, { uses: c.uses, alarms: [...c.alarms], fixes: [...c.fixes] }]))));
