/**
 * `dialogue-punctuation`: the punctuation between a quotation and its dialogue tag.
 *
 * - a missing comma before a tag: `"Stop" she said` → `"Stop," she said`, and before a quotation
 *   the tag introduces: `Miroku said "Wait."` → `Miroku said, "Wait."`;
 * - a full stop where the comma belongs: `"Stop." she said` → `"Stop," she said`;
 * - a capitalized tag: `"Stop," She said` → `"Stop," she said` (`"Stop," Ron said` is right);
 * - a missing space: `"Why?"asked Ron`, `Ron said,"Why?"`.
 *
 * A tag is a speech verb (`src/core/data/speech-verbs.ts`) with its speaker, in either order and
 * with an adverb anywhere (`"Stop" she said quietly`, `"Stop" quietly said Ron`). Anything else
 * after a quotation is an action beat and right as written: `"Stop." She turned away.`
 */

import { ABBREVIATED_TITLES, NAME_SUFFIXES } from '../data/abbreviated-titles';
import { isAmbiguousSpeechVerb, isPureSpeechVerb, isSpeechVerb } from '../data/speech-verbs';
import type { Region, Token } from '../model/paragraph';
import { firstIndex } from '../search';
import type { ParagraphRule, RawFinding } from './types';

/** Words that open a tag and must be lowercase after a comma: `"Stop," She said.` */
const LOWERABLE = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'you',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'both',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'my', 'our', 'your', 'a', 'an', 'this', 'that', 'its']);
// Adjectives and nouns in -ly that are no manner adverb: "the only one said", "the family said".
const NOT_ADVERBS = new Set([
  'only',
  'family',
  'early',
  'lovely',
  'friendly',
  'silly',
  'ugly',
  'holy',
  'jolly',
  'lonely',
  'belly',
  'bully',
  'lily',
  'molly',
  'sally',
  'billy',
  'kelly',
  'ally',
  'rally',
  'reply',
  'supply',
  'fly',
  'july',
  'italy',
  'daily',
]);
// Titles whose full stop belongs to the speaker's name: "said Mrs. Weasley", "said Martin Jr.".
const TITLES = new Set([...ABBREVIATED_TITLES, ...NAME_SUFFIXES].map((t) => t.toLowerCase()));

// A full stop that ends an abbreviation: "p.m.", "U.S.", "Mr.", "etc.".
const ABBREVIATION = new RegExp(
  `(?:(?:^|[^\\p{L}])\\p{L}(?:\\.\\p{L})+|\\b(?:${[...ABBREVIATED_TITLES, ...NAME_SUFFIXES, 'Inc', 'Co', 'Ltd', 'etc', 'vs'].join('|')}))\\.$`,
  'u',
);

const OPEN = new Set(['"', '“', '„']);
const CLOSE = new Set(['"', '”']);

function isAdverb(t: Token): boolean {
  return t.text === t.lower && t.lower.length > 3 && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
}

function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** A tag after a quotation: the index of its last token and of its verb. */
interface Tag {
  last: number;
  verb: number;
}

/**
 * Reads a tag starting at token `k`: `she said`, `she quietly said`, `quietly said Ron`,
 * `said the boy`, `Professor McGonagall said`. The words must follow one another with nothing
 * but a space between them (a title's full stop aside: `Mrs. Weasley said`).
 */
