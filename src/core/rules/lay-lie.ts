/**
 * `lay` for `lie` (issue #15), the slip fiction editors correct most: LAY puts something down and
 * takes an object ("she laid the book down"), LIE is to recline and takes none ("she lies down",
 * past "she lay down", perfect "she had lain there"). A form of LAY with no object, before what
 * only a reclining verb takes (a place: "lays on the bed"; a state: "laying there", "laid still";
 * `down`/`back` then a place or the clause's end: "laid down on the couch", "Lay down!"), is LIE's
 * form of the same tense: lays → lies, laying → lying, laid → lay (had laid → had lain), and `lay`
 * → `lie` where it is a present or a base ("to lay down", "I lay down" in a story told in the
 * present; in one told in the past `lay` is LIE's past, right). Silent on an object ("laid her
 * hand on his", "lay down the law", "laid herself down"), a passive ("was laid"), an idiom ("laid
 * off", "lay low", "laid out"), a noun or adjective ("the lay of the land", "a lay person"), and a
 * clause whose object came first ("the card she laid on the table"). Reported under `confusable`.
 */

import { classIndex } from '../context/format';
import { Neighbours } from '../context/grammar';
import { contextModel } from '../context/model';
import { pastTense } from '../context/tense';
import type { Paragraph } from '../model/document';
import { BROKEN, STOPS, type Words } from '../patterns';
import { matchCase } from '../text';
import type { RawFinding } from './types';

