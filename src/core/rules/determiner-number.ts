/**
 * A demonstrative or quantifier whose number disagrees with its noun (issue #15): "these book",
 * "those library", "many problem" → the plural; "this books", "every days" → the singular; "that
 * jackets" only at a sentence's end ("He said that dogs bark" is a conjunction). The nouns are
 * the generated table `data/noun-number.generated.ts` (count nouns Brown tags in one number
 * only); the fix is the noun in the determiner's number, then the determiner in the noun's
 * ("these trouble": `these troubles`, or `this trouble`). Silent on `these kind of` (how speech
 * says it), on a noun that modifies the next one ("these book covers", "this sports car"), on a
 * possessive and on a name. Also (session 15) the singular noun of a quantity's `of`-phrase that
 * Brown heads with a plural ("one of the best player", "a couple of hour": `OF_PLURAL`), and of
 * "such" before a plural verb ("such violation are"). Reported under `confusable`, as information
 * in dialogue and thoughts.
 */

import { classIndex } from '../context/format';
import { contextModel } from '../context/model';
import { classesOf, WORD_CLASS } from '../data/lexicon';
import { OF_PLURAL, PLURAL_NOUNS, SINGULAR_NOUNS } from '../data/noun-number.generated';
import type { Paragraph } from '../model/document';
import type { Words } from '../patterns';
import { matchCase } from '../text';
import type { RawFinding } from './types';

const SPOKEN = new Set(['dialogue', 'thought']);
/** Determiners that take a plural noun. */
const TAKE_PLURAL = new Set(['these', 'those', 'many', 'several', 'few', 'both', 'various', 'numerous']);
/** Determiners that take a singular noun; `that` only at a sentence's end. */
const TAKE_SINGULAR = new Set(['this', 'that', 'every', 'each', 'another']);
/** Each determiner in the other number, where English has one. */
const OTHER_NUMBER: Record<string, string> = { these: 'this', those: 'that', this: 'these', that: 'those', many: 'much' };
/** The verbs that agree with a singular subject, and with a plural. */
const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does', "isn't", "wasn't", "hasn't", "doesn't"]);
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do', "aren't", "weren't", "haven't", "don't"]);
/** Nouns of kind that speech puts in the plural's place: "these kind of things". */
const KINDS = new Set(['kind', 'sort', 'type']);

const C = WORD_CLASS;
const ADJ = classIndex('adj');
/** The closed classes (and adverbs, past forms) that end a noun phrase: what follows its noun when it has one. */
const CLOSED = C.art | C.det | C.poss | C.subj | C.obj | C.modal | C.do | C.be | C.have | C.prep | C.conj | C.wh | C.adv | C.past;

/** Whether the noun phrase ends at word `k`: punctuation or the text's end after it, or a closed-class word. */
function endsPhrase(words: Words, after: string, k: number): boolean {
  if (!/^ +[\p{L}\p{N}]/u.test(after) || k + 1 >= words.n) return true;
  return (classesOf(words.word(k + 1)) & CLOSED) !== 0;
}

/** Whether token `k` is an adjective and nothing else the lexicon or the noun tables know ("old", "public"; not "light"). */
function adjectiveAt(tokens: Paragraph['analysis']['tokens'], k: number): boolean {
  const w = tokens[k].lower;
  if (SINGULAR_NOUNS.has(w) || PLURAL_NOUNS.has(w) || OTHER_NUMBER[w] !== undefined) return false;
  const c = classesOf(w);
  // A word the lexicon does not know is an adjective when Brown's usual class for it is one ("repetitive").
  if (c === 0) {
    const model = contextModel();
    return model.classOf(model.id(w)) === ADJ;
  }
  return (c & C.adj) !== 0 && (c & (CLOSED | C.noun | C.verb | C.num | C.comp)) === 0;
}

/** Whether only spaces stand between each two tokens from `from - 1` to `to`. */
function spacedThrough(tokens: Paragraph['analysis']['tokens'], text: string, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  return true;
}