function readTagAfter(text: string, tokens: readonly Token[], k: number): Tag | undefined {
  const joined = (i: number) => {
    if (i + 1 >= tokens.length) return false;
    const gap = text.slice(tokens[i].end, tokens[i + 1].start);
    if (/^[ \t]+$/.test(gap) || /^\r?\n$/.test(gap)) return true;
    return /^\.[ \t]+$/.test(gap) && TITLES.has(tokens[i].lower);
  };
  let i = k;
  if (i < tokens.length && isAdverb(tokens[i]) && joined(i)) i++;
  const t = tokens[i];
  if (!t) return undefined;
  // Inverted: "said Ron", "asked the boy", "said he".
  if (isSpeechVerb(t.lower) && !SUBJECT_PRONOUNS.has(t.lower)) {
    if (!joined(i)) return undefined;
    const s = tokens[i + 1];
    if (SUBJECT_PRONOUNS.has(s.lower) || isCapitalized(s)) return { last: i + 1, verb: i };
    if (DETERMINERS.has(s.lower) && joined(i + 1)) return { last: i + 2, verb: i };
    return undefined;
  }
  // Speaker first: a pronoun, a name of up to three words, or a determiner and up to three words.
  let j: number;
  if (SUBJECT_PRONOUNS.has(t.lower)) j = i;
  else if (DETERMINERS.has(t.lower)) {
    j = i;
    for (let n = 0; n < 3 && joined(j) && !isSpeechVerb(tokens[j + 1].lower); n++) j++;
    if (j === i) return undefined;
  } else if (isCapitalized(t) && !LOWERABLE.has(t.lower)) {
    j = i;
    for (let n = 0; n < 2 && joined(j) && isCapitalized(tokens[j + 1]); n++) j++;
  } else return undefined;
  if (!joined(j)) return undefined;
  let v = j + 1;
  if (isAdverb(tokens[v]) && joined(v)) v++;
  if (!isSpeechVerb(tokens[v].lower)) return undefined;
  return { last: v, verb: v };
}

// Words a tag goes on with: "she whispered from the corner", "he said as he left".
const TAG_GOES_ON = new Set([
  'from',
  'to',
  'at',
  'in',
  'into',
  'with',
  'without',
  'as',
  'and',
  'but',
  'while',
  'before',
  'after',
  'across',
  'over',
  'under',
  'through',
  'toward',
  'towards',
  'behind',
  'beside',
  'against',
  'again',
  'back',
  'then',
  'once',
  'aloud',
  'out',
  'up',
  'down',
  'off',
  'around',
  'under',
  'when',
  'because',
  'though',
  'although',
  'since',
  'until',
  'later',
  'now',
  'too',
  'almost',
  'half-aloud',
  'more',
  'quietly',
  'finally',
]);
// Verbs that take an object and a name for it: `"The Forgotten War" his soldiers called the fighting.`
const NAMING_VERBS = new Set(['called', 'calls', 'named', 'termed', 'dubbed']);

const OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'everyone', 'himself', 'herself', 'themselves', 'myself']);
// Words in -ing that are no participle: "She said nothing." is narration.
const NOT_PARTICIPLES = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'thing', 'king', 'ring', 'bring', 'sing', 'string']);

/**
 * Whether the words after the verb are those of a tag: nothing (`She said.`), a mark (`She said,
 * turning away.`), an adverb, a preposition, a participle (`She whispered from the corner.`). After
 * a full stop or a capital that tells a tag from a new sentence: `"Stop." She said nothing.` and
 * `"Stop" She whispered the name to herself.` are narration.
 */
