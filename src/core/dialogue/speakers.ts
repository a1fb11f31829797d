/**
 * Who speaks each quotation. The model already knows where dialogue is (`Region`s of kind
 * `dialogue`); this pass gives each one a speaker, from the strongest evidence to the weakest:
 *
 * - an explicit tag: `"Stop," said Sango`, `Kagome asked, "Why?"`, `"Stop," Miroku murmured`;
 * - a pronoun tag, resolved to the last fitting character: `"Stop," she said` after a sentence
 *   about Sango (fitting by the roster's pronouns, else by the story's own he/she after each name);
 * - the other quotations of a tagged paragraph: `"Hi," she said. "How are you?"`;
 * - a speech that runs on: a paragraph that opens a quote while the previous one left it open;
 * - an action beat in the same paragraph: `Kagome smiled. "Hi."`;
 * - a two-person exchange: untagged turns alternate between the last two speakers, or answer the
 *   name the previous turn addressed (`"Eat something, Scotty."`).
 *
 * Every step carries a confidence; below `CONFIDENCE_FLOOR` the speaker stays `null`. A speaker
 * the text names but who is not a character (`the doctor said`, `I said`) is `null` too, and stops
 * the weaker steps from guessing.
 */

import type { DocumentModel, Paragraph } from '../model/document';
import type { Region } from '../model/paragraph';
import {
  addGivenNames,
  addTaggedNames,
  indexCharacters,
  joinFullNames,
  learnEpithets,
  learnGenders,
  narrationWords,
  type CharacterIndex,
  type GivenNames,
  type Word,
} from './cast';
import { titledMentions } from './epithets';
import { answerAddressee, calledOfTwo, fillExchange, pairOf, silentTurn, type RunTurn } from './exchange';
import { introducedByRelation } from './introduced';
import type { Gender } from './lexicon';
import { listItem, type Lister } from './lists';
import { narratedTurn } from './narrated-speaker';
import { readNarration, sceneNarrators, tellerOf } from './narrator';
import { besideBeats, listenerOf, loneTag, mentionOnly, ownBeats, splitSpeeches } from './paragraph-beats';
import { addressedAt, calledMid, calledTooAt, inStory, pronounResolver, vocatives, type Resolver } from './pronouns';
import { addProperEpithets } from './proper-epithets';
import { linkRelations, mentionsByCharacter, namedRelatives } from './relations';
import {
  UNNAMED,
  beatSpeakers,
  continueSpeech,
  findTags,
  lastActor,
  selfNamed,
  spreadParagraphTags,
  tagSpeakers,
  type Attribution,
  type Turn,
} from './speaker-evidence';
import { rerankSpeakers } from './speaker-model';
import { lastSentenceSubject, personAt, type QuoteSpot } from './tags';
import { CONFIDENCE_FLOOR, type Quotation, type Said, type SpeakerOptions } from './types';

export { CONFIDENCE_FLOOR, type Quotation, type SpeakerCharacter, type SpeakerEvidence, type SpeakerOptions } from './types';

/** What the previous paragraphs leave to the next one: the exchange so far and its last turn. */
interface Flow {
  run: RunTurn[];
  prevTurn: Turn | undefined;
  prevParagraph: number;
  prevOpen: boolean;
  /** Whom the previous paragraph's quotes address by name last (`"As a great favor, Julie," he said, "please don't…"`). */
  prevAddressed: string | undefined;
  /** The words of the previous paragraph when it is narration, whose last actor may speak next (read only then). */
  prevNarration: Word[] | undefined;
  /** Whether the previous paragraph calls `prevAddressed` within a sentence or by a question (`, Nogol, only…`, `"Nogol?"`). */
  prevCalledMid?: boolean;
  /** Whom the previous paragraph's tag spoke to (`I told her, "…"`), resolved. */
  prevListener?: string;
  /** Each character's sex, for whom a tag speaks to. */
  genders?: ReadonlyMap<string, Gender>;
  /** The first-person narrator, when the story names one. */
  narrator?: string;
  /** Whether the previous paragraph's last quote asks a question (`"The sky?"`). */
  prevAsked?: boolean;
  lister?: Lister;
  /** The two who talked before the narration since the last exchange, which named no one else: the next exchange may be theirs. */
  carried?: string[];
  /** The characters the narration names from the narration before the exchange on: the one besides the narrator is whom she meets. */
  seen?: Set<string>;
  /** Whether a quote paragraph has been read since `seen` began: the next narration that ends the exchange starts it anew. */
  talked?: boolean;
  /** Whether the narration just before says the first-person narrator keeps silent (`I didn't say anything`): the next turn is another's. */
  hushed?: boolean;
}

