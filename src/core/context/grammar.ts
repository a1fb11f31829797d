/**
 * The grammar around a word that the context model's gates read: the words of a paragraph as neighbours, and where a verb
 * form, a participle or a verb for its noun may stand ("did she went", "I am concern", "I belief", "she write"). Split from `detect.ts`.
 */

import { irregularVerbs } from '../data/irregular-verbs';
import { BROKEN, COMMA, STOPS, type Words } from '../patterns';
import { classIndex } from './format';
import { BOUNDARY, type ContextModel, type Neighbour } from './model';
import { indicativeWere } from './subjunctive';

export const SUBJECT = classIndex('subject');
const BE = classIndex('be');
export const ADV = classIndex('adv');
const CONTRACTION = classIndex('contraction');
/** A personal pronoun and a contraction of "am", "are" or "is": "I'm", "they're", "she's" (not "it's"). */
const BE_CONTRACTION = /^(?:i['’]m|you['’]re|he['’]s|she['’]s|we['’]re|they['’]re)$/;
/** The personal pronouns (not "it"), before a form of "be" that a participle may follow. */
const PERSONAL = /^(?:i|you|he|she|we|they)$/;
/** How far back a form of "have" makes "been" right ("had it been", "has for years been"). */
const PERFECT_REACH = 6;
export const VBD = classIndex('vbd');
export const DO = classIndex('do');
const MODAL = classIndex('modal');
export const TO = classIndex('to');
const CC = classIndex('cc');
const CS = classIndex('cs');
/** After these, a past form reads as an adjective ("they do advanced math"), not a verb. */
export const ADJECTIVAL = new Uint8Array(32);
for (const c of ['noun', 'adj', 'name', 'number'] as const) ADJECTIVAL[classIndex(c)] = 1;
/** The classes after which a verb takes its base form: "did", "can", "to". */
export const AUXILIARY = new Uint8Array(32);
for (const c of ['do', 'modal', 'to'] as const) AUXILIARY[classIndex(c)] = 1;
/** By class: whether a word of it before a verb form lets its other forms be weighed. */
export const GATE_OPENS = AUXILIARY.slice();
GATE_OPENS[SUBJECT] = 1;

/**
 * The words of a paragraph as neighbours, each looked up once (a word is the neighbour of four
 * others), and the boundaries between them.
 */
export class Neighbours {
  private readonly cache: (Neighbour | undefined)[];
  /** Each word's vocabulary id (-2: not looked up yet). */
  private readonly ids: Int32Array;
  constructor(
    private readonly model: ContextModel,
    readonly words: Words,
  ) {
    this.cache = new Array<Neighbour | undefined>(words.n);
    this.ids = new Int32Array(words.n).fill(-2);
  }

  /** The vocabulary id of word `p` (-1: unknown), looked up once. */
  id(p: number): number {
    let id = this.ids[p];
    if (id === -2) id = this.ids[p] = this.model.idOf(this.words.lex(p), this.words.word(p));
    return id;
  }

  /** Word `p` as the neighbour of word `k`: the boundary when punctuation stands between. */
  at(k: number, p: number): Neighbour {
    const words = this.words;
    if (p < 0 || p >= words.n || words.is(Math.max(k, p), BROKEN)) return BOUNDARY;
    return (this.cache[p] ??= this.model.neighbour(words.word(p), words.name(p), this.id(p)));
  }
}

