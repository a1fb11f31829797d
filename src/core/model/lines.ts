/**
 * Recognizers for the structural lines of a fanfic chapter, one function a shape. Each takes one
 * line (no line terminator) and answers whether it has that shape. Context (is the line alone in
 * its paragraph, is it in the front matter) is the caller's concern: see `blocks.ts`.
 */

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|' +
  'hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final)';
const NUMBER = `(?:\\d{1,4}|[ivxlcdm]{1,7}|${NUMBER_WORD}(?:[-\\s]${NUMBER_WORD}){0,2})`;

/** Decoration writers put around headings: `~Chapter 2~`, `-Flashback-`, `**POV**`, `==`. */
const DECOR = '[\\s*~_=\\-–—#+<>\\[\\](){}|•·]*';
/** The characters of `DECOR` but white space. */
const DECOR_CHARS = new Set('*~_=-–—#+<>[](){}|•·');

/** What ends a heading's number: a title after a colon or a dash, or decoration ("~Chapter 2~"). */
const HEADING_END = '\\b(?:\\s*[:.\\-–—~]+\\s*\\S.*|\\s*[~*_=\\-–—]*\\s*)$';
// "Chapter One: His Decision", "Chapter 12", "Ch. 3 - The Well", "~Chapter 2~", "CHAPTER IV".
const CHAPTER_WORD = new RegExp(`^${DECOR}(?:chapter|chap\\.?|ch\\.)\\s*${NUMBER}${HEADING_END}`, 'i');
/** `CHAPTER_WORD` with a number in digits or Roman numerals only: 0.5 ms to compile, not 10. */
const CHAPTER_DIGITS = new RegExp(`^${DECOR}(?:chapter|chap\\.?|ch\\.)\\s*(?:\\d{1,4}|[ivxlcdm]{1,7})${HEADING_END}`, 'i');
// "Prologue", "Epilogue: After", "Interlude - Rain", "Part Two", "Part 3: The Return".
const CHAPTER_NAMED = new RegExp(`^${DECOR}(?:prologue|epilogue|interlude|(?:part|book)\\s+${NUMBER})${HEADING_END}`, 'i');
/** The words `CHAPTER_NAMED` starts with (`CHAPTER_WORD`'s all start with "ch"). */
const NAMED_WORDS = ['prologue', 'epilogue', 'interlude', 'part', 'book'];
// Markdown "# Chapter 2" (in .md files every ATX heading is a chapter-level heading).
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+\S/;
// "Forty-seven: To say our final goodbyes." — a spelled-out or digit number and a title. Needs the
// colon or dash, so "Seven men walked in." is prose.
const NUMBERED_TITLE = new RegExp(`^\\s*${NUMBER}\\s*[:.–—-]\\s+\\S.{0,80}$`, 'i');
// A bare number alone on a line: "12", "XII".
const BARE_NUMBER = /^\s*(?:\d{1,3}|[IVXLC]{1,6})\s*[.:]?\s*$/;

/** A chapter heading, strongly shaped ("Chapter 12", "# Chapter 2", "Prologue"). */
export function isChapterHeading(line: string): boolean {
  if (line.length > 140) return false;
  if (MARKDOWN_HEADING.test(line)) return true;
  // Most lines are prose: the first letter after the decoration (`DECOR`) rules nearly all of
  // them out before the two long patterns run (they start with chapter, chap, ch, prologue,
  // epilogue, interlude, part or book).
  let k = 0;
  while (k < line.length && (DECOR_CHARS.has(line[k]) || /\s/.test(line[k]))) k++;
  if (k === line.length || !'cpeibCPEIB'.includes(line[k])) return false;
  // Then the word itself, and only the pattern it may start: "I", "But", "Charlie" pass the
  // letter, and V8 compiles a pattern the first time it runs (`CHAPTER_NAMED`, with its number
  // words, in 7 ms). ASCII only, as the patterns' `i` flag matches.
  const head = line.slice(k, k + 9).toLowerCase();
  // "Chapter 12" by a pattern without the number words, which match what it does (a subset): the
  // full one is compiled only for a line that may spell its number ("Chapter One").
  if (head.startsWith('ch')) return (head.startsWith('chap') || head.startsWith('ch.')) && (CHAPTER_DIGITS.test(line) || CHAPTER_WORD.test(line));
  return NAMED_WORDS.some((w) => head.startsWith(w)) && CHAPTER_NAMED.test(line);
}

