/**
 * `a` or `an` against the sound of the word after it (issue #15): "a occult bookshop" → "an",
 * "an unique chance" → "a", "a hour" → "an", "an one-time offer" → "a". The sound is the first
 * letter's, except for the words the generated table `data/article-sounds.generated.ts` lists
 * (the CMU Pronouncing Dictionary's: "hour", "honest", "unique", "one", "European"), and their
 * longer forms ("honours", "unicorns"). Read only before a word of a noun phrase (a noun, an
 * adjective, an adverb, a participle, a number: not "an" written for "and" before "me" or "then"),
 * with nothing but white space between; silent on a word said both ways ("herb"), a `u` word the
 * dictionary does not confirm ("a urinal"), an initialism ("an FBI agent", "a NATO base": read as
 * letters or as a word), a letter ("Plan A", "the letter a") and a capitalized article inside a
 * sentence. Reported under `confusable`; in dialogue and thoughts as information, and never
 * "an" for "a" there (a speaker's "an" may be "and": "me an Joe").
 */

import { classIndex } from '../context/format';
import { Neighbours } from '../context/grammar';
import { inVoice, type Voice, voiceOf } from '../context/licence';
import { contextModel } from '../context/model';
import { SOUND_EITHER, SOUND_UNLIKE_LETTER, U_VOWEL } from '../data/article-sounds.generated';
import type { Paragraph } from '../model/document';
import type { Words } from '../patterns';
import { matchCase } from '../text';
import type { RawFinding } from './types';

const SPOKEN = new Set(['dialogue', 'thought']);
/** The classes of a word that may follow the article in a noun phrase ("a big", "an old", "a quickly growing", "an eight"). */
const PHRASE = new Uint8Array(32);
for (const c of ['noun', 'adj', 'adv', 'vbg', 'vbn', 'number', 'cmp'] as const) PHRASE[classIndex(c)] = 1;
/** Adverbs that stand between clauses, not inside a noun phrase ("an then" is "and then"). */
const NOT_IN_PHRASE = new Set('then so too not also just even only still now there here again else yet thus'.split(' '));
/** Words after which `a` is the letter: "the letter a", "Plan a", "vitamin a". */
const LETTER_BEFORE = new Set('the letter letters plan type grade vitamin capital lowercase uppercase small big an a'.split(' '));
/** The shortest listed word whose longer forms share its sound ("honour" → "honours"). */
const STEM_MIN = 4;

/** Whether `w` or a listed word it begins with is said unlike its letter ("honours", "unicorns"). */
function unlikeLetter(w: string): boolean {
  if (SOUND_UNLIKE_LETTER.has(w)) return true;
  for (let n = w.length - 1; n >= STEM_MIN; n--) if (SOUND_UNLIKE_LETTER.has(w.slice(0, n))) return true;
  return false;
}

/** Whether `w` starts with a vowel sound; undefined when that is not known. */
export function vowelSound(w: string): boolean | undefined {
  if (!/^[a-z]{2,}$/.test(w) || SOUND_EITHER.has(w)) return undefined;
  // "European", "ewe", "eucalyptus": a `eu` or `ew` is always said as "you".
  if (/^e[uw]/.test(w)) return false;
  if (U_VOWEL.has(w)) return true;
  const letter = /^[aeiou]/.test(w);
  if (unlikeLetter(w)) return !letter;
  // A `u` word the dictionary does not confirm may be either ("an umpire", "a urinal").
  return w.startsWith('u') ? undefined : letter;
}

/** The article word `i` should be, or undefined when it is right or cannot be told. */
function articleFor(paragraph: Paragraph, words: Words, around: () => Neighbours, voice: () => Voice, i: number): string | undefined {
  const tokens = paragraph.analysis.tokens;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next === undefined || !/^[ \t]+$/.test(paragraph.text.slice(t.end, next.start))) return undefined;
  // "A" inside a sentence is a letter or a name ("Plan A", "Type A"); "AN" is shouting.
  if (t.text !== t.lower && (!t.sentenceStart || t.text === 'AN')) return undefined;
  if (t.lower === 'a' && i > 0 && LETTER_BEFORE.has(words.word(i - 1))) return undefined;
  const raw = next.text.split('-')[0];
  // An initialism ("an FBI agent", "a NATO base"), a letter, a number in digits.
  if (raw.length < 2 || (raw === raw.toUpperCase() && /\p{Lu}/u.test(raw)) || /\d/.test(raw)) return undefined;
  const w = raw.toLowerCase().replace(/’/g, "'");
  if (NOT_IN_PHRASE.has(w)) return undefined;
  const vowel = vowelSound(w);
  if (vowel === undefined) return undefined;
  const want = vowel ? 'an' : 'a';
  if (want === t.lower) return undefined;
  // A speaker's "an" before a consonant is as often "and" ("an tole him", "me an Joe"), and so in a sentence written in a voice.
  if (want === 'a' && (SPOKEN.has(t.region) || inVoice(voice(), i, i))) return undefined;
  return PHRASE[around().at(i, i + 1).cls] === 1 ? want : undefined;
}

