/**
 * The wrong preposition after a head word that governs one (issue #15): "afraid from" (of),
 * "interested with" (in), "depends of" (on), "consists to" (of). The heads are the generated
 * table `data/prepositions.generated.ts`: the adjectives, verbs and nouns after which Brown's
 * non-fiction and nlp-corpus write one preposition most and never the wrong one, though it would
 * have been seen were it free there; the fix is the head's usual preposition. Silent where the
 * preposition is no complement's: a particle that ends its clause ("the mess he was responsible
 * for."), "to" before a verb ("afraid to go"), an adjunct of time ("aware for the first time"),
 * a head that is a name, a head and preposition apart across punctuation. Reported under
 * `confusable` (family `grammar`), as information in dialogue and thoughts.
 */

import { classesOf, WORD_CLASS } from '../data/lexicon';
import { PREPOSITION_TABLE } from '../data/prepositions.generated';
import type { Paragraph } from '../model/document';
import type { Words } from '../patterns';
import { matchCase } from '../text';
import type { RawFinding } from './types';

const SPOKEN = new Set(['dialogue', 'thought']);
const C = WORD_CLASS;

interface Head {
  fix: string;
  wrong: ReadonlySet<string>;
}
let TABLE: Map<string, Head> | undefined;
/** Every preposition some head flags: the first look at a word. */
let WRONG: Set<string> | undefined;

function table(): Map<string, Head> {
  if (TABLE) return TABLE;
  TABLE = new Map();
  WRONG = new Set();
  for (const row of PREPOSITION_TABLE.split('|')) {
    const [form, fix, wrong] = row.split(' ');
    const set = new Set(wrong.split(','));
    for (const p of set) WRONG.add(p);
    TABLE.set(form, { fix, wrong: set });
  }
  return TABLE;
}

/** Words of time that make the preposition begin an adjunct of time: "aware for the first time", "proud in those days". */
const TIME = new Set(
  'moment moments while second seconds minute minutes hour hours day days week weeks month months year years time times first now ever once long ages decades night morning evening'.split(
    ' ',
  ),
);

/**
 * Whether the words from `k` on are an adjunct of time: a time word among the next five, before any
 * punctuation ("for a moment", "in those days", "at one and the same time").
 */
function timeAt(words: Words, k: number): boolean {
  for (let j = k; j < k + 5 && j < words.n; j++) {
    if (TIME.has(words.word(j))) return true;
    if (j + 1 < words.n && !/^ +$/.test(words.text.slice(words.tokens[j].end, words.tokens[j + 1].start))) return false;
  }
  return false;
}

/** Whether word `k` begins what a preposition governs: a noun phrase, a pronoun, an -ing form or a name. */
function objectAt(words: Words, k: number): boolean {
  if (k >= words.n) return false;
  const w = words.word(k);
  const c = classesOf(w);
  if (c & (C.art | C.det | C.poss | C.obj | C.num | C.ing | C.indef | C.refl | C.gen)) return true;
  if (c & (C.verb | C.prep | C.conj | C.modal | C.be | C.have | C.do | C.wh | C.adv | C.subj | C.past)) return false;
  // A noun or adjective the lexicon knows, or a capitalized name.
  return (c & (C.noun | C.adj)) !== 0 || /^\p{Lu}/u.test(words.tokens[k].text);
}

/** The paragraph's wrong prepositions after a head word, as `confusable` findings; `words` gives the paragraph's words. */
export function prepositionFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  const heads = table();
  const wrong = WRONG as Set<string>;
  let found: RawFinding[] | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (!wrong.has(lower)) continue;
    const head = heads.get(tokens[i - 1].lower);
    if (head === undefined || !head.wrong.has(lower)) continue;
    const text = paragraph.text;
    // Head, preposition and what follows, written as one phrase: spaces only between them.
    if (!/^ +$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) || !/^ +$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) continue;
    const all = words();
    if (all.name(i - 1) || !objectAt(all, i + 1) || timeAt(all, i + 1)) continue;
    const original = text.slice(tokens[i].start, tokens[i].end);
    const fix = matchCase(head.fix, original);
    const headText = text.slice(tokens[i - 1].start, tokens[i - 1].end);
    (found ??= []).push({
      start: tokens[i].start,
      end: tokens[i].end,
      message: `\`${headText}\` takes \`${head.fix}\`, not \`${lower}\`: \`${headText} ${fix}\`.`,
      suggestions: [fix],
      ...(SPOKEN.has(tokens[i].region) ? { severity: 'information' as const } : {}),
      data: { word: original, expected: fix, family: 'grammar' },
    });
  }
  return found ?? [];
}
