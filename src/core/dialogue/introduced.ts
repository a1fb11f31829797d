/**
 * Someone a quote introduces by a relation and the narration only ever calls by an epithet:
 * `"That's my wife Sharon."` … `The girl dropped off to sleep.` … `"Not much of a meal?" the girl
 * cried.` The epithet is hers: its uses in the narration name her, so "the girl cried" and the
 * "she" after "the girl" are Sharon's.
 */

import { foldName } from '../characters/names';
import type { Paragraph } from '../model/document';
import type { CharacterIndex, Word } from './cast';
import type { Gender } from './lexicon';

const RELATION =
  /\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Yy]our) (wife|husband|sister|brother|daughter|son|fiancée|fiancee|fiancé|fiance)[,]?\s+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
const RELATION_SEX: Record<string, Gender> = {
  wife: 'she',
  sister: 'she',
  daughter: 'she',
  fiancée: 'she',
  fiancee: 'she',
  husband: 'he',
  brother: 'he',
  son: 'he',
  fiancé: 'he',
  fiance: 'he',
};
/** The epithets of each sex the narration may call such a one by. */
const EPITHETS_OF: Record<Gender, string[]> = { she: ['girl', 'woman', 'lady'], he: ['boy', 'man'] };
/** How many paragraphs around the introduction the epithet must be used in, and how often. */
const NEAR = 15;
const AT_LEAST = 2;

/** Gives an epithet to the one a quote introduces by a relation when the narration never names them. */
export function introducedByRelation(
  prose: readonly Paragraph[],
  words: Word[][],
  index: CharacterIndex,
  genders: Map<string, Gender>,
  epithets: Map<string, string>,
): void {
  const narrated = new Set<string>();
  for (const ws of words) for (const w of ws) if (w.character) narrated.add(w.character);
  prose.forEach((p, pi) => {
    RELATION.lastIndex = 0;
    for (let m = RELATION.exec(p.text); m; m = RELATION.exec(p.text)) {
      const folded = foldName(m[2]);
      const name = index.byToken.get(folded) ?? folded;
      const g = RELATION_SEX[m[1].toLowerCase()];
      if (narrated.has(name) || !g || (genders.has(name) && genders.get(name) !== g)) continue;
      const noun = mostUsedEpithet(words.slice(Math.max(0, pi - NEAR), pi + NEAR + 1), g, epithets);
      if (!noun) continue;
      if (!index.byToken.has(folded)) index.byToken.set(folded, name);
      genders.set(name, g);
      epithets.set(noun, name);
      for (const ws of words) for (let i = 1; i < ws.length; i++) if (ws[i].token.lower === noun && ws[i - 1].token.lower === 'the') ws[i].character = name;
      narrated.add(name);
    }
  });
}

/** The epithet of the sex the narration writes most as "the girl", at least twice, that stands for no one yet. */
function mostUsedEpithet(words: Word[][], g: Gender, epithets: Map<string, string>): string | undefined {
  const counts = new Map<string, number>();
  for (const ws of words)
    for (let i = 1; i < ws.length; i++) {
      const noun = ws[i].token.lower;
      if (ws[i - 1].token.lower === 'the' && EPITHETS_OF[g].includes(noun) && !epithets.has(noun)) counts.set(noun, (counts.get(noun) ?? 0) + 1);
    }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= AT_LEAST ? best[0] : undefined;
}