function tagEnds(text: string, tokens: readonly Token[], verb: number, lowercase = false): boolean {
  const end = tokens[verb].end;
  // `she said.`, `she said, turning`, `Montero called "I'll get him."`
  if (/^(?:\s*[.,;:!?—–…"“”]|\s*$)/.test(text.slice(end, end + 40))) return true;
  const next = tokens[verb + 1];
  if (!next || !/^[ \t]+$/.test(text.slice(end, next.start))) return false;
  if (OBJECTS.has(next.text)) {
    // "she told him" is a tag; "the papers called him" names, and "Lee asked her to lie down"
    // reports a request.
    return !/^call/.test(tokens[verb].lower) && tokens[verb + 2]?.lower !== 'to';
  }
  // After a lowercase tag a name is its object ("she told Harry"); after a capital it may be the
  // object of a new sentence's verb: `"Steinhager" She whispered Steinhager to herself.`
  if (lowercase && isCapitalized(next)) return true;
  // A sound aimed at someone is a beat: `"Stop" she laughed at him` (a full stop or a comma missing?).
  if (isAmbiguousSpeechVerb(tokens[verb].lower) && !isAdverb(next)) return false;
  return isAdverb(next) || TAG_GOES_ON.has(next.text) || (next.text === next.lower && next.lower.endsWith('ing') && !NOT_PARTICIPLES.has(next.lower));
}

/**
 * Whether a tag right after a quotation with no mark at all is a tag whatever follows it: a
 * lowercase pronoun or a name before a verb that only reports speech (`"Shucks" they said almost
 * in unison`, `"Some day" I told Eileen`). A capital pronoun may start a sentence whose full stop
 * was dropped (`"Stop" She whispered the name to herself.`), a verb that is also a sound may be
 * a beat (`"Stop" she laughed at him`), a naming verb takes a name (`"Eden" they called it`), and
 * `"Doctor" Lee asked her to lie down` reports a request.
 */
function personalTag(tokens: readonly Token[], k: number, tag: Tag): boolean {
  if (tag.verb === k) return false;
  const speaker = tokens[k];
  const verb = tokens[tag.verb].lower;
  if (!isPureSpeechVerb(verb) || NAMING_VERBS.has(verb)) return false;
  // `"Doctor" Lee asked her to lie down` reports a request.
  if (tokens[tag.verb + 2]?.lower === 'to') return false;
  if (SUBJECT_PRONOUNS.has(speaker.text) && speaker.text !== 'it') return true;
  return isCapitalized(speaker) && !LOWERABLE.has(speaker.lower);
}

/** Whether the quotation opening at `q` starts a sentence, as spoken dialogue does. */
function opensSentence(text: string, q: number): boolean {
  let i = q - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i < 0 || /[.!?…:;—–\-"”)*_~\]]/.test(text[i]);
}

/** The end of a quotation shown in a message: `"Stop"`, or `…never again"` for a long one. */
function quoteTail(text: string, region: Region): string {
  const inner = text.slice(region.start, region.end);
  if (inner.length <= 24) return inner;
  const cut = inner.slice(-22);
  return `…${cut.slice(cut.search(/\s/) + 1)}`;
}

/** Whether nothing but white space follows `from`. */
function blankFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

function lowerFirst(word: string): string {
  return word[0].toLowerCase() + word.slice(1);
}

export const dialoguePunctuation: ParagraphRule = {
  id: 'dialogue-punctuation',
  description:
    'Punctuation between dialogue and its tag: `"Stop," she said`, not `"Stop" she said`, `"Stop." she said` or `"Stop," She said`; a space around quotes.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  check(paragraph) {
    const { text } = paragraph;
    const { regions, tokens } = paragraph.analysis;
    const found: RawFinding[] = [];
    // An author's note is the author talking, not story (its cache entry is its own: keyed by kind).
    if (paragraph.kind === 'authors-note') return found;
    const dialogue = regions.filter((r) => r.kind === 'dialogue');
    if (dialogue.length === 0) return found;
    // With a quote left open the pairing of straight quotes is a guess past it: `"Stop, she
    // said. "Go," he said.` pairs the wrong marks. Spacing is only judged when every quote closes.
    const paired = dialogue.every((r) => r.closed);
    let t = 0;
    let previous: Region | undefined;
    for (const region of dialogue) {
      const before = previous;
      previous = region;
      const q0 = region.start;
      const q1 = region.end - 1;
      const opener = text[q0];
      // A tag before the quotation: `Miroku said "Wait."` / `Ron said,"Why?"`.
      if (OPEN.has(opener)) {
        const f = checkOpening(text, tokens, region, paired, before);
        if (f) found.push(f);
      }
      if (!region.closed || !CLOSE.has(text[q1])) continue;
      while (t < tokens.length && tokens[t].start < region.end) t++;
      const f = checkClosing(text, tokens, region, t, paired);
      if (f) found.push(f);
    }
    return found;
  },
};

/** The quotation's closing quote and what follows it. `k` is the first token after the quote. */
function checkClosing(text: string, tokens: readonly Token[], region: Region, k: number, paired: boolean): RawFinding | undefined {
  const q1 = region.end - 1;
  const quote = text[q1];
  const last = text[q1 - 1];
  const after = text.slice(region.end, region.end + 3);
  const next = tokens[k];
  const gap = next ? text.slice(region.end, next.start) : '';
  const tail = quoteTail(text, region);

  // `"Stop" she said`, `"Stop"said Ron`: the speech ends without punctuation and a tag follows.
  if (next && /^[\p{L}\p{N}'’]$/u.test(last) && /^[ \t]*$/.test(gap) && (gap !== '' || paired) && opensSentence(text, region.start)) {
    const tag = readTagAfter(text, tokens, k);
    // With a capital, the writer may have dropped a full stop rather than a comma: `"Stop" She
    // whispered the name to herself.` is narration. Only words that end a tag may follow its verb.
    // A lowercase tag may still be narration when its verb takes an object: `"The Forgotten War"
    // his soldiers called the Burma fighting.`
    const bare = tag && (tagEnds(text, tokens, tag.verb, !isCapitalized(next)) || personalTag(tokens, k, tag));
    if (tag && bare) {
      const tagEnd = tokens[tag.last].end;
      const shown = text.slice(region.start, tagEnd);
      const lowered = LOWERABLE.has(next.lower) ? lowerFirst(next.text) + text.slice(next.end, tagEnd) : text.slice(next.start, tagEnd);
      const fixed = `,${quote} ${lowered}`;
      return {
        start: q1,
        end: tagEnd,
        message: `\`${shortShown(shown, tail, text.slice(region.end, tagEnd))}\`: a comma belongs before the closing quote when a tag follows: \`${tail.slice(0, -1)}${fixed}\`.`,
        suggestions: [fixed],
        confident: true,
      };
    }
  }

  if (!next || !/^[ \t]+$/.test(gap)) {
    // `"Why?"asked Ron`: nothing between the closing quote and the next word. A straight quote
    // after a space opens rather than closes (`your "guy" on`): the pairing went wrong before it.
    if (paired && /^[\p{L}\p{N}]/u.test(after) && !/\s/.test(last)) {
      // `"Morning,"He said`: the space and the tag's capital in one fix.
      const tag = next && gap === '' ? readTagAfter(text, tokens, k) : undefined;
      if (
        tag &&
        LOWERABLE.has(next.lower) &&
        isCapitalized(next) &&
        (last === ',' || ((last === '?' || last === '!') && isPureSpeechVerb(tokens[tag.verb].lower)))
      ) {
        const fixed = `${quote} ${lowerFirst(next.text)}`;
        return {
          start: q1,
          end: next.end,
          message: `\`${tail}${next.text}\`: a space belongs after the closing quote, and the tag that continues the sentence is lowercase: \`${tail.slice(0, -1)}${fixed}\`.`,
          suggestions: [fixed],
          confident: true,
        };
      }
      return {
        start: q1,
        end: q1 + 1,
        message: `\`${tail}${after.match(/^[\p{L}\p{N}]+/u)![0]}\`: a space belongs after the closing quote.`,
        suggestions: [`${quote} `],
        confident: true,
      };
    }
    return undefined;
  }

  const tag = readTagAfter(text, tokens, k);
  if (!tag) return undefined;
  const tagEnd = tokens[tag.last].end;
  const tagText = text.slice(next.start, tagEnd);
  const capital = isCapitalized(next) && (LOWERABLE.has(next.lower) || (tag.verb === k && next.lower !== 'i'));
  // A tag that opens with `I` or a name keeps its capital: `"Thanks." I said.` → `"Thanks," I said.`
  const named = isCapitalized(next) && !capital;
  // An inverted tag ends after its speaker: `"No." Said Wilson, "I don't."`
  const pure = isPureSpeechVerb(tokens[tag.verb].lower) && tagEnds(text, tokens, tag.verb < tag.last ? tag.last : tag.verb);

  // `"Stop." she said` (and `"Stop." She said.`, `"Stop." Ron said.`, when the tag is all tag and
  // its verb can only mean speech: `"Stop." She sighed.` is a beat): a comma belongs
  // where the full stop is. `"Wait..." she said` is a trailing-off, not a full stop.
  // `"Meet me at five p.m." she said` keeps its abbreviation's full stop; the comma is missing.
  if (last === '.' && text[q1 - 2] !== '.' && !ABBREVIATION.test(text.slice(Math.max(region.start, q1 - 6), q1))) {
    const lower = !isCapitalized(next);
    if (lower || ((capital || named) && pure)) {
      const fixed = `,${quote}${gap}${capital ? lowerFirst(tagText) : tagText}`;
      return {
        start: q1 - 1,
        end: tagEnd,
        message: `\`${tail} ${tagText}\`: a tag continues the sentence, so a comma belongs where the full stop is: \`${tail.slice(0, -2)}${fixed}\`.`,
        suggestions: [fixed],
        confident: true,
      };
    }
    return undefined;
  }

  // `"Stop," She said`: after a comma the tag goes on with the sentence. Also after `?` and `!`
  // (`"Why?" She asked.`) when the tag is nothing but a tag: `"Why?" She turned away.` is a beat.
  const comma = last === ',' || text[region.end] === ',';
  // `"Why?" He demanded.`, `"Go..." She whispered.`, `"Wait—" He growled.`: a speech that asks,
  // exclaims, trails off or breaks off goes on into its tag.
  const trails = last === '…' || last === '—' || last === '–' || (last === '.' && text[q1 - 2] === '.') || (last === '-' && text[q1 - 2] === '-');
  // `cried` after a question or an exclamation is crying out (`"Why?" She cried.` → `she cried`),
  // after a full stop it may be weeping (`"I'm sorry." She cried.`).
  const criedOut = (last === '?' || last === '!') && /^cri(?:ed|es)$/.test(tokens[tag.verb].lower) && tagEnds(text, tokens, tag.verb);
  const mark = ((last === '?' || last === '!' || trails) && pure) || criedOut;
  if (capital && (comma || mark)) {
    const lowered = lowerFirst(next.text);
    return {
      start: next.start,
      end: next.end,
      message: `\`${tail} ${tagText}\`: a dialogue tag continues the sentence, so \`${next.text}\` is lowercase: \`${tail} ${lowered}${text.slice(next.end, tagEnd)}\`.`,
      suggestions: [lowered],
      confident: true,
    };
  }
  return undefined;
}

/** The start of a quotation and what comes before it: a tag without its comma, a missing space. */
function checkOpening(text: string, tokens: readonly Token[], region: Region, paired: boolean, previous: Region | undefined): RawFinding | undefined {
  const q0 = region.start;
  const quote = text[q0];
  const prev = text[q0 - 1];
  if (prev === undefined) return undefined;
  // Straight quotes right after another quotation (`"Hi.""Bye."`) are judged by the closing check.
  // Dialogue regions are sorted and disjoint, so only the previous one can end here (searching all
  // of them for every quotation made a long paragraph of dialogue quadratic).
  if (previous?.end === q0) return undefined;
  const p = lastTokenBefore(tokens, q0);
  const tagBefore = p >= 0 && /^[ \t]*$/.test(text.slice(tokens[p].end, q0)) && readTagBefore(text, tokens, p);
  // The same speech, resumed after its tag: `"No," he said "not now."`, `"No," said Kagome "not now."`
  const resumes =
    previous !== undefined &&
    previous.closed &&
    text[previous.end - 2] === ',' &&
    p >= 1 &&
    /^[ \t]*$/.test(text.slice(tokens[p].end, q0)) &&
    resumedTag(text, tokens, p, previous.end);

  const inner = text.slice(q0 + 1, region.end);
  const opensSpeech = /^[\s…—–.-]*\p{Lu}/u.test(inner);
  // Only a quotation that is a sentence of speech takes a comma after its tag: `She whispered
  // "I love you" into his ear` quotes words inside a sentence and needs none.
  const endsSpeech = !region.closed || /[.!?…—–\-,]$/.test(text.slice(q0 + 1, region.end - 1)) || blankFrom(text, region.end);

  if (/[ \t]/.test(prev)) {
    if (!(tagBefore && opensSpeech && endsSpeech) && !(resumes && /^\p{Ll}/u.test(inner))) return undefined;
    const word = tokens[p];
    const fixed = `${word.text}, ${quote}`;
    return {
      start: word.start,
      end: q0 + 1,
      message: `\`${text.slice(tokens[firstTagToken(tokens, p)].start, q0 + 1)}${inner.split(/\s+/)[0]}\`: a comma belongs after a tag that introduces a quotation: \`${fixed}${inner.split(/\s+/)[0]}\`.`,
      suggestions: [fixed],
      confident: true,
    };
  }
  if (!paired) return undefined;
  // `Ron said,"Why?"` and `He stopped."Why?"`: a space belongs before the opening quote.
  if (/[,.;:!?…]/.test(prev) && !/\s/.test(text[q0 + 1] ?? ' ')) {
    return {
      start: q0,
      end: q0 + 1,
      message: `\`${text.slice(p >= 0 && q0 - tokens[p].start <= 20 ? tokens[p].start : q0 - 1, q0 + 1)}${inner.split(/\s+/)[0]}\`: a space belongs before the opening quote.`,
      suggestions: [` ${quote}`],
      confident: true,
    };
  }
  // `Ron said"Why?"`: a tag and no comma, no space.
  if (/[\p{L}]/u.test(prev) && tagBefore && opensSpeech) {
    const word = tokens[p];
    const fixed = `${word.text}, ${quote}`;
    return {
      start: word.start,
      end: q0 + 1,
      message: `\`${word.text}${quote}\`: a comma and a space belong between a tag and its quotation: \`${fixed}\`.`,
      suggestions: [fixed],
      confident: true,
    };
  }
  return undefined;
}

function lastTokenBefore(tokens: readonly Token[], at: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].end > at) - 1;
}

/**
 * Whether the words ending at token `p` are a tag that introduces a quotation: `Miroku said`,
 * `she whispered softly`, `Ron quietly asked`. The speaker must be a pronoun or a capitalized
 * name: `a place called "Eden"` names a place, and `it said "Exit"` is a sign.
 */
function readTagBefore(text: string, tokens: readonly Token[], p: number): boolean {
  const joined = (a: number) => a >= 0 && /^[ \t]+$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
  let v = p;
  if (isAdverb(tokens[v]) && joined(v - 1)) v--;
  if (!isSpeechVerb(tokens[v].lower) || tokens[v].region !== 'narration') return false;
  let s = v - 1;
  if (s >= 0 && isAdverb(tokens[s]) && joined(s)) s--;
  if (s < 0 || !joined(s)) return false;
  const subject = tokens[s];
  if (subject.region !== 'narration') return false;
  if (SUBJECT_PRONOUNS.has(subject.lower) && subject.lower !== 'it') return true;
  return isCapitalized(subject) && !LOWERABLE.has(subject.lower);
}

/**
 * Whether the words from the quotation that closed at `closed` to token `p` are a tag and nothing
 * else: `he said`, `she whispered softly`, `said Kagome`, `Inuyasha growled`.
 */
function resumedTag(text: string, tokens: readonly Token[], p: number, closed: number): boolean {
  let k = p;
  while (k > 0 && p - k < 3 && tokens[k - 1].start >= closed) k--;
  if (tokens[k].start < closed || !/^[ \t]+$/.test(text.slice(closed, tokens[k].start))) return false;
  const tag = readTagAfter(text, tokens, k);
  return tag !== undefined && tag.last === p;
}

function firstTagToken(tokens: readonly Token[], p: number): number {
  let s = p;
  while (s > 0 && p - s < 3 && !(SUBJECT_PRONOUNS.has(tokens[s].lower) || (isCapitalized(tokens[s]) && !LOWERABLE.has(tokens[s].lower)))) s--;
  return s;
}

function shortShown(shown: string, tail: string, tag: string): string {
  return shown.length <= 40 ? shown : `${tail}${tag}`;
}
