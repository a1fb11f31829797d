/**
 * Where the real-word checks lose recall, on the tuning sets only: for every error the rule does
 * not fix, why not, tabled by confusion set (the two words, sorted) and by reason:
 * - `no-cand`: the word as written has no candidates, or the intended word is not among them
 *   (candidate recall);
 * - `gate` / `attested`: a candidate, but the verb-form gate or the attested test drops it before
 *   scoring;
 * - `score`: scored, and the word as written fits its neighbours better (the model loses; for a
 *   word of a confusion set, its classifier);
 * - `margin`: the intended word wins, but by less than its kind's margin;
 * - `other`: it wins by its margin, yet another candidate, the table or the dialogue filter
 *   decides otherwise;
 * - `wrong-fix`: flagged at the error with another first suggestion.
 *
 *   npx tsx scripts/context-misses.ts [--all] [--list] [--spent] [--public]   (--all: every set, not only the 25 largest;
 *   --spent: the spent held-out sets too (heldout.txt to heldout11.txt), now tuning; --public: not the Brown injections)
 */

import { contextHits, MARGINS, SET_MARGINS } from '../src/core/context/detect';
import { contextModel, type Neighbour } from '../src/core/context/model';
import { analyzeParagraph } from '../src/core/model/paragraph';
import { BROKEN, Words } from '../src/core/patterns';
import { confusableFindings, type FixtureLine } from '../test/support/confusable';
import { injectedSet, loadRealWordFixture } from '../test/support/real-word';

const args = new Set(process.argv.slice(2));
const REASONS = ['no-cand', 'gate', 'attested', 'score', 'margin', 'other', 'wrong-fix'] as const;
type Reason = (typeof REASONS)[number];
const norm = (s: string) => s.replace(/’/g, "'");

/** Why the model does not offer `expected` for the word at `start` (not fixed by the rule). */
function reason(text: string, start: number, expected: string): Reason {
  const model = contextModel();
  const { tokens } = analyzeParagraph(text);
  const words = new Words(text, tokens);
  const k = tokens.findIndex((t) => t.start <= start && start < t.end);
  if (k < 0) return 'no-cand';
  const x = model.id(words.word(k));
  const want = norm(expected).toLowerCase();
  if (!model.isSuspect(x)) return 'no-cand';
  const zero = new Proxy({}, { get: () => -50 }) as Record<string, number>;
  // A word of a confusion set is weighed by its classifier against the other words of its set.
  const set = model.confusion.setOfId(x);
  if (set >= 0 && model.confusion.setOfId(model.id(want)) === set) {
    const hit = contextHits(words, () => false, zero).find((h) => h.k === k && h.kind === 'set');
    if (!hit || hit.to !== want || hit.margin - 50 <= 0) return 'score';
    const first = model.word(model.confusion.members[set][0]);
    return hit.margin - 50 <= (SET_MARGINS[first] ?? MARGINS.set) ? 'margin' : 'other';
  }
  const c = model.candidatesOf(x, words.word(k)).find((cand) => cand.word === want);
  if (!c || c.id < 0) return 'no-cand';
  const at = (p: number): Neighbour | undefined =>
    p < 0 || p >= words.n || words.is(Math.max(k, p), BROKEN) ? { id: 0, cls: 0 } : model.neighbour(words.word(p), words.name(p));
  const left = at(k - 1)!;
  const right = at(k + 1)!;
  const left2 = left.id === 0 ? undefined : k - 2 < 0 || words.is(k - 1, BROKEN) ? { id: 0, cls: 0 } : model.neighbour(words.word(k - 2), words.name(k - 2));
  const right2 =
    right.id === 0 ? undefined : k + 2 >= words.n || words.is(k + 2, BROKEN) ? { id: 0, cls: 0 } : model.neighbour(words.word(k + 2), words.name(k + 2));
  if (c.gate !== 0) {
    // With every margin at its lowest, the hit list has the candidate only where its gate opens.
    const hit = contextHits(words, () => false, zero).find((h) => h.k === k);
    if (!hit) return 'gate';
    if (hit.to !== want || hit.margin - 50 <= 0) return 'score';
    return hit.margin - 50 <= (MARGINS[c.kind] ?? Infinity) ? 'margin' : 'other';
  }
  if (model.attested(x, left, right, 2) && (c.typo || !model.attested(c.id, left, right, 1))) return 'attested';
  const raw = model.score(c.id, left, right, left2, right2) - model.score(x, left, right, left2, right2);
  if (raw <= 0) return 'score';
  if (raw <= (MARGINS[c.kind] ?? Infinity)) return 'margin';
  return 'other';
}

