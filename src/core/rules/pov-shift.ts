/**
 * `pov-shift`: narration that slips out of its scene's person. A scene told in the third person
 * ("Harry sat down. He …") that suddenly narrates in the first ("I grabbed a piece of toast.") is
 * the classic mid-scene point-of-view mistake; a switch at a scene break or POV header is intended,
 * so every scene is judged on its own.
 *
 * The scene's person comes from the pronouns of its narration only: dialogue, thoughts, emphasis
 * and notes are other voices. The rule is built to stay silent on consistent published fiction,
 * because in real prose first-person words turn up in third-person narration all the time:
 *
 * - unmarked direct thought and speech, archives having stripped the italics: `What am I doing
 *   here? Harry wondered.`, `I hate Warsaw, he said to himself.` Thought is told in the present
 *   tense or asked or exclaimed, narration in the past, so only past-tense first-person narration
 *   is a slip (`I grabbed`, `my stomach was`); a paragraph that holds any present-tense,
 *   questioning or exclaiming first-person sentence is read as thought throughout.
 * - a sentence tagged with someone else's speech or thought is unmarked speech or thought:
 *   `I'll be there, he said.`, `Leave me alone, Gun thought.`; so is a paragraph that tags a
 *   thought anywhere (`He was thinking, big deal: no better off than when I started.`), and a
 *   sentence that talks to someone (`So you thought I didn't mean it.`).
 * - letters embedded in the story (`Dear Harry,` … `Love, Ginny`), song lyrics and poems
 *   (short lines, `~I will always love you~`), dialogue set off by dashes (`--Fetch me the
 *   copies.`), and paragraphs whose quotes do not pair (speech that runs on).
 *
 * Even then a first-person narrator talks about other people in the third person, so a scene is
 * first-person when 40 % of its person-bearing narration sentences are first-person, or when five
 * or more of them narrate in the first person (past tense, nobody's voice) and make up 15 % of
 * the narration sentences with a person; it is third-person when first-person sentences are at
 * most a third; in between it is undecided and never reported. In a third-person scene only a few slips
 * are reported (at most three, or a quarter of its third-person sentences), and only after the
 * scene has told three third-person sentences: a narrator may describe others before "I" appears.
 * On the Brown fiction files this reads all 16 first-person excerpts as first-person, the other
 * 72 as third-person, and reports nothing.
 *
 * The other direction (a first-person scene slipping into the third person) is only flagged when
 * the scene's POV header names the narrator and a narration sentence gives that name a mind of
 * its own: `**Hermione's POV**` … `I sat down.` … `Hermione felt her heart race.` Without a named
 * narrator, "he remembered" in a first-person scene is far more often about someone else.
 */

import { isSpeechVerb } from '../data/speech-verbs';
import type { DocumentModel, Paragraph, Scene } from '../model/document';
import { narrationUnits } from '../model/narration';
import type { Region, Token } from '../model/paragraph';
import { IntColumn } from '../model/vocab';
import type { RawFinding, SceneRule } from './types';

const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i'd", "i'll", "i've"]);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves', "we're", "we'd", "we'll", "we've"]);
const THIRD = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