/** The words that decide a few candidates, by vocabulary id, looked up once per model. */
export interface Guards {
  been: number;
  /** Forms of "have": "been" after one is its participle, not a slip for "was". */
  have: Set<number>;
  /** Indefinite pronouns, after which an adjective stands ("something heavy"), not an adverb. */
  indefinite: Set<number>;
  /** Between an auxiliary and its verb, these leave the verb's form to the auxiliary ("did not changed"). */
  negation: Set<number>;
  /** By personal pronoun: the forms of "be", "have" and "do" that agree with it as a subject. */
  agrees: Map<number, Set<number>>;
  /** The forms of `agrees`: the words written that agreement may correct. */
  agreeing: Set<number>;
  /** A question word with "did" (or "would") contracted ("how'd", "why'd"): an auxiliary before its subject, which the model classes a noun. */
  whAuxiliary: Set<number>;
  /** The forms of "be", "have" and "do" a singular noun takes as its subject ("the dog is"), and a plural one ("the dogs are"). */
  singularForms: Set<number>;
  pluralForms: Set<number>;
  /** "do" and "does", "have" and "has": the auxiliaries of a question's agreement (`invertedForms`). */
  doForms: Set<number>;
  haveForms: Set<number>;
  were: number;
  /** "he", "she", "it": subjects of a verb's third person singular. */
  third: Set<number>;
  /** "I", "you", "we", "they": subjects of its base. */
  plural: Set<number>;
  you: number;
  it: number;
  /** "it's": the possessive's slot decides it (`possessiveSlot`). */
  itIs: number;
  /** "who's": before a noun, only "whose" stands ("who's car"). */
  whoIs: number;
  /** "its", "your", "not": the contraction's slot decides them (`contractionSlot`). */
  its: number;
  your: number;
  not: number;
  no: number;
  then: number;
  than: number;
  every: number;
  ever: number;
  though: number;
  to: number;
  too: number;
  of: number;
  off: number;
  where: number;
  who: number;
  whom: number;
  /** "have", the word (`have` holds its forms). */
  have1: number;
  course: number;
  /**
   * An irregular verb's participles by the id of its past ("knew" → "known"): looked up by two
   * small integers, not one key past·2²⁰+participle, a heap number hashed at every candidate.
   */
  pastParticiple: Map<number, Set<number>>;
}

/** The pairs of `Guards.pastParticiple`, from the irregular verbs' table. */
function pastParticiples(model: ContextModel): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const verb of irregularVerbs().values())
    for (const past of verb.past)
      for (const participle of verb.participle) {
        const a = model.id(past);
        const b = model.id(participle);
        if (a <= 0 || b <= 0 || a === b) continue;
        let of = out.get(a);
        if (!of) out.set(a, (of = new Set()));
        of.add(b);
      }
  return out;
}
let GUARDS: Guards | undefined;
export function guards(model: ContextModel): Guards {
  if (GUARDS) return GUARDS;
  const ids = (words: string) =>
    new Set(
      words
        .split(' ')
        .map((w) => model.id(w))
        .filter((id) => id >= 0),
    );
  return (GUARDS = {
    been: model.id('been'),
    have: ids("have has had having i've you've we've they've 've i'd you'd he'd she'd we'd they'd 'd"),
    indefinite: ids(INDEFINITE),
    negation: ids('not never'),
    agrees: agreement(model, ids),
    agreeing: ids("am is are was were has have does do isn't aren't wasn't weren't doesn't don't hasn't haven't"),
    whAuxiliary: ids("how'd why'd where'd what'd who'd when'd"),
    singularForms: ids("is was has does isn't wasn't doesn't hasn't"),
    pluralForms: ids("are were have do aren't weren't don't haven't"),
    doForms: ids('do does'),
    haveForms: ids('have has'),
    were: model.id('were'),
    third: ids('he she it'),
    plural: ids('i you we they'),
    you: model.id('you'),
    it: model.id('it'),
    itIs: model.id("it's"),
    whoIs: model.id("who's"),
    its: model.id('its'),
    your: model.id('your'),
    not: model.id('not'),
    no: model.id('no'),
    then: model.id('then'),
    than: model.id('than'),
    every: model.id('every'),
    ever: model.id('ever'),
    though: model.id('though'),
    to: model.id('to'),
    too: model.id('too'),
    of: model.id('of'),
    off: model.id('off'),
    where: model.id('where'),
    who: model.id('who'),
    whom: model.id('whom'),
    have1: model.id('have'),
    course: model.id('course'),
    pastParticiple: pastParticiples(model),
  });
}

