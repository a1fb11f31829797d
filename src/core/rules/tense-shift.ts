/**
 * `tense-shift`: narration that slips out of its scene's tense. A scene told in the past ("He
 * closed the window.") that suddenly narrates in the present ("The rain is still falling on the
 * roof.") is one of the slips a beta reader marks most; so is the reverse in a present-tense story
 * ("She walks in. She sat down.").
 *
 * Only narration is read: dialogue, thoughts and emphasis are other voices, and so are whole
 * paragraphs of letters (`Dear Harry,` … `Love, Ginny`), a screenplay's stage directions in
 * brackets (`[Katie pats him affectionately.]`, present tense by custom) and its speech lines
 * (`Bashir: …`, `+++: …`), song lyrics and poems (short lines,
 * `~…~`), dialogue set off by dashes, speech that runs on (its quotes do not pair) and
 * flashbacks (a present-tense story tells its past in the past). A narration sentence has a tense
 * only by its finite verbs, and only where they are plain:
 *
 * - present: `is`/`are`/`am`/`has`/`does` after a pronoun (`she is tired`), a progressive after any
 *   subject (`The rain is still falling`), a verb in `-s` after `he`/`she` or a name (`He walks`,
 *   `Kagome falls`), an irregular base after `I`/`we`/`they` (`I go`);
 * - past: `was`/`were`/`had`/`did`, and after a pronoun or a name an irregular past (`he fell`)
 *   or a verb in `-ed` (`she walked`); a past spelt as its base (`she put`, `Discord let`) only
 *   against another verb of its sentence (it votes for no tense).
 *
 * A sentence with both tenses is left alone (`She knew that he is…`), and so are the sentences
 * that present tense is right in, even inside past narration: general truths (`The well is a
 * day's walk from the village.`: a copula after a noun, `there is`, `which is`), questions and
 * exclamations (unmarked thought), sentences that talk to someone (`you`), that report what
 * someone thinks or says (`She knew the well is far.`), and, in a first-person story, the narrator
 * speaking from the present (`I still remember that day.`). A paragraph that already speaks in
 * the present by verbs accepted as such (two of them: a truth's copula, `it's`, a modal, a
 * sentence to `you`) is a passage of truths, an address or a monologue, and its other present
 * sentences are left alone too (`All he does is to bullshit with his squad`), unless they name a
 * past time (`Yesterday she walks home.`).
 *
 * The margin: a scene is in one tense when at least 8 of its narration sentences are in it and the
 * other tense has at most one sentence in ten (90 %). Then each sentence in the other tense is
 * reported, unless there are more than 3 of them and more than 5 % (a deliberate frame, a letter
 * read aloud): at most a few slips in a clear scene. The reverse slip (past in a present-tense
 * scene) needs an action verb (`she sat`, `he walked`), not `was`/`had` (a present-tense story
 * tells its backstory with them), and no time word (`ago`, `yesterday`, `before`, `once`…).
 * The fix is the verb in the scene's tense when it is unambiguous: `is` → `was`, `falls` → `fell`
 * (from the irregular-verb table), `walks` → `walked`; `sat` → `sits` after `she`.
 *
 * The rule reads the model only, scene by scene, as a pure function of each scene's paragraphs.
 */

import {
  BACKSTORY,
  BEFORE_VERB,
  CLAUSE_OPENERS,
  FIRST,
  MODALS,
  NARRATOR_NOW,
  NOT_BASE,
  NOT_NAMES,
  NOT_PAST_ED,
  NOT_TOLD,
  NOT_VERBS_S,
  PAST_AUX,
  PAST_TIME,
  PLURAL_SUBJECTS,
  POSSESSIVES,
  PRESENT_AUX,
  PRESENT_OTHER,
  PRONOUN_SUBJECTS,
  REPORTING,
  SECOND,
  THIRD_SUBJECTS,
  THOUGHT_TAG,
} from '../data/tense-words';
import type { DocumentModel, Paragraph, Scene } from '../model/document';
import { narrationUnits } from '../model/narration';
import type { Token } from '../model/paragraph';
import { IntColumn } from '../model/vocab';
import { irregular, toPast, toPresent } from './tense-forms';
import { closingFrame, openingFrame } from './tense-frames';
import { addConjuncts, mixedSlips } from './tense-mixed';
import type { RawFinding, SceneRule } from './types';