// Words that put a sentence in the present or the future: thought and speech, not narration.
// "I hate this", "this is wrong", "I'll kill him", "Why can't I…".
const PRESENT = new Set([
  'am',
  'is',
  'are',
  "isn't",
  "aren't",
  "i'm",
  "we're",
  "you're",
  "they're",
  "don't",
  "doesn't",
  'do',
  'does',
  "won't",
  'will',
  "i'll",
  "we'll",
  "you'll",
  'shall',
  "can't",
  'can',
  'cannot',
  'has',
  "hasn't",
  'must',
  'gonna',
  'wanna',
  "i've",
  "we've",
  "let's",
  'let',
  'please',
]);
const PAST_IRREGULAR = new Set([
  'was',
  'were',
  'had',
  'did',
  'felt',
  'saw',
  'knew',
  'thought',
  'went',
  'came',
  'took',
  'got',
  'made',
  'said',
  'told',
  'found',
  'gave',
  'left',
  'ran',
  'sat',
  'stood',
  'held',
  'kept',
  'began',
  'brought',
  'bought',
  'caught',
  'fell',
  'heard',
  'lay',
  'led',
  'lost',
  'meant',
  'met',
  'paid',
  'put',
  'read',
  'rose',
  'sent',
  'set',
  'shook',
  'shut',
  'slept',
  'spoke',
  'spent',
  'stole',
  'struck',
  'swam',
  'swung',
  'taught',
  'threw',
  'understood',
  'woke',
  'wore',
  'won',
  'wrote',
  'ate',
  'drank',
  'drove',
  'flew',
  'forgot',
  'froze',
  'grew',
  'hid',
  'hit',
  'hurt',
  'let',
  'lit',
  'rode',
  'rang',
  'sang',
  'sank',
  'shot',
  'slid',
  'sprang',
  'stuck',
  'stung',
  'swore',
  'tore',
  'wept',
  'wound',
  'bit',
  'blew',
  'broke',
  'built',
  'burnt',
  'chose',
  'clung',
  'crept',
  'dealt',
  'dove',
  'drew',
  'dug',
  'fed',
  'fled',
  'flung',
  'forgave',
  'hung',
  'knelt',
  'leapt',
  'lent',
  'shone',
  'sought',
  'spun',
  'strode',
  'wrung',
  'became',
  'awoke',
  'beat',
  'bent',
  'bled',
  'bore',
  'bound',
  'fought',
  'ground',
  'overheard',
]);
// Verbs of the mind: "Hermione felt", "Hermione wondered". Only the narrator's own mind is told
// this way in a first-person scene.
const MIND_VERBS = new Set([
  'felt',
  'thought',
  'wondered',
  'realized',
  'realised',
  'knew',
  'remembered',
  'decided',
  'hoped',
  'wished',
  'feared',
  'worried',
  'longed',
  'panicked',
  'mused',
  'sensed',
  'noticed',
  'understood',
  'believed',
  'regretted',
]);
const MIND_NOUNS = new Set(['heart', 'mind', 'thoughts', 'stomach', 'chest', 'pulse', 'breath', 'head', 'eyes', 'cheeks', 'face']);
// "Oh my", "my God": exclamations, not the narrator's possessions.
const EXCLAMATION_AFTER_MY = new Set(['god', 'gosh', 'goodness', 'lord', 'word', 'dear', 'heavens', 'stars']);
const THOUGHT_VERBS = new Set(['thought', 'thinks', 'thinking', 'wondered', 'wonders', 'wondering', 'mused', 'reflected', 'prayed', 'reasoned']);
// "I wouldn't have to tell them" is a conditional thought; "I couldn't move" is narration.
const PAST_NEGATIVE = new Set(["didn't", "wasn't", "weren't", "hadn't", "couldn't"]);
// Second person in narration is someone talking to someone: "So you thought I didn't mean it."
const SECOND = new Set(['you', 'your', "you're", "you'd", "you'll", "you've", 'yourself']);
const NOT_PAST_ED = new Set(['hundred', 'kindred', 'naked', 'wicked', 'sacred', 'beloved', 'rugged', 'ragged', 'jagged', 'wretched']);
// Words between "I" and its verb that say nothing of the tense: "I never went", "I slowly turned".
const BEFORE_VERB = new Set([
  'never',
  'just',
  'still',
  'also',
  'only',
  'even',
  'always',
  'already',
  'then',
  'finally',
  'almost',
  'barely',
  'hardly',
  'once',
  'soon',
  'too',
]);