/** Words that name "the" as a word: "the word the", "the article the". */
const METALINGUISTIC = new Set(['word', 'article', 'determiner']);
/** Classes after which a pronoun's object stands: a preposition or a verb ("the two of the," → "them"). */
const OBJECT_BEFORE = new Uint8Array(32);
for (const c of ['prep', 'vb', 'vbd', 'vbz', 'vbg', 'vbn', 'to'] as const) OBJECT_BEFORE[classIndex(c)] = 1;

/**
 * "the two of the, had both sought" → "them": "the" opens a noun phrase, so written straight
 * before a comma, a full stop or another mark that ends a clause it is a slip of the keys: "them"
 * after a preposition or a verb, else "then". Not before a dash or an ellipsis (speech cut off:
 * "the—"), nor capitalized or quoted ("the word The.").
 */
function theAtClauseEnd(paragraph: Paragraph, around: () => Neighbours, i: number): string | undefined {
  const tokens = paragraph.analysis.tokens;
  const t = tokens[i];
  if (t.text !== 'the' || i === 0 || METALINGUISTIC.has(tokens[i - 1].lower)) return undefined;
  // One mark, then white space or the paragraph's end: not "the..." nor "the—".
  if (!/^[,;:.!?](?:\s|$)/.test(paragraph.text.slice(t.end, t.end + 2))) return undefined;
  if (!/^[ \t]+$/.test(paragraph.text.slice(tokens[i - 1].end, t.start))) return undefined;
  return OBJECT_BEFORE[around().at(i, i - 1).cls] === 1 ? 'them' : 'then';
}

/** The paragraph's articles that do not fit the sound after them, as `confusable` findings; `words` gives the paragraph's words. */
export function articleFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  let found: RawFinding[] | undefined;
  let neighbours: Neighbours | undefined;
  let voice: Voice | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (lower === 'the') {
      const all = words();
      const to = theAtClauseEnd(paragraph, () => (neighbours ??= new Neighbours(contextModel(), all)), i);
      if (to !== undefined) {
        const t = tokens[i];
        (found ??= []).push({
          start: t.start,
          end: t.end,
          message: `\`the\` opens a noun phrase, and none follows here: \`${to}\` is meant.`,
          suggestions: [to],
          ...(SPOKEN.has(t.region) ? { severity: 'information' as const } : {}),
          data: { word: 'the', expected: to, family: 'typo' },
        });
      }
      continue;
    }
    if (lower !== 'a' && lower !== 'an') continue;
    const all = words();
    const want = articleFor(
      paragraph,
      all,
      () => (neighbours ??= new Neighbours(contextModel(), all)),
      () => (voice ??= voiceOf(contextModel(), paragraph.text, tokens)),
      i,
    );
    if (want === undefined) continue;
    const t = tokens[i];
    const original = paragraph.text.slice(t.start, t.end);
    const fix = matchCase(want, original);
    const next = tokens[i + 1].text;
    (found ??= []).push({
      start: t.start,
      end: t.end,
      message:
        want === 'an'
          ? `\`${original}\` goes before a consonant sound; \`${next}\` starts with a vowel sound: \`${fix} ${next}\`.`
          : `\`${original}\` goes before a vowel sound; \`${next}\` starts with a consonant sound: \`${fix} ${next}\`.`,
      suggestions: [fix],
      // A speaker may talk so ("in a ordinary garage"): told, not warned of, in dialogue and thoughts.
      ...(SPOKEN.has(t.region) ? { severity: 'information' as const } : { confident: true }),
      data: { word: original, expected: fix, family: 'grammar' },
    });
  }
  return found ?? [];
}