const FORMS = new Set(['lay', 'lays', 'laying', 'laid']);
/** What only a reclining verb takes straight after it: a place, a state, a posture. */
const RECLINING = new Set(
  (
    'on in upon onto beside next against across under underneath beneath atop among amongst near alongside inside within with at together ' +
    'between behind around about ahead there here still awake asleep motionless flat dead face facedown curled sprawled ' +
    'unconscious limp prone supine helpless unmoving silent quiet naked nude side dormant fallow idle hidden waiting buried scattered ' +
    'strewn stretched heavy thick like by exhausted wounded injured bleeding dying broken frozen'
  ).split(' '),
);
/** After `down` or `back`, besides `RECLINING`: "lay down and slept", "lie down to rest", "lay down for a nap". */
const AFTER_PARTICLE = new Set(['and', 'to', 'for', 'again', 'now', 'together', 'beside', 'down', 'back']);
/** Subjects a reclining verb follows: a personal pronoun, "who". */
const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'who', "i'd", "you'd", "he'd", "she'd", "we'd", "they'd"]);
const THIRD = new Set(['he', 'she', 'it']);
/** Adverbs that may stand between a subject or auxiliary and the verb ("she just laid there"). */
const BETWEEN = new Set([
  'just',
  'already',
  'then',
  'finally',
  'still',
  'simply',
  'also',
  'soon',
  'now',
  'again',
  'once',
  'never',
  'always',
  'instead',
  'only',
  'merely',
  'even',
  'both',
  'all',
]);
/** After these `lay` is a base: "to lay down", "you should lay down", "let's lay down". */
const BASE_BEFORE = new Set(
  (
    "to will would can could should shall might may must do does did don't didn't doesn't won't can't couldn't wouldn't shouldn't " +
    "let let's go i'll you'll he'll she'll we'll they'll"
  ).split(' '),
);
/** After these `laid` is a participle of a perfect: "had laid down" → "had lain". */
const HAVE = new Set(['had', 'has', 'have', 'having', "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "i've", "you've", "we've", "they've", "'d", "'ve"]);
/** Forms of "be" a progressive's `laying` follows: "she was laying." */
const BE = new Set("was were is are am be been 's 're 'm it's he's she's they're we're you're i'm".split(' '));
/** After these `laid` is a passive or an adjective ("was laid", "got laid", "so laid back"): right. */
const NOT_ACTIVE = new Set(
  (
    "was were is are am be been being get got gets getting gotten 's 're 'm it's he's she's that's there's so very pretty really more most " +
    'too quite rather fairly super totally seemed seems seem looked looks look felt feel feels sounded sounds remained stayed stay newly freshly'
  ).split(' '),
);
/** Before these a LAY form is a noun or an adjective ("the laying of", "a lay person"), or one of eggs. */
const NOT_VERB = new Set('a an the this his her their my your our its egg eggs hen hens chicken chickens'.split(' '));
/** Idioms where LAY is right whatever follows: "lay low", "laid off", "laying on of hands". */
const IDIOM_AFTER = new Set(['low', 'off', 'out', 'bare', 'waste', 'siege', 'claim', 'eyes', 'hold', 'into', 'up']);
const NOUN = classIndex('noun');
const NAME = classIndex('name');
const NUMBER = classIndex('number');
/** The prepositions a clause whose object came first may end on: "the bunk he laid on was hard". */
const STRANDED = new Set('on in upon onto beside under with against across near at by'.split(' '));
/** By class: the words a noun phrase is made of ("the big one", "his brief case"). */
const NOUN_PHRASE = new Uint8Array(32);
for (const c of ['noun', 'name', 'adj', 'det', 'poss'] as const) NOUN_PHRASE[classIndex(c)] = 1;
/** Words after which a clause opens with its subject: "where the officer laid". */
const OPENS_CLAUSE = new Set('and but or where when as while until because though although if since once whenever wherever'.split(' '));
/** Finite verbs that follow a clause ended on a preposition. */
const FINITE = new Set('was were is are had has seemed felt looked'.split(' '));
/** The degree adverbs of `NOT_ACTIVE`, which tell of an adjective there, not of a passive before. */
const ADVERBS_OF_DEGREE = new Set('so very pretty really more most too quite rather fairly super totally newly freshly'.split(' '));
const VB = classIndex('vb');
const VBZ = classIndex('vbz');
const VBD = classIndex('vbd');
const VBG = classIndex('vbg');
const PREP = classIndex('prep');

/** The regions that are a character's voice, not the narration's. */
const SPOKEN = new Set(['dialogue', 'thought']);

const LIE: Record<string, string> = { lays: 'lies', laying: 'lying', lay: 'lie' };

/** Word `p` is an adverb that may stand before a verb ("just", "quietly"). */
function adverbAt(words: Words, p: number): boolean {
  const w = words.word(p);
  return BETWEEN.has(w) || (w.length > 4 && w.endsWith('ly') && w !== 'only');
}

/** The word before verb `i`, one adverb between skipped (-1: none, or punctuation between). */
function before(words: Words, i: number): number {
  let p = i - 1;
  if (p < 0 || words.is(i, BROKEN)) return -1;
  if (p > 0 && adverbAt(words, p) && !words.is(p, BROKEN)) p--;
  return p;
}

/** Whether word `p` is the verb's subject: a pronoun or a name. */
function subjectAt(words: Words, p: number): boolean {
  if (p < 0) return false;
  if (SUBJECTS.has(words.word(p))) return true;
  const c = words.text.charCodeAt(words.start(p));
  if (c < 65 || c > 90 || adverbAt(words, p)) return false;
  if (!words.tokens[p].sentenceStart) return words.name(p);
  // A capital opening the sentence is a name when the model knows the word as one, or not at all ("Ruiko lays down").
  const model = contextModel();
  const id = model.idOf(words.lex(p), words.word(p));
  return id < 0 || model.classOf(id) === NAME;
}

/**
 * Whether the subject at `s` opens a clause whose object came first: "the card she laid on the
 * table", "what he laid there", "the flowers that Harry laid on the grave".
 */
function objectBefore(words: Words, around: () => Neighbours, s: number): boolean {
  const p = s - 1;
  if (p < 0 || words.is(s, BROKEN)) return false;
  const w = words.word(p);
  const cls = around().at(s, p).cls;
  if (w === 'that' || w === 'which' || w === 'what' || w === 'whatever' || w === 'one' || w === 'ones') return true;
  if (cls !== NOUN && cls !== NUMBER) return false;
  // A phrase opening the sentence is no object: "After the hug Rarity laid back down".
  let q = p;
  while (q > 0 && !words.is(q, BROKEN) && NOUN_PHRASE[around().at(q, q - 1).cls] === 1) q--;
  return !(q > 0 && !words.is(q, BROKEN) && around().at(q, q - 1).cls === PREP && (q === 1 || words.is(q - 1, BROKEN)));
}

/** Whether the verb at `i` ends its clause on a preposition, its object before it: "the bunk he laid on was hard". */
function stranded(words: Words, i: number): boolean {
  const p = i + 1;
  if (!STRANDED.has(words.word(p))) return false;
  return p + 1 >= words.n || words.is(p + 1, BROKEN) || FINITE.has(words.word(p + 1));
}

/** LAY's phrasal verbs, whose object follows the particle: "laying on of hands", "laid on the charm", "laid in supplies", "laid about him". */
const PHRASAL: Record<string, Set<string>> = {
  on: new Set('of thick heavy charm pressure feast spread show'.split(' ')),
  in: new Set('supplies stores provisions stock food'.split(' ')),
  about: new Set('him her them himself herself themselves me us'.split(' ')),
};

/** Whether `particle` then `next` (then `after`) is one of LAY's phrasal verbs. */
function phrasal(particle: string, next: string, after: string): boolean {
  const objects = PHRASAL[particle];
  return objects !== undefined && (objects.has(next) || ((next === 'the' || next === 'a') && objects.has(after)));
}

/** What follows the verb at `i`: 1 what only a reclining verb takes, 2 the clause's end, 0 anything else. */
function reclining(words: Words, i: number, around: () => Neighbours): number {
  let p = i + 1;
  if (p >= words.n || words.is(p, BROKEN)) return 2;
  let w = words.word(p);
  if (IDIOM_AFTER.has(w)) return 0;
  const particle = w === 'down' || w === 'back';
  if (particle || (adverbAt(words, p) && !RECLINING.has(w))) {
    p++;
    // "laid down.", "Lay down!", "lay quietly, …": the clause ends after them.
    if (p >= words.n || words.is(p, BROKEN)) return 1;
    w = words.word(p);
    if (particle && AFTER_PARTICLE.has(w)) return 1;
    // "lays down resting her head", "laid back sleeping": a participle of what is done lying.
    if (particle && around().at(p, p).cls === VBG && !words.name(p)) return 1;
  }
  if (p + 1 < words.n && !words.is(p + 1, BROKEN) && phrasal(w, words.word(p + 1), p + 2 < words.n ? words.word(p + 2) : '')) return 0;
  return RECLINING.has(w) ? 1 : 0;
}

/** Whether the clause of word `i` has a form of "be" or "get" before it: "were picked and laid on the grave" is a passive. */
function passiveBefore(words: Words, i: number): boolean {
  for (let p = i - 1; p >= 0 && !words.is(p + 1, STOPS); p--) if (NOT_ACTIVE.has(words.word(p)) && !ADVERBS_OF_DEGREE.has(words.word(p))) return true;
  return false;
}

/** Whether a finite verb follows in the clause of `laid` at `i`: "the directory laid down on the target carries…" is a reduced passive. */
function finiteAfter(words: Words, around: Neighbours, i: number): boolean {
  for (let p = i + 1; p < Math.min(words.n, i + 12) && !words.is(p, BROKEN); p++) {
    const cls = around.at(p, p).cls;
    if (cls === VBZ || cls === VBD) return true;
  }
  return false;
}

/**
 * Whether word `p` ends a noun phrase that opens its clause, the subject of the verb after it
 * ("The body laid in a sprawl", "where the officer laid"), not a reduced passive's noun ("he
 * looked at the flowers laid on the grave").
 */
function clauseSubject(words: Words, around: Neighbours, p: number): boolean {
  const head = around.at(p + 1, p).cls;
  if (head !== NOUN && head !== NAME) return false;
  let q = p;
  while (q > 0 && !words.is(q, BROKEN) && (NOUN_PHRASE[around.at(q, q - 1).cls] === 1 || words.word(q - 1).includes('-'))) q--;
  return words.is(q, BROKEN) || q === 0 || OPENS_CLAUSE.has(words.word(q - 1)) || (adverbAt(words, q - 1) && (q === 1 || words.is(q - 1, BROKEN)));
}

/**
 * The tense of the verb `lay` at `i` is coordinated with, in its sentence ("I lay down and stare":
 * -1 a present; "…and stared": +1 a past), or 0 when none is read.
 */
function coordinated(words: Words, around: Neighbours, i: number): number {
  for (let p = i + 1; p < Math.min(words.n - 1, i + 10) && !words.is(p, BROKEN); p++) {
    const w = words.word(p);
    if (w !== 'and' && w !== 'then') continue;
    let q = p + 1;
    if (q + 1 < words.n && adverbAt(words, q)) q++;
    const cls = around.at(p, q).cls;
    return cls === VBD ? 1 : cls === VB || cls === VBZ ? -1 : 0;
  }
  return 0;
}

/** The LIE form for `laid` at `i`, after word `p` (`left`); `after` is `reclining`'s verdict. */
function lieForLaid(words: Words, i: number, p: number, left: string | undefined, after: number, around: () => Neighbours): string | undefined {
  if (left === undefined) return undefined;
  if (NOT_ACTIVE.has(left)) return undefined;
  if (HAVE.has(left)) return 'lain';
  if (subjectAt(words, p) || left === 'that' || left === 'which') return 'lay';
  if (after !== 1) return undefined;
  // "collapsed and laid on the ground", "rolled over once, then laid still": a subject before, no passive.
  if (left === 'and' || left === 'then' || left === 'but') return p > 0 && !words.tokens[p].sentenceStart && !passiveBefore(words, i) ? 'lay' : undefined;
  return clauseSubject(words, around(), p) && !finiteAfter(words, around(), i) ? 'lay' : undefined;
}

/** The LIE form for the LAY form at `i`, or undefined when LAY is right there. */
function lieFor(words: Words, i: number, around: () => Neighbours, past: () => boolean): string | undefined {
  const w = words.word(i);
  const p = before(words, i);
  const left = p < 0 ? undefined : words.word(p);
  if (left !== undefined && (NOT_VERB.has(left) || (i > 0 && NOT_VERB.has(words.word(i - 1))))) return undefined;
  const after = reclining(words, i, around);
  if (after === 0) return undefined;
  if (left !== undefined && left !== 'who' && subjectAt(words, p) && objectBefore(words, around, p) && !stranded(words, i)) return undefined;
  // The clause ends on the verb: "she was laying, eyes closed", "where it laid."; "she lays." only with its subject.
  if (w === 'laying') return after === 1 || (left !== undefined && BE.has(left)) ? LIE[w] : undefined;
  if (w === 'lays') return after === 1 || subjectAt(words, p) ? LIE[w] : undefined;
  if (w === 'laid') return lieForLaid(words, i, p, left, after, around);
  if (after === 2) return undefined;
  // `lay`: a base after an auxiliary; an order ("Lay down!"); a present after a subject in a story told in the present.
  if (left !== undefined && BASE_BEFORE.has(left)) return 'lie';
  const spoken = SPOKEN.has(words.tokens[i].region);
  if (p < 0 && words.tokens[i].sentenceStart) return spoken ? 'lie' : undefined;
  if (!subjectAt(words, p) || spoken) return undefined;
  const tense = coordinated(words, around(), i);
  if (tense > 0 || (tense === 0 && past())) return undefined;
  // A third person's present: "she lays down" is "she lies down", and so "she lay down" in the present.
  return THIRD.has(words.word(p)) || !SUBJECTS.has(words.word(p)) ? 'lies' : 'lie';
}

/**
 * LIE's forms, and LAY's of the same tense: "lie it down" is "lay it down". A Map, not an object:
 * `layLieFindings` asks it of every token, and a keyed look-up of an object by a token's string
 * cost a tenth of `confusable`'s table pass (and found "constructor" in its prototype).
 */
const LAY = new Map([
  ['lie', 'lay'],
  ['lies', 'lays'],
  ['lying', 'laying'],
]);
/** The objects a LIE form cannot take: "lie it down", "lying her on the bed" ("her head" is a noun phrase: left alone). */
const OBJECT_PRONOUNS = new Set(['it', 'him', 'them', 'me', 'us', 'her']);
/** What puts an object somewhere after it: "lie it down", "lying him on the bed". */
const PLACED = new Set(['down', 'on', 'onto', 'across', 'beside', 'back', 'flat']);

/** The LAY form for the LIE form at `i` when an object follows it ("lie it down" → "lay"), else undefined. */
function layFor(words: Words, i: number): string | undefined {
  if (i + 2 >= words.n || words.is(i + 1, BROKEN) || words.is(i + 2, BROKEN)) return undefined;
  if (!OBJECT_PRONOUNS.has(words.word(i + 1)) || !PLACED.has(words.word(i + 2))) return undefined;
  return LAY.get(words.word(i));
}

/** The finding for the form at `i` of `paragraph`, fixed to `to`: LIE's when `lie` is true, else LAY's. */
function findingOf(paragraph: Paragraph, all: Words, i: number, to: string, lie: boolean): RawFinding {
  const tokens = paragraph.analysis.tokens;
  const start = all.start(i);
  const original = paragraph.text.slice(start, tokens[i].end);
  const fix = matchCase(to, original);
  const w = original.toLowerCase();
  return {
    start,
    end: tokens[i].end,
    message: lie
      ? `\`${w}\` is a form of "lay" (to put something down), which takes an object; with none, "lie" (to recline) is meant: \`${to}\`.`
      : `\`${w}\` is a form of "lie" (to recline), which takes no object; to put something down is "lay": \`${to}\`.`,
    suggestions: [fix],
    // Speakers talk loosely: in dialogue and thoughts the slip is told, not warned of.
    ...(SPOKEN.has(tokens[i].region) ? { severity: 'information' as const } : {}),
    data: { word: original, expected: fix, family: 'lay-lie' },
  };
}

/** The paragraph's LAY forms where LIE is meant, and LIE's with an object, as `confusable` findings; `words` gives the paragraph's words. */
export function layLieFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  let found: RawFinding[] | undefined;
  let neighbours: Neighbours | undefined;
  let told: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    const lay = FORMS.has(lower);
    if (!lay && !LAY.has(lower)) continue;
    const all = words();
    if (!lay) {
      const to = layFor(all, i);
      if (to) (found ??= []).push(findingOf(paragraph, all, i, to, false));
      continue;
    }
    const around = () => (neighbours ??= new Neighbours(contextModel(), all));
    // The paragraph's tense read without its own LAY and LIE forms ("I lay there" must not vote for the past), a base after "I" or "we" a present.
    const past = () =>
      (told ??= pastTense(contextModel(), around(), all.n, { skip: (p) => FORMS.has(all.word(p)) || LAY.has(all.word(p)), basePresent: true }));
    const to = lieFor(all, i, around, past);
    if (to) (found ??= []).push(findingOf(paragraph, all, i, to, true));
  }
  return found ?? [];
}
