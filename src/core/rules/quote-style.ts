/**
 * `quote-style`: double quotes of both styles in one file, and quotes that never close.
 *
 * Mixed styles come from pasting: a chapter drafted in a word processor (curly) and finished in a
 * plain editor (straight). The minority style is reported once per paragraph, not once per mark:
 * pasted text keeps its style paragraph by paragraph, so a paragraph is the unit a writer fixes,
 * and a file with two hundred stray quotes gets one finding per paragraph instead of a wall of
 * them. The fix converts the paragraph's minority quotes to the file's dominant style; "convert
 * file to curly / straight quotes" (`convertQuotes`) does the whole file at once.
 *
 * An unclosed quote at a paragraph's end is only a mistake when the next paragraph does not open
 * with a quote: a speech running over several paragraphs reopens its quote in each and closes
 * only the last. Nor is one still open where the text stops, in its last paragraph with nothing
 * after it: the writer is still typing the speech, or the text is an excerpt cut mid-speech. One
 * left open before a later paragraph, a scene break, or whatever ends the chapter (an author's
 * note, `The End`, the next chapter's heading) is reported.
 */

import type { Paragraph } from '../model/document';
import { convertQuotes, type QuoteStyle } from '../quotes';
import type { DocumentRule, RawFinding } from './types';

const STRAIGHT = /"/g;
const CURLY = /[“”]/g;

export const quoteStyle: DocumentRule = {
  id: 'quote-style',
  description: 'Straight and curly double quotes mixed in one file, and a quote left open at the end of a paragraph the next one does not continue.',
  defaultSeverity: 'information',
  scope: 'document',
  check({ model }) {
    const found: RawFinding[] = [];
    const { straightDoubleQuotes: straight, curlyDoubleQuotes: curly } = model.marks;
    // On a tie neither style is the writer's choice; curly wins, as in print and in the rich-text
    // editors of the archives.
    const dominant: QuoteStyle | undefined = straight > 0 && curly > 0 ? (straight > curly ? 'straight' : 'curly') : undefined;
    // This runs on every keystroke: a paragraph is looked at closely only when its counts say so.
    const paragraphs = model.paragraphs;
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.kind !== 'prose') continue;
      if (dominant && (dominant === 'straight' ? p.analysis.marks.curlyDoubleQuotes : p.analysis.marks.straightDoubleQuotes) > 0) {
        const f = mixed(p, dominant, dominant === 'straight' ? `${straight} of ${straight + curly}` : `${curly} of ${straight + curly}`);
        if (f) found.push(f);
      }
      if (p.analysis.openAtEnd < 0) continue;
      let next = i + 1;
      while (next < paragraphs.length && paragraphs[next].kind !== 'prose') next++;
      // The text stops inside this paragraph's speech: nothing but blank space follows it.
      if (next >= paragraphs.length && model.text.slice(p.end).trim() === '') continue;
      const f = unclosed(p, paragraphs[next]);
      if (f) found.push(f);
    }
    return found;
  },
};

/** The paragraph's quotes of the minority style, as one finding. */
function mixed(p: Paragraph, dominant: QuoteStyle, share: string): RawFinding | undefined {
  const minority = dominant === 'straight' ? CURLY : STRAIGHT;
  minority.lastIndex = 0;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let m = minority.exec(p.text); m; m = minority.exec(p.text)) {
    if (first < 0) first = m.index;
    last = m.index;
    count++;
  }
  if (first < 0) return undefined;
  const converted = convertQuotes(p.text, dominant, { singles: false });
  const noun = count === 1 ? 'quote' : 'quotes';
  const found = dominant === 'straight' ? `curly ${noun} (\`“ ”\`)` : `straight ${noun} (\`"\`)`;
  const expected = dominant === 'straight' ? 'straight quotes (`"`)' : 'curly quotes (`“ ”`)';
  return {
    start: p.start + first,
    end: p.start + last + 1,
    message: `${count} ${found} in a file that mostly uses ${expected}, ${share}: convert ${count === 1 ? 'it' : 'them'} to ${expected}.`,
    suggestions: [converted.slice(first, last + 1)],
    confident: true,
    data: { style: dominant },
  };
}

/** A dialogue quote open at the end of `p` that the next paragraph does not continue. */
function unclosed(p: Paragraph, next: Paragraph | undefined): RawFinding | undefined {
  const at = p.analysis.openAtEnd;
  if (at < 0) return undefined;
  const last = p.analysis.regions[p.analysis.regions.length - 1];
  const q = p.text[last.start];
  if (q !== '"' && q !== '“' && q !== '„') return undefined;
  // `Yes, I heard it", he said.` or `…could that be"?`: a straight quote after a word and before
  // a space or a mark closes a quotation; its opening quote is what is missing, not its closing one.
  if (q === '"' && /[^\s([{—–-]/.test(p.text[last.start - 1] ?? ' ') && /^(?:[\s.,;:!?…)\]]|$)/.test(p.text.slice(last.start + 1, last.start + 2))) {
    return undefined;
  }
  if (!/[\p{L}\p{N}]/u.test(p.text.slice(last.start))) return undefined;
  if (next && next.scene === p.scene) {
    // `"I went to the store.` ¶ `"And then I came home," she said.`: one speech, two paragraphs.
    if (/^[\s*_~]*["“„]/.test(next.text)) return undefined;
    // `"Reenact everything he did.` ¶ `Try to imagine it", he said.`: the speech goes on in the
    // next paragraph, which forgot to reopen it; that paragraph's stray closing quote is the slip.
    const firstQuote = /["“”]/.exec(next.text);
    if (firstQuote && (firstQuote[0] === '”' || (firstQuote[0] === '"' && (next.text.match(/"/g) ?? []).length % 2 === 1))) return undefined;
  }
  const words = p.text.slice(last.start, last.start + 30).replace(/\s+\S*$/, '');
  // Where the quote is still open: at the end of the file (before what closes the chapter: an
  // author's note, an end marker, a heading), of the scene, or of a paragraph the next does not
  // continue.
  const open = !next ? 'file' : next.scene !== p.scene ? 'scene' : 'paragraph';
  const where =
    open === 'file'
      ? 'this quote is still open at the end of the chapter'
      : open === 'scene'
        ? 'this quote is still open at the end of the scene'
        : 'this quote never closes, and the next paragraph does not continue the speech';
  return {
    start: p.start + last.start,
    end: p.start + last.start + 1,
    message: `\`${words}…\`: ${where}. Close it where the speech ends.`,
    data: { open },
  };
}
