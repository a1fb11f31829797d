/**
 * Lazy suggestions. Spelling suggestions cost tens of milliseconds a word, so findings carry
 * `lazy: true` and the host asks for suggestions only when a code action or `--format json` needs
 * them. The speller memoizes, so asking twice costs nothing.
 */

import { irregularFormsOf } from './data/irregular-verbs';
import { wrongEndingBase } from './rules/spelling-shapes';
import type { Speller } from './speller';
import { applyApostropheStyle, matchCase } from './text';
import type { Finding } from './types';

/**
 * Returns `finding` with its suggestions filled in (a new object; the input is not changed), written
 * with `apostrophe`: the document's (`model.apostrophe`), so "dont" becomes "don’t" in a curly story.
 * `story` (the story's names or words with their counts, e.g. `AnalysisResult.names`) puts the
 * story's own forms first when they fit: "Kirra" for "Kira" in a story that names Kirra.
 */
export function suggest(finding: Finding, speller: Speller | undefined, apostrophe?: "'" | '’', story?: ReadonlyMap<string, number>): Finding {
  if (!finding.lazy) return finding;
  const word = typeof finding.data?.word === 'string' ? finding.data.word : undefined;
  if (!word || !speller) return { ...finding, lazy: false };
  const style = apostrophe ?? (finding.data?.apostrophe === '’' ? '’' : "'");
  const seen = new Set(finding.suggestions);
  const list = [...finding.suggestions];
  // A regular ending on an irregular verb ("runned", "catched") means the verb's own forms, which
  // Hunspell ranks below look-alikes ("rained", "matched") or never offers.
  for (const f of irregularFormsOf(word.toLowerCase())) {
    const cased = matchCase(f, word);
    if (!seen.has(cased)) {
      seen.add(cased);
      list.push(cased);
    }
  }
  // A plural's ending on a word that takes none ("graffities", "sheeps") means the word itself,
  // which Hunspell ranks below look-alikes ("graffitied"). Only a plural's: a verb's wrong ending
  // means another spelling of the ending ("adviced" is "advised", not "advice").
  // A plural missing its e ("stitchs") means the plural the word takes ("stitches").
  const wrong = wrongEndingBase(speller, word.toLowerCase());
  if (wrong && (wrong[1] === 's' || wrong[1] === 'es')) {
    const es = `${wrong[0]}es`;
    const meant = wrong[1] === 's' && /(?:s|sh|ch|x|z)$/.test(wrong[0]) && speller.correct(es) ? es : wrong[0];
    const cased = matchCase(meant, word);
    if (!seen.has(cased)) {
      seen.add(cased);
      list.push(cased);
    }
  }
  for (const s of speller.suggest(word.replace(/’/g, "'"), story)) {
    const styled = applyApostropheStyle(s, style);
    if (!seen.has(styled)) {
      seen.add(styled);
      list.push(styled);
    }
  }
  return { ...finding, suggestions: list.slice(0, 8), lazy: false };
}