export { toPast, toPresent } from './tense-forms';

type Tense = 'past' | 'present';

// What a word is to the rule, as bits of one lookup (every keystroke reads every scene's words).
const F_FIRST = 1;
const F_THIRD = 2;
/** Present tense is right in a sentence with it: `you`, `knew`, `can`, `if`. */
const F_PRESENT_OK = 4;
const F_BACKSTORY = 8;
const F_PAST_AUX = 16;
const F_PRESENT_AUX = 32;
/** An irregular past (`fell`) or base (`fall`). */
const F_IRREGULAR = 64;
/** A present contraction or modal: `it's`, `they're`, `can`. */
const F_PRESENT_OTHER = 128;
let lexicon: Map<string, number> | undefined;

function flags(): Map<string, number> {
  if (lexicon) return lexicon;
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | flag);
  };
  const v = irregular();
  add(FIRST, F_FIRST);
  add(THIRD_SUBJECTS, F_THIRD);
  add([...SECOND, ...REPORTING, ...NOT_TOLD], F_PRESENT_OK);
  add(BACKSTORY, F_BACKSTORY);
  add(PAST_AUX, F_PAST_AUX);
  add(PRESENT_AUX.keys(), F_PRESENT_AUX);
  add([...v.baseOf.keys(), ...v.pastOf.keys(), ...v.sameAsBase], F_IRREGULAR);
  add(PRESENT_OTHER, F_PRESENT_OTHER);
  lexicon = map;
  return map;
}

/** `flags()` by the vocabulary id of a word (`model/vocab.ts`): read for every word of every sentence. */
let flagColumn: IntColumn | undefined;

/** The flags of a token's word. */
function flagsOf(t: Token): number {
  flagColumn ??= new IntColumn((w) => flags().get(w) ?? 0);
  return flagColumn.get(t.lex, t.lower);
}

