/**
 * Quote conversion between straight (`"`, `'`) and curly (`“”`, `‘’`) marks. The conversion is
 * one character for one character, so offsets survive it: a quick fix can convert a slice of a
 * paragraph in the context of the whole paragraph.
 */

/** A quote style: straight `"…"` or curly `“…”`. */
export type QuoteStyle = 'curly' | 'straight';

/** What to convert: double quotes only (the `quote-style` fix) or single quotes and apostrophes too. */
export interface ConvertOptions {
  singles?: boolean;
}

// Words that begin with an apostrophe: "'cause", "'em", "'til", "rock 'n' roll", "'twas".
const LEADING_ELISION =
  /^(?:cause|cos|coz|cuz|em|til|till|bout|round|n|tis|twas|twere|twill|un|ello|ow|owdy|im|er|ere|cept|nuff|kay|scuse|fore|ave|ad|ome|ey|ead|alf|ouse|appen|ang|at|e|s|d|ll|re|ve|m|t|spose|sup|gainst|mongst|neath|pon|tween)(?![\p{L}\p{N}])/iu;

const LETTER = /[\p{L}\p{N}]/u;
// What may stand right before an opening quote: "(“", "—“", "‘“".
const BEFORE_OPEN = /[\s([{<—–\-/“‘]/;
// What may stand right after a closing quote: "”.", "”,", "”)".
const AFTER_CLOSE = /[\s.,;:!?)\]}>…—–\-/]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * Converts the quotes of `text` to `style`. Curly conversion decides each straight quote by its
 * neighbours, and by whether a quote is open when the neighbours do not tell (`said,"Why?"` opens,
 * `"Why?"asked` closes); the open state resets at each blank line, since a speech that runs over
 * several paragraphs reopens its quote in each. Single quotes become `‘` only where they open a
 * quotation (`'Typical,' she thought`); apostrophes get `’`: `don't`, `'cause`, `goin'`,
 * `the boys' room`, `rock 'n' roll`, `'90s`.
 */
export function convertQuotes(text: string, style: QuoteStyle, options: ConvertOptions = { singles: true }): string {
  const singles = options.singles !== false;
  if (style === 'straight') {
    return singles ? text.replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'") : text.replace(/[“”„]/g, '"');
  }
  const out = text.split('');
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && /^\n[ \t]*\r?\n/.test(text.slice(i, i + 8))) open = false;
    if (c === '"') {
      const opens = opensDouble(text, i, open);
      out[i] = opens ? '“' : '”';
      open = opens;
    } else if (c === '“' || c === '„') open = true;
    else if (c === '”') open = false;
    else if (singles && c === "'") out[i] = opensSingle(text, i) ? '‘' : '’';
  }
  return out.join('');
}

function opensDouble(text: string, i: number, open: boolean): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  const nextBlank = next === undefined || /\s/.test(next);
  if ((prev === undefined || BEFORE_OPEN.test(prev)) && !nextBlank) {
    // `"—and then"` opens; `going to—"` (a cut-off) is followed by nothing and closes.
    return true;
  }
  if (nextBlank || AFTER_CLOSE.test(next) || next === "'" || next === '’') return false;
  // Both sides tell nothing (`said,"Why?"`, `"Why?"asked`): open what is closed, close what is open.
  return !open;
}

function opensSingle(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (!isLetter(next)) return false; // closing ("'Typical,'"), or "goin' home", "boys' room"
  if (prev !== undefined && !BEFORE_OPEN.test(prev) && prev !== '"' && prev !== '*' && prev !== '_') return false; // "don't"
  if (/^\d\d(?:s|\b)/.test(text.slice(i + 1, i + 4))) return false; // "'90s", "'99"
  const rest = text.slice(i + 1, i + 12);
  if (LEADING_ELISION.test(rest)) {
    // "'cause" mid-sentence is an elision; "'Cause I said so,' he thought" opens a thought when
    // a closing quote follows in the same paragraph.
    if (!/^\p{Lu}/u.test(next)) return false;
    return hasCloser(text, i + 1);
  }
  return true;
}

/** Whether a single quote that closes a quotation follows `from` in the same paragraph. */
function hasCloser(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\n' && /^\n[ \t]*\r?\n/.test(text.slice(j, j + 8))) return false;
    if ((c === "'" || c === '’') && !isLetter(text[j + 1]) && text[j - 1] !== undefined && !/\s/.test(text[j - 1])) return true;
  }
  return false;
}
