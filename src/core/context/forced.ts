/**
 * The classic pairs where grammar alone decides (issue #15, fifteenth round): places only one of
 * the two words can stand, whatever the confusion set's classifier leans to. Split from
 * `grammar.ts`, whose gates need the classifier's lean.
 */

import { irregularVerbs } from '../data/irregular-verbs';
import { BROKEN, SENTENCE, type Words } from '../patterns';
import { classIndex } from './format';
import type { Neighbours } from './grammar';
import type { ContextModel, Neighbour } from './model';

const BE_CLASS = classIndex('be');
const DET = classIndex('det');
const PREP = classIndex('prep');
const ADJ = classIndex('adj');
const NOUN = classIndex('noun');
/** A noun phrase's opening, an object "lose" takes: "lose the game", "lose his keys", "lose them". */
const OBJECT_START = new Uint8Array(32);
for (const c of ['det', 'poss', 'object'] as const) OBJECT_START[classIndex(c)] = 1;

/** The degree adverbs "quite" never follows: "very quite" is "very quiet". */
const BEFORE_QUIET = /^(?:very|so|too|extremely|awfully|incredibly|super|pretty)$/;
/** The verbs of a state that "quiet" completes at a clause's end: "kept quiet", "stay quiet". */
const STAY = /^(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|fell|grew|went)$/;
/** The adverbs of separation "from" follows: "apart from", "away from", "aside from". */
const BEFORE_FROM = /^(?:apart|away|aside)$/;
/** The determiners before a noun phrase's modifier: "their away form". */
const DETERMINER_WORD = /^(?:the|a|an|their|his|her|its|our|my|your|whose|this|that)$/;
/** The modals and negated auxiliaries that only a subject comes before: "your should" is "you should". */
const AFTER_SUBJECT =
  /^(?:should|would|could|shall|shouldn['’]t|wouldn['’]t|couldn['’]t|can['’]t|won['’]t|don['’]t|didn['’]t|haven['’]t|aren['’]t|weren['’]t)$/;
/** The verbs whose particle "loose" is: "broke loose", "cut loose", "set loose". */
const LOOSE_VERB = /^(?:broke|break|breaks|breaking|came|come|comes|coming|cut|cuts|cutting|set|sets|setting|turned|turn|let|lets|shook|shake)$/;
/** The words after which a "to" that ends its clause can only be "too": "I have been there to." */
const BEFORE_TOO = /^(?:there|here|along|again)$/;
const VBN = classIndex('vbn');
/** The adverbs "too" qualifies and "to" never takes as its object: "talks to often", "left to soon", "worry to much". */
const TOO_ADVERB = /^(?:often|soon|quickly|slowly|much|loudly|easily)$/;
/** Verbs whose complement is "to" and a noun phrase: "it never amounted to much", "it came to two dollars", "he came to soon after". */
export const TO_COMPLEMENT = new Set('amount amounts amounted amounting come comes came coming add adds added adding'.split(' '));
/** What follows such an adverb: the clause's end, a preposition, "to", a subordinating conjunction ("to often about", "to much to eat"); not "and", which a split infinitive's adverbs take ("to quickly and quietly leave"). */
const AFTER_DEGREE = new Uint8Array(32);
for (const c of ['boundary', 'prep', 'to', 'cs'] as const) AFTER_DEGREE[classIndex(c)] = 1;
const SUBJECT_WORD = /^(?:i|you|we|they)$/;
const VBD = classIndex('vbd');
/** Object pronouns a stranded "too" follows after "with": "come with us too". */
const OBJECT_WORD = /^(?:me|us|them|him|her|you)$/;
/** What "quite" cannot stand before, a clause's conjunction: "be quite while", "went quite when". */
const CLAUSE_AFTER_QUIET = /^(?:while|when|until|till|because|unless|please|now)$/;
/** The adjectives "where" stands before as a clause of its own: "where possible", "where needed". */
const WHERE_ADJECTIVE =
  /^(?:possible|necessary|needed|appropriate|applicable|available|relevant|required|feasible|practical|convenient|known|useful|helpful|desired|warranted|indicated|present)$/;
