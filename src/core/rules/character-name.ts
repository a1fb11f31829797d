/**
 * `character-name`: a name spelled other than the story spells it. A roster variant ("Ryo" where
 * the roster says "Ryou"), a rare spelling close to a frequent name ("Hermoine" once against
 * "Hermione" 104 times), or a casing the story does not use ("Mcgonagall"). The fix writes the
 * story's form and keeps what follows the name: "Hermoine's" → "Hermione's", "Sauske-kun" →
 * "Sasuke-kun".
 */

import { capitalNameOf } from '../characters/names';
import { FREQUENT } from '../characters/verdict';
import { nameCommands } from './commands';
import type { ParagraphRule, RawFinding } from './types';

/**
 * Whether a casing the story writes `own` times against the dominant one's `count` is a second
 * style (written often, a third as often as the other at least), not a slip of the hand.
 */
function twoStyles(own: number, count: number): boolean {
  return own >= FREQUENT && own * 3 >= count;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

export const characterName: ParagraphRule = {
  id: 'character-name',
  description: "A character's name spelled other than the story spells it: a roster variant, a likely typo of a frequent name, or another casing.",
  defaultSeverity: 'warning',
  scope: 'paragraph',
  check(paragraph) {
    // Which names are wrong depends on the whole story, so `check` only lists the capitalized
    // words (their name part: "Hermione" of "Hermione's"), and `finalize` decides.
    const spots: RawFinding[] = [];
    for (const token of paragraph.analysis.tokens) {
      // Decided once per word form: most are lowercase, or no name.
      const name = capitalNameOf(token);
      if (name !== null) spots.push({ start: token.start, end: token.start + name.length, message: '', data: { name } });
    }
    return spots;
  },
  finalize(spots, paragraph, context) {
    const out: RawFinding[] = [];
    for (const c of spots) {
      const name = c.data!.name as string;
      const verdict = context.nameVerdict(name);
      if (!verdict) continue;
      const base = {
        start: c.start,
        end: c.end,
        suggestions: [verdict.name],
        data: { name, target: verdict.name, kind: verdict.kind },
        commands: nameCommands(name, verdict.name),
      };
      if (verdict.kind === 'variant') {
        out.push({ ...base, message: `\`${name}\` is spelled \`${verdict.name}\` in this story.`, confident: true });
      } else if (verdict.kind === 'misspelling') {
        const where = verdict.count === 0 ? "in this story's character list" : `used ${times(verdict.count)} in this story`;
        out.push({ ...base, message: `\`${name}\` may be a misspelling of \`${verdict.name}\` (${where}).` });
      } else {
        const rosterForm = context.options.rosterNames.has(verdict.name);
        out.push({
          ...base,
          message: rosterForm
            ? `\`${name}\` is written \`${verdict.name}\` in this story's character list.`
            : `\`${name}\` is written \`${verdict.name}\` elsewhere in this story (${times(verdict.count)}).`,
          confident: rosterForm,
          // "Anti-Skill" 18 times, "Anti-skill" 25: two styles the writer switched between, no
          // slip; told once each place, as information, to choose one.
          ...(!rosterForm && twoStyles(verdict.own, verdict.count) ? { severity: 'information' as const } : {}),
        });
      }
    }
    // Variants of more than one word ("Death Eater" for "DeathEater") are found in the text.
    for (const [variant, target] of context.options.variants) {
      if (!variant.includes(' ')) continue;
      let at = paragraph.text.indexOf(variant);
      while (at >= 0) {
        const before = paragraph.text[at - 1];
        const after = paragraph.text[at + variant.length];
        if (!/[\p{L}\p{N}]/u.test(before ?? ' ') && !/[\p{L}\p{N}]/u.test(after ?? ' ')) {
          out.push({
            start: at,
            end: at + variant.length,
            message: `\`${variant}\` is spelled \`${target}\` in this story.`,
            suggestions: [target],
            confident: true,
            data: { name: variant, target, kind: 'variant' },
            commands: nameCommands(variant, target),
          });
        }
        at = paragraph.text.indexOf(variant, at + variant.length);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