/** The indefinite pronouns: singular subjects ("everyone was"), and objects too ("let everyone have"). */
const INDEFINITE = 'something nothing anything everything someone anyone everyone somebody anybody nobody everybody';
/** The personal pronouns and the indefinite ones (at a clause's start only: `agreesInstead`), and the verb forms that agree with each, by vocabulary id. */
function agreement(model: ContextModel, ids: (words: string) => Set<number>): Map<number, Set<number>> {
  // "he don't care", "I says" are dialect, speech's own: dialogue and thoughts keep their licence
  // (`VOICE_KINDS`), as does a narrator who tells in a voice (`inVoice`); in narration they are slips.
  const singular = ids("is was has does isn't wasn't doesn't hasn't");
  const plural = ids("are were have do aren't weren't don't haven't");
  const out = new Map<number, Set<number>>();
  for (const p of ['he', 'she', 'it']) out.set(model.id(p), singular);
  for (const p of ['we', 'they', 'you']) out.set(model.id(p), plural);
  out.set(model.id('i'), ids("am was have do wasn't don't haven't"));
  for (const p of INDEFINITE.split(' ')) out.set(model.id(p), singular);
  out.delete(-1);
  return out;
}

/**
 * Whether candidate `c` of word `x` is the form of "be", "have" or "do" that the personal pronoun
 * before it wants and `x` is not ("she are", "they was"). Not after an auxiliary ("did he have"),
 * nor a conjunction ("you and I were"); "were" after a singular pronoun where no "if", "wish",
 * "as though"… stands before in its sentence (`indicativeWere`: "if I were" is right); "you", "it" and
 * the indefinite pronouns ("everyone were" → "was"), objects too ("let everyone have"), only at a clause's start.
 */
function agreesInstead(g: Guards, x: number, c: number, left: Neighbour, left2: Neighbour | undefined, words: Words, at: number): boolean {
  const forms = g.agrees.get(left.id);
  if (forms === undefined || forms.has(x) || !forms.has(c) || !g.agreeing.has(x)) return false;
  const before = left2?.cls ?? 0;
  // "How'd he have", "Why'd she go": a question's auxiliary before its subject, the base after.
  if (AUXILIARY[before] || before === CC || (left2 !== undefined && g.whAuxiliary.has(left2.id))) return false;
  // "you", "it" and the indefinite pronouns are objects too ("let everyone have a turn").
  const pronoun = left.id === g.you || left.id === g.it || g.indefinite.has(left.id);
  if (x === g.were && before !== 0 && (pronoun || !indicativeWere(words, at))) return false;
  return !pronoun || before === 0 || before === CS;
}

/** `agreesInstead` on the pronoun before word `k`, or before an adverb before it ("they often is"). */
export function agreesAcross(g: Guards, around: Neighbours, k: number, x: number, c: number, left: Neighbour, left2: Neighbour | undefined): boolean {
  if (left.cls !== ADV || left2 === undefined) return agreesInstead(g, x, c, left, left2, around.words, k - 1);
  return left2.id > 0 && agreesInstead(g, x, c, left2, around.at(k - 2, k - 3), around.words, k - 2);
}

/** Whether a form of "have" stands within `PERFECT_REACH` words before word `k`, in its sentence. */
export function perfectBefore(around: Neighbours, words: Words, k: number, have: Set<number>): boolean {
  for (let p = k - 1; p >= 0 && p >= k - PERFECT_REACH && !words.is(p + 1, STOPS); p--) if (have.has(around.id(p))) return true;
  return false;
}

const HAVE_CLASS = classIndex('have');
const VB = classIndex('vb');
/** How far back a form of "have" or "be" lets a participle stand for a past ("had already knew"). */
const PARTICIPLE_REACH = 3;

/**
 * Whether a participle may stand for the past at word `k`: a form of "have" or "be" (or a
 * contraction of one) within `PARTICIPLE_REACH` words before it in its sentence ("he has knew",
 * "it was broke"), and no base verb after it, which makes it an auxiliary ("was did finally
 * begin"). "The public at large knew", "he half woke and rolled over": a past.
 */
