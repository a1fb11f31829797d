/**
 * The findings of the context model, in the voice of the `confusable` rule: what was found, what
 * fits, and why ("`form` here reads as `from`: the words around it fit `from` far better").
 */

import type { Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import type { Words } from '../patterns';
import type { RawFinding } from '../rules/types';
import { applyApostropheStyle, matchCase } from '../text';
import { CONFIDENT, type ContextHit, contextHits } from './detect';
import { inVoice, LICENSED_KINDS, onPurpose, type Voice, voiceOf } from './licence';
import { contextModel } from './model';

/** Why the two words are confused, by kind of candidate. */
const WHY: Record<string, string> = {
  table: 'a word often written for it',
  verb: 'the verb form this place takes',
  homophone: 'it sounds the same',
  adverb: 'an adverb: a verb is described here',
  'typo-drop': 'one letter away',
  'typo-double': 'one letter away',
  'typo-swap': 'two letters swapped',
  'typo-key': 'one key away',
  'typo-sub': 'one letter away',
  'typo-insert': 'one letter away',
  'typo-rare': 'one letter away, and far more common',
  'verb-base': 'the verb form this place takes',
  'verb-past': 'the verb form this place takes',
  'verb-agree': 'the verb form that agrees with its subject',
  participle: 'a participle: a state after "be"',
  'noun-verb': 'the verb spelled like this noun, which this place takes',
  case: 'the object of the preposition before it',
  split: 'one word written as two',
  set: 'a word often written for it',
};

/** The family of the confusable table a kind reports as (the report and the tests group by it). */
const FAMILY: Record<string, string> = {
  table: 'homophone',
  verb: 'grammar',
  'verb-base': 'grammar',
  'verb-past': 'grammar',
  'verb-agree': 'grammar',
  'noun-verb': 'grammar',
  case: 'grammar',
  homophone: 'homophone',
  adverb: 'adverb',
  split: 'split',
  set: 'homophone',
};

// In dialogue and thoughts a verb form, a flat adverb or "who" for "whom" may be the character's
// voice ("they was fixing to leave", "Come quick!", "Talking to who?"): the model does not
// second-guess them there.
const VOICE_KINDS = new Set(['verb', 'verb-base', 'verb-past', 'verb-agree', 'participle', 'adverb', 'case']);
const SPOKEN = new Set(['dialogue', 'thought']);
/** A compound the dictionary hyphenates, or "into", written open (issue #15): information unless confident, in speech too. */
const joinedSpelling = (h: ContextHit) => h.kind === 'split' && (h.to.includes('-') || h.to === 'into');
/** Three words or more in italics: a thought, as fan fiction sets them (`*He like me.*`), not a stressed word. */
const THOUGHT_SPAN = /\S\s+\S+\s+\S/;
/** Whether word `k` stands in italics that set a thought: there a verb form is the character's, as in dialogue. */
function inItalicThought(paragraph: Paragraph, k: number): boolean {
  const t = paragraph.analysis.tokens[k];
  if (t.region !== 'emphasis') return false;
  return paragraph.analysis.regions.some(
    (r) => r.kind === 'emphasis' && r.start <= t.start && t.end <= r.end && THOUGHT_SPAN.test(paragraph.text.slice(r.start, r.end)),
  );
}
/** How much more a candidate must win by inside dialogue and thoughts. */
const SPOKEN_MARGIN = 3;
/** What a contraction in speech read as a word without an apostrophe ("you're" as "your") must win by besides. */
const CONTRACTION_MARGIN = 4;

/**
 * The words the model leaves alone, 1 each: a word next to one the table flagged (`covered`) has
 * a wrong neighbour ("loose any readers" must not make "any" read as "and"), and a stuttered word
 * in speech is the character's, not a typo. Marked before `contextHits` reads them, so that its
 * loop over the words has no rare path (a first covered word, a first stutter) that made V8
 * compile it again, twice a cold check.
 */
function skippedWords(words: Words, tokens: readonly Token[], covered: ((k: number) => boolean) | undefined): Uint8Array {
  const n = words.n;
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const spoken = SPOKEN.has(tokens[k].region);
    out[k] = words.word(k) !== tokens[k].lower && spoken ? 1 : 0;
  }
  if (covered !== undefined) coverNear(out, covered);
  return out;
}

