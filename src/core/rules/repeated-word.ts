/**
 * `repeated-word`: "the the", also across a line break. A repeat needs nothing but white space
 * between the two words; "no, no" (punctuated) and "I- I" (a stutter) are deliberate.
 */

import type { Token } from '../model/paragraph';
import type { ParagraphRule, RawFinding } from './types';

// Repeats English always allows: "He had had enough.", "She knew that that was wrong."
const LEGAL = new Set(['had', 'that']);
// Repeats that are legal after certain words: "What it is is a mess.", "I do do my homework.",
// "Let them in in the morning.", "She gave her her book back."
const LEGAL_AFTER: Record<string, RegExp> = {
  is: /\b(?:it|this|that|what|thing|problem|point|question|truth)\s*$/i,
  was: /\b(?:it|this|that|what)\s*$/i,
  do: /\b(?:I|you|we|they|really|actually)\s*$/i,
  // "Let them in in the morning", "brought one in in a suitcase": a particle, then a preposition.
  in: /\b(?:come|came|coming|let|lets|let's|get|got|bring|brought|breathe|breathed|dig|dug|give|gave|walk|walked|move|moved|put|plug|plugged|lock|locked|tuck|tucked|fill|filled)(?:\s+(?:me|us|you|him|her|it|them|one|everyone|someone))?\s*$/i,
  her: /\b(?:gave|give|showed|show|told|tell|asked|ask|sent|send|brought|bring|handed|hand|let|made|make|saw|see)\s*$/i,
  him: /\b(?:gave|give|showed|show|told|tell|asked|ask|sent|send|brought|bring|handed|hand)\s*$/i,
  them: /\b(?:gave|give|showed|show|told|tell|asked|ask|sent|send|brought|bring|handed|hand)\s*$/i,
};
// Reduplications people say: "bye bye", "knock knock", "there there", "now now", "ha ha".
const IDIOMS = new Set([
  'bye',
  'knock',
  'chop',
  'tut',
  'tsk',
  'there',
  'now',
  'hush',
  'night',
  'ha',
  'haha',
  'he',
  'hee',
  'ho',
  'boo',
  'choo',
  'yum',
  'mm',
  'hm',
  'la',
  'tick',
  'tock',
  'ding',
  'dong',
  'bang',
  'so',
  'well',
  'very',
  'really',
  'many',
  'much',
  'more',
  'far',
  'long',
  'no',
  'yes',
  'oh',
  'ah',
  'please',
  'wait',
  'stop',
  'go',
  'come',
  'run',
  'hey',
  'never',
  'sorry',
  'okay',
  'ok',
  'now',
  'down',
  'up',
  'round',
  'over',
  'again',
  'faster',
  'closer',
  'louder',
  'higher',
  'bigger',
  'deeper',
]);
// Reduplications that are words in narration too: "a so-so meal" is hyphenated, but "bye bye" isn't.
const NARRATION_IDIOMS = new Set([
  'bye',
  'knock',
  'chop',
  'tut',
  'tsk',
  'ha',
  'haha',
  'hee',
  'ho',
  'choo',
  'tick',
  'ding',
  'bang',
  'round',
  'over',
  'again',
  'very',
  // "really really good": an intensifier doubled, as "very very" is.
  'really',
  'far',
  'long',
  'more',
]);

// The small words a slip doubles at a sentence start, in speech too: "The the door", "And and then".
const SLIPPED = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'is',
  'was',
  'it',
  'that',
  'this',
]);

/**
 * The finding of the word at `i`, written as the word before it (rare), into `found`; whether the
 * next word repeats it too and is passed over. Apart from `check`'s loop, whose every word reads
 * it, so that these rare paths, first met after V8 optimized the loop, recompile this alone.
 */
