/**
 * Words as AO3 counts them, so the figure a writer sees before posting is the one the archive
 * shows after. Ported from otwcode/otwarchive `lib/word_counter.rb` (commit c983f18485fc): in each
 * text node, `--` becomes an em dash (so `one--two` is two words), hyphens and apostrophes are
 * removed (so `one-word` and `one's` are one word each), then every run of word characters is a
 * word, and every character of Han, Hiragana, Katakana and Thai is a word of its own
 * (`ArchiveConfig.CHARACTER_COUNT_SCRIPTS`, config/config.yml at 7e583009).
 *
 * Ruby's `[[:word:]]` is Letter, Mark, Decimal_Number and Connector_Punctuation.
 */

const STRIPPED = /['’‘-]/g;
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}])[\p{L}\p{M}\p{Nd}\p{Pc}])+/gu;

/** AO3's word count of one text node (plain text, entities already decoded). */
export function archiveWordCount(text: string): number {
  if (text.length === 0) return 0;
  const body = text.replace(/--/g, '—').replace(STRIPPED, '');
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(body)) n++;
  return n;
}