/** Plural subjects a "were" follows: "we", "they", "you", "guys", "people". */
const PLURAL_SUBJECT = /^(?:we|they|you|guys|people|folks|kids|parents|friends|others|both|all)$/;
/** The degree adverbs before "loose" the adjective: "a bit lose", "very lose". */
const DEGREE_BEFORE_LOOSE = /^(?:very|bit|slightly|pretty|extremely|quite|somewhat|rather|kinda|fairly)$/;
const VBG = classIndex('vbg');
/** The adjectives a possessive stands before as a noun: "its own", "did its best", "at its worst". */
const OWNED_ADJECTIVE = /^(?:own|best|worst|most|least|utmost|all|fill|due|whole|like|kind|share|usual|last|first|next|only|other|same|former|latter|own\.)$/;
/** A finite verb's classes (and a modal's): what a sentence's subject stands before ("Their dog barks"). */
const FINITE = new Uint8Array(32);
for (const c of ['vbz', 'vbd', 'modal', 'be'] as const) FINITE[classIndex(c)] = 1;
/** Verbs and conjunctions a clause's subject follows: "they said there going", "I think there coming". */
const SAY_BEFORE_THEYRE = /^(?:said|say|says|think|thought|know|knew|hope|guess|sure|because|if|when|but|and|so|maybe|probably|heard|told)$/;
/** The nouns "you" addresses people by ("You guys should go", "You idiots will pay"). */
const ADDRESSED =
  /^(?:guys|guy|people|folks|kids|kid|boys|boy|girls|girl|men|man|women|woman|children|child|ladies|gentlemen|lot|two|three|four|both|all|idiots|idiot|fools|fool|bastards|bastard|morons|moron|lads|chaps|dears|dear|darling|honey|baby|sweetheart|brat|brats|monster|monsters|pair|bunch|lot|sir|madam|ma'am|mister|miss|there|alone|yourself|yourselves|either|each|too|only|included|first|last|next|above|below|off|back|away|right|wrong|again|most|more|less|young|old|poor|little|lucky|silly|stupid|boy's|mom|dad|mother|father|son|daughter|brother|sister|friend|friends|buddy|pal|mate|mates|cat|dog|thing|things|creature|creatures|scum|traitor|traitors|coward|cowards|liar|liars|animal|animals|beast|beasts|devil|devils|angel|angels|genius|fellows|fellow|folk)$/;
/** Adverbs of frequency between a subject and its verb: "I always loose them". */
const FREQUENCY = /^(?:always|never|often|sometimes|usually|constantly|keep)$/;
/** The prepositions of place a "there" stands before: "over there by the window", "over there next to the door". */
const PLACE_AFTER_THERE = /^(?:by|next|near|beside|behind|in|on|at|under|above|below|between|against)$/;
const VB_CLASS = classIndex('vb');
/** Degree words that take "to" before an adjective and an article ("to many a man", "to such a degree"): not "too". */
const NOT_TOO_ADJECTIVE = /^(?:many|much|such|what|quite|rather|half|all|only|just|no|some|each|every)$/;
/** The linking verbs (and "put", of "to put too fine a point on it") an excess degree follows: "seemed too good to be true". */
const LINKING_BEFORE_TOO =
  /^(?:seem|seems|seemed|seeming|look|looks|looked|sound|sounds|sounded|feel|feels|felt|appear|appears|appeared|become|becomes|became|remain|remains|remained|prove|proves|proved|put|get|gets|got|getting)$/;
/** The demonstratives (and "it") that follow a possessor's noun in "whose book this is". */
const POSSESSED_POINTER = /^(?:this|that|these|those|it)$/;
/** Plural nouns a "who's" stands before as their predicate ("Who's friends with him?"). */
const WHO_IS_PLURAL = /^(?:friends|pals|buddies|enemies|besties)$/;

/** The neighbour after word `k`'s right one (`right`), none across a break: read only where a case needs it. */
const secondRight = (around: Neighbours, k: number, right: Neighbour) => (right.id === 0 ? undefined : around.at(k + 1, k + 2));

/** Whether word `p` and the word before it stand side by side (no punctuation between). */
const joined = (words: Words, p: number) => p > 0 && p < words.n && !words.is(p, BROKEN);
const wordAt = (words: Words, p: number) => (p >= 0 && p < words.n ? words.word(p).replace(/’/g, "'") : '');

/** The words `forcedWord` decides between (its cases). */
const FORCED_WORDS = new Set([
  "it's",
  'to',
  'too',
  'quite',
  'form',
  'your',
  'where',
  'were',
  "they're",
  'loose',
  'lose',
  'sever',
  "who's",
  'then',
  'its',
  'there',
  'do',
  'you',
]);