export function participleWanted(around: Neighbours, words: Words, k: number): boolean {
  for (let p = k + 1; p < words.n && p <= k + 2 && !words.is(p, BROKEN); p++) {
    const cls = around.at(p - 1, p).cls;
    if (cls === VB) return false;
    if (cls !== ADV) break;
  }
  for (let p = k - 1; p >= 0 && p >= k - PARTICIPLE_REACH && !words.is(p + 1, STOPS); p--) {
    const cls = around.at(p + 1, p).cls;
    if (cls === HAVE_CLASS || cls === BE || cls === CONTRACTION) return true;
  }
  return false;
}

/** "did" and "does" before a verb are do-support ("it did logged the error"); "do" may be a verb of its own. */
const DID = /^(?:did|does)$/i;

/**
 * Whether word `k` follows a negated "do" ("didn't", "did not"), or "did" and its subject ("did
 * you"). A bare "do" may have an object its past describes: "they do limited damage".
 */
export function doSupport(words: Words, k: number, left: Neighbour, left2: Neighbour | undefined, negated: boolean): boolean {
  if (left.cls === DO) return words.word(k - 1).endsWith("n't") || DID.test(words.word(k - 1));
  if (left.cls === SUBJECT || negated) return left2 !== undefined && left2.cls === DO;
  return false;
}

/**
 * Whether word `k` follows a personal pronoun and a form of "be" ("I am", "they were") or a
 * contraction of the two ("I'm", "she's"): a state of the person, where a participle is meant
 * ("I am concern"). After other subjects a base or a noun stands there as often ("all he has to
 * do is find", "part of it is worry").
 */
export function afterBe(words: Words, k: number, left: Neighbour): boolean {
  if (left.cls === CONTRACTION) return BE_CONTRACTION.test(words.word(k - 1).toLowerCase());
  return left.cls === BE && k >= 2 && !words.is(k - 1, BROKEN) && PERSONAL.test(words.word(k - 2).toLowerCase());
}

/** Whether a base form may follow a word of this class: an auxiliary ("would", "did", "to") or a personal pronoun. */
export function verbSlot(n: Neighbour): boolean {
  return AUXILIARY[n.cls] === 1 || n.cls === SUBJECT;
}

/**
 * Whether word `k` stands where grammar wants a base form and no noun: after a modal or "do"
 * ("would advice", "did not belief"), or after a personal pronoun as subject ("I belief", "we
 * breath"), an adverb maybe between ("we always breath"). "You" and "it", objects too ("I give
 * you advice"), only at a clause's start or after an auxiliary ("did you"). Not after "to", which is a preposition as often ("to
 * emphasis"): there the neighbours decide, by the kind's margin.
 */
export function baseWanted(g: Guards, around: Neighbours, k: number, left: Neighbour, left2: Neighbour | undefined, negated: boolean): boolean {
  if (negated) return true;
  let slot = left;
  let before = left2;
  if (left.cls === ADV && left2 !== undefined) {
    slot = left2;
    before = left2.id === 0 ? undefined : around.at(k - 2, k - 3);
  }
  if (slot.cls === MODAL || slot.cls === DO) return true;
  // "to always breath": no noun stands between "to" and its adverb; "and never breath a word":
  // "never" opening a clause commands.
  if (slot !== left && (slot.cls === TO || ((slot.cls === 0 || slot.cls === CC) && g.negation.has(left.id)))) return true;
  if (slot.cls !== SUBJECT) return false;
  if (slot.id !== g.you && slot.id !== g.it) return true;
  // "did you", "can it": the subject of a question.
  return before === undefined || before.cls === 0 || before.cls === CS || before.cls === MODAL || before.cls === DO;
}

/**
 * Whether a personal pronoun before word `k` (an adverb maybe between: "she always write") is a
 * subject that the other form of its verb agrees with: "he", "she", "it" for the third person's
 * (`third`), "I", "you", "we", "they" for the base, as does an auxiliary ("would goes", "to
 * pays"). Not after an auxiliary and its subject ("did she write"), a
 * conjunction of subordination ("that he go", the subjunctive), a question's verb ("is he like")
 * or a verb of demand ("insist he rest"); "you" and "it", objects too ("make it work"), only at a
 * sentence's start. In a past-tense paragraph a base after "she" is more often a past that lost its
 * ending: the finding offers the past first (`bothReadings`).
 */