/** A weakly shaped chapter heading ("Forty-seven: Title", "12"): only when alone in its paragraph. */
export function isWeakChapterHeading(line: string): boolean {
  if (line.length > 100) return false;
  if (BARE_NUMBER.test(line)) return true;
  if (!NUMBERED_TITLE.test(line)) return false;
  // "One: I hated him." reads as a numbered title; a line with dialogue does not.
  return !/["“”]/.test(line);
}

// Symbols that make a scene break on their own: "***", "* * *", "~~~", "~*~*~", "----", "___", "#".
const BREAK_SYMBOLS = /^[*~\-_=#+•·◇◆♦❖§%^|<>/\\:o0xX.–—]+$/;
const HAS_SYMBOL = /[*~\-_=#+•·◇◆♦❖§%^|<>/\\:–—]/;
// Letter-only breaks writers use: "xXx", "oOo", "XxX", "OoO" (alternating case, so no real word).
const LETTER_BREAK = /^(?:x+X+x+|X+x+X+|o+O+o+|O+o+O+)$/;

/** A scene-break line: only break symbols, often centered with spaces. */
export function isSceneBreak(line: string): boolean {
  // Nearly every line is prose, far longer than a break: its visible ASCII characters are counted
  // before a copy without spaces is made (a non-ASCII character may be a space, so it is not
  // counted, and the count never exceeds the copy's length).
  let visible = 0;
  for (let i = 0; i < line.length && visible <= 80; i++) {
    const c = line.charCodeAt(i);
    if (c > 32 && c < 127) visible++;
  }
  if (visible > 80) return false;
  const stripped = line.replace(/\s+/g, '');
  if (stripped.length === 0 || stripped.length > 80) return false;
  if (stripped === '#' || stripped === '§') return true;
  if (LETTER_BREAK.test(stripped)) return true;
  if (!BREAK_SYMBOLS.test(stripped) || !HAS_SYMBOL.test(stripped)) return false;
  // "-o-o-o-" mixes letters with symbols; "x-ray" would not be all symbols. Dots alone ("...") are
  // a beat of silence inside a scene, and a lone "*" or "-" is too little to mean a break.
  if (/^[.:]+$/.test(stripped)) return false;
  return stripped.length >= 2;
}

const POV_WORD = /\b(?:POV|P\.O\.V\.?|pov|Point of View|point of view)\b/;
const TIME_SKIP =
  /\b(?:later|earlier|ago|meanwhile|the next (?:day|morning|evening|night|week|month|year)|the following (?:day|morning|week)|flash[- ]?forward|present day|present time|time ?skip)\b/i;
const DECORATED = /^\s*([*~_=\-–—#+(\[<]+)\s*(.+?)\s*([*~_=\-–—#+)\]>]+)\s*$/;
/** A time skip without decoration: "Three years later...", "Some time later", "Two hours earlier", "Much later". */
const UNDECORATED_SKIP = new RegExp(
  `^(?:(?:${NUMBER_WORD}|\\d+|a|an|few|several|many|some|much|long|not|little|couple|half|of|and|time|while|` +
    `(?:second|minute|moment|hour|day|night|week|month|year|decade|centur(?:y|ie)|lifetime)s?)[\\s-]+){1,6}(?:later|earlier)[.…!]*$`,
  'i',
);

/**
 * A POV or time-skip header: "**Hermione's POV**", "Draco POV", "(Harry's POV)",
 * "**1 week later Draco POV**", "~Three years later~". Starts a new scene.
 */
export function isPovHeader(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return false;
  const decorated = DECORATED.exec(trimmed);
  const inner = decorated ? decorated[2] : trimmed;
  if (POV_WORD.test(inner)) {
    // "From Draco's point of view, this was a disaster." is prose: a header has no clause in it.
    if (decorated) return true;
    return /\bPOV\b|\bP\.O\.V\b/.test(inner) && !/[,;"“”]/.test(inner) && inner.split(/\s+/).length <= 8;
  }
  if (TIME_SKIP.test(inner)) {
    if (decorated) return inner.split(/\s+/).length <= 10;
    // Undecorated: "Three years later..." alone on a line, its words a span of time and nothing
    // else: "She left an hour later." and "We should have gone earlier." are prose.
    return UNDECORATED_SKIP.test(inner);
  }
  return false;
}

// "Kagome's POV: I ran…", "(Inuyasha's POV) I ran…", "**Draco POV** I ran…", "Kagome POV - I ran…":
// a POV header that opens a paragraph of prose. It needs a colon, a dash or its own decoration
// after the POV word, so "POV shots were…" stays prose.
const INLINE_POV =
  /^(\s*(?:[(\[*~_=#+<]+\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:['’]s)?\s+)?(?:POV|P\.O\.V\.?|pov|[Pp]oint of [Vv]iew))(?:\s*[)\]*~_=#+>]+\s*[:\-–—]?|\s*[:\-–—]+)\s+(?=["“'‘*_]?\p{Lu})/u;

/**
 * Where the prose starts after a POV header that opens the line (`Kagome's POV: I ran to the
 * well.` → the offset of `I`), or 0 when the line opens with none. The rest must be prose of
 * its own (three words or more): `POV: Kagome` is a header alone.
 */
export function inlinePovHeaderEnd(line: string): number {
  if (line.length < 12 || !/pov|p\.o\.v|point of view/i.test(line)) return 0;
  const m = INLINE_POV.exec(line);
  if (!m) return 0;
  const rest = line.slice(m[0].length);
  return rest.trim().split(/\s+/).length >= 3 ? m[0].length : 0;
}

/**
 * A name header strongly decorated, `~*~ Kagome ~*~`, `**Draco**`, `-- Sakura --`: a POV header even
 * as the first line of a paragraph (`~*~ Kagome ~*~\nI ran to the well.`), where a lone `*Sasuke*`
 * could be a word emphasized.
 */
export function isStrongNamePovHeader(line: string): boolean {
  const decorated = DECORATED.exec(line.trim());
  if (!decorated || decorated[1].replace(/\s/g, '').length < 2 || decorated[3].replace(/\s/g, '').length < 2) return false;
  return isNamePovHeader(line);
}

// "Inuyasha's point of view", "Kagome's pov": a header when alone in its paragraph.
const LONE_POV = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}['’]s\s+(?:pov|point of view|Point of View)\s*[.:]?\s*$/u;

/** A name's POV in lowercase or words, alone in its paragraph: "Kagome's pov", "Inuyasha's point of view". */
export function isLonePovHeader(line: string): boolean {
  return line.length <= 60 && LONE_POV.test(line);
}

/**
 * A story title's shape, for a line alone above the first chapter heading: short, no sentence
 * (`The Well of Time`, `Moonlight!`, `~Forbidden~`), not `She ran.` or `"Wait," he said.`
 */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80 || /[.,;:]$/.test(t) || /^["“'‘]/.test(t)) return false;
  return t.split(/\s+/).length <= 12 && /\p{L}/u.test(t);
}

/**
 * A lone decorated name on its own line, "*Sasuke*", "~Sakura~", "-Naruto-": a POV header by
 * convention. Only when alone in its paragraph; "*sigh*" (lowercase) is emphasis.
 */
export function isNamePovHeader(line: string): boolean {
  const decorated = DECORATED.exec(line.trim());
  if (!decorated) return false;
  const inner = decorated[2];
  if (inner.length > 40) return false;
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(inner);
}

const FLASHBACK = 'flash[\\s-]?backs?';
const MARK = '[\\s*~_=\\-–—#+(\\[<]*';
const MARK_END = '[\\s*~_=\\-–—#+)\\]>.:!]*';
const FLASHBACK_BEGIN_LINE = new RegExp(
  `^${MARK}(?:(?:begin(?:ning)?|start)\\s+(?:of\\s+(?:the\\s+)?)?)?${FLASHBACK}(?:\\s+(?:begins?|starts?))?\\s*${MARK_END}$`,
  'i',
);
const FLASHBACK_END_LINE = new RegExp(`^${MARK}(?:end(?:\\s+of)?(?:\\s+the)?\\s+${FLASHBACK}|${FLASHBACK}\\s+(?:ends?|ended|over))\\s*${MARK_END}$`, 'i');

/** An own-line flashback opening: "Flashback:", "*Flashback*", "-Flashback-", "Begin flashback". */
export function isFlashbackBeginLine(line: string): boolean {
  return line.length <= 60 && FLASHBACK_BEGIN_LINE.test(line);
}

/** An own-line flashback closing: "End flashback", "*End Flashback*", "-End of Flashback-". */
export function isFlashbackEndLine(line: string): boolean {
  return line.length <= 60 && FLASHBACK_END_LINE.test(line);
}

// "Flashback : The sun was warm…", "*Flashback* The sun…", "Begin flashback: …". Needs a colon or
// decoration, so "Flashbacks haunted her." and "Flashback scenes are hard." stay prose.
const INLINE_BEGIN = new RegExp(`^\\s*(?:[*~_\\-–—]+\\s*(?:begin\\s+)?${FLASHBACK}\\s*[*~_\\-–—]+\\s*:?|(?:begin\\s+)?${FLASHBACK}\\s*:)\\s*`, 'i');
// "FLASHBACK The sun was warm…": capitals alone mark it.
const INLINE_BEGIN_CAPS = /^\s*FLASHBACK\b\s*[:.\-–—]?\s*/;
// "… and she never answered. End flashback." — at a sentence boundary.
const INLINE_END = new RegExp(
  `(?:^|(?<=[.!?…"”'’*~\\-]\\s{0,3}))\\s*[*~_\\-–—]*\\s*(?:End(?:\\s+of)?(?:\\s+the)?\\s+${FLASHBACK}|Flash[\\s-]?back\\s+(?:end|over))\\b\\s*[*~_\\-–—.!]*`,
  'gi',
);

/** Length of an inline flashback opening marker at the start of a paragraph, or 0. */
export function inlineFlashbackBegin(paragraph: string): number {
  const m = INLINE_BEGIN.exec(paragraph) ?? INLINE_BEGIN_CAPS.exec(paragraph);
  return m ? m[0].length : 0;
}

/** Spans of inline flashback closing markers inside a paragraph. */
export function inlineFlashbackEnds(paragraph: string): Array<{ start: number; end: number }> {
  if (!/flash[\s-]?back/i.test(paragraph)) return [];
  const spans: Array<{ start: number; end: number }> = [];
  INLINE_END.lastIndex = 0;
  for (let m = INLINE_END.exec(paragraph); m; m = INLINE_END.exec(paragraph)) {
    const lead = m[0].length - m[0].trimStart().length;
    // "end flashback" in the middle of a sentence is prose; the marker starts with a capital or a symbol.
    const first = m[0].trimStart()[0];
    if (first && /[a-z]/.test(first)) continue;
    spans.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  return spans;
}

// "A/N:", "AN:", "(A/N: …)", "Author's Note:", "Authors Note -", "A.N.:", "N/A:" (a common slip).
const AUTHORS_NOTE = /^\s*[(\[*~_]*\s*(?:A\/N|A\.N\.|N\/A|Author['’]?s?\s+Notes?|Authors\s+Notes?|AN(?=\s*[:\-–—]))\s*(?:\d+\s*)?[:\-–—)\]*~.]?/i;
const AUTHORS_NOTE_STRICT_AN = /^\s*[(\[*~_]*\s*AN\s*[:\-–—]/;

/** An author's-note opening at the start of a paragraph. */
export function isAuthorsNoteStart(paragraph: string): boolean {
  const m = AUTHORS_NOTE.exec(paragraph);
  if (!m) return false;
  // "AN" must be in capitals with a colon or dash: "An apple fell." is prose.
  if (/^\s*[(\[*~_]*\s*an\b/i.test(paragraph) && !/^\s*[(\[*~_]*\s*A\/N|A\.N\./i.test(paragraph)) {
    return AUTHORS_NOTE_STRICT_AN.test(paragraph);
  }
  return true;
}

const INLINE_NOTE = /\((?:A\/N|A\.N\.|AN|Author['’]?s\s+Note)\s*[:\-–—][^)]*\)?/g;

/** Spans of parenthesized author's notes inside a paragraph: "(A/N: I know, I know.)". */
export function inlineAuthorsNotes(paragraph: string): Array<{ start: number; end: number }> {
  if (!/\((?:A\/N|A\.N\.|AN|Author)/.test(paragraph)) return [];
  const spans: Array<{ start: number; end: number }> = [];
  INLINE_NOTE.lastIndex = 0;
  for (let m = INLINE_NOTE.exec(paragraph); m; m = INLINE_NOTE.exec(paragraph)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** "Disclaimer: I don't own Naruto." — labelled, recognized anywhere. */
export function isLabelledDisclaimer(line: string): boolean {
  return /^\s*[*~_(\[]*\s*disclaimer\s*[:\-–—]/i.test(line);
}

/** "Don't own Inuyasha, …", "I do not own …" — unlabelled, recognized only in front matter. */
export function isUnlabelledDisclaimer(line: string): boolean {
  return /^\s*[*~_(\[]*\s*(?:I\s+)?(?:do\s+not|don['’]?t|doesn['’]?t|did\s+not|didn['’]?t)\s+own\b/i.test(line);
}

/** "Summary: …" */
export function isSummaryLine(line: string): boolean {
  return /^\s*[*~_]*\s*summary\s*[*~_]*\s*[:\-–—]/i.test(line);
}

/** "By Night-Dragon", "Written by xXsakuraXx", "by: someone". */
export function isByline(line: string): boolean {
  return line.length <= 80 && /^\s*(?:written\s+)?by\s*:?\s+\S+(?:\s+\S+){0,3}\s*$/i.test(line);
}

/** Labelled front-matter fields: "Rating: T", "Pairing: Harry/Ginny", "Warnings: …". */
export function isFrontMatterField(line: string): boolean {
  return /^\s*[*~_]*\s*(?:title|author|rating|rated|pairings?|characters|warnings?|genres?|fandoms?|words|word count|status|beta(?:'d)?(?:\s+by)?|spoilers?|timeline|setting|notes?)\s*[*~_]*\s*:/i.test(
    line,
  );
}

const END_MARKER =
  /^\s*[*~_=\-–—(\[<]*\s*(?:to\s+be\s+continued|tbc|fin|the\s+end|end\s+of\s+(?:chapter|part)(?:\s+[\w-]+)?|end\s+chapter(?:\s+[\w-]+)?)\s*[.!…?]*\s*[*~_=\-–—)\]>]*\s*$/i;

/** "-To be Continued-", "TBC", "~Fin~", "The End", "End of Chapter 3". */
export function isEndMarker(line: string): boolean {
  return line.length <= 60 && END_MARKER.test(line);
}