/**
 * The word grammar alone decides at word `k` (lowercase; none where the word may stand), whatever
 * the classifier leans to, for the classic pairs in places only one reading has: "it's own" is
 * "its own"; "very quite", "kept quite." are "quiet"; "apart form" is "apart from"; "your should"
 * and "Have your seen" are "you"; a sentence's "Where you able" is "Were"; "if you loose focus",
 * "don't you dare loose" are "lose", and "a lose screw", "broke lose." are "loose"; "too o'clock" is
 * "two"; "I have been there to." is "too".
 */
export function forcedWord(around: Neighbours, k: number, left: Neighbour, right: Neighbour): string | undefined {
  const words = around.words;
  const w = wordAt(words, k);
  // Most suspect words are none of these: turned away before their neighbours are read.
  if (!FORCED_WORDS.has(w)) return undefined;
  const next = joined(words, k + 1) ? wordAt(words, k + 1) : '';
  const prev = joined(words, k) ? wordAt(words, k - 1) : '';
  switch (w) {
    case "it's":
      if (next === 'own') return 'its';
      // "it's battery life could be better": a noun phrase that is the subject of the verb after it.
      return itsSubject(around, k, right) ? 'its' : undefined;
    case 'to':
    case 'too':
      if (next === "o'clock") return 'two';
      if (
        w === 'to' &&
        TOO_ADVERB.test(next) &&
        !TO_COMPLEMENT.has(prev) &&
        AFTER_DEGREE[secondRight(around, k, right)?.cls ?? 0] === 1 &&
        !(next === 'much' && wordAt(words, k + 2) === 'of')
      )
        return 'too';
      if (w === 'to' && tooBeforeAdjective(around, k, right, next)) return 'too';
      // "come with us to, but": a stranded "to" after "with" and its object is "too".
      if (w === 'to' && OBJECT_WORD.test(prev) && wordAt(words, k - 2) === 'with' && joined(words, k - 1) && endsClause(words, k) && !asks(words, k))
        return 'too';
      return w === 'to' && BEFORE_TOO.test(prev) && endsClause(words, k) ? 'too' : undefined;
    case 'quite':
      if (BEFORE_QUIET.test(prev)) return 'quiet';
      if (!(left.cls === BE_CLASS || STAY.test(prev))) return undefined;
      // "Please be quite while the baby sleeps", "The room went quite when she walked in": "quite" modifies nothing before a conjunction.
      if (joined(words, k + 1) && CLAUSE_AFTER_QUIET.test(next)) return 'quiet';
      return right.id === 0 && endsClause(words, k) ? 'quiet' : undefined;
    case 'form':
      // Not a team's "away form", after a determiner.
      return BEFORE_FROM.test(prev) && !DETERMINER_WORD.test(wordAt(words, k - 2)) ? 'from' : undefined;
    case 'your':
      if (AFTER_SUBJECT.test(next)) return 'you';
      // "Have your seen my sister?", "Have your ever come across": a question's subject.
      return /^(?:have|has)$/.test(prev) && words.is(k - 1, SENTENCE) && (right.cls === VBN || /^(?:ever|never|already|been)$/.test(next)) ? 'you' : undefined;
    case 'where':
      // "Where you able to?": a question's verb before its subject and an adjective.
      if (words.is(k, SENTENCE) && SUBJECT_WORD.test(next) && secondRight(around, k, right)?.cls === ADJ) return 'were';
      // "You guys where amazing": after a plural subject, before the adjective it predicates and the clause's end.
      return right.cls === ADJ &&
        joined(words, k) &&
        joined(words, k + 1) &&
        !WHERE_ADJECTIVE.test(next) &&
        PLURAL_SUBJECT.test(prev) &&
        (endsClause(words, k + 1) || around.at(k + 1, k + 2).cls !== NOUN)
        ? 'were'
        : undefined;
    case 'loose':
      return (SUBJECT_WORD.test(prev) || prev === 'dare' || (FREQUENCY.test(prev) && SUBJECT_WORD.test(wordAt(words, k - 2)))) &&
        right.id !== 0 &&
        (OBJECT_START[right.cls] === 1 || right.cls === NOUN || /^(?:th(?:at|is|ese|ose))$/.test(next))
        ? 'lose'
        : undefined;
    case 'lose':
      if (left.cls === DET && right.cls === NOUN) return 'loose';
      // "The screw is a bit lose.": a degree adverb before it, nothing after it in its clause.
      if (DEGREE_BEFORE_LOOSE.test(prev) && right.id === 0 && endsClause(words, k)) return 'loose';
      return LOOSE_VERB.test(prev) && (right.id === 0 || right.cls === PREP) ? 'loose' : undefined;
    case 'sever':
      return severe(words, k, prev, left, right) ? 'severe' : undefined;
    case "who's":
      return whoseNoun(around, k, right, next) ? 'whose' : undefined;
    case 'then':
      // "I'd rather go to the beach then stay home": a preference's two verbs, "would rather" one and "than" the other.
      return right.cls === VB_CLASS && preferredBefore(around, k) ? 'than' : undefined;
    default:
      return forcedPronoun(around, k, left, right, w, next, prev);
  }
}

