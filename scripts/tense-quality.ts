/**
 * `tense-shift` on published fiction and on injected slips.
 *
 * False alarms: findings on the Brown fiction files (each file one scene), per 1,000 words.
 * Recall: into each past-tense scene that the rule reads as clearly past, one narration sentence
 * of the same file is put back in the present (`He walked to the door.` → `He walks to the door.`,
 * `was` → `is`, `fell` → `falls`), at a paragraph start; the slip must be found at that sentence.
 * Controls put present tense where it is right (a general truth, a line of dialogue, a thought in
 * asterisks, a letter, a song) into the same scenes: nothing may be found there.
 *
 *   npx tsx scripts/tense-quality.ts              # tuning files ck*–cn*
 *   npx tsx scripts/tense-quality.ts --held-out   # held-out files cp*–cr* (run once, at the end)
 *   npx tsx scripts/tense-quality.ts --verbose    # also print every finding and miss
 */

import { Analyzer, buildModel } from '../src/core';
import { readTenses, tenseShift } from '../src/core/rules/tense-shift';
import { HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';
import { IRREGULAR_PRESENT } from './irregular-presents';

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const texts = loadBrownFiction(args.has('--held-out') ? HELD_OUT : TUNING);
const words = texts.reduce((n, t) => n + t.words, 0);
const run = (text: string) => new Analyzer({}, [tenseShift]).analyze(text).findings;

// Irregular pasts put back in the present, third person (the injection's own small table).
const PRESENT_OF: Record<string, string> = {
  was: 'is',
  were: 'are',
  had: 'has',
  did: 'does',
  "wasn't": "isn't",
  "weren't": "aren't",
  "didn't": "doesn't",
  "hadn't": "hasn't",
  lay: 'lies',
  turned: 'turns',
  looked: 'looks',
  walked: 'walks',
  opened: 'opens',
  closed: 'closes',
  smiled: 'smiles',
  nodded: 'nods',
  stopped: 'stops',
  moved: 'moves',
  pulled: 'pulls',
  pushed: 'pushes',
  seemed: 'seems',
  ...IRREGULAR_PRESENT,
};

const SUBJECTS = /^(?:he|she|it|i|we|they|you|[A-Z][a-z]+)$/;
const ADVERBS = /^(?:[a-z]+ly|never|still|just|then|also|always|soon|only|even)$/;

/** A regular past in the present, or undefined when its base is not certain (`danced`: danc or dance?). */
function regularPresent(verb: string, plain: boolean): string | undefined {
  let base: string | undefined;
  if (/[^aeiou]ied$/.test(verb)) base = `${verb.slice(0, -3)}y`;
  else if (/([bdgmnprt])\1ed$/.test(verb)) base = verb.slice(0, -3);
  else if (/(?:lk|mp|rn|rk|nk|sk|st|nt|nd|rd|ll|ss|sh|ch|ck|wn|ld|lp|rm|rt|ft|pt|ct|[aeiou]{2}[^aeiouy])ed$/.test(verb)) base = verb.slice(0, -2);
  if (!base) return undefined;
  if (plain) return base;
  return /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
}

/**
 * The sentence with every finite past verb put in the present (`He walked to the door and was
 * gone.` → `He walks to the door and is gone.`), or undefined when it has none or one whose
 * present is not certain: a half-changed sentence is no slip a writer makes.
 */
function toPresent(sentence: string): string | undefined {
  const words = sentence.split(/(\s+)/);
  let changed = 0;
  let subject = '';
  for (let i = 0; i < words.length; i += 2) {
    const raw = words[i];
    const m = /^([A-Za-z']+)(.*)$/.exec(raw);
    if (!m) {
      subject = '';
      continue;
    }
    const [, w, rest] = m;
    const lower = w.toLowerCase();
    const plain = ['i', 'we', 'they', 'you'].includes(subject.toLowerCase());
    const aux: Record<string, string> = plain
      ? {
          was: subject.toLowerCase() === 'i' ? 'am' : 'are',
          were: 'are',
          had: 'have',
          did: 'do',
          "wasn't": "aren't",
          "weren't": "aren't",
          "hadn't": "haven't",
          "didn't": "don't",
        }
      : { was: 'is', were: 'are', had: 'has', did: 'does', "wasn't": "isn't", "weren't": "aren't", "hadn't": "hasn't", "didn't": "doesn't" };
    let now: string | undefined = aux[lower];
    if (!now && subject) {
      const irregular = PRESENT_OF[lower];
      if (irregular) now = plain ? irregular.replace(/(?:es|s)$/, '') : irregular;
      else if (/ed$/.test(lower) && lower.length > 4) {
        now = regularPresent(lower, plain);
        if (!now) return undefined;
      }
    }
    if (now) {
      words[i] = (w[0] === w[0].toUpperCase() ? now[0].toUpperCase() + now.slice(1) : now) + rest;
      changed++;
      subject = '';
    } else if (SUBJECTS.test(w) && rest === '') subject = w;
    else if (!(subject && ADVERBS.test(w) && rest === '')) subject = '';
  }
  return changed > 0 ? words.join('') : undefined;
}

const CONTROLS: Array<[string, string]> = [
  ['a general truth', "The well is a day's walk from the village, and the road there is long."],
  ['a truth with "there"', 'There is a river that runs past the old mill.'],
  ['dialogue', '"It is raining again," she says. "The roads are flooded."'],
  ['a thought in asterisks', '*This is wrong,* he thought. *This is all wrong.*'],
  ['a thought in single quotes', "'He knows,' she thought. 'He knows everything.'"],
  ['an unmarked question', 'What is he doing here?'],
  ['a letter', 'Dear Harry,\n\nI am fine. The weather is lovely and I miss you.\n\nLove, Ginny'],
  ['a song', "I walk a lonely road\nThe only one that I have ever known\nDon't know where it goes"],
  ['a report', 'She knew that the well is far from here.'],
];

const files = texts.map((t) => ({ t, model: buildModel(t.text) }));
let alarms = 0;
for (const { t } of files) {
  const fs = run(t.text);
  alarms += fs.length;
  if (verbose) for (const f of fs) console.log(`alarm ${t.file}: …${t.text.slice(f.range.start - 60, f.range.end + 40).replace(/\n/g, '¶')}… — ${f.message}`);
}

let slips = 0;
let caught = 0;
let clearPast = 0;
const controls = new Map<string, { n: number; found: number }>();
for (const { t, model } of files) {
  const [reading] = readTenses(model);
  if (!reading || reading.tense !== 'past') continue;
  clearPast++;
  const paragraphs = t.text.split('\n\n');
  // Slips: up to 4 per file, each in a copy of the file, at a paragraph of narration past the first few.
  let made = 0;
  for (let p = 3; p < paragraphs.length && made < 4; p += 7) {
    const para = paragraphs[p];
    if (/"/.test(para)) continue;
    const sentence = para.split(/(?<=[.!?])\s+/)[0];
    const present = sentence && toPresent(sentence);
    if (!present) continue;
    made++;
    slips++;
    const text = [...paragraphs.slice(0, p), present + para.slice(sentence.length), ...paragraphs.slice(p + 1)].join('\n\n');
    const start = paragraphs.slice(0, p).join('\n\n').length + 2;
    const hit = run(text).some((f) => f.range.start >= start && f.range.end <= start + present.length);
    if (hit) caught++;
    else if (verbose) console.log(`missed ${t.file}: ${present}`);
  }
  for (const [name, control] of CONTROLS) {
    const p = Math.min(5, paragraphs.length - 1);
    const text = [...paragraphs.slice(0, p), control, ...paragraphs.slice(p)].join('\n\n');
    const start = paragraphs.slice(0, p).join('\n\n').length + 2;
    const found = run(text).filter((f) => f.range.start >= start && f.range.end <= start + control.length).length;
    const c = controls.get(name) ?? { n: 0, found: 0 };
    c.n++;
    c.found += found;
    controls.set(name, c);
    if (found && verbose) console.log(`control ${name} flagged in ${t.file}`);
  }
}

console.log(`tense-shift on Brown ${args.has('--held-out') ? 'cp*–cr* (held out)' : 'ck*–cn* (tuning)'}: ${texts.length} files, ${words} words`);
console.log(`findings on the untouched files: ${alarms}, ${((alarms / words) * 1000).toFixed(3)} per 1,000 words`);
console.log(`files read as clearly past: ${clearPast} of ${texts.length}`);
console.log(`injected present-tense slips caught: ${caught}/${slips} (${((caught / Math.max(1, slips)) * 100).toFixed(1)} %)`);
for (const [name, c] of controls) console.log(`control ${name.padEnd(28)} findings: ${c.found} in ${c.n} files`);
