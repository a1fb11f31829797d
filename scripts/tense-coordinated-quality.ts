/**
 * `tense-shift` on coordinated predicates put in the wrong tense (issue #15): in Brown's past
 * narration, one of two verbs a `he`/`she` subject coordinates (`He turned and walked out.`) is put
 * in the present (`He turned and walks out.`, or `He turns and walked out.`), one sentence per
 * copy of the file; the slip must be found at that verb, and fixed (the first suggestion gives the
 * verb back). The injections are built once per set by a seeded choice and committed
 * (`test/fixtures/tense-coordinated/`) before any tuning: the held-out set (`cp*`–`cr*`) is
 * evaluated once, at the end.
 *
 *   npx tsx scripts/tense-coordinated-quality.ts --build [--held-out]   # writes the set
 *   npx tsx scripts/tense-coordinated-quality.ts [--held-out] [--verbose]
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../src/core';
import { tenseShift } from '../src/core/rules/tense-shift';
import { HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';
import { IRREGULAR_PRESENT } from './irregular-presents';
import { random } from './seeded-random';

interface Injection {
  file: string;
  /** Offset of the changed verb in the file's text. */
  at: number;
  past: string;
  present: string;
}

const args = new Set(process.argv.slice(2));
const heldOut = args.has('--held-out');
const path = join(__dirname, '..', 'test/fixtures/tense-coordinated', heldOut ? 'held-out.json' : 'tuning.json');
const texts = loadBrownFiction(heldOut ? HELD_OUT : TUNING);

const IRREGULAR: Record<string, string> = {
  ...IRREGULAR_PRESENT,
  caught: 'catches',
  drew: 'draws',
  ate: 'eats',
  drank: 'drinks',
  shook: 'shakes',
  struck: 'strikes',
  wrote: 'writes',
  broke: 'breaks',
  sent: 'sends',
  spent: 'spends',
};

/** The third person present of a past, when it is certain. */
function present(past: string): string | undefined {
  if (IRREGULAR[past]) return IRREGULAR[past];
  let base: string | undefined;
  if (/[^aeiou]ied$/.test(past)) base = `${past.slice(0, -3)}y`;
  else if (/([bdgmnprt])\1ed$/.test(past)) base = past.slice(0, -3);
  else if (/(?:lk|mp|rn|rk|nk|sk|st|nt|nd|rd|ll|ss|sh|ch|ck|wn|ld|lp|rm|rt|ft|pt|ct|[aeiou]{2}[^aeiouy])ed$/.test(past)) base = past.slice(0, -2);
  if (!base || past.length < 5) return undefined;
  return /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
}

const VERB = '([a-z]+)';
// "he turned and walked", "she rose, sighed and left", "he stopped, then turned": the subject, a
// past, up to 40 characters of its complement without a clause mark, `and`/`then`, a past.
const PATTERN = new RegExp(
  `\\b(?:He|he|She|she) (?:[a-z]+ly |never |still |then |just )?${VERB}\\b([^.;:!?"'()—]{0,40}?)(?:,? and|,? then|, and then) ${VERB}\\b`,
  'g',
);

function build(): void {
  const next = random(heldOut ? 1511 : 1115);
  const out: Injection[] = [];
  for (const t of texts) {
    let offset = 0;
    const found: Injection[] = [];
    for (const para of t.text.split('\n\n')) {
      if (!/["“”']/.test(para)) {
        for (const m of para.matchAll(PATTERN)) {
          const [all, first, middle, second] = m;
          const p1 = present(first);
          const p2 = present(second);
          if (!p1 || !p2 || /\b(?:who|which|that|when|if|as|because)\b/.test(middle)) continue;
          const one = next() < 0.5;
          const past = one ? first : second;
          const at = offset + m.index! + (one ? all.indexOf(` ${first}`) + 1 : all.lastIndexOf(second));
          found.push({ file: t.file, at, past, present: one ? p1 : p2 });
        }
      }
      offset += para.length + 2;
    }
    // At most three per file, chosen by the seed.
    while (found.length > 3) found.splice(Math.floor(next() * found.length), 1);
    out.push(...found);
  }
  writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${out.length} injections in ${new Set(out.map((i) => i.file)).size} files → ${path}`);
}

function evaluate(): void {
  const set = JSON.parse(readFileSync(path, 'utf8')) as Injection[];
  const byFile = new Map(texts.map((t) => [t.file, t.text]));
  const run = (text: string) => new Analyzer({}, [tenseShift]).analyze(text).findings;
  let caught = 0;
  let fixed = 0;
  let elsewhere = 0;
  for (const inj of set) {
    const original = byFile.get(inj.file)!;
    if (original.slice(inj.at, inj.at + inj.past.length) !== inj.past) throw new Error(`${inj.file}@${inj.at}: not ${inj.past}`);
    const text = original.slice(0, inj.at) + inj.present + original.slice(inj.at + inj.past.length);
    const findings = run(text);
    const hit = findings.find((f) => f.range.start === inj.at);
    if (hit) caught++;
    if (hit?.suggestions[0] === inj.past) fixed++;
    const base = run(original).length;
    elsewhere += Math.max(0, findings.length - (hit ? 1 : 0) - base);
    if (args.has('--verbose') && !hit) console.log(`missed ${inj.file}: …${text.slice(inj.at - 70, inj.at + 40).replace(/\n/g, '¶')}…`);
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, set.length)).toFixed(1)} %`;
  console.log(`coordinated-verb slips in Brown ${heldOut ? 'cp*–cr* (held out)' : 'ck*–cn* (tuning)'}: ${set.length}`);
  console.log(`caught ${caught} (${pct(caught)}), fixed ${fixed} (${pct(fixed)}); new findings elsewhere ${elsewhere}`);
}

if (args.has('--build')) build();
else evaluate();
