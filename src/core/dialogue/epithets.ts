/**
 * Whom an epithet stands for: a title the story gives one character before a name ("the
 * Professor" of "Professor McGonagall"), a kin word of someone ("his mother", "Harry's father"),
 * the one the story gave the epithet ("the newspaperman"), or a sex ("the boy", "the witch").
 */

import type { Word } from './cast';
import { GENDERED_NOUNS, KIN_GENDER, TITLES, type Gender } from './lexicon';
import type { Resolver } from './pronouns';
import type { NamedRelative } from './relations';

/** Each title's characters in the narration (`Professor McGonagall`), in document order. */
export type TitledMentions = Map<string, Array<{ at: number; name: string }>>;

/** What an epithet is read with. */
export interface EpithetContext {
  epithets: Map<string, string>;
  resolve: Resolver;
  viewpoint: string | undefined;
  titled: TitledMentions;
  /** Who has spoken in the current scene so far, the latest last. */
  scene: readonly string[];
  genders: ReadonlyMap<string, Gender>;
  /** The narration words of the paragraph being attributed. */
  here?: readonly Word[];
  /** The relations the narration names (`namedRelatives`). */
  relatives?: readonly NamedRelative[];
}

// The words that say a sentence's people are men or women: not "her", a woman's or whom he acts on.
const MALE_WORDS = new Set(['he', 'his', 'him', 'himself']);
const FEMALE_WORDS = new Set(['she', 'hers', 'herself']);

/** The sex the pronouns of the sentence at `at` give its people, when they give only one. */
function sentenceSex(words: readonly Word[] | undefined, at: number): Gender | undefined {
  if (!words) return undefined;
  let male = false;
  let female = false;
  let k = words.findIndex((w) => w.start >= at);
  if (k < 0) return undefined;
  while (k > 0 && !words[k].token.sentenceStart) k--;
  for (let m = k; m < words.length && (m === k || !words[m].token.sentenceStart); m++) {
    male ||= MALE_WORDS.has(words[m].token.lower);
    female ||= FEMALE_WORDS.has(words[m].token.lower);
  }
  return male === female ? undefined : male ? 'he' : 'she';
}

/** The characters the sentence at `at` names: others than the epithet standing there (`Childe feels disgust at the man's words`). */
function sentenceNames(words: readonly Word[] | undefined, at: number): Set<string> {
  const out = new Set<string>();
  if (!words) return out;
  let k = words.findIndex((w) => w.start >= at);
  if (k < 0) return out;
  while (k > 0 && !words[k].token.sentenceStart) k--;
  for (let m = k; m < words.length && (m === k || !words[m].token.sentenceStart); m++) if (words[m].character) out.add(words[m].character!);
  return out;
}

/** Who stands in the scene's speakers for an unknown speaker of a sex. */
export const UNNAMED: Record<Gender, string> = { he: '\u0000he', she: '\u0000she' };

/** Whose a kin word is: `his mother` (a pronoun), `Harry's father` (a character). */
export type Owner = { name?: string; pronoun?: string; at: number };

/** The narration's titled names: a title right before a character's name, not after "the". */
export function titledMentions(words: readonly Word[][]): TitledMentions {
  const out: TitledMentions = new Map();
  for (const ws of words) {
    for (let i = 0; i + 1 < ws.length; i++) {
      const w = ws[i];
      const next = ws[i + 1];
      if (!next.character || w.character || !(w.token.lower in TITLES) || ws[i - 1]?.token.lower === 'the') continue;
      let list = out.get(w.token.lower);
      if (!list) out.set(w.token.lower, (list = []));
      list.push({ at: w.start, name: next.character });
    }
  }
  return out;
}

/** A title's other spelling: "the doctor" is the story's "Dr. Heaven Canceler". */
const SAME_TITLE: Record<string, string> = { doctor: 'dr', dr: 'doctor', professor: 'prof', prof: 'professor' };

/** The character a title stands for at `at`: the last one named with it before, else the first after. */
function titledSpeaker(titled: TitledMentions, noun: string, at: number): string | undefined {
  const list = titled.get(noun) ?? titled.get(SAME_TITLE[noun] ?? '');
  if (!list) return undefined;
  let pick = list[0];
  for (const m of list) {
    if (m.at > at) break;
    pick = m;
  }
  return pick.name;
}

/**
 * Whom an epithet stands for. "The boy" or "the girl" is the last character of that sex, but not
 * the viewpoint character while another of that sex is about: the narration calls the others by
 * their looks, its own eyes by name. A kin word is the last of its sex to speak in
 * the scene who is not its owner.
 */