export function agreesWith(g: Guards, around: Neighbours, k: number, third: boolean, left: Neighbour, left2: Neighbour | undefined): boolean {
  let subject = left;
  let before = left2;
  if (left.cls === ADV) {
    if (left2 === undefined || left2.id <= 0) return false;
    subject = left2;
    before = around.at(k - 2, k - 3);
  }
  // "would goes", "to pays", "didn't wants": after an auxiliary, the base; after "to", a noun
  // only before an object ("to catches every exception"; "to checks" may be the noun's).
  if (!third && AUXILIARY[subject.cls]) return subject.cls !== TO || around.at(k, k).cls !== NOUN || OBJECT_START[around.at(k, k + 1).cls] === 1;
  if (subject.cls !== SUBJECT) return false;
  const b = before?.cls ?? 0;
  // "Did she writes", "do you wants": after an auxiliary and its subject, the base.
  if (AUXILIARY[b] && (g.third.has(subject.id) || g.plural.has(subject.id))) return !third;
  const at = subject === left ? k - 2 : k - 3;
  // A subjunctive follows "that" or "lest" ("insisted that he go"); "if she want", "when he come" are slips.
  if (!(third ? g.third : g.plural).has(subject.id) || (b === CS && !(at >= 0 && CONDITIONAL.test(around.words.word(at)))) || b === CC) return false;
  // "What is he like?", "Has she any": a question's subject after its verb.
  if (b === BE || b === HAVE_CLASS) return false;
  if ((subject.id === g.you || subject.id === g.it) && b !== 0) return false;
  // "We fans love it", "you students are": a plural noun beside "we" or "you", before the verb.
  if (
    !third &&
    APPOSED.test(around.words.word(at + 1)) &&
    (FINITE_AFTER[around.at(k, k + 1).cls] === 1 || (around.at(k, k).cls === NOUN && ADJECTIVAL[around.at(k, k + 1).cls] === 1))
  )
    return false;
  // "insisted she return", "suggest he rest": a subjunctive after a verb of demand.
  if (third && b !== 0 && at >= 0 && MANDATIVE.test(around.words.word(at))) return false;
  return true;
}

/** The pronouns a plural noun may stand beside ("we fans", "you people"). */
const APPOSED = /^(?:we|you)$/;
/** A finite verb after the word, which makes it a noun beside its pronoun ("we fans are"). */
const FINITE_AFTER = new Uint8Array(32);
for (const c of ['vb', 'vbz', 'vbd', 'modal', 'be', 'have', 'do'] as const) FINITE_AFTER[classIndex(c)] = 1;
/** What opens a verb's object: "to catches every exception". */
const OBJECT_START = new Uint8Array(32);
for (const c of ['det', 'poss', 'object'] as const) OBJECT_START[classIndex(c)] = 1;
/** Conjunctions of subordination after which no subjunctive stands: the verb agrees ("if she wants", "when he comes"). */
const CONDITIONAL = /^(?:if|when|because|while|since|until|although|though|once|whenever)$/;

/** Verbs of demand, after which a pronoun's verb is a subjunctive's base ("insist he rest"). */
const MANDATIVE = /^(?:insist|suggest|recommend|demand|require|request|propose|urge|advise|ask|order|command|prefer|move)(?:s|es|ed|d|ing)?$/;

const PREP = classIndex('prep');
const ADJ = classIndex('adj');
const NOUN = classIndex('noun');
/** After a noun, these make it a subject: "it's wheels were", "it's benefits are". */
const FINITE = new Uint8Array(32);
for (const c of ['be', 'have', 'vbd', 'vbz', 'modal'] as const) FINITE[classIndex(c)] = 1;
/** What a possessive stands before: a noun, an adjective ("own"), a number. */
const MODIFIED = new Uint8Array(32);
for (const c of ['noun', 'adj', 'number', 'cmp'] as const) MODIFIED[classIndex(c)] = 1;
/** A verb that takes an object: "feel it's presence". */
const VERB = new Uint8Array(32);
for (const c of ['vb', 'vbd', 'vbz'] as const) VERB[classIndex(c)] = 1;
/** Prepositions that also join a clause ("like it's raining", "as it's late"). */
const CLAUSAL = /^(?:like|as|than|but|about)$/i;