// Letters embedded in the story: "Dear Harry,", "My dearest Ginny," … "Love, Ginny", "Yours,".
const LETTER_OPEN = /^\s*(?:(?:my\s+)?(?:dear|dearest|darling)\s+[\p{L}][\p{L}'’.\- ]{0,40}[,:!]|to\s+whom\s+it\s+may\s+concern)/iu;
const LETTER_CLOSE =
  /^\s*(?:(?:all\s+(?:my|our)\s+)?love|lots\s+of\s+love|with\s+love|love\s+always|yours(?:\s+(?:truly|sincerely|ever|always))?|sincerely(?:\s+yours)?|regards|best\s+wishes|best|cheers|your\s+(?:friend|loving\s+\p{L}+|\p{L}+)|xoxo|always)\s*[,.!]/iu;

/** One run of narration words: a sentence, or the part of one between two quotations. */
interface Unit {
  paragraph: Paragraph;
  /** The unit's tokens are `paragraph.analysis.tokens[from..to)`, all of them narration. */
  from: number;
  to: number;
  /** First-person singular words that count (not "World War I", not "oh my"). */
  first: Token[];
  plural: number;
  third: number;
}

type Person = 'first' | 'third' | 'unknown';

/** The person of each scene and the sentences that slip out of it. Exported for the quality script. */
export interface SceneReading {
  scene: Scene;
  person: Person;
  firstUnits: number;
  thirdUnits: number;
  /** First-person sentences that narrate (past tense, in no one's voice). */
  narrative: number;
  findings: RawFinding[];
}

export const povShift: SceneRule<ParagraphFacts> = {
  id: 'pov-shift',
  description: 'Narration that switches person inside a scene: `I`/`my` in a third-person scene, or a named first-person narrator told in the third person.',
  defaultSeverity: 'warning',
  scope: 'scene',
  prepare: factsOf,
  check(scene, model, _options, prepared) {
    return readScene(model, scene, prepared).findings;
  },
};

/** Reads every scene: its person and its slips (for the quality script and tests). */
export function readScenes(model: DocumentModel): SceneReading[] {
  return model.scenes.map((scene) => readScene(model, scene, factsOf));
}

/** What a scene reading needs of one paragraph; it depends on the paragraph's text alone. */
interface ParagraphFacts {
  units: Array<Omit<Unit, 'paragraph'> & { narrates: boolean }>;
  letterOpen: boolean;
  letterClose: boolean;
  /** Its last speech is left open (the next paragraph may carry it on). */
  endsOpen: boolean;
  opensWithQuote: boolean;
  /** Its first-person words are someone's voice whatever the scene: odd quotes, a dash-led line, verse, a tag. */
  voiced: boolean;
  hasFirst: boolean;
}

/** What a scene reading needs of a paragraph (the runner keeps it while the paragraph is unchanged). */
function factsOf(paragraph: Paragraph): ParagraphFacts {
  const { text } = paragraph;
  const own = computeUnits(paragraph);
  const { regions } = paragraph.analysis;
  let lastDialogue: Region | undefined;
  for (let k = regions.length - 1; k >= 0 && !lastDialogue; k--) if (regions[k].kind === 'dialogue') lastDialogue = regions[k];
  const hasFirst = own.some((u) => u.first.length > 0);
  return {
    units: own.map(({ paragraph: _p, ...rest }) => ({
      ...rest,
      narrates: (rest.first.length > 0 || rest.plural > 0) && isPastNarration({ ...rest, paragraph }) && !isVoice(text, { ...rest, paragraph }),
    })),
    letterOpen: LETTER_OPEN.test(text),
    letterClose: text.split(/\r?\n|\r/).some((line) => LETTER_CLOSE.test(line)),
    endsOpen: lastDialogue !== undefined && !lastDialogue.closed,
    opensWithQuote: /^\s*["“]/.test(text),
    voiced:
      hasFirst &&
      (countStraightQuotes(text) % 2 === 1 ||
        /^\s*(?:--|—|–)/.test(text) ||
        isVerse(text) ||
        own.some((u) => (u.first.length > 0 && isVoice(text, u)) || hasThoughtTag(u))),
    hasFirst,
  };
}

function readScene(model: DocumentModel, scene: Scene, factsOf: (paragraph: Paragraph) => ParagraphFacts): SceneReading {
  const units: Array<Unit & { narrates: boolean }> = [];
  // Paragraphs whose first-person words are someone's voice rather than the narrator's.
  const voiced = new Set<Paragraph>();
  let letterLeft = 0;
  let prevOpen = false;
  for (const index of scene.paragraphs) {
    const paragraph = model.paragraphs[index];
    if (paragraph.kind !== 'prose') continue;
    const facts = factsOf(paragraph);
    for (const u of facts.units) units.push({ ...u, paragraph });

    // A letter runs from its greeting to its sign-off ("Love,\nGinny" may end the last paragraph),
    // and a greeting that never signs off ("Dear Merlin, he was tired.") holds for a few paragraphs.
    if (facts.letterOpen) letterLeft = 10;
    const letter = letterLeft > 0;
    if (letter) letterLeft = facts.letterClose ? 0 : letterLeft - 1;
    // Speech that runs on without being reopened: `"I went to the store.` ¶ `And I bought milk."`
    const runOn = prevOpen && !facts.opensWithQuote;
    prevOpen = facts.endsOpen;
    // Only a paragraph with first-person narration needs a closer look.
    if (facts.hasFirst && (letter || runOn || facts.voiced)) voiced.add(paragraph);
  }

  const firstUnits = units.filter((u) => u.first.length > 0 || u.plural > 0).length;
  const thirdUnits = units.filter((u) => u.first.length === 0 && u.plural === 0 && u.third > 0).length;
  // First-person sentences that narrate: past tense, in no one's voice ("I was surprised by what
  // we found."). A third-person story has almost none of them (at most 3 in a Brown file, 5 %);
  // a first-person one has them throughout, even when dialogue tags ("he said") outnumber its
  // "I" sentences, as in a detective story told by "we".
  const told = units.filter((u) => u.narrates && !voiced.has(u.paragraph));
  const share = firstUnits / Math.max(1, firstUnits + thirdUnits);
  const toldShare = told.length / Math.max(1, told.length + thirdUnits);
  const person: Person =
    (firstUnits >= 3 && share >= 0.4) || (told.length >= 5 && toldShare >= 0.15) ? 'first' : thirdUnits >= 3 && share <= 0.34 ? 'third' : 'unknown';
  const findings: RawFinding[] = [];

  if (person === 'third') {
    const slips = told.filter((u) => u.first.length > 0);
    // A first-person narrator describing others for a while ("I walked in. He was sitting there.
    // He looked up.") looks like this too, unless the scene told several third-person sentences
    // before its first "I" and the slips stay a small minority.
    const before = units.findIndex((u) => u.first.length > 0 || u.plural > 0);
    const thirdBefore = units.slice(0, before).filter((u) => u.third > 0).length;
    if (slips.length > 0 && thirdBefore >= 3 && slips.length <= Math.max(3, thirdUnits / 4)) {
      for (const u of slips) findings.push(slipToFirst(u));
    }
  } else if (person === 'first') {
    const narrator = narratorName(model, scene);
    if (narrator) {
      for (const u of units) {
        const f = slipToThird(u, narrator);
        if (f) findings.push(f);
      }
    }
  }
  return { scene, person, firstUnits, thirdUnits, narrative: told.length, findings };
}

function tokensOf(u: Unit): Token[] {
  return u.paragraph.analysis.tokens.slice(u.from, u.to);
}

const SINGULAR = 1;
const PLURAL = 2;
const THIRD_PERSON = 4;
/** A word's person (`SINGULAR`, `PLURAL`, `THIRD_PERSON` or 0) by its vocabulary id: one look-up a token. */
const PERSON = new IntColumn((w) => (FIRST_SINGULAR.has(w) ? SINGULAR : FIRST_PLURAL.has(w) ? PLURAL : THIRD.has(w) ? THIRD_PERSON : 0));

/** The paragraph's narration units (`model/narration.ts`), with their person words counted. */
function computeUnits(paragraph: Paragraph): Unit[] {
  const { tokens } = paragraph.analysis;
  return narrationUnits(paragraph.analysis).map(({ from, to }) => {
    const unit: Unit = { paragraph, from, to, first: [], plural: 0, third: 0 };
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t.region !== 'narration') continue;
      const person = PERSON.get(t.lex, t.lower);
      if (person === 0) continue;
      if (person === SINGULAR) {
        if (countsAsFirst(paragraph.text, tokens, i)) unit.first.push(t);
      } else if (person === PLURAL) unit.plural++;
      else unit.third++;
    }
    return unit;
  });
}

/** Whether a first-person word is the narrator's: not "World War I", "Henry I.", "oh my", "my God". */
function countsAsFirst(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Fan fiction typed in a hurry writes a lowercase "i"; "(i)" and "i." number a list.
  if (t.text === 'i') return text[t.start - 1] !== '(' && !/^[).]/.test(text.slice(t.end, t.end + 1));
  const prev = tokens[i - 1];
  if (t.lower === 'i') {
    if (prev && /^\p{Lu}/u.test(prev.text) && !prev.sentenceStart && !t.sentenceStart && prev.lower !== 'i' && !/[,;:]/.test(text.slice(prev.end, t.start))) {
      // "War I", "Louis I": a numeral after a capitalized word. "Harry and I" has "and" between.
      return false;
    }
    if (text[t.end] === '.' && /^\.\s*\p{Lu}\./u.test(text.slice(t.end, t.end + 4))) return false; // "J. I. M. Stewart"
  }
  // "the abandoned mine", "mine fields": the noun. The pronoun ends its phrase: "It was mine."
  if (t.lower === 'mine') return /^(?:of|was|is|were|be|been|are|and|or|not|became|become|remained)$/.test(prev?.lower ?? '');
  if (t.lower === 'my') {
    const next = tokens[i + 1];
    if (prev?.lower === 'oh' || (next && EXCLAMATION_AFTER_MY.has(next.lower))) return false;
  }
  return true;
}