/** `forcedWord`'s cases of the pronouns and "there", "were", "do" (split for length): "its bare.", "There people are", "You car is", "Were the best team.", "over they're", "do to". */
function forcedPronoun(around: Neighbours, k: number, left: Neighbour, right: Neighbour, w: string, next: string, prev: string): string | undefined {
  const words = around.words;
  switch (w) {
    case 'its':
      // "and now its bare.": an adjective ending the clause, which a possessive never stands before alone.
      // Not after a preposition, whose object it opens ("in its middle", "at its coldest").
      return right.cls === ADJ &&
        joined(words, k) &&
        joined(words, k + 1) &&
        left.cls !== PREP &&
        !OWNED_ADJECTIVE.test(next) &&
        !next.endsWith('est') &&
        endsClause(words, k + 1)
        ? "it's"
        : undefined;
    case 'there':
      // "There dog barks all night": a sentence's noun and its verb; "they said there going to be late": a subject's -ing.
      if (
        words.is(k, SENTENCE) &&
        right.cls === NOUN &&
        joined(words, k + 1) &&
        !words.name(k + 1) &&
        FINITE[around.at(k + 1, k + 2).cls] === 1 &&
        joined(words, k + 2)
      )
        return 'their';
      return right.cls === VBG && next !== 'being' && joined(words, k) && joined(words, k + 1) && SAY_BEFORE_THEYRE.test(prev) ? "they're" : undefined;
    case 'do':
      // "The show was cancelled do to low ratings": a cause after a participle is "due to".
      return left.cls === VBN &&
        joined(words, k) &&
        next === 'to' &&
        joined(words, k + 1) &&
        (OBJECT_START[around.at(k + 1, k + 2).cls] === 1 || around.at(k + 1, k + 2).cls === ADJ || around.at(k + 1, k + 2).cls === NOUN)
        ? 'due'
        : undefined;
    case 'you':
      // "You car is parked outside": a sentence's singular noun and its verb, not a vocative ("You idiot will pay") nor a group ("You students are").
      return words.is(k, SENTENCE) &&
        right.cls === NOUN &&
        joined(words, k + 1) &&
        joined(words, k + 2) &&
        !words.name(k + 1) &&
        !ADDRESSED.test(next) &&
        // A plural is the group "you" names ("You students are supposed to be diligent").
        !next.endsWith('s') &&
        FINITE[around.at(k + 1, k + 2).cls] === 1
        ? 'your'
        : undefined;
    case 'were':
      // "Were the best team.": a sentence that asks nothing, "were" and a noun phrase with no verb, is "We're".
      if (words.is(k, SENTENCE) && /^(?:a|an|the)$/.test(next) && statesNoVerb(around, k)) return "we're";
      // "the days were we had no worries": after a noun, before a clause's subject and its past verb.
      return left.cls === NOUN &&
        joined(words, k) &&
        joined(words, k + 1) &&
        joined(words, k + 2) &&
        /^(?:we|they|i|he|she)$/.test(next) &&
        (around.at(k + 1, k + 2).cls === VBD || wordAt(words, k + 2) === 'had')
        ? 'where'
        : undefined;
    case "they're":
      // "Put the chairs over they're by the window": a place after "over", before a preposition or the clause's end.
      return /^(?:over|out)$/.test(prev) && (PLACE_AFTER_THERE.test(next) || (right.id === 0 && endsClause(words, k))) ? 'there' : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether "to" at word `k` before an adjective is "too": the adjective then takes "to" and a
 * base verb ("seemed to good to be true") or an article and its noun ("not to put to fine a
 * point on it"), which only a degree adverb lets it do. Not after "from" ("from bad to worse to
 * …"), nor before "many a" or "such a".
 */
function tooBeforeAdjective(around: Neighbours, k: number, right: Neighbour, next: string): boolean {
  const words = around.words;
  if (right.cls !== ADJ || NOT_TOO_ADJECTIVE.test(next) || !joined(words, k + 1) || !joined(words, k + 2) || !joined(words, k + 3)) return false;
  const before = wordAt(words, k - 1);
  // After "be", a linking verb or "put" only ("It was to hot to go out", "seemed to good to be true"): elsewhere the adjective may be a verb ("had to lean to reach him").
  if (!(joined(words, k) && (around.at(k, k - 1).cls === BE_CLASS || LINKING_BEFORE_TOO.test(before) || /'(?:s|m|re)$/.test(before)))) return false;
  for (let p = k - 1; p >= 0 && p >= k - 4; p--) if (wordAt(words, p) === 'from') return false;
  const after = wordAt(words, k + 2);
  const then = around.at(k + 2, k + 3);
  if (after === 'to') return then.cls === VB_CLASS || then.cls === BE_CLASS;
  return (after === 'a' || after === 'an') && (then.cls === NOUN || then.cls === ADJ);
}

/**
 * Whether "who's" at word `k` is the possessive "whose": before a plural noun ("By who's
 * standards?"), which "who is" takes only as company ("Who's friends with him?"), or before a
 * noun and the "this" or "that" it is ("Do we know who's banana this is?"). Not before a noun
 * that is its predicate ("Show them who's boss.").
 */
function whoseNoun(around: Neighbours, k: number, right: Neighbour, next: string): boolean {
  const words = around.words;
  if (right.cls !== NOUN || !joined(words, k + 1)) return false;
  if (next.endsWith('s') && !next.endsWith('ss') && !WHO_IS_PLURAL.test(next) && !words.name(k + 1)) return true;
  return joined(words, k + 2) && POSSESSED_POINTER.test(wordAt(words, k + 2)) && /^(?:is|was)$/.test(wordAt(words, k + 3));
}

/** Where "sever", the verb, cannot stand before its object: after a determiner, an adjective, an adverb, a preposition or a verb's past ("caused sever damage"). */
const BEFORE_ADJECTIVE = new Uint8Array(32);
for (const c of ['det', 'poss', 'adj', 'adv', 'prep', 'vbd', 'vbz', 'vbn'] as const) BEFORE_ADJECTIVE[classIndex(c)] = 1;
/** The verbs a bare infinitive follows ("helped sever ties", "made him sever"). */
const BARE_INFINITIVE = /^(?:help|helps|helped|helping|let|lets|make|makes|made|making)$/;

/**
 * Whether "sever" at word `k` is the adjective "severe": before a noun where no verb can stand
 * ("a sever headache", "caused sever damage", "very sever pain"), or ending a clause after "be"
 * ("the pain was sever."); not after "to", a modal, a subject or "helped" ("to sever ties").
 */
function severe(words: Words, k: number, prev: string, left: Neighbour, right: Neighbour): boolean {
  if (left.cls === BE_CLASS && right.id === 0) return endsClause(words, k);
  return right.cls === NOUN && joined(words, k + 1) && BEFORE_ADJECTIVE[left.cls] === 1 && !BARE_INFINITIVE.test(prev);
}

/** Whether "would rather" or "'d rather" and a bare verb stand up to `PREFERENCE_REACH` words before word `k`, in its clause, and no conjunction just before it ("rather wait and then decide"). */
function preferredBefore(around: Neighbours, k: number): boolean {
  const words = around.words;
  if (!joined(words, k) || /^(?:and|or|but|so|since|just|only)$/.test(wordAt(words, k - 1))) return false;
  for (let p = k - 1; p >= 1 && p >= k - PREFERENCE_REACH && joined(words, p + 1); p--) {
    if (wordAt(words, p) !== 'rather' || !joined(words, p)) continue;
    const before = wordAt(words, p - 1);
    return (before === 'would' || before.endsWith("'d")) && p + 1 < k && around.at(p, p + 1).cls === VB_CLASS;
  }
  return false;
}

/**
 * Whether "it's" at word `k` is the possessive before the subject it opens: a noun, or two, and
 * then a finite verb or a modal ("it's battery life could be better", "it's users are angry").
 */
function itsSubject(around: Neighbours, k: number, right: Neighbour): boolean {
  const words = around.words;
  if (right.cls !== NOUN || !joined(words, k + 1) || words.name(k + 1) || /^(?:time|fun|nothing|something|everything|anything)$/.test(wordAt(words, k + 1)))
    return false;
  let p = k + 1;
  if (around.at(p, p + 1).cls === NOUN && joined(words, p + 1)) p++;
  const verb = around.at(p, p + 1);
  return (
    joined(words, p + 1) &&
    (verb.cls === BE_CLASS || verb.cls === classIndex('modal') || verb.cls === classIndex('vbz')) &&
    !/^(?:being|be|been)$/.test(wordAt(words, p + 1))
  );
}

/** Verbs' classes: what a sentence of "were" and a noun phrase alone never has after it ("Were the results good?" has none either, but asks). */
const VERB_LIKE = new Uint8Array(32);
for (const c of ['vb', 'vbd', 'vbz', 'vbn', 'vbg', 'be', 'modal', 'have', 'do'] as const) VERB_LIKE[classIndex(c)] = 1;
/** Whether the sentence of word `k` is a noun phrase after it (no verb, no comma) and ends with a full stop or an exclamation mark, or the text's end. */
function statesNoVerb(around: Neighbours, k: number): boolean {
  const words = around.words;
  let p = k + 1;
  for (; p < words.n && !words.is(p, BROKEN); p++) if (VERB_LIKE[around.at(p - 1, p).cls] === 1) return false;
  if (p < words.n && !words.is(p, SENTENCE)) return false;
  const t = words.tokens[p - 1];
  return !/^\s*[?,;:]/.test(words.text.slice(t.end, t.end + 2)) && p - k <= 6;
}

/** Whether a question mark follows word `k`. */
function asks(words: Words, k: number): boolean {
  const t = words.tokens[k];
  return words.text.charAt(t.end) === '?';
}

/** Whether a full stop, a question or exclamation mark, a comma or a semicolon follows word `k` (not a dash or dots: "I was going to—"). */
function endsClause(words: Words, k: number): boolean {
  const t = words.tokens[k];
  return /^[.?!,;](?!\.)/.test(words.text.slice(t.end, t.end + 2));
}

const ADV = classIndex('adv');
const VB = classIndex('vb');
/**
 * The simple pasts that never stand after "be" as themselves (not "broke", penniless, nor "rose",
 * "fell", "woke" or "got"), whose participle the passive wants: "the car was stole" is "stolen".
 */
const PASSIVE_PASTS =
  'took wrote gave ate drove chose froze spoke forgot hid shook bit tore wore swore began sang rang drank swam sank shrank threw blew grew knew flew drew did ran stole mistook forgave overtook undertook withdrew rode strove forbade';
let PARTICIPLE_OF: Map<string, string> | undefined;
/** The participle of each of `PASSIVE_PASTS`, from the irregular verbs' table ("stole" → "stolen"). */
function participleOf(past: string): string | undefined {
  if (!PARTICIPLE_OF) {
    PARTICIPLE_OF = new Map();
    const wanted = new Set(PASSIVE_PASTS.split(' '));
    for (const verb of irregularVerbs().values())
      for (const p of verb.past) if (wanted.has(p) && !verb.participle.includes(p) && !PARTICIPLE_OF.has(p)) PARTICIPLE_OF.set(p, verb.participle[0]);
  }
  return PARTICIPLE_OF.get(past);
}

/**
 * The participle a form of "be" wants at word `k` for the simple past written there (none where
 * the word may stand): "The car was stole last night", "it was wrote in 1990" are "stolen",
 * "written"; "broke" only before its agent ("the window was broke by the ball"), since "I was
 * broke" is an adjective. Not before a base verb, where the past is an auxiliary's slip of its own.
 */
export function forcedParticiple(around: Neighbours, k: number, left: Neighbour, right: Neighbour): string | undefined {
  const words = around.words;
  const be = left.cls === BE_CLASS || (left.cls === ADV && left.id !== 0 && around.at(k - 1, k - 2).cls === BE_CLASS);
  if (!be || !joined(words, k) || right.cls === VB || (right.cls === ADV && secondRight(around, k, right)?.cls === VB)) return undefined;
  const w = wordAt(words, k);
  if (w === 'broke') return joined(words, k + 1) && wordAt(words, k + 1) === 'by' ? 'broken' : undefined;
  return participleOf(w);
}

/** A verb's finite or base forms and its -ing: the verbs an object's possessive follows ("visited their new house"). */
const OBJECT_VERB = new Uint8Array(32);
for (const c of ['vb', 'vbd', 'vbz', 'vbg'] as const) OBJECT_VERB[classIndex(c)] = 1;
/** The prepositions "there" follows as a place ("in there", "out there", "from there"), where "their" is not meant. */
const PLACE_PREPOSITION = /^(?:in|out|up|down|over|from|back|under|around|near|through|along|by)$/;

/** What follows a participle that ends a predicate ("it's broken now", "it's done by noon", "it's called a widget"), never a noun it modifies. */
const AFTER_PARTICIPLE = new Uint8Array(32);
for (const c of ['boundary', 'prep', 'adv', 'cc', 'cs', 'to', 'det'] as const) AFTER_PARTICIPLE[classIndex(c)] = 1;

/**
 * The word of a set grammar leans to at word `k`, which needs only the classifier's lean (as
 * `wantedWord`): "there" before an adjective and its noun after a verb or a preposition is
 * "their" ("we visited there new house", "with there old friends"); "its" before a participle
 * that ends a predicate is "it's" ("I think its broken.", "its done by noon"), not before the
 * noun the participle modifies ("its stated goal").
 */
export function leanedWord(model: ContextModel, words: Words, k: number, left: Neighbour, right: Neighbour, right2: Neighbour | undefined): number | undefined {
  const w = wordAt(words, k);
  if (w === 'then') return thanAfter(model, words, k, right) ? model.id('than') : undefined;
  if (w === 'its') return right.cls === VBN && joined(words, k + 1) && AFTER_PARTICIPLE[right2?.cls ?? 0] === 1 ? model.id("it's") : undefined;
  if (w !== 'there' || !joined(words, k) || right.cls !== ADJ || right2?.cls !== NOUN || !joined(words, k + 1) || !joined(words, k + 2)) return undefined;
  return OBJECT_VERB[left.cls] === 1 || (left.cls === PREP && !PLACE_PREPOSITION.test(wordAt(words, k - 1))) ? model.id('their') : undefined;
}

const CMP = classIndex('cmp');
/** The comparatives whose usual class is not the comparative's ("more fun", "rather die", "other than"). */
const COMPARATIVE_WORD = /^(?:more|less|fewer|rather|other)$/;
/** How far back a comparative makes "then" before what it is compared with "than": "better at chess then me". */
const COMPARED_REACH = 4;
/** How far back a preference's "rather" and its verb make "then" read "than": "I'd rather go to the beach then stay home". */
const PREFERENCE_REACH = 7;
/** What a comparison's "than" takes, and a clause's "then" never does: "than me", "than anyone", "than usual". */
const COMPARED = /^(?:me|him|us|them|anyone|anybody|anything|everyone|everybody|everything|ever|usual|expected|necessary|needed)$/;

/** Whether "then" at word `k` is a comparison's "than": a comparative up to `COMPARED_REACH` words before, in its clause, and what "than" takes after it. */
function thanAfter(model: ContextModel, words: Words, k: number, right: Neighbour): boolean {
  if (right.id === 0 || !joined(words, k + 1)) return false;
  const compared = COMPARED.test(wordAt(words, k + 1));
  // "I'd rather go to play then by the market": a preference's "rather" and its verb need no compared word after "then".
  if (!compared && /^(?:and|or|but|so|since|just|only)$/.test(wordAt(words, k - 1))) return false;
  for (let p = k - 1; p >= 0 && p >= k - (compared ? COMPARED_REACH : PREFERENCE_REACH) && joined(words, p + 1); p--) {
    const w = wordAt(words, p);
    if (!compared) {
      if (w === 'rather' && p + 1 < k && model.classOf(model.id(wordAt(words, p + 1))) === VB_CLASS) return true;
      continue;
    }
    if (COMPARATIVE_WORD.test(w) || model.classOf(model.id(w)) === CMP) return true;
  }
  return false;
}
