/**
 * The first-person narrator's name: who "I said" is. A narrator never names herself in a tag, but
 * the others call her by name (`"Janice, could you possibly go over?"`), or she says it once
 * (`Susan Dolan, that's me.`). Only a story told in the first person has one.
 */

import { foldName } from '../characters/names';
import type { Paragraph } from '../model/document';
import type { Region } from '../model/paragraph';
import type { CharacterIndex, Word } from './cast';
import { isTagVerb, KIN, PERSON_NOUNS, TITLES } from './lexicon';
import { mentionOnly } from './paragraph-beats';
import type { Vocative } from './pronouns';

/** "I" at least this often in the narration, per narration word, makes a first-person story. */
const FIRST_PERSON_SHARE = 0.015;
/** And at least this many speech tags "I said", "I asked". */
const FIRST_PERSON_TAGS = 2;
/** A name the quotations call at least this often, by people other than the narrator. */
const CALLED_AT_LEAST = 2;
/** A name the narration writes more often than this is someone the narrator talks about, not herself. */
const NARRATED_AT_MOST = 1;

// "Susan Dolan, that's me", "My name is Janice", "my name's Ida", "Her name was Suzanne, and mine
// Stephen": the narrator names herself.
const SELF_NAMED = [
  /(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+that['’]s me\b/u,
  /\b[Mm]y name (?:is|was|['’]s)\s+(\p{Lu}[\p{L}'’-]+)/u,
  /\b(?:call|called) me\s+(\p{Lu}[\p{L}'’-]+)/u,
  // "Her name was Suzanne, and mine Stephen."
  /\bname (?:is|was|['’]s) \p{Lu}[\p{L}'’-]+,? and mine,? (\p{Lu}[\p{L}'’-]+)/u,
];

// `"Jed?"`, `"Moriarty," he exclaimed`: a quote of one word.
const ONLY_A_NAME = /^["“]\s*[\p{L}'’-]+[\s.,!?]*["”]/u;

// What a paragraph that names its narrator holds, looked for before the patterns.
const SELF_NAMING_CUE = /that['’]s me|[Mm]y name|call(?:ed)? me|and mine/;

/** The narration of a paragraph: its text with every quotation blanked out. */
function narrationText(p: Paragraph): string {
  let text = p.text;
  for (const r of p.analysis.regions) if (r.kind === 'dialogue') text = text.slice(0, r.start) + ' '.repeat(r.end - r.start) + text.slice(r.end);
  return text;
}

/** Whether the paragraph's narration has a speech tag "I said", "I softly asked". */
function hasITag(ws: readonly Word[]): boolean {
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i].token.text !== 'I') continue;
    const verb = ws[i + 1].token.lower;
    if (isTagVerb(verb) || (verb.endsWith('ly') && isTagVerb(ws[i + 2]?.token.lower ?? ''))) return true;
  }
  return false;
}

/**
 * The character the first-person narrator is, or undefined: in a story whose narration says "I"
 * (and "I said"), the name the narrator gives herself in the narration, else the name the others'
 * quotations call most (twice at least) among those the narration itself hardly ever writes.
 */
export function narratorOf(
  prose: readonly Paragraph[],
  words: readonly Word[][],
  index: CharacterIndex,
  called: readonly Vocative[],
  read = readNarration(words),
): string | undefined {
  const { total, selves, mentions } = read;
  if (total === 0 || selves < FIRST_PERSON_SHARE * total) return undefined;
  let tags = 0;
  const tagged = new Set<number>();
  prose.forEach((p, k) => {
    if (!hasITag(words[k])) return;
    tags++;
    tagged.add(p.start);
  });
  if (tags === 0) return undefined;
  const calls = callsOf(prose, called, tagged);
  if (tags < FIRST_PERSON_TAGS)
    return answeredName(prose, called, mentions) ?? onlyCalled(calls, mentions, prose, words, called) ?? calledOnce(prose, words, index, tagged);
  for (const p of prose) {
    if (!SELF_NAMING_CUE.test(p.text)) continue;
    const narration = narrationText(p);
    for (const re of SELF_NAMED) {
      const m = re.exec(narration);
      const name = m ? index.byToken.get(foldName(m[1])) : undefined;
      if (name) return name;
    }
  }
  return (
    mostCalled(calls, mentions, CALLED_AT_LEAST) ??
    answeredName(prose, called, mentions) ??
    onlyCalled(calls, mentions, prose, words, called) ??
    calledOnce(prose, words, index, tagged)
  );
}

// `"Goodnight, Twilight."`: a capitalized word a quote calls someone by, after a comma.
const CALL = /,\s+(\p{Lu}\p{Ll}+)(?=[,.!?…]|["”]|$)/gu;
// Words a quote calls anyone by, not a name: `"Night, Sweetie."`, `"Come on, Guys."`.
const ENDEARMENTS = new Set([
  'sweetie',
  'sweetheart',
  'dear',
  'dearest',
  'love',
  'babe',
  'baby',
  'buddy',
  'pal',
  'dude',
  'mate',
  'friend',
  'everyone',
  'everybody',
  'guys',
  'folks',
]);
// Words that close a sentence after a comma, capitalized or not, and call no one: `"…friends with
// Veldora, Right?"`, `"Fine, Then."`.
const SENTENCE_TAILS = new Set([
  'right',
  'okay',
  'ok',
  'alright',
  'yes',
  'yeah',
  'yep',
  'no',
  'nope',
  'please',
  'too',
  'then',
  'now',
  'again',
  'anyway',
  'anyways',
  'though',
  'huh',
  'eh',
  'sure',
  'indeed',
  'instead',
  'perhaps',
  'maybe',
  'already',
  'still',
  'yet',
  'really',
  'ever',
  'see',
]);

/**
 * The name the other speaker calls the narrator by, once, that the index does not know (a word
 * of the dictionary, "Twilight"): `Pinkie kisses my chest. "Goodnight, Twilight. I love you
 * too."` at the end of a first-person story in which no other name is the narrator's. Only when
 * nothing contradicts it: the story writes the word nowhere else (no one narrated, talked of or
 * called by the narrator), the paragraph that calls names one character, its speaker, and no one
 * named answers the call. The name joins the index.
 */
function calledOnce(prose: readonly Paragraph[], words: readonly Word[][], index: CharacterIndex, tagged: ReadonlySet<number>): string | undefined {
  const found = new Map<string, number[]>();
  prose.forEach((p, k) => {
    for (const r of p.analysis.regions) {
      // Words only mentioned call no one: `to provide "Food, Shelter, and Clothing" to all`.
      if (r.kind !== 'dialogue' || mentionOnly(p, r)) continue;
      CALL.lastIndex = 0;
      const quote = p.text.slice(r.start, r.end);
      for (let m = CALL.exec(quote); m; m = CALL.exec(quote)) {
        const lower = m[1].toLowerCase();
        if (index.byToken.has(m[1]) || lower in TITLES || KIN.has(lower) || PERSON_NOUNS.has(lower) || ENDEARMENTS.has(lower) || SENTENCE_TAILS.has(lower))
          continue;
        (found.get(m[1]) ?? found.set(m[1], []).get(m[1])!).push(k);
      }
    }
  });
  if (found.size !== 1) return undefined;
  const [[name, at]] = found;
  const word = new RegExp(`(?<![\\p{L}\\p{M}'’-])${name}(?![\\p{L}\\p{M}'’-])`, 'giu');
  const uses = prose.reduce((n, p) => n + (p.text.match(word)?.length ?? 0), 0);
  if (uses !== at.length) return undefined;
  for (const k of at) {
    const p = prose[k];
    // The narrator does not call herself, and the caller is the one character the paragraph names.
    const named = new Set(words[k].flatMap((w) => (w.character ? [w.character] : [])));
    if (tagged.has(p.start) || named.size !== 1) return undefined;
    // Not when someone else named answers: the next turn is the one called.
    let n = k + 1;
    while (n < prose.length && n <= k + 2 && !prose[n].analysis.regions.some((r) => r.kind === 'dialogue')) n++;
    if (n < prose.length && prose[n].scene === p.scene && words[n].some((w) => w.character && !named.has(w.character))) return undefined;
  }
  index.byToken.set(name, name);
  return name;
}

/**
 * The names others call, and how often: a quote in a paragraph the narrator does not tag herself.
 * Not a quote that is only the name (`"Moriarty," my driver exclaimed`): a place, a word, a call.
 */
function callsOf(prose: readonly Paragraph[], called: readonly Vocative[], tagged: ReadonlySet<number>): Map<string, number> {
  const byStart = new Map(prose.map((p) => [p.start, p]));
  const calls = new Map<string, number>();
  for (const v of called) {
    const p = byStart.get(v.from);
    if (tagged.has(v.from) || !p || ONLY_A_NAME.test(p.text.slice(v.at - p.start))) continue;
    calls.set(v.name, (calls.get(v.name) ?? 0) + 1);
  }
  return calls;
}

/**
 * The one name the quotations call that the narration never writes, when there is only one:
 * `"Mary, what's going on all of a sudden?"` in a story whose narrator is never named otherwise
 * and talks with Renko, whom the narration names throughout. Everyone else the story knows by name.
 */
function onlyCalled(
  calls: ReadonlyMap<string, number>,
  mentions: ReadonlyMap<string, number>,
  prose: readonly Paragraph[],
  words: readonly Word[][],
  called: readonly Vocative[],
): string | undefined {
  const unwritten = [...calls.keys()].filter((name) => !mentions.has(name));
  if (unwritten.length !== 1) return undefined;
  const [name] = unwritten;
  // Not when someone named answers the call: `"Nothing doing, Rufus."` / `"It is authentic," Joyce said.`
  const at = new Map(prose.map((p, k) => [p.start, k]));
  for (const v of called) {
    if (v.name !== name) continue;
    const k = at.get(v.from);
    if (k === undefined) continue;
    let n = k + 1;
    while (n < prose.length && n <= k + 2 && !prose[n].analysis.regions.some((r) => r.kind === 'dialogue')) n++;
    if (n < prose.length && prose[n].scene === prose[k].scene && words[n].some((w) => w.character && w.character !== name)) return undefined;
  }
  return name;
}

/** The name called most often, `least` times at least, among those the narration hardly ever writes; none on a tie. */
function mostCalled(calls: ReadonlyMap<string, number>, mentions: ReadonlyMap<string, number>, least: number): string | undefined {
  let best: string | undefined;
  let most = least - 1;
  for (const [name, n] of calls) {
    if ((mentions.get(name) ?? 0) > NARRATED_AT_MOST) continue;
    if (n > most) {
      best = name;
      most = n;
    } else if (n === most) best = undefined;
  }
  return best;
}

// An "I" tag that introduces the quote after it (`I said, "`), or follows it (`", I answered`).
const I_BEFORE = /\bI\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?:\s+\p{Ll}+){0,2}\s*[,:]\s*$/u;
const I_AFTER = /^[,.!?;:—–-]*\s*I\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;

/** Whether the quote at `r` of the paragraph has an "I" tag, before or after it. */
function iTagged(p: Paragraph, r: Region, prevEnd: number): boolean {
  const before = I_BEFORE.exec(p.text.slice(prevEnd, r.start));
  const rest = p.text.slice(r.end);
  const after = I_AFTER.exec(rest);
  // `"…gold." I said, "Mr. McKenzie…"`: after a full stop, "I said," introduces the next quote.
  const introduces = after !== null && /^\s*[.!?]/.test(rest) && /^\s*[,:]\s*["“]/.test(rest.slice(after[0].length));
  return (before !== null && isTagVerb(before[1])) || (after !== null && !introduces && isTagVerb(after[1]));
}

/**
 * The name the narrator answers to: a quote calls someone by name, and the next turn, the next
 * paragraph's first quote or a quote the same paragraph introduces by "I said", is the
 * narrator's (`"Nothing doing, Rufus. …" I said, "Mr. McKenzie, it is…"`, `"Ida, where is the car
 * license?" she asked.` / `"Via must have it," I answered`). One such answer is enough, when no
 * other name has one and the narration hardly ever writes the name.
 */
function answeredName(prose: readonly Paragraph[], called: readonly Vocative[], mentions: ReadonlyMap<string, number>): string | undefined {
  const at = new Map(prose.map((p, k) => [p.start, k]));
  const answers = new Map<string, number>();
  for (const v of called) {
    const k = at.get(v.from);
    if (k === undefined) continue;
    const p = prose[k];
    const quotes = p.analysis.regions.filter((r) => r.kind === 'dialogue');
    const i = quotes.findIndex((r) => p.start + r.start === v.at);
    // Not when the narrator is the one who calls.
    if (i < 0 || iTagged(p, quotes[i], i > 0 ? quotes[i - 1].end : 0)) continue;
    const next = quotes[i + 1];
    const inPlace = next !== undefined && I_BEFORE.test(p.text.slice(quotes[i].end, next.start)) && iTagged(p, next, quotes[i].end);
    const q = prose[k + 1];
    const first = q?.analysis.regions.find((r) => r.kind === 'dialogue');
    const nextTurn = q !== undefined && q.scene === p.scene && first !== undefined && first.start <= 1 && iTagged(q, first, 0);
    if (inPlace || nextTurn) answers.set(v.name, (answers.get(v.name) ?? 0) + 1);
  }
  return mostCalled(answers, mentions, 1);
}

// "Lucy thought", "Joyce knew", "Lucy told herself": the verbs of a character whose mind the narration reads.
const MINDING = new Set([
  'thought',
  'wondered',
  'knew',
  'felt',
  'realized',
  'decided',
  'suspected',
  'remembered',
  'supposed',
  'hoped',
  'wished',
  'guessed',
  'believed',
  'imagined',
  'noticed',
  'sensed',
]);
/** Times at least a viewpoint character's mind is read, and how many times more than anyone else's. */
const VIEWPOINT_AT_LEAST = 3;
const VIEWPOINT_LEAD = 2;

/** What one pass over the narration counts: its words, its "I"s, each character's mentions and thoughts. */
export interface NarrationCounts {
  total: number;
  selves: number;
  mentions: Map<string, number>;
  minds: Map<string, number>;
}

export function readNarration(words: readonly Word[][]): NarrationCounts {
  const out: NarrationCounts = { total: 0, selves: 0, mentions: new Map(), minds: new Map() };
  for (const ws of words) {
    out.total += ws.length;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.token.text === 'I') out.selves++;
      const who = w.character;
      if (!who) continue;
      out.mentions.set(who, (out.mentions.get(who) ?? 0) + 1);
      const verb = ws[i + 1]?.token.lower;
      if (verb && (MINDING.has(verb) || (verb === 'told' && /^(?:her|him)self$/.test(ws[i + 2]?.token.lower ?? ''))))
        out.minds.set(who, (out.minds.get(who) ?? 0) + 1);
    }
  }
  return out;
}

/** The character whose thoughts the narration tells ("Lucy thought", "Lucy told herself") far more than anyone's, if any. */
export function viewpointOf(words: readonly Word[][], read = readNarration(words)): string | undefined {
  const ranked = [...read.minds].sort((a, b) => b[1] - a[1]);
  if (!ranked[0] || ranked[0][1] < VIEWPOINT_AT_LEAST || ranked[0][1] < VIEWPOINT_LEAD * (ranked[1]?.[1] ?? 0)) return undefined;
  return ranked[0][0];
}

/** Whose eyes the story is told through: its first-person narrator when it names one, else its viewpoint character. */
export function tellerOf(
  prose: readonly Paragraph[],
  words: readonly Word[][],
  index: CharacterIndex,
  called: readonly Vocative[],
  read = readNarration(words),
): { narrator?: string; viewpoint?: string } {
  const narrator = narratorOf(prose, words, index, called, read);
  return { narrator, viewpoint: narrator ?? viewpointOf(words, read) };
}

/**
 * The first-person narrator of each scene, by scene, in a story whose scenes are told by different
 * people (`Tanya, I wanted to ask…` in Rimuru's scene, then `"What's with the image though,
 * Rimuru?" I asked` in Tanya's after the break): each scene is read as a story of its own, and
 * one that names no narrator of its own keeps the story's. Only for a story of two scenes or more
 * whose scenes do not all agree; undefined otherwise.
 */
export function sceneNarrators(
  prose: readonly Paragraph[],
  words: readonly Word[][],
  index: CharacterIndex,
  called: readonly Vocative[],
  story: string | undefined,
): Map<number, string | undefined> | undefined {
  const scenes = new Map<number, number[]>();
  prose.forEach((p, k) => (scenes.get(p.scene) ?? scenes.set(p.scene, []).get(p.scene)!).push(k));
  if (scenes.size < 2) return undefined;
  const out = new Map<number, string | undefined>();
  const { mentions } = readNarration(words);
  let differs = false;
  for (const [scene, ks] of scenes) {
    const sp = ks.map((k) => prose[k]);
    const sw = ks.map((k) => words[k]);
    const from = sp[0].start;
    const to = sp[sp.length - 1].end;
    const sc = called.filter((v) => v.from >= from && v.from <= to);
    const read = readNarration(sw);
    // A scene told in the third person (`An older man walked down the grand halls…`, never an "I") has no narrator to talk.
    if (story !== undefined && read.selves === 0 && read.total >= THIRD_PERSON_WORDS) {
      differs = true;
      out.set(scene, undefined);
      continue;
    }
    const own = narratorOf(sp, sw, index, sc, read) ?? absentCalled(sp, sw, sc, read, mentions);
    if (own !== undefined && own !== story) differs = true;
    out.set(scene, own ?? story);
  }
  return differs ? out : undefined;
}

/** Narration words at least, without an "I", that make a scene of a first-person story one told in the third person. */
const THIRD_PERSON_WORDS = 100;

/** Times at least the story's narration writes a name elsewhere for its absence from a scene to tell. */
const WRITTEN_ELSEWHERE = 3;

/**
 * The narrator of a scene told in the first person by a character the rest of the story narrates:
 * the one name the scene's quotes call (not in a paragraph the narrator tags herself) that its
 * narration never writes, while the story's narration writes it elsewhere (`"…an interesting
 * conversation, Rimuru, …"` in a scene whose narration names Tanya throughout and Rimuru never,
 * in a chapter that writes Rimuru twenty times after it).
 */
function absentCalled(
  prose: readonly Paragraph[],
  words: readonly Word[][],
  called: readonly Vocative[],
  read: NarrationCounts,
  story: ReadonlyMap<string, number>,
): string | undefined {
  if (read.total === 0 || read.selves < FIRST_PERSON_SHARE * read.total) return undefined;
  const tagged = new Set<number>();
  let tags = 0;
  prose.forEach((p, k) => {
    if (!hasITag(words[k])) return;
    tags++;
    tagged.add(p.start);
  });
  if (tags === 0) return undefined;
  const absent = [...callsOf(prose, called, tagged).keys()].filter((name) => !read.mentions.has(name) && (story.get(name) ?? 0) >= WRITTEN_ELSEWHERE);
  return absent.length === 1 ? absent[0] : undefined;
}