/**
 * Whether a unit is a voice (thought or speech) rather than narration: present tense (`I hate
 * this`), a question or an exclamation, or a tag of someone else (`I'll be there, he said.`,
 * `Leave me alone, Gun thought.`, `Thought Hal.`).
 */
function isVoice(text: string, u: Unit): boolean {
  const toks = tokensOf(u);
  if (toks.some((t) => PRESENT.has(t.lower) || SECOND.has(t.lower))) return true;
  const last = toks[toks.length - 1];
  if (/^[^\p{L}\p{N}\s]*[?!]/u.test(text.slice(last.end, last.end + 4))) return true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isSpeechVerb(t.lower) || THOUGHT_VERBS.has(t.lower)) {
      // "he said", "thought Hal", "he was thinking"
      const subject = /^(?:was|were|had|is)$/.test(toks[i - 1]?.lower ?? '') ? toks[i - 2] : toks[i - 1];
      if (isOtherSpeaker(subject) || isOtherSpeaker(toks[i + 1]) || isThoughtNounTag(text, toks, i)) return true;
    }
    if (t.lower === 'i') {
      let next = toks[i + 1];
      if (next && (BEFORE_VERB.has(next.lower) || /ly$/.test(next.lower))) next = toks[i + 2];
      if (next && !isPast(next)) return true;
    }
  }
  return false;
}