/**
 * Whether "it's" at word `k` stands where only the possessive can: after a preposition and before
 * what it modifies ("on it's own", "by it's cover"), or before a noun that a finite verb follows
 * ("it's wheels were", "It's benefits are"), after a verb before a noun that ends the clause
 * ("feel it's presence"), or before an adjective and a noun ("it's crazy rantings"). There grammar decides, and the classifier need only
 * lean to "its".
 */
export function possessiveSlot(words: Words, k: number, left: Neighbour, right: Neighbour, right2: Neighbour | undefined): boolean {
  // After a preposition, before what a possessive modifies ("of it's an ill wind" quotes a clause);
  // an adjective alone there may be a predicate ("for it's late"), but not one a possessive takes ("on it's own").
  if (left.cls === PREP && MODIFIED[right.cls] === 1 && !CLAUSAL.test(words.word(k - 1)) && (right.cls !== ADJ || POSSESSED.test(words.word(k + 1))))
    return true;
  // After a verb, before a noun that ends the clause ("feel it's presence"), and before an
  // adjective and its noun ("like it's various colors"): the object's possessive.
  if (VERB[left.cls] === 1 && right.cls === NOUN && right2?.id === 0) return true;
  if (right.cls === ADJ && right2?.cls === NOUN) return true;
  return right.cls === NOUN && right2 !== undefined && FINITE[right2.cls] === 1;
}

const DET = classIndex('det');
const HAVE = classIndex('have');
const BE_CLASS = classIndex('be');
const VBG = classIndex('vbg');
/** After an adjective, where a sentence goes on as if "you are" came before it: "your safe over there". */
const AFTER_PREDICATE = new Uint8Array(32);
for (const c of ['boundary', 'prep', 'adv', 'cc', 'cs', 'to'] as const) AFTER_PREDICATE[classIndex(c)] = 1;
/** Adjectives a possessive "your" takes with nothing after them: "on your own", "do your best". */
const POSSESSED = /^(?:own|best|worst|first|last|next|only|usual|utmost|fill)$|est$/i;

/**
 * Whether "its" or "your" at word `k` stands where only the contraction can: before a determiner
 * ("its a", "your the best"), a form of "be" or "have" ("its been", "its had"), "not", a verb's
 * -ing form ("its going", "its" only), or an
 * adjective the sentence goes on past as a predicate ("I hope your safe over there", "I think its
 * fine now"), not one a possessive takes alone ("its own", "your best").
 */
export function contractionSlot(g: Guards, words: Words, k: number, x: number, right: Neighbour, right2: Neighbour | undefined): boolean {
  if (x !== g.its && x !== g.your) return false;
  if (right.id === g.not || right.cls === DET || right.cls === HAVE || right.cls === BE_CLASS) return true;
  // Before a verb's -ing form ("its removing the errors"), "its" is "it's".
  if (x === g.its && right.cls === VBG) return true;
  return right.cls === ADJ && AFTER_PREDICATE[right2?.cls ?? 0] === 1 && !POSSESSED.test(words.word(k + 1));
}

/** Whether "to" at word `k` stands alone at a sentence's end after a comma: "She wants ice cream, to." */
export function toAtEnd(g: Guards, words: Words, k: number, x: number): boolean {
  return x === g.to && k > 0 && words.is(k, COMMA) && (k + 1 >= words.n || words.is(k + 1, STOPS));
}

