/**
 * Recall and false alarms of `dialogue-punctuation` on published dialogue with injected errors.
 * Every correctly punctuated tag of the Brown fiction files (`"Stop," he said.`, `"Why?" she
 * asked.`, `"No," he said, "not now."`) is turned, one paragraph at a time, into the mistakes
 * fan fiction writers make: a full stop and a capital (`"Stop." He said.`), no comma (`"Stop" he
 * said.`), a capital after the comma or the question mark (`"Why?" She asked.`), the resumed
 * quotation without its comma (`"No," he said "not now."`), each also with a fan fiction tag verb
 * in place of `said` (`"Stop." He growled.`) and in curly quotes. Recall: the injected mistakes
 * found at their place. False alarms: findings on the untouched files, per 1,000 words.
 *
 *   npx tsx scripts/dialogue-quality.ts              # tuning files ck*–cn*
 *   npx tsx scripts/dialogue-quality.ts --held-out   # held-out files cp*–cr* (run once, at the end)
 *   npx tsx scripts/dialogue-quality.ts --misses     # also print what was missed
 */

import { Analyzer } from '../src/core';
import { isAmbiguousSpeechVerb, isSpeechVerb } from '../src/core/data/speech-verbs';
import { dialoguePunctuation } from '../src/core/rules/dialogue-punctuation';
import { HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';

const args = new Set(process.argv.slice(2));
/**
 * The tagged Brown corpus puts a closing quote before the punctuation it encloses (`"Stop", he
 * said.`, `"Why"??`): put it back where American print has it (`"Stop," he said.`, `"Why?"`).
 */
function american(text: string): string {
  return text.replace(/([?!;])\1+/g, '$1').replace(/(\S)"([,.?!]+)/g, '$1$2"');
}
const texts = loadBrownFiction(args.has('--held-out') ? HELD_OUT : TUNING).map((t) => ({ ...t, text: american(t.text) }));
const words = texts.reduce((n, t) => n + t.words, 0);
const analyzer = () => new Analyzer({}, [dialoguePunctuation]);

// Verbs fan fiction tags with, put in place of `said` in a copy of each case.
const FANFIC_VERBS = [
  'growled',
  'hissed',
  'whispered',
  'murmured',
  'snapped',
  'scoffed',
  'spat',
  'insisted',
  'purred',
  'chirped',
  'demanded',
  'muttered',
  'called',
  'cried',
  'snarled',
  'questioned',
];

interface Case {
  kind: string;
  text: string;
  /** Where the mistake is: a finding must overlap [at, at + 2). */
  at: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'you']);
// A tag after a closing quote: `," he said`, `?" she asked`, `," Ron said`, `," said Ron`.
const TAG = /([,?!])" (he|she|they|we|you|I|[A-Z][a-z]+) ([a-z]+)\b|([,?!])" ([a-z]+) ([A-Z][a-z]+)\b/g;

function curly(paragraph: string): string | undefined {
  let n = 0;
  const out = paragraph.replace(/"/g, () => (n++ % 2 === 0 ? '“' : '”'));
  return n % 2 === 0 ? out : undefined;
}

function cases(paragraph: string): Case[] {
  const out: Case[] = [];
  if ((paragraph.match(/"/g) ?? []).length % 2 === 1) return out;
  for (const m of paragraph.matchAll(TAG)) {
    const q = m.index! + 1; // the closing quote
    const mark = m[1] ?? m[4];
    const inverted = m[4] !== undefined;
    const subject = inverted ? m[6] : m[2];
    const verb = inverted ? m[5] : m[3];
    if (!isSpeechVerb(verb)) continue;
    const before = paragraph.slice(0, q - 1);
    const tagAt = q + 2;
    const after = paragraph.slice(tagAt);
    const pronoun = PRONOUNS.has(subject);
    const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
    const swap = (tag: string, v: string) => tag.replace(new RegExp(`\\b${verb}\\b`), v);
    const verbs = [verb, FANFIC_VERBS[out.length % FANFIC_VERBS.length]];
    if (mark === ',') {
      for (const v of verbs) {
        const tail = verb === v ? after : swap(after, v);
        // `"Stop," he said` → `"Stop" he said`
        out.push({ kind: 'no comma', text: `${before}" ${tail}`, at: q - 1 });
        // → `"Stop." He said` (a full stop and a capital), but not for verbs that may be beats
        if (!isAmbiguousSpeechVerb(v)) {
          const t = pronoun && !inverted ? cap(tail) : inverted ? cap(tail) : tail;
          out.push({ kind: 'full stop', text: `${before}." ${t}`, at: q - 1 });
        }
        // → `"Stop?" He said`, `"Stop!" He said`: a capital after the question or exclamation mark
        if (pronoun && !inverted && !isAmbiguousSpeechVerb(v)) {
          const m2 = out.length % 2 === 0 ? '?' : '!';
          out.push({ kind: `capital after ${m2}`, text: `${before}${m2}" ${cap(tail)}`, at: tagAt });
        }
        // → `"Stop," He said`
        if (pronoun && !inverted) out.push({ kind: 'capital after comma', text: `${before}," ${cap(tail)}`, at: tagAt });
        if (inverted && !isAmbiguousSpeechVerb(v)) out.push({ kind: 'capital after comma', text: `${before}," ${cap(tail)}`, at: tagAt });
      }
      // `"No," he said, "not now."` → `"No," he said "not now."`
      const resumed = /^([a-zA-Z]+ [a-zA-Z]+), "[a-z]/.exec(after);
      if (resumed)
        out.push({
          kind: 'resumed without comma',
          text: `${before}," ${resumed[1]} "${after.slice(resumed[1].length + 3)}`,
          at: tagAt + resumed[1].length - 3,
        });
    } else if (pronoun && !inverted && !isAmbiguousSpeechVerb(verb)) {
      for (const v of verbs) {
        if (isAmbiguousSpeechVerb(v)) continue;
        const tail = verb === v ? after : swap(after, v);
        // `"Why?" he asked` → `"Why?" He asked`
        out.push({ kind: `capital after ${mark}`, text: `${before}${mark}" ${cap(tail)}`, at: tagAt });
      }
    }
  }
  return out;
}

const results = new Map<string, { n: number; found: number; curly: number; curlyFound: number; other: number }>();
const misses: string[] = [];
let injected = 0;
let strays = 0;
for (const file of texts) {
  for (const paragraph of file.text.split('\n\n')) {
    for (const c of cases(paragraph)) {
      for (const style of ['straight', 'curly'] as const) {
        const text = style === 'curly' ? curly(c.text) : c.text;
        if (!text) continue;
        injected++;
        const fs = analyzer().analyze(text).findings;
        const hit = fs.some((f) => f.range.start <= c.at + 1 && f.range.end >= c.at);
        const stray = fs.filter((f) => !(f.range.start <= c.at + 1 && f.range.end >= c.at)).length;
        strays += stray;
        const r = results.get(c.kind) ?? { n: 0, found: 0, curly: 0, curlyFound: 0, other: 0 };
        if (style === 'curly') {
          r.curly++;
          if (hit) r.curlyFound++;
        } else {
          r.n++;
          if (hit) r.found++;
        }
        results.set(c.kind, r);
        if (!hit && style === 'straight') misses.push(`${file.file} [${c.kind}] …${text.slice(Math.max(0, c.at - 50), c.at + 40)}…`);
      }
    }
  }
}

// Brown's own capitals after a question or exclamation mark (`"What is it?" He asked.`, 1961 house
// style, which the rule reports by design) are counted apart from the rest.
let untouched = 0;
let ownCapitals = 0;
for (const file of texts) {
  for (const f of analyzer().analyze(file.text).findings) {
    untouched++;
    if (/[?!]["”] $/.test(file.text.slice(f.range.start - 3, f.range.start))) ownCapitals++;
  }
}

console.log(`dialogue-punctuation on Brown ${args.has('--held-out') ? 'cp*–cr* (held out)' : 'ck*–cn* (tuning)'}: ${texts.length} files, ${words} words\n`);
console.log('mistake injected            straight found   curly found');
let n = 0;
let found = 0;
for (const [kind, r] of [...results].sort()) {
  n += r.n + r.curly;
  found += r.found + r.curlyFound;
  console.log(`${kind.padEnd(26)} ${`${r.found}/${r.n}`.padStart(10)} ${`${r.curlyFound}/${r.curly}`.padStart(13)}`);
}
console.log(`${'all'.padEnd(26)} ${`${found}/${n}`.padStart(24)}   recall ${((found / n) * 100).toFixed(1)} %`);
console.log(`other findings in the injected paragraphs: ${strays} (in ${injected} cases)`);
const per1k = (n: number) => ((n / words) * 1000).toFixed(3);
console.log(`findings on the untouched files: ${untouched}, ${per1k(untouched)} per 1,000 words`);
console.log(
  `  of them Brown's own capital after ? or !: ${ownCapitals}; the others: ${untouched - ownCapitals}, ${per1k(untouched - ownCapitals)} per 1,000 words`,
);
if (args.has('--misses')) for (const m of misses) console.log(m);
if (args.has('--alarms')) {
  for (const file of texts)
    for (const f of analyzer().analyze(file.text).findings)
      console.log(`${file.file}: …${file.text.slice(f.range.start - 40, f.range.end + 30).replace(/\n/g, '¶')}…  → ${f.suggestions[0]}`);
}