type Table = Map<string, Record<Reason, number> & { n: number }>;
function table(name: string, lines: readonly FixtureLine[]): void {
  const byPair: Table = new Map();
  const list: string[] = [];
  for (const l of lines) {
    if (l.errors.length === 0) continue;
    const findings = confusableFindings(l.text);
    for (const e of l.errors) {
      const key = [norm(e.wrong).toLowerCase(), norm(e.expected).toLowerCase()].sort().join('/');
      const row = byPair.get(key) ?? (Object.fromEntries([...REASONS.map((r) => [r, 0]), ['n', 0]]) as Record<Reason, number> & { n: number });
      byPair.set(key, row);
      row.n++;
      const touching = findings.filter((f) => f.range.start < e.end && e.start < f.range.end);
      const expected = norm(l.text.slice(0, e.start) + e.expected + l.text.slice(e.end));
      if (touching.some((f) => norm(l.text.slice(0, f.range.start) + (f.suggestions[0] ?? '') + l.text.slice(f.range.end)) === expected)) continue;
      const r: Reason = touching.length > 0 ? 'wrong-fix' : e.expected.includes(' ') || e.wrong.includes(' ') ? 'no-cand' : reason(l.text, e.start, e.expected);
      row[r]++;
      if (args.has('--list')) list.push(`${r.padEnd(9)} [${e.wrong}|${e.expected}] ${l.text}`);
    }
  }
  const rows = [...byPair.entries()].sort((a, b) => b[1].n - a[1].n);
  const total = Object.fromEntries([...REASONS, 'n'].map((r) => [r, rows.reduce((s, [, v]) => s + v[r as Reason], 0)])) as Record<Reason | 'n', number>;
  const fixed = (v: Record<Reason | 'n', number>) => v.n - REASONS.reduce((s, r) => s + v[r], 0);
  console.log(`\n${name}: ${total.n} errors, ${fixed(total)} fixed`);
  console.log(`${'set'.padEnd(22)} ${'n'.padStart(5)} ${'fixed'.padStart(6)} ${REASONS.map((r) => r.padStart(9)).join('')}`);
  const line = (k: string, v: Record<Reason | 'n', number>) =>
    console.log(`${k.padEnd(22)} ${String(v.n).padStart(5)} ${String(fixed(v)).padStart(6)} ${REASONS.map((r) => String(v[r]).padStart(9)).join('')}`);
  for (const [k, v] of args.has('--all') ? rows : rows.slice(0, 25)) line(k, v);
  line('all', total);
  for (const m of list) console.log(`  ${m}`);
}

table('(b) public sentences (tuning)', loadRealWordFixture('tuning'));
if (args.has('--spent'))
  for (const name of [
    'heldout',
    'heldout2',
    'heldout3',
    'heldout4',
    'heldout5',
    'heldout6',
    'heldout7',
    'heldout8',
    'heldout9',
    'heldout10',
    'heldout11',
  ] as const)
    table(`(b) ${name}, now tuning`, loadRealWordFixture(name));
if (!args.has('--public')) table('(a) Brown ck–cn injected (tuning)', injectedSet(/^c[k-n]/));