// `I didn't say anything, trying to get my throat clear`, `I said nothing.`, `I kept quiet`: the narrator keeps silent.
const NARRATOR_SILENT =
  /(?:^|[.!?…]\s+)I\s+(?:(?:was|stayed|remained|kept|fell)\s+(?:silent|quiet)|said nothing|did(?:n['’]t| not) (?:answer|reply|respond|speak|say anything))\b/u;

/** Words at most in a narration paragraph an exchange carries on across. */
const ASIDE_WORDS = 25;

/** Whether a narration paragraph is a short aside within the exchange: few words, naming no one but its speakers. */
function shortAside(ws: Word[], run: readonly RunTurn[], sameScene: boolean): boolean {
  if (!sameScene || run.length === 0 || ws.length > ASIDE_WORDS) return false;
  const talking = new Set(run.flatMap((t) => t.quotes.map((q) => q.speaker)).filter((x) => x !== null));
  if (talking.size > 2) return false;
  return ws.every((w) => !w.character || talking.has(w.character));
}

/** Ends the current exchange: fills its untagged turns by alternation and starts a new one. `scene`: who spoke in the scene. */
function endExchange(flow: Flow, scene: readonly string[]): void {
  fillExchange(flow.run, flow.genders, flow.narrator, flow.carried, metOf(flow, scene));
  flow.run = [];
}

/**
 * Whom a first-person narrator talks with in the exchange: the one character besides her that
 * the narration names, from the narration before the exchange to its end (`Marisa looked at me.` /
 * `"I said," I said.` / `"…"`), when everyone who spoke in the scene is one of the two.
 */
function metOf(flow: Flow, scene: readonly string[]): string | undefined {
  const n = flow.narrator;
  if (n === undefined || flow.seen === undefined) return undefined;
  const others = [...flow.seen].filter((x) => x !== n);
  if (others.length !== 1) return undefined;
  const [met] = others;
  return scene.every((x) => x === n || x === met) ? met : undefined;
}

/** Notes the characters a paragraph's narration names among those the narration around the exchange has met; `talked`: a quote paragraph's. */
function see(flow: Flow, ws: readonly Word[], talked = false): void {
  if (talked) flow.talked = true;
  flow.seen ??= new Set();
  for (const w of ws) if (w.character) flow.seen.add(w.character);
}

/** Where each quotation of a paragraph stands among its narration words. */
function quoteSpots(p: Paragraph, ws: Word[], quotes: Region[]): QuoteSpot[] {
  return quotes.map((r) => {
    const start = p.start + r.start;
    const end = p.start + r.end;
    let after = 0;
    while (after < ws.length && ws[after].start < end) after++;
    return { start, end, after };
  });
}

/** The paragraph's quotations with their speakers, unknown below the confidence floor. */
function toQuotations(p: Paragraph, spots: QuoteSpot[], quotes: Region[], speakers: Said[]): Quotation[] {
  return spots.map((q, k) => {
    const s = speakers[k];
    const sure = s.speaker !== null && s.confidence >= CONFIDENCE_FLOOR;
    const r = quotes[k];
    let n = 0;
    for (const t of p.analysis.tokens) {
      if (t.end > r.end) break;
      if (t.start >= r.start) n++;
    }
    return {
      start: q.start,
      end: q.end,
      speaker: sure ? s.speaker : null,
      evidence: sure ? s.evidence : null,
      confidence: sure ? s.confidence : 0,
      words: n,
      paragraph: p.index,
    };
  });
}

// A paragraph whose first quote's tag says its speaker goes on: `"I didn't really use yours," she went on.`
const GOES_ON = /^["“][^"”]*["”][,.!?]*\s+(?:he|she|I|\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?(?:went on|continued|resumed|persisted)\b/u;

// A paragraph whose first quote stands inside a sentence of narration, right after a word: `I
// point now with pride… such charges as "reactionary", "robber baroness"`.
const LATE_QUOTE = /\p{L}\s$/u;

/** Adds the paragraph to the exchange (a new one on a scene change) and makes it the previous turn. */
function recordTurn(
  flow: Flow,
  sameScene: boolean,
  speakers: Said[],
  made: Quotation[],
  addressed: string[],
  faint: string[],
  listener?: Gender,
  continues?: boolean,
  late?: boolean,
): void {
  const last = speakers[speakers.length - 1];
  const turn: Turn = { speaker: last.confidence >= CONFIDENCE_FLOOR ? last.speaker : null, confidence: last.confidence, named: last.named };
  if (!sameScene) endExchange(flow, []);
  const distinct = new Set(made.map((q) => q.speaker).filter((x) => x !== null));
  flow.run.push({
    quotes: made,
    speaker: distinct.size === 1 ? [...distinct][0] : null,
    anchor: distinct.size > 0 || speakers.some((x) => x.named),
    mixed: distinct.size > 1,
    addressed,
    ...(faint.length > 0 && { faint }),
    someone: distinct.size === 0 && speakers.some((x) => x.named),
    listener,
    continues,
    late,
    // Not when the narration before said the narrator kept silent: the one it gave is the one who speaks.
    weak: !flow.hushed && speakers.every((s) => s.evidence === 'beat' && !s.named),
  });
  flow.prevTurn = turn;
}

/**
 * Gives the quote paragraph just before a narration paragraph that opens with a lone tag (`"The
 * sky?"` / `Renko asked back.`) that tag's speaker, when nothing in it named one; whether it did.
 */
function tagsTurnBefore(ws: Word[], sameScene: boolean, ctx: Attribution, flow: Flow): boolean {
  const turn = flow.run[flow.run.length - 1];
  if (!sameScene || !turn || !flow.prevTurn || flow.prevTurn.named) return false;
  const tag = loneTag(ws);
  if (!tag) return false;
  const name = tag.name ?? ctx.resolve(tag.pronoun!, tag.at);
  // `I agreed with her.` of a narrator the story never names: someone who is no character spoke.
  if (!name && tag.pronoun === 'i') {
    for (const q of turn.quotes) Object.assign(q, { speaker: null, evidence: null, confidence: 0 });
    flow.run[flow.run.length - 1] = { ...turn, speaker: null, anchor: true, mixed: false, someone: true };
    return true;
  }
  if (!name || turn.addressed.includes(name)) return false;
  for (const q of turn.quotes) Object.assign(q, { speaker: name, evidence: 'explicit', confidence: 0.9 });
  flow.run[flow.run.length - 1] = { ...turn, speaker: name, anchor: true, mixed: false };
  const at = ctx.scene.indexOf(name);
  if (at >= 0) ctx.scene.splice(at, 1);
  ctx.scene.push(name);
  return true;
}

/**
 * Gives the quotes that open a paragraph and that nothing named, before the first one a tag names
 * by name, that speaker, when the paragraph gives no one else and no unnamed person acts between
 * them: `"Would you stop me if I was?" Misaka hesitates… Saiai clarifies, "Despite…"` is Saiai's
 * throughout; not `"Pardon"?? The doctor had to bend close… Scotty said the same words…`.
 */
function sameSpeakerBefore(speakers: Said[], spots: QuoteSpot[], ws: Word[], own: Array<string | undefined>): void {
  const known = new Set(speakers.filter((x) => x.speaker !== null && x.confidence >= CONFIDENCE_FLOOR).map((x) => x.speaker));
  const first = speakers.findIndex((x) => x.named && x.speaker !== null && x.confidence >= CONFIDENCE_FLOOR);
  if (known.size !== 1 || first <= 0 || speakers[first].evidence !== 'explicit') return;
  const one = speakers[first].speaker!;
  for (let m = first - 1; m >= 0; m--) {
    const s = speakers[m];
    if (s.speaker !== null || s.named || own[m] === one) return;
    // Someone unnamed acting between the quote and the tagged one: `The doctor had to bend close`.
    for (let k = spots[m].after; k < spots[first].after; k++) if (personAt(ws, k)) return;
    speakers[m] = { speaker: one, evidence: 'paragraph', confidence: 0.6, named: false };
  }
}

/** Reads a paragraph of narration into the flow: it ends the exchange, or is an aside within it, or the tag of the turn before. */
function narrationParagraph(p: Paragraph, pi: number, ws: Word[], sameScene: boolean, ctx: Attribution, flow: Flow): void {
  // A paragraph of narration ends the exchange, unless it is a short one that names none but the two who talk (`He was trying
  // to smile at her.` between two of Julia's and George's turns), or the tag of the quotes just before it (`Renko asked back.`).
  const tagged = tagsTurnBefore(ws, sameScene, ctx, flow);
  if (!tagged && !shortAside(ws, flow.run, sameScene)) {
    // `I thought for a moment. His proposal made sense, Rimuru was…`: the two who talked before
    // a stretch of narration that names no one else may take up the talk again after it.
    const pair = flow.run.length > 0 ? pairOf(flow.run) : flow.carried;
    endExchange(flow, ctx.scene);
    // The narration after an exchange starts anew whom the next one meets.
    if (flow.talked) flow.seen = undefined;
    flow.talked = false;
    const about = pair !== undefined && ws.some((w) => w.character && pair.includes(w.character));
    flow.carried = sameScene && about && ws.every((w) => !w.character || pair.includes(w.character)) ? pair : undefined;
  }
  see(flow, ws);
  // `Discord is speechless.`: a turn of silence; the other speaks next.
  const silent = !tagged && silentTurn(p.text, ws, flow.run);
  flow.prevTurn = undefined;
  flow.prevOpen = false;
  flow.prevParagraph = pi;
  flow.prevAddressed = undefined;
  flow.prevListener = undefined;
  // The tag of a question just before is no one acting before the next turn, which answers it: `"The sky?"` / `Renko asked back.` / `"In my dream…"`.
  flow.prevNarration = (tagged && flow.prevAsked) || silent ? undefined : ws;
  flow.prevAsked = false;
  flow.hushed = flow.narrator !== undefined && NARRATOR_SILENT.test(p.text);
}

/** Attributes the quotations of one prose paragraph, from the strongest evidence to the weakest. */
function attributeParagraph(p: Paragraph, pi: number, ws: Word[], sameScene: boolean, ctx: Attribution, flow: Flow): Quotation[] {
  const all = p.analysis.regions.filter((r) => r.kind === 'dialogue');
  // Words only mentioned are nobody's speech and no turn of the exchange.
  const mentioned = all.filter((r) => mentionOnly(p, r));
  const quotes = mentioned.length === 0 ? all : all.filter((r) => !mentioned.includes(r));
  const aside = toQuotations(
    p,
    quoteSpots(p, ws, mentioned),
    mentioned,
    mentioned.map(() => ({ speaker: null, evidence: null, confidence: 0, named: false })),
  );
  if (quotes.length === 0) {
    narrationParagraph(p, pi, ws, sameScene, ctx, flow);
    return aside;
  }
  ctx.here = ws;
  see(flow, ws, true);
  const spots = quoteSpots(p, ws, quotes);
  const found = findTags(p, ws, spots);
  const own = spots.map((q) => ctx.addressed.get(q.start));
  const speakers = tagSpeakers(p, found, ctx, flow.prevTurn, own);
  selfNamed(p, spots, speakers, ctx.index);
  spreadParagraphTags(speakers, found, own, splitSpeeches(p, quotes));
  ownBeats(p, speakers, ws, spots, own);
  besideBeats(p, speakers, ws, spots, own, quotes);
  // A speech that runs on from the previous paragraph.
  const runsOn = !speakers[0].named && sameScene && flow.prevOpen && quotes[0].start <= 1 && flow.prevTurn;
  if (runsOn) continueSpeech(speakers, flow.prevTurn!);
  // An action beat; not in a speech that runs on, whose speaker the beat's "she" is (`"…by mere accident."  She shot a look at Hugh`).
  if (speakers.every((s) => !s.named) && !(runsOn && speakers[0].speaker !== null)) beatSpeakers(p, quotes, speakers, ws, spots, own, ctx);
  // Whom the last turn addressed answers: `"Eat something, Scotty."` / `"I'm full."`.
  // Even when nothing named the last turn's speaker: `"…you mis-reading the dials, Nogol…"` / `"But I'm ambidextrous."`
  // Not someone only ever talked of, at the end of a sentence, whom no narration names and who has
  // not spoken: `"…fight the strongest esper, Accelerator."` calls no one; `"…the dials, Nogol, only…"` does.
  const to = flow.prevAddressed;
  const present = to !== undefined && (flow.prevCalledMid || inStory(to, ctx.scene, ctx.index));
  const answered = speakers.every((s) => !s.named) && sameScene && flow.prevTurn && (flow.prevTurn.speaker || !flow.prevTurn.named) && present;
  if (answered) answerAddressee(speakers, to, flow.prevTurn!.speaker, own);
  // Whom the last turn's tag spoke to answers: `I told her, "Give up."` / `"Yes."`.
  if (speakers.every((s) => !s.named) && sameScene && flow.prevTurn && flow.prevListener)
    answerAddressee(speakers, flow.prevListener, flow.prevTurn.speaker, own);
  // An untagged turn that calls the last speaker by name answers them, and is the one who spoke
  // before them in the scene: `"You haven't got cancer," I said.` / `"Don't give me a lot of talk, Joe."`.
  // Unless the last turn called someone else, who answers it: `"Twilight?" Applejack jumped up…` / `"Hello, Applejack."` is Twilight's.
  const prevSpeaker = flow.prevTurn?.speaker;
  if (speakers.every((s) => !s.named) && sameScene && prevSpeaker && own.includes(prevSpeaker) && !(answered && speakers[0].speaker === to)) {
    const other = ctx.scene.filter((x) => x !== prevSpeaker && !x.startsWith('\u0000')).pop();
    if (other && !own.includes(other))
      for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: other, evidence: 'addressee', confidence: 0.6, named: false };
  }
  // Who acts last in the narration just before an untagged paragraph speaks it: `He leaned back.
  // Julia moved past.` / `"I won't be long."`
  if (speakers.every((s) => !s.named) && sameScene && flow.prevNarration && quotes[0].start <= 1) {
    const actor = lastSentenceSubject(flow.prevNarration);
    if (actor) lastActor(p, speakers, actor, own, ctx);
  }
  if (sameScene && flow.prevNarration && quotes[0].start <= 1) narratedTurn(flow.prevNarration, ws, found, speakers, own);
  const narrationBefore = flow.prevNarration;
  flow.prevNarration = undefined;
  // An untagged turn after narration that calls one of the two who have talked in the scene is
  // the other's: `I hugged Renko tightly.` / `"Mary, what's going on all of a sudden?"`.
  // Not the one who spoke just before: `"Two," Inuyasha said.` / `"Three, Kagome?"` is no one's the alternation can tell.
  if (speakers.every((s) => !s.named && s.speaker === null))
    calledOfTwo(speakers, own, ctx.scene, flow.narrator, sameScene ? flow.prevTurn?.speaker : undefined);
  // The untagged quotes that open a paragraph before a quote whose tag introduces it by name: `"Would you stop me?" Misaka hesitates…
  // "Really?…" Misaka looks confused, and Saiai clarifies, "…"`.
  if (quotes[0].start <= 1) sameSpeakerBefore(speakers, spots, ws, own);
  // A monologue goes on after narration (`monologue`).
  if (sameScene && narrationBefore && quotes[0].start <= 1 && !flow.narrator) monologue(speakers, [...narrationBefore, ...ws], own, ctx);
  flow.lister = listItem(p, speakers, flow.lister);
  const made = toQuotations(p, spots, quotes, speakers);
  const listener = listenerOf(p, ws);
  recordTurn(
    flow,
    sameScene,
    speakers,
    made,
    [...own.filter((x): x is string => x !== undefined), ...spots.flatMap((q) => ctx.calledToo.get(q.start) ?? [])],
    // Who may be only talked of (`…the most powerful esper, Accelerator."`): no one in the story, nor called within a sentence.
    own.filter((x): x is string => x !== undefined && !calledMid(x, p.text) && !inStory(x, ctx.scene, ctx.index)),
    listener?.gender ?? (listener?.name ? ctx.genders.get(listener.name) : undefined),
    GOES_ON.test(p.text),
    LATE_QUOTE.test(p.text.slice(0, all[0].start)),
  );
  flow.hushed = false;
  // `I told her, "Get him to give himself up."`: she answers next.
  const lastSpeaker = made[made.length - 1].speaker ?? undefined;
  flow.prevListener = listener && (listener.name ?? (listener.gender && ctx.resolve(listener.gender, listener.at, lastSpeaker)) ?? undefined);
  made.forEach((q, k) => {
    const who = q.speaker ?? (speakers[k].sex && UNNAMED[speakers[k].sex]);
    if (!who) return;
    const at = ctx.scene.indexOf(who);
    if (at >= 0) ctx.scene.splice(at, 1);
    ctx.scene.push(who);
  });
  flow.prevOpen = !quotes[quotes.length - 1].closed;
  flow.prevAsked = /\?\W*$/u.test(p.text.slice(quotes[quotes.length - 1].start, quotes[quotes.length - 1].end));
  flow.prevParagraph = pi;
  flow.prevAddressed = own.filter((x) => x !== undefined).pop();
  flow.prevCalledMid = flow.prevAddressed !== undefined && calledMid(flow.prevAddressed, p.text);
  return aside.length === 0 ? made : [...made, ...aside].sort((a, b) => a.start - b.start);
}

/**
 * A monologue: gives an untagged paragraph after narration to the scene's only speaker when the
 * narration and the paragraph name no one else, nor a he or she of the other sex, nor an "I" (`"Hello, Father."`
 * / `The cemetery is quiet.` / `"It's been a good year…"`).
 */
function monologue(speakers: Said[], ws: readonly Word[], own: Array<string | undefined>, ctx: Attribution): void {
  if (ctx.scene.length !== 1 || !speakers.every((s) => !s.named && s.speaker === null)) return;
  const [x] = ctx.scene;
  const sex = ctx.genders.get(x);
  if (x.startsWith('\u0000') || !sex || own.includes(x)) return;
  const other = sex === 'he' ? /^she(?:['’](?:d|s|ll))?$/ : /^he(?:['’](?:d|s|ll))?$/;
  // Nor an "I" of the narration: an unnamed narrator is there to talk (`I lay awake a long time`).
  if (ws.some((w) => (w.character && w.character !== x) || other.test(w.token.lower) || w.token.text === 'I')) return;
  for (let m = 0; m < speakers.length; m++) speakers[m] = { speaker: x, evidence: 'alternation', confidence: 0.6, named: false };
}

/** The rules' attribution and what they learned of the story on the way: what the learned scorer reads. */
export interface RuleAttribution {
  quotes: Quotation[];
  prose: Paragraph[];
  /** Each prose paragraph's narration words, with the characters they name. */
  words: Word[][];
  index: CharacterIndex;
  genders: Map<string, Gender>;
  /** Whom each quotation addresses by name, by its start. */
  addressed: Map<number, string>;
  narrator: string | undefined;
}

/** Attributes every quotation of the document to a speaker: the rules, then, when asked, the learned scorer (`rerankSpeakers`). */
export function attributeSpeakers(model: DocumentModel, options: SpeakerOptions = {}): Quotation[] {
  return speakersOf(attributeByRules(model, options), model.text, options);
}

/** The speakers of the rules' attribution of `text`: reranked by the learned scorer when `options` ask for it. */
export function speakersOf(rules: RuleAttribution, text: string, options: SpeakerOptions): Quotation[] {
  return options.learned === true ? rerankSpeakers(rules, text) : rules.quotes;
}

/** Attributes every quotation of the document by the rules alone. */
export function attributeByRules(model: DocumentModel, options: SpeakerOptions = {}): RuleAttribution {
  const index = indexCharacters(options);
  const prose = model.paragraphs.filter((p) => p.kind === 'prose');
  addTaggedNames(prose, index, model.text);
  const given: GivenNames = new Map();
  const words = prose.map((p) => narrationWords(p, index, given));
  addGivenNames(given, index);
  joinFullNames(index, words, prose);
  // One pass over the narration: who it names (a name only ever heard in quotes may be an interjection), its "I"s, whose thoughts it tells.
  const read = readNarration(words);
  index.narrated = new Set(read.mentions.keys());
  const genders = learnGenders(words, index, model.text);
  const epithets = learnEpithets(prose, words, index, genders);
  // "the Dragon was desperate": a capitalized epithet the story took for a name of its own is the one the epithet stands for.
  for (const [noun, name] of epithets) {
    const word = noun.charAt(0).toUpperCase() + noun.slice(1);
    if (word === name || index.byToken.get(word) !== word || index.roster.has(word)) continue;
    index.byToken.set(word, name);
    genders.delete(word);
    for (const ws of words) for (const w of ws) if (w.character === word) w.character = name;
  }
  addProperEpithets(prose, words, index, epithets);
  introducedByRelation(prose, words, index, genders, epithets);
  const called = vocatives(prose, index, epithets);
  // "my mother" who is Mrs. Minks: the relation's words name her from here on.
  linkRelations(prose, words, called, genders);
  // A first-person narrator the story names is who "I said" is, and no he or she.
  const { narrator, viewpoint } = tellerOf(prose, words, index, called, read);
  // A story whose scenes are told by different people: each scene's "I" is its own narrator.
  const byScene = sceneNarrators(prose, words, index, called, narrator);
  if (narrator && !byScene) genders.delete(narrator);
  const third = pronounResolver(words, genders, called, epithets);
  const starts = prose.map((p) => p.start);
  const sceneAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return prose[lo]?.scene ?? -1;
  };
  const resolve: Resolver = byScene
    ? (pronoun, at, exclude, owner) => {
        const own = byScene.get(sceneAt(at));
        if (pronoun === 'i') return own === undefined || own === exclude ? null : own;
        // The scene's narrator is its "I", no he or she of it.
        const who = third(pronoun, at, exclude, owner);
        if (own === undefined || who !== own) return who;
        const other = third(pronoun, at, own, owner);
        return other === exclude ? null : other;
      }
    : narrator
      ? (pronoun, at, exclude, owner) => (pronoun === 'i' ? (narrator === exclude ? null : narrator) : third(pronoun, at, exclude, owner))
      : third;
  const ctx: Attribution = {
    index,
    genders,
    epithets,
    resolve,
    addressed: addressedAt(called),
    calledToo: calledTooAt(called),
    // A narrator of some scenes is no "she" of any: her "I" is hers, scene by scene.
    viewpoint: byScene && viewpoint === narrator ? undefined : viewpoint,
    scene: [],
    here: [],
    before: [],
    mentions: mentionsByCharacter(words),
    titled: titledMentions(words),
    relatives: namedRelatives(words),
  };
  const flow: Flow = {
    run: [],
    prevTurn: undefined,
    prevParagraph: -2,
    prevOpen: false,
    prevAddressed: undefined,
    prevNarration: undefined,
    genders,
    narrator,
  };
  const out: Quotation[] = [];
  prose.forEach((p, pi) => {
    const sameScene = flow.prevParagraph === pi - 1 && prose[pi - 1]?.scene === p.scene;
    if (pi === 0 || prose[pi - 1].scene !== p.scene) {
      // The last scene's exchange ends with its own narrator.
      endExchange(flow, ctx.scene);
      ctx.scene = [];
      flow.carried = undefined;
      flow.seen = undefined;
      flow.talked = false;
      if (byScene) flow.narrator = byScene.get(p.scene);
    }
    ctx.before = sameScene ? words[pi - 1] : [];
    out.push(...attributeParagraph(p, pi, words[pi], sameScene, ctx, flow));
  });
  endExchange(flow, ctx.scene);
  return { quotes: out, prose, words, index, genders, addressed: ctx.addressed, narrator };
}
