/**
 * How the narration names a character: by a relation the narrator names them by, or only after a
 * preposition, as someone talked about.
 *
 * A relation the narrator names someone by ("my mother", "our uncle") who is a named character:
 * the story links the two when the one a quote addresses by name answers as the relation.
 * `"I'm sorry, Mrs. Minks," Arlene said.` / `"It's perfectly understandable, Arlene," my mother
 * said.`: my mother is Mrs. Minks, in that tag and wherever the narration says "my mother".
 */

import type { Paragraph } from '../model/document';
import { firstIndex } from '../search';
import type { Word } from './cast';
import { isAdverb, isTagVerb, KIN_GENDER, TITLES, type Gender } from './lexicon';
import type { Vocative } from './pronouns';

/** The relations a narrator names people by, and the sex each says. */
const RELATIONS: Record<string, Gender> = {
  mother: 'she',
  father: 'he',
  aunt: 'she',
  uncle: 'he',
  grandmother: 'she',
  grandfather: 'he',
  sister: 'she',
  brother: 'he',
  wife: 'she',
  husband: 'he',
  mom: 'she',
  dad: 'he',
};

/** The relation of a tag right after a quote in the paragraph (`"…," my mother said`): where it stands. */
function relationTag(p: Paragraph, ws: readonly Word[]): number | undefined {
  for (let i = 0; i + 2 < ws.length; i++) {
    const det = ws[i].token.lower;
    if ((det !== 'my' && det !== 'our') || !(ws[i + 1].token.lower in RELATIONS) || ws[i + 1].character) continue;
    const verb = isAdverb(ws[i + 2].token.lower) ? ws[i + 3]?.token.lower : ws[i + 2].token.lower;
    if (!verb || !isTagVerb(verb)) continue;
    // Right after the quote: only its closing mark and punctuation between.
    const from = i > 0 ? ws[i - 1].end : p.start;
    if (/["”]/.test(p.text.slice(from - p.start, ws[i].start - p.start))) return i;
  }
  return undefined;
}

/**
 * Links each relation to the character it is, by the exchange above: a paragraph whose quote
 * addresses X, by someone its narration names (Y), then a paragraph whose tag is the relation and
 * whose quote addresses Y back. Marks the narration's words of the relation ("my mother") as X and
 * gives X the relation's sex when the story gave none. Returns the links made.
 */
export function linkRelations(prose: readonly Paragraph[], words: Word[][], called: readonly Vocative[], genders: Map<string, Gender>): Map<string, string> {
  const links = new Map<string, string>();
  const byParagraph = new Map<number, string[]>();
  for (const v of called) (byParagraph.get(v.from) ?? byParagraph.set(v.from, []).get(v.from)!).push(v.name);
  for (let k = 1; k < prose.length; k++) {
    const a = prose[k - 1];
    const b = prose[k];
    if (a.scene !== b.scene) continue;
    const i = relationTag(b, words[k]);
    if (i === undefined) continue;
    const relation = `${words[k][i].token.lower} ${words[k][i + 1].token.lower}`;
    if (links.has(relation)) continue;
    const inA = new Set(words[k - 1].map((w) => w.character).filter((c) => c !== undefined));
    const answered = (byParagraph.get(b.start) ?? []).filter((n) => inA.has(n));
    const addressed = (byParagraph.get(a.start) ?? []).filter((n) => !inA.has(n));
    if (answered.length === 0 || addressed.length !== 1) continue;
    const x = addressed[0];
    const g = RELATIONS[words[k][i + 1].token.lower];
    if (genders.has(x) && genders.get(x) !== g) continue;
    links.set(relation, x);
    if (!genders.has(x)) genders.set(x, g);
  }
  if (links.size === 0) return links;
  for (const ws of words)
    for (let j = 1; j < ws.length; j++) {
      const x = ws[j].character ? undefined : links.get(`${ws[j - 1].token.lower} ${ws[j].token.lower}`);
      if (x) ws[j].character = x;
    }
  return links;
}

// Words before a name that make it no one acting: "with Valery", "of Mary", "about Jim".
const PREPOSITIONS = new Set(['with', 'of', 'to', 'for', 'about', 'from', 'at', 'by', 'like', 'than', 'without', 'on']);

/** A narration mention of a character: where, and whether a preposition stands right before it. */
export interface Mention {
  at: number;
  afterPreposition: boolean;
}

/** Each character's narration mentions, in document order. */
export function mentionsByCharacter(words: readonly Word[][]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const ws of words)
    ws.forEach((w, i) => {
      if (!w.character) return;
      const prev = ws[i - 1];
      const afterPreposition = !w.token.sentenceStart && prev !== undefined && PREPOSITIONS.has(prev.token.lower);
      (out.get(w.character) ?? out.set(w.character, []).get(w.character)!).push({ at: w.start, afterPreposition });
    });
  return out;
}

/** Whether the last narration mention of a character before an offset follows a preposition ("once known with Valery"). */
export function lastNamedAfterPreposition(list: readonly Mention[] | undefined, at: number): boolean {
  if (!list) return false;
  const k = firstIndex(list.length, (i) => list[i].at >= at) - 1;
  return k >= 0 && list[k].afterPreposition;
}

/** A relation the narration names: `Wyll's father, Ulder,` (owner Wyll), `his brother Sasuke` (owner the "his" at `at`). */
export interface NamedRelative {
  kin: string;
  name: string;
  owner?: string;
  pronoun?: string;
  at: number;
}

/**
 * The relations the narration gives a name, by whose they are: `Wyll's father, Ulder Ravengard,`,
 * `his brother Sasuke`, `Ulder, Wyll's father,`. A relation word of someone, then (after a comma or
 * none, and a title at most) a character's name; or a name, a comma and the relation.
 */
export function namedRelatives(words: readonly Word[][]): NamedRelative[] {
  const out: NamedRelative[] = [];
  for (const ws of words)
    for (let i = 0; i + 1 < ws.length; i++) {
      const w = ws[i];
      const kin = ws[i + 1];
      if (kin.character || !(kin.token.lower in KIN_GENDER) || !/^\p{Ll}/u.test(kin.token.text)) continue;
      const lower = w.token.lower;
      const owner = w.character && /['’]s$/.test(w.token.text) ? w.character : undefined;
      const pronoun = lower === 'his' ? 'he' : lower === 'her' ? 'she' : undefined;
      if (!owner && !pronoun) continue;
      let n = i + 2;
      if (ws[n] && (ws[n].token.lower in TITLES || ws[n].title) && ws[n + 1]?.character) n++;
      const named = ws[n];
      if (named?.character && !named.token.sentenceStart && named.character !== owner && !/['’]s$/.test(named.token.text)) {
        out.push({ kin: kin.token.lower, name: named.character, ...(owner ? { owner } : { pronoun }), at: w.start });
        continue;
      }
      // `Ulder, Wyll's father, …`: the name set off before the owner's relation.
      const before = ws[i - 1];
      if (owner && before?.character && before.character !== owner && w.start - before.end === 2)
        out.push({ kin: kin.token.lower, name: before.character, owner, at: w.start });
    }
  return out;
}