/** A determiner or a possessive, the noun phrase's opening: "a note book", "my key board". */
const DETERMINER = new Uint8Array(32);
for (const c of ['det', 'poss'] as const) DETERMINER[classIndex(c)] = 1;
/** Whether word `k` opens a noun phrase after its determiner, or after a determiner and an adjective ("a new smart phone"). */
export function afterDeterminer(around: Neighbours, k: number): boolean {
  const left = around.at(k, k - 1);
  if (DETERMINER[left.cls] === 1) return true;
  return left.cls === ADJ && left.id !== 0 && DETERMINER[around.at(k - 1, k - 2).cls] === 1;
}

/** Before a noun, the words a noun phrase may hold between its determiner and the noun: "the most unscientific", "a very old". */
const INSIDE_PHRASE = new Uint8Array(32);
for (const c of ['adj', 'adv', 'number', 'cmp'] as const) INSIDE_PHRASE[classIndex(c)] = 1;
/** An adjective's ending, on a word the model does not know: "unscientific", "dangerous" (not "outage", a noun). */
const ADJECTIVE_ENDING = /(?:ic|al|ous|ful|less|ive|able|ible|ish)$/;
const NAME_CLASS = classIndex('name');
/** How many words a noun phrase's modifiers may take before its noun. */
const PHRASE_REACH = 3;

/**
 * Whether word `k` stands where a noun phrase's noun does: after a determiner or a possessive and
 * up to three modifiers (adjectives, adverbs, numbers, unknown words with an adjective's ending: "the most
 * unscientific thing"). A verb never stands there ("thing" is not "think").
 */
export function nounPhraseSlot(around: Neighbours, k: number): boolean {
  for (let p = k - 1; p >= 0 && p >= k - 1 - PHRASE_REACH; p--) {
    const n = around.at(p + 1, p);
    if (DETERMINER[n.cls] === 1) return true;
    if (n.id === 0 || (INSIDE_PHRASE[n.cls] !== 1 && !(n.id < 0 && n.cls !== NAME_CLASS && ADJECTIVE_ENDING.test(around.words.word(p))))) return false;
  }
  return false;
}

/**
 * Whether "who's" at word `k` stands where only "whose" can: before a noun that more words follow
 * ("who's car that is"), or a plural one ("by who's standards"), not "show them who's boss".
 */
function whoseSlot(words: Words, k: number, right: Neighbour): boolean {
  return right.cls === NOUN && ((k + 2 < words.n && !words.is(k + 2, BROKEN)) || /[^su]s$/i.test(words.word(k + 1)));
}

/**
 * Whether "it's" or "who's" at word `k` stands where only the possessive can (`possessiveSlot`,
 * `whoseSlot`), or "were" where only a clause's "where" can (`whereSlot`).
 */
export function ownerSlot(
  g: Guards,
  around: Neighbours,
  words: Words,
  k: number,
  x: number,
  left: Neighbour,
  right: Neighbour,
  right2: Neighbour | undefined,
): boolean {
  if (x === g.were) return whereSlot(around, words, k, left, right, right2);
  return (x === g.itIs && possessiveSlot(words, k, left, right, right2)) || (x === g.whoIs && whoseSlot(words, k, right));
}

/**
 * Whether "were" at word `k`, inside a sentence, opens a clause of its own: before a determiner,
 * a noun and a finite verb ("I found were the book was", "check were the error occurred"), where
 * "were" would give the sentence two verbs.
 */
function whereSlot(around: Neighbours, words: Words, k: number, left: Neighbour, right: Neighbour, right2: Neighbour | undefined): boolean {
  if (left.id === 0 || right.cls !== DET || right2?.cls !== NOUN || k + 3 >= words.n || words.is(k + 3, BROKEN)) return false;
  return FINITE[around.at(k + 2, k + 3).cls] === 1 || around.at(k + 2, k + 3).cls === VBD;
}

/**
 * How much better candidate `c` of word `k` (id `x`) fits than `x` beside the subject before the
 * adverb before it ("she always write": "she writes" against "she write"), the adverb left out:
 * agreement is the subject's, and "always write" is common.
 */