/** A paragraph that opens a stage direction: `[` then a capital (`[Katie pats him.]`), not `[1]` or `[sic]`. */
const STAGE_OPEN = /^\s*\[\p{Lu}/u;
/**
 * A screenplay's speech line under a label of symbols (`+++: Baraq is now doing…`, a speaker left
 * unnamed): speech, as a named speaker's line (`Bashir: They're mercenaries.`) is after its colon.
 */
const SYMBOL_SPEAKER = /^\s*[+=#>%&@^|*~]{1,6}\s*:\s/u;
const LETTER_OPEN = /^\s*(?:(?:my\s+)?(?:dear|dearest|darling)\s+[\p{L}][\p{L}'’.\- ]{0,40}[,:!]|to\s+whom\s+it\s+may\s+concern)/iu;
const LETTER_CLOSE =
  /^\s*(?:love|yours(?:\s+(?:truly|sincerely|faithfully|ever))?|sincerely|regards|best wishes|with love|your friend|cheers|xoxo)\b[^.!?]{0,40}$/i;

/** A verb that gives a sentence its tense, and what the verb would be in the other tense. */
export interface Marker {
  token: Token;
  /** Its token's index in the paragraph. */
  index?: number;
  /** A verb coordinated with an earlier one of the same subject (`He turned and walks`): no subject of its own. */
  conjunct?: boolean;
  /** A conjunct's head verb's token index: its clause is the head's. */
  head?: number;
  tense: Tense;
  /**
   * A past spelt as its base (`put`, `let`): it tells the tense of its own clause against another
   * verb of the sentence (`Discord put the book back, and taps his chin`), but does not vote for
   * its sentence's tense (a writer's present-tense `let` without its `-s` is as likely).
   */
  weak?: boolean;
  /** Whether it is an action verb (not `was`, `had`): only those make a slip into the past. */
  action: boolean;
  subject?: string;
}

/** A narration sentence of a paragraph: its tokens and its tense markers. */
export interface Sentence {
  paragraph: Paragraph;
  from: number;
  to: number;
  markers: Marker[];
  /** Present tense is right in it whatever the scene (a question, a truth, a report). */
  presentOk: boolean;
  /** Past tense is right in it whatever the scene (a time word: `ago`, `before`). */
  pastOk: boolean;
  /**
   * Present-tense verbs in it that the rule accepts as such: a copula of a truth (`there is`,
   * `which is`, `The well is`), a present contraction (`it's`, `they're`), a present modal (`can`).
   */
  accepted: number;
  /** It names a past time (`yesterday`, `ago`): present tense in it is a slip whatever surrounds it. */
  pastTime: boolean;
}

/** What a scene's narration says of its tense. Exported for the quality script and the tests. */
export interface SceneTense {
  scene: Scene;
  tense: Tense | 'unknown';
  past: number;
  present: number;
  findings: RawFinding[];
}

export const tenseShift: SceneRule = {
  id: 'tense-shift',
  description:
    'Narration that slips from the past into the present tense (or back) inside a scene told clearly in one tense: `He closed the window. The rain is still falling.`',
  defaultSeverity: 'warning',
  scope: 'scene',
  // The scene's names and person decide how each sentence reads: the scene is the unit, and the
  // runner keeps its findings while the scene is unchanged.
  check(scene, model) {
    return readSceneTense(model, scene).findings;
  },
};

/** Reads one scene: its tense and the narration sentences that slip out of it. */
export function readSceneTense(model: DocumentModel, scene: Scene): SceneTense {
  const sentences: Sentence[] = [];
  let letterLeft = 0;
  // A screenplay's stage direction in brackets (`[She takes out the pen.]`), told in the present
  // whatever the scene, from the paragraph that opens it to the one that closes it (a few at most).
  let direction = 0;
  const scope = scopeOf(model, scene);
  for (const index of scene.paragraphs) {
    const paragraph = model.paragraphs[index];
    if (paragraph.kind !== 'prose') continue;
    const { text } = paragraph;
    if (direction > 0 || STAGE_OPEN.test(text)) {
      direction = text.includes(']') ? 0 : direction > 0 ? direction - 1 : 5;
      continue;
    }
    if (SYMBOL_SPEAKER.test(text)) continue;
    // A letter runs from its greeting to its sign-off, or for a few paragraphs.
    if (LETTER_OPEN.test(text)) letterLeft = 10;
    if (letterLeft > 0) {
      letterLeft = text.split(/\r?\n|\r/).some((line) => LETTER_CLOSE.test(line)) ? 0 : letterLeft - 1;
      continue;
    }
    if (isVoice(paragraph) || inFlashback(model, paragraph)) continue;
    sentences.push(...sentencesOf(paragraph, scope));
  }
  const { firstPerson } = scope;
  const tenseOf = (s: Sentence): Tense | undefined => {
    let past = false;
    let present = false;
    for (const m of s.markers) {
      if (m.weak) continue;
      if (m.tense === 'past') past = true;
      else present = true;
    }
    return past === present ? undefined : past ? 'past' : 'present';
  };
  // A present-tense opening frame (`openingFrame`) neither votes nor slips, if the rest is past;
  // nor does a closing one after it (`closingFrame`): a memory told inside a present-tense scene.
  const frame = openingFrame(sentences, tenseOf);
  const close = frame > 0 ? closingFrame(sentences, tenseOf) : Infinity;
  let votes = tally(sentences, frame, close, tenseOf, firstPerson);
  if (frame > 0 && votes.tense !== 'past') votes = tally(sentences, 0, Infinity, tenseOf, firstPerson);
  const { past, present, told, tense, major, minor } = votes;
  const findings: RawFinding[] = [];
  if (tense !== 'unknown' && minor > 0 && (minor <= 3 || minor * 20 <= major + minor)) {
    const accepted = tense === 'past' ? acceptedPresent(sentences, firstPerson) : undefined;
    for (const { s, tense: t } of told) {
      if (t === tense) continue;
      // A paragraph that already speaks in the present, by verbs accepted as such (`All he does
      // is…`, `the person who has them is not…`, `The artist looks at an ankle… and he sees`):
      // a passage of truths, an address or a monologue, not a slip; `Yesterday she walks` still is.
      if (accepted && !s.pastTime && passage(s, accepted)) continue;
      // Into the past only by an action: a present-tense story tells its backstory with `was`, `had`.
      if (t === 'past' && !s.markers.some((m) => m.action)) continue;
      findings.push(slip(s, tense));
    }
  }
  findings.push(...mixedSlips(sentences, tenseOf, votes));
  return { scene, tense, past, present, findings };
}

/**
 * The scene's votes, from the paragraphs at `from` on to those at `to`: past and present sentences (the larger and
 * the smaller count), the ones that may be reported, and the tense they make (at least 8 in one
 * tense, the other at most one in ten).
 */
function tally(sentences: readonly Sentence[], from: number, to: number, tenseOf: (s: Sentence) => Tense | undefined, firstPerson: boolean) {
  let past = 0;
  let present = 0;
  const told: Array<{ s: Sentence; tense: Tense }> = [];
  for (const s of sentences) {
    const tense = s.paragraph.start < from || s.paragraph.start >= to ? undefined : tenseOf(s);
    if (!tense) continue;
    // Present tense that is right either way (a truth, a thought) counts for neither side; past
    // backstory (`years ago`) counts for the past but is never reported.
    if (tense === 'present' && (s.presentOk || (firstPerson && narratorNow(s)))) continue;
    if (!(tense === 'past' && s.pastOk)) told.push({ s, tense });
    if (tense === 'past') past++;
    else present++;
  }
  const major = Math.max(past, present);
  const minor = Math.min(past, present);
  const tense: Tense | 'unknown' = major >= 8 && minor * 9 <= major ? (past >= present ? 'past' : 'present') : 'unknown';
  return { past, present, told, tense, major, minor };
}

/** Subjects of a copula that states a truth or describes: `there is`, `which is`. */
const TRUTH_SUBJECTS = new Set(['there', 'which', 'who', 'that', 'what']);

/** Present verbs accepted as such that make a paragraph a present-tense passage. */
const PASSAGE = 2;

/**
 * Per paragraph and per sentence, its present-tense verbs that are right as they stand: copulas of truths,
 * contractions and modals (`Sentence.accepted`), and the present verbs of sentences in which
 * present tense is right (they talk to `you`, ask, report; a first-person narrator's now).
 */
function acceptedPresent(sentences: readonly Sentence[], firstPerson: boolean): Map<Sentence | Paragraph, number> {
  const counts = new Map<Sentence | Paragraph, number>();
  for (const s of sentences) {
    let n = s.accepted;
    if (s.presentOk || (firstPerson && narratorNow(s))) for (const m of s.markers) if (m.tense === 'present') n++;
    if (n > 0) counts.set(s.paragraph, (counts.get(s.paragraph) ?? 0) + n);
    if (n > 0) counts.set(s, n);
  }
  return counts;
}

/**
 * Whether a present-tense sentence of past narration lies in a present-tense passage: its
 * paragraph's other sentences hold verbs accepted as present, or the sentence itself holds more
 * of them than verbs in the present of its own (`the person who has them is not quite the party he
 * believes himself to be`), a truth it states; a slip that also writes `which is` does not.
 */
function passage(s: Sentence, accepted: ReadonlyMap<Sentence | Paragraph, number>): boolean {
  const own = accepted.get(s) ?? 0;
  let present = 0;
  for (const m of s.markers) if (m.tense === 'present') present++;
  return (accepted.get(s.paragraph) ?? 0) - own + Math.max(0, own - present) >= PASSAGE;
}

/** What the whole scene tells about each of its sentences. */
interface SceneScope {
  /** Words it capitalizes inside a sentence of narration and never writes in lowercase. */
  names: ReadonlySet<string>;
  /** Its narration says `I` more often than `he` and `she`. */
  firstPerson: boolean;
}

function scopeOf(model: DocumentModel, scene: Scene): SceneScope {
  const names = new Set<string>();
  let first = 0;
  let third = 0;
  const prose: Paragraph[] = [];
  for (const index of scene.paragraphs) {
    const p = model.paragraphs[index];
    if (p.kind === 'prose') prose.push(p);
  }
  for (const p of prose) {
    for (const t of p.analysis.tokens) {
      if (t.region !== 'narration') continue;
      // i, me, my…, he, she: a look-up only for words that start like them.
      const c = t.lower.charCodeAt(0);
      const f = c === 105 || c === 109 || c === 104 || c === 115 ? flagsOf(t) : 0;
      // Counted by adding 0 or 1 at every word, not `++` on a branch: a scene whose first pages
      // have no "I" in their narration had V8 optimize the loop without that branch, then throw it away.
      const firstPerson = (f & F_FIRST) !== 0;
      const thirdPerson = !firstPerson && (f & F_THIRD) !== 0;
      first += firstPerson ? 1 : 0;
      third += thirdPerson ? 1 : 0;
      if (!firstPerson && !thirdPerson && !t.sentenceStart && t.text !== t.lower && /^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAMES.has(t.lower))
        names.add(t.lower);
    }
  }
  // …and never in lowercase ("Brown eyes", "the brown dog").
  if (names.size > 0) for (const p of prose) for (const t of p.analysis.tokens) if (t.text === t.lower && names.has(t.lower)) names.delete(t.lower);
  return { names, firstPerson: first > third };
}

/** Reads every scene of a model. */
export function readTenses(model: DocumentModel): SceneTense[] {
  return model.scenes.map((scene) => readSceneTense(model, scene));
}

/** Whether the paragraph lies in a flashback, which a story tells in a tense of its own. */
function inFlashback(model: DocumentModel, p: Paragraph): boolean {
  for (const f of model.flashbacks) if (f.start <= p.start && f.end >= p.end) return true;
  return false;
}

/** Paragraphs in nobody's narrating voice: verse, dash-led dialogue, speech that runs on. */
function isVoice(paragraph: Paragraph): boolean {
  if (paragraph.analysis.marks.straightDoubleQuotes % 2 === 1) return true;
  const t = paragraph.text.trim();
  if (/^~[^~]+~$/.test(t) || /^(?:--|—|–)/.test(t)) return true;
  if (!/[\r\n]/.test(t)) return false;
  const lines = t.split(/\r?\n|\r/);
  return lines.length >= 2 && lines.every((l) => l.trim().length <= 60);
}

/**
 * The narration sentences of a paragraph, each with its tense markers. After a colon, and from a
 * sentence that tags a thought on (`He thought: I am a Jew from Bavaria.`, `she told herself. Just
 * so darned sure of himself`), present tense is someone's thought.
 */
function sentencesOf(paragraph: Paragraph, scope: SceneScope): Sentence[] {
  const { tokens } = paragraph.analysis;
  const { text } = paragraph;
  const tagged = THOUGHT_TAG.test(text);
  let thinks = false;
  return narrationUnits(paragraph.analysis).map(({ from, to }) => {
    const s: Sentence = { paragraph, from, to, markers: [], presentOk: false, pastOk: false, accepted: 0, pastTime: false };
    const end = to < tokens.length ? tokens[to].start : text.length;
    // From the sentence that tags a thought on: "He was going to make it, he told himself."
    if (tagged && !thinks) thinks = THOUGHT_TAG.test(text.slice(tokens[from].start, end));
    finish(text, tokens, s, scope, thinks);
    if (text.slice(tokens[to - 1].end, end).includes(':')) thinks = true;
    return s;
  });
}

/** Finds a sentence's tense markers and whether either tense is right in it whatever the scene. */
function finish(text: string, tokens: readonly Token[], s: Sentence, scope: SceneScope, after: boolean): void {
  const { firstPerson } = scope;
  const end = s.to < tokens.length ? tokens[s.to].start : text.length;
  const tail = text.slice(tokens[s.to - 1].end, end);
  // A question or an exclamation is thought or speech set free of its quotes.
  let presentOk = after || /[?!]/.test(tail) || /["“”]/.test(tail.slice(0, 2));
  let pastOk = false;
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i];
    const w = t.lower;
    const f = flagsOf(t);
    if (f & F_PRESENT_OK) presentOk = true;
    // "I" in a third-person scene is someone's thought: "I hate this, he thought."
    if (!firstPerson && f & F_FIRST) presentOk = true;
    if (f & F_BACKSTORY) pastOk = true;
    // Written at every word, and the word before read at every word: a rare branch first taken
    // late in a chapter ("ago", a present contraction, a first-person scene) made V8 throw the
    // optimized loop away and compile it again, twice a cold check.
    s.pastTime = s.pastTime || PAST_TIME.has(w);
    s.accepted += (f & F_PRESENT_OTHER) !== 0 ? 1 : 0;
    const afterI = i > s.from && (tokens[i - 1].lower === 'i' || (i > s.from + 1 && tokens[i - 2].lower === 'i'));
    // Most words can be no finite verb: only these are looked at more closely.
    const last = w.charCodeAt(w.length - 1);
    if (last !== 115 /* s */ && last !== 100 /* d */ && !(f & (F_PAST_AUX | F_PRESENT_AUX | F_IRREGULAR)) && !(firstPerson && afterI)) continue;
    markerAt(text, tokens, s, scope, i, f);
  }
  s.presentOk = presentOk;
  s.pastOk = pastOk;
  addConjuncts(text, tokens, s);
}

/**
 * The tense marker the word at `i` (lowercase `w`, flags `f`) makes in its sentence, if any: what
 * `finish` asks of the few words that may be finite verbs. Apart from `finish`'s loop, whose every
 * word reads it, so that the rare paths V8 first meets after optimizing recompile this alone.
 */
function markerAt(text: string, tokens: readonly Token[], s: Sentence, scope: SceneScope, i: number, f: number): void {
  const { names, firstPerson } = scope;
  const v = irregular();
  const t = tokens[i];
  const w = t.lower;
  // The subject before the verb, an adverb between them skipped: "she still walks".
  let k = i - 1;
  if (k >= s.from && (BEFORE_VERB.has(tokens[k].lower) || tokens[k].lower.endsWith('ly'))) k--;
  const subject = k >= s.from ? tokens[k] : undefined;
  const sw = subject?.lower;
  // A pronoun, or a name: a capitalized word the scene also writes in the middle of a sentence,
  // and never in lowercase (`Kagome` is; `Poverty` in "Poverty imposes a kind of chastity" and
  // `Brown` in "Brown eyes, eyebrow mustache" are not). Only these are looked at further.
  const candidate = sw !== undefined && (PRONOUN_SUBJECTS.has(sw) || names.has(sw));
  let named = false;
  let person = false;
  if (candidate) {
    // …written next to its verb (`Hague, eyes of a dead man` is no subject and verb), no possessive.
    const joined = /^[ \t]+$/.test(text.slice(subject!.end, tokens[k + 1].start)) && /^[ \t]+$/.test(text.slice(tokens[i - 1].end, t.start));
    // A person's name stands alone or after another name (`Jefferson Lawrence is`): `The Harbor is`,
    // `Bryn Mawr Drive is`, `the Command offices` name places, of which the present tells truths.
    // A subject opens its clause: `the western Virginia hills`, `Sixty thousand Jewish
    // prisoners` and `Paxton aides` are nouns a name qualifies.
    const opens = (j: number) => j < s.from || CLAUSE_OPENERS.has(tokens[j].lower) || /[,;:—–(]/.test(text.slice(tokens[j].end, tokens[j + 1].start));
    const before = k - 1 >= s.from ? tokens[k - 1] : undefined;
    const alone = !before || opens(k - 1) || (names.has(before.lower) && /^\p{Lu}/u.test(before.text) && opens(k - 2));
    named = joined && alone && names.has(sw!) && /^\p{Lu}/u.test(subject!.text) && !/['’]/.test(subject!.text);
    person = joined && (PRONOUN_SUBJECTS.has(sw!) || named);
  }

  if (f & F_PAST_AUX) {
    // "as if she were", "I wish he were": a mood, not a tense.
    if (w === 'were' && (sw === 'if' || sw === 'wish' || sw === 'though')) return;
    s.markers.push({ token: t, index: i, tense: 'past', action: false, subject: sw });
    return;
  }
  if (f & F_PRESENT_AUX) {
    const next = tokens[i + 1]?.lower ?? '';
    const after2 = i + 2 < s.to ? tokens[i + 2].lower : '';
    const progressive = /ing$/.test(next) || (BEFORE_VERB.has(next) && /ing$/.test(after2));
    // "there is", "which is", "the well is a day's walk away": a truth, or a description.
    const truth = sw !== undefined && (TRUTH_SUBJECTS.has(sw) || PRESENT_AUX.has(sw) || PAST_AUX.has(sw));
    if (!truth && (person || (progressive && sw !== undefined) || possessed(tokens, s.from, i))) {
      s.markers.push({ token: t, index: i, tense: 'present', action: false, subject: sw });
    } else s.accepted++;
    return;
  }
  if (!person || !subject) return;
  if (THIRD_SUBJECTS.has(sw!) || named) {
    // "He walks", "Kagome falls".
    if (
      w.length > 3 &&
      /[^s']s$/.test(w) &&
      !/(?:us|is)$/.test(w) &&
      !NOT_VERBS_S.has(w) &&
      /^\p{Ll}+$/u.test(t.text) &&
      (!named || verbAfterName(text, tokens, i, s.to))
    ) {
      s.markers.push({ token: t, index: i, tense: 'present', action: true, subject: sw });
      return;
    }
    // "Discord put the book back": after a third person, a past spelt as its base is a past.
    if (v.sameAsBase.has(w) && t.text === w) {
      s.markers.push({ token: t, index: i, tense: 'past', action: true, subject: sw, weak: true });
      return;
    }
  }
  // "No sooner would I turn": a modal before "I" carries the tense; "I once more": no verb.
  const modal = k - 1 >= s.from && MODALS.has(tokens[k - 1].lower);
  const plainVerb =
    firstPerson &&
    sw === 'i' &&
    k === i - 1 &&
    !modal &&
    !(f & F_BACKSTORY) &&
    t.text === w &&
    /^\p{Ll}{2,}$/u.test(w) &&
    !NOT_BASE.has(w) &&
    !w.endsWith('ed') &&
    !w.endsWith('ly') &&
    !v.pasts.has(w);
  if (plainVerb || (PLURAL_SUBJECTS.has(sw!) && v.pastOf.has(w) && !v.pasts.has(w) && t.text === w)) {
    // "I go", "they come": an irregular base after a plural or first-person subject; in a
    // first-person story any plain word after "I" ("I walk to the well").
    s.markers.push({ token: t, index: i, tense: 'present', action: true, subject: sw });
    return;
  }
  if (t.text !== w) return;
  if (v.baseOf.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w))) {
    s.markers.push({ token: t, index: i, tense: 'past', action: true, subject: sw });
  }
}

/**
 * Whether the subject before a copula is something of a character's: `Her name is Mollie.`, `His
 * first desire is to…`, `My quarry is in the apartment.` A noun after `the` may be a truth about
 * the world (`The well is a day's walk away.`) and is left alone.
 */
function possessed(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = i - 2; k >= from && k >= i - 3; k--) if (POSSESSIVES.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Whether a word in `-s` after a name is its verb (`Kagome falls into the well`) rather than a
 * noun the name qualifies (`Union soldiers grounded arms`, `Siamese cats are`, `Persian rugs.`):
 * a verb has words after it in the sentence, and the next one is no verb itself.
 */
function verbAfterName(text: string, tokens: readonly Token[], i: number, to: number): boolean {
  // `Then Killpath smiles.`, but `Persian rugs.`: a nationality qualifies a noun.
  if (i + 1 >= to) return !/(?:an|ese|ish|ic)$/.test(tokens[i - 1].lower);
  const next = tokens[i + 1].lower;
  // `Kirito answers, but Sachi…`: a comma, then a conjunction.
  if (!/^[ \t]+$/.test(text.slice(tokens[i].end, tokens[i + 1].start)))
    return (
      /^, $/.test(text.slice(tokens[i].end, tokens[i + 1].start)) &&
      (next === 'but' || next === 'and' || next === 'then') &&
      !/(?:an|ese|ish|ic)$/.test(tokens[i - 1].lower)
    );
  const v = irregular();
  // `Union soldiers grounded arms`, `Siamese cats go`.
  if (PRESENT_AUX.has(next) || PAST_AUX.has(next) || v.baseOf.has(next) || v.pastOf.has(next)) return false;
  return !(next.length > 4 && next.endsWith('ed'));
}

/** A first-person narrator speaking from the present: `I still remember the day.` */
function narratorNow(s: Sentence): boolean {
  const tokens = s.paragraph.analysis.tokens;
  let i = false;
  let now = false;
  for (let k = s.from; k < s.to; k++) {
    if (FIRST.has(tokens[k].lower)) i = true;
    if (NARRATOR_NOW.has(tokens[k].lower)) now = true;
  }
  return i && now;
}

/** The finding for a sentence in the other tense: at its first verb in that tense. */
function slip(s: Sentence, tense: Tense): RawFinding {
  const other: Tense = tense === 'past' ? 'present' : 'past';
  const marker = s.markers.find((m) => m.tense === other)!;
  const at = s.paragraph.start;
  const word = marker.token.text;
  const fix = tense === 'past' ? toPast(marker) : toPresent(marker);
  const message = fix
    ? `\`${word}\` is ${other} tense in a scene told in the ${tense}; did you mean \`${fix}\`?`
    : `\`${word}\` is ${other} tense in a scene told in the ${tense}.`;
  return {
    start: at + marker.token.start,
    end: at + marker.token.end,
    message,
    suggestions: fix ? [fix] : [],
    data: { tense: other, expected: tense },
  };
}