/** The finding on noun `i` whose fix is `fix` in the noun's case; `message` is told the fix and the noun as written. */
function nounFinding(paragraph: Paragraph, i: number, fix: string, message: (cased: string, original: string) => string): RawFinding {
  const token = paragraph.analysis.tokens[i];
  const original = paragraph.text.slice(token.start, token.end);
  const cased = matchCase(fix, original);
  return {
    start: token.start,
    end: token.end,
    message: message(cased, original),
    suggestions: [cased],
    ...(SPOKEN.has(token.region) ? { severity: 'information' as const } : {}),
    data: { word: original, expected: cased, family: 'determiner-number' },
  };
}

/** What opens the phrase after a quantity's "of" ("one of the players", "a set of his books"): not "a", "this" ("one of a kind"). */
const OF_DETERMINERS = new Set('the these those his her their my your our its'.split(' '));
/** Nouns whose number follows their sense ("one of the family", "a number of the crew"): a group's members, one noun. */
const GROUP_NOUNS =
  /^(?:team|committee|family|government|staff|crew|crowd|audience|group|public|army|club|class|company|council|jury|band|board|party|household|gang|generation)$/;

/**
 * A singular noun in the `of`-phrase of a quantity that takes a plural (`OF_PLURAL`, from Brown):
 * "one of the best player", "a couple of hour", "a new set of painting" → the plural. A noun of
 * quantity ("set", "number") after "a" or "an" only ("the total of the bill" is one sum); a number or
 * quantifier ("one", "many", "each") before a determiner only ("one of a kind", "each of us").
 */
function ofPhraseFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  const text = paragraph.text;
  let found: RawFinding[] | undefined;
  for (let o = 1; o + 1 < tokens.length; o++) {
    if (tokens[o].lower !== 'of') continue;
    const mode = OF_PLURAL.get(tokens[o - 1].lower);
    if (mode === undefined) continue;
    // "a set of", "a new set of".
    const article = (k: number) => k >= 0 && /^an?$/.test(tokens[k].lower);
    if (mode === 'a' && !article(o - 2) && !(o >= 3 && adjectiveAt(tokens, o - 2) && article(o - 3))) continue;
    let i = o + 1;
    if (OF_DETERMINERS.has(tokens[i].lower)) i++;
    else if (mode === 'the') continue;
    for (let n = 0; n < 2 && i < tokens.length && adjectiveAt(tokens, i); n++) i++;
    if (i >= tokens.length) continue;
    const lower = tokens[i].lower;
    const fix = SINGULAR_NOUNS.get(lower);
    if (fix === undefined || KINDS.has(lower) || GROUP_NOUNS.test(lower)) continue;
    if (!spacedThrough(tokens, text, o, i)) continue;
    const after = text.slice(tokens[i].end);
    if (/^['’]/.test(after)) continue;
    const all = words();
    // "a number of rancher and cowboy witnesses": a modifier coordinated with another singular before their noun
    // ("a set of color and unrecognizable characters" is two heads).
    const coordinated = /^ +(?:and|or) +([\p{L}'’-]+)/iu.exec(after);
    if (all.name(i) || !endsPhrase(all, after, i) || (coordinated && SINGULAR_NOUNS.has(coordinated[1].toLowerCase()))) continue;
    const quantity = text.slice(tokens[o - 1].start, tokens[o].end);
    (found ??= []).push(nounFinding(paragraph, i, fix, (cased) => `\`${quantity}\` takes a plural noun: \`${cased}\`.`));
  }
  return found ?? [];
}

/**
 * "such" before a singular count noun and a plural verb ("such violation are punished"): the verb
 * tells the noun's number, its plural (a singular would need "such a").
 */
function suchFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  const text = paragraph.text;
  let found: RawFinding[] | undefined;
  for (let d = 0; d + 2 < tokens.length; d++) {
    if (tokens[d].lower !== 'such') continue;
    let i = d + 1;
    if (adjectiveAt(tokens, i)) i++;
    if (i + 1 >= tokens.length) continue;
    const fix = SINGULAR_NOUNS.get(tokens[i].lower);
    if (fix === undefined || !PLURAL_VERBS.has(tokens[i + 1].lower)) continue;
    if (!spacedThrough(tokens, text, d + 1, i + 1) || words().name(i)) continue;
    const verb = tokens[i + 1].lower;
    (found ??= []).push(nounFinding(paragraph, i, fix, (cased, original) => `\`${original}\` is the subject of \`${verb}\`, a plural: \`${cased}\`.`));
  }
  return found ?? [];
}

/** The paragraph's determiners whose noun has the other number, as `confusable` findings. */
export function determinerNumberFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  const text = paragraph.text;
  let found: RawFinding[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    // Only a noun of the tables can have the other number: most words are not, so look no further back.
    const lower = tokens[i].lower;
    if (!SINGULAR_NOUNS.has(lower) && !PLURAL_NOUNS.has(lower)) continue;
    // The determiner before the noun, or before one or two adjectives before it ("these old book", "many different alien culture").
    let d = i - 1;
    for (let n = 0; n < 2 && d >= 1 && !TAKE_PLURAL.has(tokens[d].lower) && !TAKE_SINGULAR.has(tokens[d].lower) && adjectiveAt(tokens, d); n++) d--;
    const det = tokens[d].lower;
    const plural = TAKE_PLURAL.has(det);
    if (!plural && !TAKE_SINGULAR.has(det)) continue;
    const fix = plural ? SINGULAR_NOUNS.get(lower) : PLURAL_NOUNS.get(lower);
    if (fix === undefined) continue;
    // Next to each other, nothing but spaces between; and no possessive after ("those boy's").
    if (!spacedThrough(tokens, text, d + 1, i)) continue;
    const after = text.slice(tokens[i].end);
    if (/^['’]/.test(after)) continue;
    if (plural && KINDS.has(lower)) continue;
    const all = words();
    if (all.name(i)) continue;
    // A noun before a noun modifies it ("these book covers", "this sports car"): the phrase must end.
    if (!endsPhrase(all, after, i)) continue;
    // "both" before "and" pairs two phrases ("both daughter and son").
    if (det === 'both' && /^ +(?:and|or)\b/i.test(after)) continue;
    // "that" before a plural is a conjunction or a relative unless the sentence ends there.
    if (det === 'that' && !/^\s*(?:[.!?…]|$)/.test(after)) continue;
    const original = text.slice(tokens[i].start, tokens[i].end);
    const cased = matchCase(fix, original);
    const detText = text.slice(tokens[d].start, tokens[d].end);
    const between = text.slice(tokens[d].end, tokens[i].start);
    // The other fix, the determiner in the noun's number ("these trouble" may be "this trouble").
    const other = OTHER_NUMBER[det];
    const suggestions = [`${detText}${between}${cased}`, ...(other ? [`${matchCase(other, detText)}${between}${original}`] : [])];
    // A verb after that agrees with the noun tells the determiner is the slip: "this cars are" → "these cars".
    const verb = /^ +([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
    if (other && verb && (plural ? SINGULAR_VERBS : PLURAL_VERBS).has(verb)) suggestions.reverse();
    const also = other ? ` (or \`${suggestions[1]}\`)` : '';
    (found ??= []).push({
      start: tokens[d].start,
      end: tokens[i].end,
      message: `\`${detText}\` takes a ${plural ? 'plural' : 'singular'} noun: \`${suggestions[0]}\`${also}.`,
      suggestions,
      ...(SPOKEN.has(tokens[i].region) ? { severity: 'information' as const } : {}),
      data: { word: original, expected: cased, family: 'determiner-number' },
    });
  }
  const of = [...ofPhraseFindings(paragraph, words), ...suchFindings(paragraph, words)];
  if (of.length === 0) return found ?? [];
  // A noun the determiner before the quantity already told of is told once ("these one of the"… never both).
  const mine = (found ?? []).filter((f) => !of.some((g) => g.start < f.end && f.start < g.end));
  return [...mine, ...of].sort((a, b) => a.start - b.start);
}
