/**
 * `locale-spelling`: a British spelling in an American English story, or the reverse ("colour" in
 * an en-US story, "color" in an en-GB one). Not a misspelling, so not `spelling`'s warning: one
 * information finding with the story's form as a confident fix. Its own id so a writer who mixes
 * on purpose (a British character's letters in an American story) turns it off without losing
 * spelling. Words right in both ("amongst", "whilst", "learnt") are in no pair and never reported.
 *
 * A document spelled throughout in the other locale ("colour", "favourite", "jewellery" and no
 * "color") is a writer of that locale whose story sets none: unless its `fanfic.json` sets a
 * locale, its spellings are not reported, only a stray one of the other kind is.
 */

import { hasLocalePair, isBritishForm, localeVariant } from '../data/locale-variants';
import type { Marks, Token } from '../model/paragraph';
import type { Speller } from '../speller';
import type { ParagraphRule, RawFinding } from './types';

/** A document written in one locale all through: five of its spellings at least, and four times the other's. */
const WRITTEN_AT_LEAST = 5;
const WRITTEN_TIMES = 4;

/** The locale a document spells in throughout, if it does: 'british' or 'american'. */
function writtenLocale(marks: Marks): 'british' | 'american' | undefined {
  const { britishForms: gb, americanForms: us } = marks;
  if (gb >= WRITTEN_AT_LEAST && gb >= WRITTEN_TIMES * us) return 'british';
  if (us >= WRITTEN_AT_LEAST && us >= WRITTEN_TIMES * gb) return 'american';
  return undefined;
}

/**
 * The finding of a word with a form in the other locale, if the speller knows that form. Apart
 * from `check`'s loop over every word, so that its rare paths recompile this alone.
 */
function findingOf(token: Token, speller: Speller): RawFinding | undefined {
  const fix = localeVariant(token.text, speller);
  if (fix === undefined) return undefined;
  const from = isBritishForm(token.text) ? 'British' : 'American';
  const to = from === 'British' ? 'American (en-US)' : 'British (en-GB)';
  return {
    start: token.start,
    end: token.end,
    message: `\`${token.text}\` is the ${from} spelling; this story is in ${to} English: \`${fix}\`.`,
    suggestions: [fix],
    confident: true,
    data: { word: token.text },
  };
}

export const localeSpelling: ParagraphRule = {
  id: 'locale-spelling',
  description: 'A British spelling in an American English story or the reverse ("colour" in en-US, "color" in en-GB), with the story\'s form as the fix.',
  defaultSeverity: 'information',
  scope: 'paragraph',
  check(paragraph, options) {
    const speller = options.speller;
    if (!speller) return [];
    const found: RawFinding[] = [];
    for (const token of paragraph.analysis.tokens) {
      // Most words have no other form: one look-up a word type rules them out.
      if (!hasLocalePair(token.lex, token.lower) || !/^\p{L}+$/u.test(token.text)) continue;
      const finding = findingOf(token, speller);
      if (finding) found.push(finding);
    }
    return found;
  },
  finalize(findings, _paragraph, context) {
    if (findings.length === 0) return findings;
    const writes = context.options.locale === undefined ? writtenLocale(context.marks) : undefined;
    // "colour" in the story's word list: the writer chose it.
    return findings.filter((f) => {
      const word = String(f.data?.word ?? '');
      return !context.isKnownWord(word) && (writes === undefined || (writes === 'british') !== isBritishForm(word));
    });
  },
};