function repeatAt(text: string, tokens: readonly Token[], i: number, found: RawFinding[]): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  // Only white space between them: "no, no" and "I- I" are deliberate.
  const between = text.slice(a.end, b.start);
  if (!/^\s+$/.test(between)) return false;
  // Three or more in a row ("no no no") is deliberate.
  if (tokens[i + 1]?.lower === b.lower && /^\s+$/.test(text.slice(b.end, tokens[i + 1].start))) {
    return true;
  }
  if (tokens[i - 2]?.lower === a.lower && /^\s+$/.test(text.slice(tokens[i - 2].end, a.start))) return false;
  // Names: "Bora Bora", "Pago Pago", "Sing Sing".
  if (/^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text)) return false;
  // Numbers ("10 10") are data, not prose.
  if (/^\d/.test(a.text)) return false;
  if (LEGAL.has(a.lower)) return false;
  const after = LEGAL_AFTER[a.lower];
  if (after && after.test(text.slice(Math.max(0, a.start - 30), a.start))) return false;
  const spoken = a.region === 'dialogue' || a.region === 'thought' || a.region === 'emphasis';
  if (spoken ? IDIOMS.has(a.lower) : NARRATION_IDIOMS.has(a.lower)) return false;
  // "Perhaps perhaps there is…", "They'll they'll think I did it": a speaker starting again
  // on the word they began with. A slip of the keys doubles the small words ("The the door").
  if (spoken && a.sentenceStart && a.text !== b.text && !SLIPPED.has(a.lower)) return false;
  found.push({
    start: a.start,
    end: b.end,
    message: `\`${a.text}\` is written twice; keep one \`${a.text}\`.`,
    suggestions: [a.text],
    confident: true,
    data: { word: a.text },
  });
  return false;
}

/** The small words a retyped pair is made of ("more than", "in the", "to be"); not "and", "or" ("out and out and"). */
const PAIR_WORDS = new Set(
  (
    'the a an of in on at to for with by from than more less as that this it its is was be been have has had not into onto over under ' +
    'about through after before his her their my your our some any no'
  ).split(' '),
);

/** Whether tokens `i` and `i + 1` are two words of narration with only white space between them. */
function joinedNarration(text: string, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return b !== undefined && a.region === 'narration' && b.region === 'narration' && /^\s+$/.test(text.slice(a.end, b.start));
}

/** Whether tokens `i`, `i + 1` spell the same two words as tokens `j`, `j + 1`. */
function samePair(tokens: readonly Token[], i: number, j: number): boolean {
  return (
    i >= 0 && tokens[i + 1] !== undefined && tokens[j + 1] !== undefined && tokens[i].lower === tokens[j].lower && tokens[i + 1].lower === tokens[j + 1].lower
  );
}

/**
 * Two small words written twice in narration ("more than more than", "in the in the"): a phrase
 * retyped, as a word is. Not content words (published prose repeats them for emphasis: "the boy the
 * boy"), not three times or more (a chant), not names or numbers; speech repeats its phrases on
 * purpose ("I know I know").
 */
function pairRepeatAt(text: string, tokens: readonly Token[], i: number, found: RawFinding[]): void {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (a.lower === b.lower || !samePair(tokens, i, i + 2)) return;
  if (!joinedNarration(text, tokens, i) || !joinedNarration(text, tokens, i + 1) || !joinedNarration(text, tokens, i + 2)) return;
  // A third time, whole or begun ("on and on and on"), is a chant.
  if (samePair(tokens, i - 2, i) || tokens[i + 4]?.lower === a.lower || (i > 0 && tokens[i - 1].lower === b.lower)) return;
  // Only a pair of small words, which a retyped phrase doubles: published prose repeats its content words on purpose
  // ("the boy the boy", "wanted money wanted money", "bounced and bounced").
  if (!PAIR_WORDS.has(a.lower) || !PAIR_WORDS.has(b.lower)) return;
  if (/^[\p{Lu}\d]/u.test(a.text) && /^[\p{Lu}\d]/u.test(b.text)) return;
  const first = text.slice(a.start, b.end);
  found.push({
    start: a.start,
    end: tokens[i + 3].end,
    message: `\`${first}\` is written twice; keep one \`${first}\`.`,
    suggestions: [first],
    confident: true,
    data: { word: first },
  });
}

export const repeatedWord: ParagraphRule = {
  id: 'repeated-word',
  description: 'A word written twice in a row ("the the"), also across a line break.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  check(paragraph) {
    const { text } = paragraph;
    const tokens = paragraph.analysis.tokens;
    const found: RawFinding[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      if (a.lower !== b.lower) {
        if (i + 2 < tokens.length && tokens[i + 1].lower === a.lower) pairRepeatAt(text, tokens, i - 1, found);
        continue;
      }
      if (repeatAt(text, tokens, i, found)) i++;
    }
    return found;
  },
};