export function epithetSpeaker(noun: string, at: number, ctx: EpithetContext, own?: string, of?: Owner, last?: string | null): string | null {
  const kin = of ? KIN_GENDER[noun] : undefined;
  if (kin && of) {
    // The owner of "his father" is no relation the story leaves unnamed (`His father looked back at him. "Huh," his father echoed.`).
    const owner = of.name ?? (of.pronoun ? ctx.resolve(of.pronoun, of.at, undefined, true) : null);
    // The one the story names as the owner's relation: `Wyll's father, Ulder,` … `"Go," his father said.`
    const named = owner === null ? undefined : namedRelative(ctx, noun, owner);
    if (named !== undefined) return named === own ? null : named;
    // Who of that sex has spoken in the scene, not the last one named: a relation who has not
    // spoken is more often someone new ("her husband").
    return lastSpeakerOf(ctx, kin, owner ?? undefined, own);
  }
  const titled = titledSpeaker(ctx.titled, noun, at);
  if (titled) return titled;
  // The one the story gave the epithet, unless its sentence says it is of the other sex: `The
  // demon rolled his hand` is not Tanya, "a small demon" of the story's start.
  const learned = ctx.epithets.get(noun);
  const sex = learned && ctx.genders.get(learned);
  if (learned && (!sex || sentenceSex(ctx.here, at) !== (sex === 'he' ? 'she' : 'he'))) return learned;
  const g = GENDERED_NOUNS[noun];
  if (!g) return null;
  // Not anyone its own sentence names: `Childe says as the man backs away from him`.
  const mates = sentenceNames(ctx.here, at);
  let name = ctx.resolve(g, at, own);
  if (name !== null && mates.has(name)) {
    const other = ctx.resolve(g, at, name);
    name = other !== null && other !== own && !mates.has(other) ? other : null;
  }
  // The epithet of an exchange names the other one than who just spoke: `"Why are you here?" Misaka
  // inquires. She'd met Kinuhata before.` / `"I'm here for Frenda," the brown-haired girl responds.`
  if (last && name === last) {
    const other = ctx.resolve(g, at, name);
    if (other !== null && other !== own && ctx.scene.includes(other)) return other;
    const spoke = lastSpeakerOf(ctx, g, name, own) ?? onlyOther(ctx, g, name, own);
    if (spoke !== null) return spoke;
    // Someone unnamed of that sex has talked in the scene: `"Please, I have a family," he says.` / `The man nods furiously.`
    if (ctx.scene.includes(UNNAMED[g])) return null;
  }
  if (name === null || name !== ctx.viewpoint) return name;
  const other = ctx.resolve(g, at, name);
  return other !== null && other !== own ? other : name;
}

/** The one other who has spoken in the scene of the sex, or of none the story gives, when the scene has only one such beside these two. */
function onlyOther(ctx: EpithetContext, g: Gender, not: string, nor?: string): string | null {
  const others = new Set(ctx.scene.filter((s) => s !== not && s !== nor && !s.startsWith('\u0000') && (ctx.genders.get(s) ?? g) === g));
  return others.size === 1 ? [...others][0] : null;
}

/** The one character the narration names as `owner`'s `kin` (`namedRelatives`), if it names one only. */
function namedRelative(ctx: EpithetContext, kin: string, owner: string): string | undefined {
  const names = new Set<string>();
  for (const r of ctx.relatives ?? [])
    if (r.kin === kin && (r.owner ?? (r.pronoun ? ctx.resolve(r.pronoun, r.at, undefined, true) : null)) === owner) names.add(r.name);
  return names.size === 1 ? [...names][0] : undefined;
}

/** The latest of a sex to speak in the scene, but neither of two. */
function lastSpeakerOf(ctx: EpithetContext, g: Gender, not?: string, nor?: string): string | null {
  for (let k = ctx.scene.length - 1; k >= 0; k--) {
    const s = ctx.scene[k];
    if (s !== not && s !== nor && ctx.genders.get(s) === g) return s;
  }
  return null;
}

/**
 * Whether "the boy" of a tag is someone the narration just brought in as "a boy" (`Next to Harry,
 * a pale young boy…` / `"Hello," said the boy.`), with no one of that sex named since: a newcomer
 * the story has not named, not the last boy it named.
 */
export function newcomer(
  noun: string,
  at: number,
  ctx: { before: readonly Word[]; here: readonly Word[]; epithets: ReadonlyMap<string, string>; genders: ReadonlyMap<string, Gender> },
): boolean {
  const g = GENDERED_NOUNS[noun];
  if (!g || ctx.epithets.has(noun)) return false;
  const ws = [...ctx.before, ...ctx.here.filter((w) => w.start < at)];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i];
    if (w.character && (ctx.genders.get(w.character) ?? g) === g) return false;
    if (w.token.lower !== noun) continue;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = ws[k].token.lower;
      if (t === 'a' || t === 'an') return true;
      if (t === 'the' || ws[k].character) break;
    }
  }
  return false;
}