export function besideSubject(
  model: ContextModel,
  around: Neighbours,
  k: number,
  x: number,
  c: number,
  right: Neighbour,
  right2: Neighbour | undefined,
): number {
  const subject = around.at(k - 1, k - 2);
  const before = subject.id === 0 ? undefined : around.at(k - 2, k - 3);
  return model.score(c, subject, right, before, right2) - model.score(x, subject, right, before, right2);
}

/**
 * A verb's past forms, which "off" follows as their particle ("took off", "turned off"); not its
 * base, so often a noun ("each turn of the drapery", "the pull of the current").
 */
const VERB_FORM = new Uint8Array(32);
for (const c of ['vbd', 'vbn'] as const) VERB_FORM[classIndex(c)] = 1;
/**
 * Whether "of" after verb `left` is its particle "off": the training text writes that verb before
 * "off" more often than before "of" ("turned of the light", "took of his hat"; not "thought of",
 * "made of", "heard of"), with more words after it.
 */
function offWanted(model: ContextModel, g: Guards, left: Neighbour, right: Neighbour): boolean {
  if (right.id === 0 || left.id <= 0 || VERB_FORM[left.cls] !== 1) return false;
  return model.pairCount(left.id, g.off) > model.pairCount(left.id, g.of);
}

/**
 * Whether "where" at word `k` is the verb "were" after its subject: a personal pronoun that opens
 * the sentence or a clause ("you where the only one", "and they where late"), with more words
 * after it; not "show you where the key is", where the pronoun is an object.
 */
function whereForWere(left: Neighbour, left2: Neighbour | undefined, right: Neighbour): boolean {
  if (right.id === 0 || left.cls !== SUBJECT) return false;
  return left2 === undefined || left2.id === 0 || left2.cls === CC || left2.cls === CS;
}

const CMP_CLASS = classIndex('cmp');
const VB_CLASS = classIndex('vb');
/** The comparative adverbs, whose usual class is the adverb's: "more robust then his", "rather then wait". */
const COMPARATIVE_WORD = /^(?:more|less|fewer|rather)$/i;
/** Whether word `p` (neighbour `n`) is a comparative: "better", "taller", "more", "rather". */
function comparative(words: Words, p: number, n: Neighbour): boolean {
  return n.cls === CMP_CLASS || (n.id > 0 && COMPARATIVE_WORD.test(words.word(p)));
}
/** A finite verb, which a "then" that opens a clause comes before: "ate more then left", "more then I can go". */
const CLAUSE_VERB = new Uint8Array(32);
for (const c of ['vbd', 'vbz', 'modal'] as const) CLAUSE_VERB[classIndex(c)] = 1;
/** Whether "then" opens a clause of its own there: before a finite verb, or a subject and one. */
function opensClause(right: Neighbour, right2: Neighbour | undefined): boolean {
  return CLAUSE_VERB[right.cls] === 1 || (right.cls === SUBJECT && right2 !== undefined && (CLAUSE_VERB[right2.cls] === 1 || right2.cls === VB_CLASS));
}
/**
 * The word of a set grammar wants at word `k` (vocabulary id `x`), which needs only the
 * classifier's lean: "She wants ice cream, to.": alone after a comma at a sentence's end, "to" is
 * "too"; "more robust then his", "easier said then done": after a comparative, before more words,
 * "then" is "than" (not before "than": "happier then than now"); "why don't they every smile": after a subject, "every" is "ever".
 */
export function wantedWord(
  model: ContextModel,
  g: Guards,
  words: Words,
  k: number,
  x: number,
  left: Neighbour,
  left2: Neighbour | undefined,
  right: Neighbour,
  right2: Neighbour | undefined,
): number | undefined {
  if (toAtEnd(g, words, k, x)) return g.too;
  if (x === g.of && offWanted(model, g, left, right)) return g.off;
  if (x === g.where && whereForWere(left, left2, right)) return g.were;
  if (
    x === g.then &&
    right.id !== 0 &&
    right.id !== g.than &&
    (comparative(words, k - 1, left) || (left2 !== undefined && comparative(words, k - 2, left2))) &&
    !opensClause(right, right2)
  )
    return g.than;
  if (x === g.every && left.cls === SUBJECT) return g.ever;
  return undefined;
}
