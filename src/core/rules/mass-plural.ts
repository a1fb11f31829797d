/**
 * A mass noun given a plural (issue #15): "the equipments", "many informations", "some advices",
 * "our furnitures". The nouns are the generated table `data/mass-nouns.generated.ts`, whose
 * plurals no dictionary and no edited prose writes; the fix is the noun itself. Reported under
 * `confusable`, as information in dialogue and thoughts (a speaker may talk so).
 */

import { MASS_PLURALS } from '../data/mass-nouns.generated';
import type { Paragraph } from '../model/document';
import type { Words } from '../patterns';
import { matchCase } from '../text';
import type { RawFinding } from './types';

const SPOKEN = new Set(['dialogue', 'thought']);
/** Words that open a noun phrase: a mass noun's plural before one is a verb ("and advices the use of"). */
const OBJECT_OPENS = new Set('the a an his her their my your our its this that these those him them me us it'.split(' '));
/** The verbs spelled like a mass noun's plural but for a letter: "advices" for "advises". */
const VERBS: Record<string, string> = { advices: 'advises' };

/** Whether word `i` stands where a verb does: before an object, or after an adverb ("highly advices"). */
function verbSlot(words: Words, i: number): boolean {
  const next = i + 1 < words.n ? words.word(i + 1) : '';
  const before = i > 0 ? words.word(i - 1) : '';
  return OBJECT_OPENS.has(next) || (before.length > 4 && before.endsWith('ly'));
}

/** The paragraph's mass nouns given a plural, as `confusable` findings; `words` gives the paragraph's words. */
export function massPluralFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  let found: RawFinding[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const noun = MASS_PLURALS.get(tokens[i].lower);
    if (noun === undefined) continue;
    const all = words();
    // A name ("Softwares Ltd") is its owner's to spell.
    if (all.name(i)) continue;
    const original = paragraph.text.slice(tokens[i].start, tokens[i].end);
    const verb = verbSlot(all, i) ? VERBS[tokens[i].lower] : undefined;
    if (verb === undefined && verbSlot(all, i)) continue;
    const fix = matchCase(verb ?? noun, original);
    (found ??= []).push({
      start: tokens[i].start,
      end: tokens[i].end,
      message: verb
        ? `\`${original.toLowerCase()}\` is no word here: the verb is \`${verb}\` (\`${noun}\` is the noun, with no plural).`
        : `\`${noun}\` is a mass noun, with no plural: \`${fix}\` (or a count of it: "pieces of ${noun}").`,
      suggestions: [fix],
      ...(SPOKEN.has(tokens[i].region) ? { severity: 'information' as const } : {}),
      data: { word: original, expected: fix, family: 'mass-plural' },
    });
  }
  return found ?? [];
}