/** Marks in `out` each word `covered` names and its two neighbours. */
function coverNear(out: Uint8Array, covered: (k: number) => boolean): void {
  for (let k = 0; k < out.length; k++) {
    if (!covered(k)) continue;
    out[k] = 1;
    if (k > 0) out[k - 1] = 1;
    if (k + 1 < out.length) out[k + 1] = 1;
  }
}

/**
 * The model's findings in a paragraph, leaving alone the words `covered` (found by the table;
 * undefined when it found none) and writing apostrophes in `style`. Offsets are paragraph-relative.
 */
export function contextFindings(paragraph: Paragraph, words: Words, covered: ((k: number) => boolean) | undefined, style: "'" | '’' | undefined): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  const skipped = skippedWords(words, tokens, covered);
  const skip = (k: number) => skipped[k] === 1;
  let voice: Voice | undefined;
  // A sentence in a voice (a mark of dialect in it besides the word) keeps the licence of speech
  // whatever its region; an interjection ("um") is never a slip nor a sound-alike, and a dialect
  // word ("git", "till", "fer") is none in speech, and in narration only by the margin speech
  // asks besides ("thanks again fore your help").
  const licensed = (h: ContextHit) => {
    const voiced = inVoice((voice ??= voiceOf(contextModel(), paragraph.text, tokens)), h.k, h.last ?? h.k);
    if (!LICENSED_KINDS.has(h.kind)) return voiced && h.margin < SPOKEN_MARGIN;
    const own = onPurpose(words.word(h.k));
    return voiced || own === 2 || (own === 1 && (SPOKEN.has(tokens[h.k].region) || h.margin < SPOKEN_MARGIN));
  };
  return (
    contextHits(words, skip)
      .filter((h) => !licensed(h))
      // Speech keeps its licence: no verb forms or flat adverbs, and a wider margin for the rest
      // ("All dey know down dere", "we git to rolling": the neighbours are dialect too).
      // A contraction in speech is the character's way of talking: read as a word without its
      // apostrophe it needs a wider margin still ("You're friends with him?" is right).
      .filter((h) => !VOICE_KINDS.has(h.kind) || !inItalicThought(paragraph, h.k))
      .filter(
        (h) =>
          !SPOKEN.has(tokens[h.k].region) ||
          // A hyphen or "into" written open is a spelling matter, not the character's voice ("back in to
          // that"); a closed compound keeps the margin ("went up stairs" may be up the stairs).
          joinedSpelling(h) ||
          // Where grammar decides between a set's words ("I think its broken"), the apostrophe is the writer's, not the voice's.
          (!VOICE_KINDS.has(h.kind) &&
            (h.decided === true || h.margin >= SPOKEN_MARGIN + (words.word(h.k).includes("'") && !h.to.includes("'") ? CONTRACTION_MARGIN : 0))),
      )
      .map((h) => {
        const start = words.start(h.k);
        const end = tokens[h.last ?? h.k].end;
        const original = paragraph.text.slice(start, end);
        const styled = (x: string) => (style ? applyApostropheStyle(matchCase(x, original), style) : matchCase(x, original));
        const to = styled(h.to);
        const w = original.replace(/’/g, "'").toLowerCase();
        return {
          start,
          end,
          message: `\`${w}\` here reads as \`${h.to}\` (${h.to.includes('-') ? 'a compound written with a hyphen' : (WHY[h.kind] ?? 'a near word')}): the words around it fit \`${h.to}\` far better.`,
          suggestions: h.also === undefined ? [to] : [to, styled(h.also)],
          ...(h.margin >= CONFIDENT ? { confident: true } : { ...(joinedSpelling(h) ? { severity: 'information' as const } : {}) }),
          data: { word: original, expected: to, family: FAMILY[h.kind] ?? 'typo', model: h.kind, margin: Math.round(h.margin * 10) / 10 },
        };
      })
  );
}