/**
 * Whether a unit tags a thought of someone else: `he thought`, `thought Hal`, `he was thinking`,
 * `she told herself`. First-person words in the same paragraph are that thought, not narration:
 * `He was thinking, big deal: no better off than when I started.`
 */
function hasThoughtTag(u: Unit): boolean {
  const toks = tokensOf(u);
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower;
    if (THOUGHT_VERBS.has(w)) {
      const subject = /^(?:was|were|had|is)$/.test(toks[i - 1]?.lower ?? '') ? toks[i - 2] : toks[i - 1];
      if (isOtherSpeaker(subject) || isOtherSpeaker(toks[i + 1]) || isThoughtNounTag(u.paragraph.text, toks, i)) return true;
    }
    if ((w === 'told' || w === 'asked') && /^(?:himself|herself)$/.test(toks[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** `…see me again, the thought popped into Harry's head`: `thought` the noun of a tag after a comma, naming whose. */
function isThoughtNounTag(text: string, toks: readonly Token[], i: number): boolean {
  if (i < 2 || toks[i].lower !== 'thought' || toks[i - 1].lower !== 'the' || !text.slice(toks[i - 2].end, toks[i - 1].start).includes(',')) return false;
  // A verb of its own: "the thought of her" is a noun in first-person narration.
  if (!toks[i + 1] || !isPast(toks[i + 1])) return false;
  return toks.slice(i + 1, i + 7).some((t) => isOtherSpeaker(t) || /^(?:him|her|his|them)$/.test(t.lower));
}

/** A speaker other than the narrator: `he`, `she`, `they`, or a name (`Harry`, not `I`). */
function isOtherSpeaker(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.lower === 'he' || t.lower === 'she' || t.lower === 'they') return true;
  return /^\p{Lu}/u.test(t.text) && !FIRST_SINGULAR.has(t.lower) && !FIRST_PLURAL.has(t.lower);
}

function isPast(t: Token): boolean {
  const w = t.lower;
  if (PAST_IRREGULAR.has(w) || PAST_NEGATIVE.has(w)) return true;
  // "walked", "cried", "agreed"; not "need", "bed", "red", "hundred".
  return w.length > 3 && w.endsWith('ed') && (!w.endsWith('eed') || w === 'agreed' || w === 'freed') && !NOT_PAST_ED.has(w);
}

/** Whether a unit narrates in the past tense: a past verb and no present one. */
function isPastNarration(u: Unit): boolean {
  const toks = tokensOf(u);
  return toks.some(isPast) && !toks.some((t) => PRESENT.has(t.lower));
}

function unitRange(u: Unit): { start: number; end: number } {
  const tokens = u.paragraph.analysis.tokens;
  const first = tokens[u.from];
  const last = tokens[u.to - 1];
  const { text, start } = u.paragraph;
  let end = last.end;
  while (end < text.length && /[.!?…]/.test(text[end])) end++;
  return { start: start + first.start, end: start + end };
}

function excerpt(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function slipToFirst(u: Unit): RawFinding {
  const range = unitRange(u);
  const sentence = u.paragraph.text.slice(range.start - u.paragraph.start, range.end - u.paragraph.start);
  const words = [...new Set(u.first.map((t) => t.text))].map((w) => `\`${w}\``).join(', ');
  return {
    ...range,
    message: `\`${excerpt(sentence)}\`: ${words} in the narration of a scene told in the third person (he, she). Keep the scene in one person, or start a new scene for the switch.`,
    data: { person: 'first', expected: 'third' },
  };
}

function slipToThird(u: Unit, narrator: string): RawFinding | undefined {
  const toks = tokensOf(u);
  for (let i = 0; i < toks.length; i++) {
    const possessive = toks[i].text === `${narrator}'s` || toks[i].text === `${narrator}’s`;
    if (toks[i].text !== narrator && !possessive) continue;
    let j = i + 1;
    if (!possessive && toks[j] && /ly$/.test(toks[j].lower)) j++;
    const mind = toks[j] && MIND_VERBS.has(toks[j].lower);
    const body = possessive && toks[j] && MIND_NOUNS.has(toks[j].lower);
    if (!mind && !body) continue;
    const range = unitRange(u);
    const sentence = u.paragraph.text.slice(range.start - u.paragraph.start, range.end - u.paragraph.start);
    return {
      ...range,
      message: `\`${excerpt(sentence)}\`: the narrator, ${narrator}, told in the third person in a scene told in the first person (I, me). Keep the scene in one person: "I" for ${narrator}.`,
      data: { person: 'third', expected: 'first' },
    };
  }
  return undefined;
}

/** The narrator a POV header names: "**Hermione's POV**" → Hermione, "*Sasuke*" → Sasuke. */
export function narratorName(model: DocumentModel, scene: Scene): string | undefined {
  if (!scene.header) return undefined;
  const line = model.text.slice(scene.header.start, scene.header.end);
  const inner = line.replace(/^[\s*~_=\-–—#+(\[<]+|[\s*~_=\-–—#+)\]>]+$/g, '');
  const pov = /(\p{Lu}[\p{L}\-]*)(?:['’]s)?\s*(?:POV|P\.O\.V\.?|pov|[Pp]oint of [Vv]iew)/u.exec(inner);
  if (pov) return pov[1];
  if (/^\p{Lu}[\p{L}'’.\-]*$/u.test(inner)) return inner;
  return undefined;
}

/**
 * Song lyrics and poems, which songfics set between the paragraphs of the story: short lines
 * (`I walk a lonely road\nThe only one that I have ever known`), or a line in tildes
 * (`~I will always love you~`).
 */
function isVerse(text: string): boolean {
  const t = text.trim();
  if (/^~[^~]+~$/.test(t)) return true;
  const lines = t.split(/\r?\n|\r/);
  return lines.length >= 2 && lines.every((l) => l.trim().length <= 60);
}

function countStraightQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}
