/**
 * fast-check arbitraries for the property tests (`test/unit/properties.test.ts`) and the long fuzz
 * run (`scripts/fuzz.ts`), plus the invariants both check.
 *
 * Random Unicode alone almost never builds a chapter heading, an inline flashback or a quote that
 * closes three paragraphs later, so most of the text generated here is fanfic-shaped: structural
 * lines in the many shapes of `docs/fanfic-conventions.md`, prose with dialogue, thoughts,
 * apostrophes, stutters, names and real mistakes, joined by every kind of line end, with junk
 * (surrogate pairs, lone surrogates, combining marks, right-to-left text, NUL and other control
 * characters) sprinkled in. Every pool below is a list of literals, so a shrunk counterexample is
 * readable text, not an index.
 */

import fc from 'fast-check';
import { buildModel, type Finding, type OutlineNode, type Range, RULE_IDS, type Stats, type StoryConfig } from '../../src/core';

// ─── Pools ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Characters that break naive text code: surrogate pairs (and halves of them), joiners and
 * modifiers, combining marks, bidi controls and right-to-left scripts, casing that changes length
 * ("İ".toLowerCase() is two code units), NUL and C0/C1 controls, Unicode line separators, a BOM.
 */
export const JUNK: readonly string[] = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\v',
  '\f',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\uffff',
  // Every kind of Unicode space: JS trim() strips them, and code that lists spaces itself forgets some.
  '\u1680',
  '\u2000',
  '\u2003',
  '\u200a',
  '\u202f',
  '\u205f',
  '\u3000',
  '\u180e',
  '😀',
  '👩‍❤️‍👨',
  '🇯🇵',
  '👍🏽',
  '𝔄𝔟𝔠',
  '𠮷',
  '🏳️‍🌈',
  '\ud83d',
  '\ude00',
  '\udbff',
  'e\u0301',
  '\u0301',
  '\u0308\u0308',
  'n\u0303o',
  'ﬁ',
  'İ',
  'ß',
  'ẞ',
  'ǅ',
  'Σ',
  'ς',
  'Ω',
  'ŉ',
  'שלום',
  'مرحبا',
  'ابن\u200f',
  'Привет',
  'ナルト',
  'サスケ',
  '日本語',
  '한국어',
  'ใช่',
  'हिन्दी',
  '\r',
  '\n',
  '\r\n',
  '\n\r',
  '\r\r\n',
];

const NAMES = [
  'Hermione',
  'Hermoine',
  "Hermione's",
  'Harry',
  'Ron',
  'Ginny',
  'Draco',
  'Malfoy',
  'Sasuke',
  'Sauske',
  'Naruto-kun',
  'Sakura-chan',
  'Kakashi-sensei',
  'Inuyasha',
  'Inu-hanyou',
  'Shippo',
  'Shippou',
  'Ryou',
  'Ryo',
  'Kagome',
  'DeathEater',
  'Death Eater',
  'Sesshomaru-sama',
  'Voldemort',
  "Sasuke's",
  'HERMIONE',
  'hermione',
];

const WORDS = [
  'the',
  'a',
  'an',
  'and',
  'she',
  'he',
  'I',
  'they',
  'was',
  'is',
  'had',
  'that',
  'said',
  'thought',
  'asked',
  'ran',
  'looked',
  'at',
  'her',
  'him',
  'them',
  'in',
  'do',
  'it',
  'what',
  'door',
  'window',
  'rain',
  'Hogwarts',
  'Quidditch',
  'wand',
  'sword',
  'village',
  'forest',
  'morning',
  'never',
  'always',
  'very',
  'bye',
  'no',
  'now',
  'there',
  'well',
  // Apostrophes that must not open a thought.
  "don't",
  "can't",
  'don’t',
  "'cause",
  "'em",
  "goin'",
  "boys'",
  "rock 'n' roll",
  "'til",
  "ma'am",
  "o'clock",
  // Stutters, cut-offs and elongations.
  'H- Harry',
  'I-I',
  'Wh- what',
  'ar--',
  'Nooo',
  'Sooo',
  'b-but',
  'I- I',
  // Dialect and fandom words.
  'ye',
  'yer',
  'yerself',
  'outta',
  'gonna',
  'lass',
  'hanyou',
  'youkai',
  'yōkai',
  'miko',
  'haori',
  'Taiyoukai',
  // Mistakes writers make.
  'dont',
  'wouldnt',
  'Im',
  'recieve',
  'definately',
  'becuase',
  'loose',
  'lose',
  'your',
  "you're",
  'then',
  'than',
  'its',
  "it's",
  'their',
  "they're",
  'affect',
  'effect',
  'breath',
  'breathe',
  'peak',
  'peek',
  'site',
  'sight',
  'some one',
  'any more',
  'alot',
  'a lot',
  'everyday',
  'suppose to',
  'could of',
  'should of',
  'quiet',
  'quite',
  // Repeats: errors, legal ones and deliberate ones.
  'the the',
  'and and',
  'The the',
  'the\nthe',
  'the\r\nthe',
  'the\rthe',
  'had had',
  'that that',
  'bye bye',
  'no no no',
  'it is is',
  'Bora Bora',
  '10 10',
  'a a',
  'to  to',
  // Typography.
  '...',
  '…',
  '..',
  '....',
  '—',
  '--',
  '–',
  '-',
  '!?',
  '?!',
  '&',
  '%',
  '#',
  '@',
  '~',
  '^',
  '*',
  '_',
  '(',
  ')',
  '[',
  ']',
];

/** Own-line structural lines, as `docs/fanfic-conventions.md` lists them (and near misses). */
const STRUCTURAL = [
  // Chapter headings.
  'Chapter One: His Decision',
  'Chapter 12',
  'Ch. 3 - The Well',
  'Forty-seven: To say our final goodbyes.',
  '~Chapter 2~',
  '# Chapter 2',
  '## Part Two',
  'CHAPTER IV',
  'Prologue',
  'Epilogue: After',
  'Interlude - Rain',
  'Part 3: The Return',
  '12',
  'XII',
  'chap. 7',
  'Chapter',
  'Chapter 99999',
  'Seven men walked in.',
  // Scene breaks.
  '***',
  '* * *',
  '~~~',
  '~*~*~',
  '-o-o-o-',
  'xXx',
  'oOo',
  '----',
  '___',
  '#',
  '          ***          ',
  '§',
  '...',
  '*',
  '-',
  // POV headers and time skips.
  "**Hermione's POV**",
  'Draco POV',
  '*Sasuke*',
  '~Sakura~',
  '**1 week later Draco POV**',
  "(Harry's POV)",
  '~Three years later~',
  'Three years later...',
  'P.O.V. Ron',
  "From Draco's point of view, this was a disaster.",
  // Flashback markers.
  'Flashback:',
  'Flashback :',
  '*Flashback*',
  '-Flashback-',
  '~Flashback~',
  'Begin flashback',
  'FLASHBACK',
  'Start of the flashback',
  'End flashback',
  'End Flashback.',
  '*End Flashback*',
  '-End of Flashback-',
  'Flashback end',
  '~End Flashback~',
  'Flashbacks haunted her.',
  'flash-back over',
  // Author's notes.
  'A/N: Thanks for reading! Please review.',
  'AN: short one today',
  '(A/N: I know, I know.)',
  "Author's Note: sorry",
  'Authors Note - updated',
  'A.N.: hi',
  'N/A: oops',
  '**Please review and tell me what you think!',
  'An apple fell.',
  // What runs on after a note: thanks, questions, pleas, sign-offs (and near misses).
  'Thanks to everyone who reviewed the last chapter!',
  'Should Kagome forgive him? Tell me in a review.',
  'Ja ne!',
  '-Sakura',
  'Until next time :)',
  'She was gone.',
  "Kagome's POV: I ran to the well and jumped.",
  '~*~ Kagome ~*~',
  // Front and back matter.
  "Disclaimer: I don't own Harry Potter.",
  "Don't own Inuyasha, sadly.",
  'I do not own Naruto',
  'The Long Road Home',
  'By Night-Dragon',
  'Written by xXsakuraXx',
  'by: someone',
  'Summary: Hermione finds a letter.',
  'Rating: T',
  'Pairing: Harry/Ginny',
  'Warnings: angst',
  '-To be Continued-',
  'TBC',
  '~Fin~',
  'The End',
  'End of Chapter 3',
];

/** How a stretch of prose is voiced: dialogue in both quote styles (closed or not), thoughts, emphasis, notes. */
const VOICES: ReadonlyArray<(s: string) => string> = [
  (s) => s,
  (s) => s,
  (s) => `"${s}"`,
  (s) => `“${s}”`,
  (s) => `"${s}," she said.`,
  (s) => `"${s}" she said.`,
  (s) => `"${s}," She said.`,
  (s) => `"${s}?"asked Ron.`,
  (s) => `“${s}`,
  (s) => `"${s}`,
  (s) => `${s}”`,
  (s) => `${s}"`,
  (s) => `'${s}.' She thought to herself.`,
  (s) => `‘${s}’`,
  (s) => `'${s}`,
  (s) => `*${s}*`,
  (s) => `_${s}_`,
  (s) => `**${s}**`,
  (s) => `(A/N: ${s})`,
  (s) => `(A/N: ${s}`,
  (s) => `Flashback : ${s} End flashback.`,
  (s) => `*Flashback* ${s}`,
  (s) => `FLASHBACK ${s}`,
  (s) => `${s}. End flashback.`,
  (s) => `${s} *End Flashback*`,
  (s) => `Dear Harry, ${s} Love, Ginny`,
];

const JOINERS = [' ', ' ', ' ', ' ', '  ', '', ', ', '. ', '! ', '? ', '... ', '… ', ' — ', '--', '- ', '\t', '\n', '\r\n', '\r'];
const LINE_ENDS = ['\n', '\r\n', '\r'];

/**
 * The misspellings of the pools. Filling a spelling finding's suggestions costs 0.1–2.5 s a new
 * word (nspell memoizes), so the default run asks only for these, which recur; the long fuzz run
 * asks for every word.
 */
export const CHEAP_TO_SUGGEST: ReadonlySet<string> = new Set([
  'dont',
  'wouldnt',
  'Im',
  'recieve',
  'definately',
  'becuase',
  'alot',
  'Hermoine',
  'Sauske',
  'Ryo',
]);

// ─── Arbitraries ──────────────────────────────────────────────────────────────────────────────────

export const junkArb: fc.Arbitrary<string> = fc.constantFrom(...JUNK);

/** A word of prose: mostly the pools, sometimes junk or a short random string. */
const wordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: junkArb },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A sentence: words joined by spaces, punctuation, dashes and the occasional hard wrap. */
const sentenceArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(wordArb, fc.constantFrom(...JOINERS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([w, j]) => w + j).join(''));

/** A stretch of prose with a voice (dialogue, thought, emphasis, inline note or flashback). */
const voicedArb: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...VOICES), sentenceArb).map(([voice, s]) => voice(s));

/** A paragraph: voiced stretches run together or hard-wrapped over several lines. */
const paragraphArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(voicedArb, fc.constantFrom(' ', ' ', '', '\n', '\r\n', '\r')), { minLength: 1, maxLength: 5 })
  .map((parts) =>
    parts
      .map(([s, j]) => s + j)
      .join('')
      .trimEnd(),
  );

/** An own-line structural shape, sometimes with stray spaces or decoration around it. */
const structuralArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...STRUCTURAL),
    fc.constantFrom('', '', '', ' ', '   ', '\t', '\u00a0', '\u3000'),
    fc.constantFrom('', '', '', ' ', '  ', '\u2028', '\u202f'),
  )
  .map(([line, before, after]) => before + line + after);

/** One block of a story. */
const blockArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraphArb },
  { weight: 5, arbitrary: structuralArb },
  { weight: 1, arbitrary: junkArb },
  { weight: 1, arbitrary: fc.constant('') },
);

/**
 * A fanfic-shaped document: blocks separated by one to three line ends. Each document picks one
 * line-end style (LF, CRLF, lone CR) or mixes them; it may start with a BOM or end without a
 * final line end.
 */
export const storyArb: fc.Arbitrary<string> = fc
  .record({
    blocks: fc.array(fc.tuple(blockArb, fc.integer({ min: 1, max: 3 }), fc.constantFrom(...LINE_ENDS)), { maxLength: 24 }),
    style: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    bom: fc.constantFrom('', '', '', '', '\ufeff'),
    final: fc.boolean(),
  })
  .map(({ blocks, style, bom, final }) => {
    const text = blocks.map(([b, n, eol]) => b + (style === 'mixed' ? eol : style).repeat(n)).join('');
    return bom + (final ? text : text.replace(/[\r\n]+$/, ''));
  });

/** A story with junk inserted at random places (possibly inside a surrogate pair or a CRLF). */
const mutatedStoryArb: fc.Arbitrary<string> = fc
  .tuple(storyArb, fc.array(fc.tuple(fc.nat(), junkArb), { minLength: 1, maxLength: 6 }))
  .map(([text, inserts]) => {
    let t = text;
    for (const [at, junk] of inserts) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + junk + t.slice(i);
    }
    return t;
  });

/** Tiny files: empty, one character (any code unit, a pair, a lone half), a few characters. */
const tinyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  junkArb,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: fc.constantFrom('"', '“', '”', "'", '‘', '’', '*', '_', '\r', '\n', ' ', 'a', 'A', '-', '~', '#', '.'), maxLength: 8 }),
);

/** Any text a writer can paste: fanfic-shaped mostly, random Unicode, junk-laden, tiny. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: storyArb },
  { weight: 2, arbitrary: mutatedStoryArb },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: tinyArb },
);

/** A story's `fanfic.json`, as `parseStoryConfig` would return it: words, ignores, severities, a roster. */
export const storyConfigArb: fc.Arbitrary<Partial<StoryConfig>> = fc.record(
  {
    words: fc.subarray(['Hogwarts', 'Quidditch', 'hanyou', 'youkai', 'dont', 'Hermoine', "goin'", 'recieve'], { maxLength: 4 }),
    ignore: fc.subarray(['the the', 'Sauske', 'alot', 'could of', 'dont', 'Im'], { maxLength: 3 }),
    rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom('off', 'hint', 'information', 'warning', 'error')),
    characters: fc.subarray(
      [
        { name: 'Hermione', variants: ['Hermoine'] },
        { name: 'Sasuke', variants: ['Sauske'], aliases: ['Sasuke-kun'] },
        { name: 'Shippo', variants: ['Shippou'] },
        { name: 'Ryou', variants: ['Ryo'] },
        { name: 'Draco Malfoy', aliases: ['Malfoy'] },
      ],
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

/** An edit a writer makes: type, delete, paste, undo back to an earlier version. */
export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'undo'; back: number };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(wordArb, paragraphArb, structuralArb, fc.constantFrom(...LINE_ENDS, '\n\n', ' ')),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }), text: wordArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 4 }) }) },
);

/** Applies `edit` to the latest of `history` (positions wrap around the text), returning the new text. */
export function applyEdit(history: readonly string[], edit: Edit): string {
  const text = history[history.length - 1];
  switch (edit.kind) {
    case 'insert': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'delete': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + edit.length);
    }
    case 'replace': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at + edit.length);
    }
    case 'undo':
      return history[Math.max(0, history.length - 1 - edit.back)];
  }
}

// ─── Invariants ───────────────────────────────────────────────────────────────────────────────────

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Why `offset` is not a place a range may start or end in `text`, or undefined when it is: it must
 * be an integer in [0, text.length], not between the halves of a surrogate pair, not between the
 * CR and LF of a CRLF (an editor cannot put a cursor there, and slicing there corrupts the text).
 */
export function badBoundary(text: string, offset: number): string | undefined {
  if (!Number.isInteger(offset)) return `offset ${offset} is not an integer`;
  if (offset < 0 || offset > text.length) return `offset ${offset} is outside the text (length ${text.length})`;
  if (offset === 0 || offset === text.length) return undefined;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (isHigh(before) && isLow(after)) return `offset ${offset} splits a surrogate pair`;
  if (before === 13 && after === 10) return `offset ${offset} splits a CRLF`;
  return undefined;
}

/** Why `range` is not a valid range of `text`, or undefined when it is. */
export function badRange(text: string, range: Range): string | undefined {
  if (!range || typeof range.start !== 'number' || typeof range.end !== 'number') return `not a range: ${JSON.stringify(range)}`;
  const problem = badBoundary(text, range.start) ?? badBoundary(text, range.end);
  if (problem) return problem;
  if (range.start > range.end) return `start ${range.start} is after end ${range.end}`;
  return undefined;
}

/** Throws unless every finding's range is valid in `text` and the findings are sorted by position. */
export function checkFindings(text: string, findings: readonly Finding[]): void {
  let previous = -1;
  for (const f of findings) {
    const problem = badRange(text, f.range);
    if (problem) throw new Error(`${f.rule} finding "${f.message}" at ${JSON.stringify(f.range)}: ${problem}`);
    if (f.range.start < previous) throw new Error(`findings are not sorted: ${f.rule} at ${f.range.start} after ${previous}`);
    previous = f.range.start;
    if (!Array.isArray(f.suggestions) || f.suggestions.some((s) => typeof s !== 'string')) {
      throw new Error(`${f.rule} finding "${f.message}" has suggestions that are not strings: ${JSON.stringify(f.suggestions)}`);
    }
  }
}

/**
 * Throws unless every node's range and selection range are valid in `text`, each selection range
 * lies inside its node's range, and each child lies inside its parent.
 */
export function checkOutline(text: string, nodes: readonly OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    const where = `${n.kind} "${n.name}" ${JSON.stringify(n.range)}`;
    const problem = badRange(text, n.range) ?? badRange(text, n.selectionRange);
    if (problem) throw new Error(`${where}: ${problem}`);
    if (n.selectionRange.start < n.range.start || n.selectionRange.end > n.range.end) {
      throw new Error(`${where}: selection range ${JSON.stringify(n.selectionRange)} is not inside the node`);
    }
    if (parent && (n.range.start < parent.range.start || n.range.end > parent.range.end)) {
      throw new Error(`${where} is not inside its parent ${parent.kind} "${parent.name}" ${JSON.stringify(parent.range)}`);
    }
    if (!Number.isInteger(n.words) || n.words < 0) throw new Error(`${where}: word count ${n.words}`);
    checkOutline(text, n.children, n);
  }
}

/** Throws unless the counts are whole, non-negative and consistent. */
export function checkStats(s: Stats): void {
  for (const key of ['words', 'dialogueWords', 'chapters', 'scenes', 'flashbacks', 'authorsNoteWords', 'paragraphs'] as const) {
    if (!Number.isInteger(s[key]) || s[key] < 0) throw new Error(`stats.${key} is ${s[key]}`);
  }
  if (s.dialogueWords > s.words) throw new Error(`more dialogue words (${s.dialogueWords}) than words (${s.words})`);
  if (!(s.dialogueShare >= 0 && s.dialogueShare <= 1)) throw new Error(`dialogueShare is ${s.dialogueShare}`);
}

/**
 * Throws unless the document model's ranges are valid: blocks, paragraphs (whose text is their
 * slice), their regions and tokens (paragraph-relative, inside the paragraph), flashbacks, scenes,
 * chapters. The server paints these ranges, so they are held to the same rules as findings.
 */
export function checkModel(text: string): void {
  const model = buildModel(text);
  const check = (what: string, range: Range) => {
    const problem = badRange(text, range);
    if (problem) throw new Error(`${what} ${JSON.stringify(range)}: ${problem}`);
  };
  for (const b of model.blocks) check(`${b.kind} block`, b);
  for (const p of model.paragraphs) {
    check(`paragraph ${p.index}`, p);
    if (p.text !== text.slice(p.start, p.end)) throw new Error(`paragraph ${p.index}'s text is not its slice`);
    for (const r of [...p.analysis.regions, ...p.analysis.tokens]) {
      const abs = { start: p.start + r.start, end: p.start + r.end };
      if (r.end > p.text.length) throw new Error(`paragraph ${p.index}: ${JSON.stringify(r)} runs past the paragraph`);
      check(`paragraph ${p.index} ${'kind' in r ? `${r.kind} region` : 'token'}`, abs);
    }
  }
  for (const f of model.flashbacks) {
    check('flashback', f);
    check('flashback opening', f.begin);
    if (f.close) check('flashback closing', f.close);
  }
  for (const s of model.scenes) check(`scene ${s.index}`, s);
  for (const c of model.chapters) check(`chapter ${c.index}`, c);
}

/**
 * A finding after a fix "is the same finding at the same place" when it has the same rule and
 * message and starts where the replacement was put. Returns the offending finding, if any.
 */
export function sameFindingAfterFix(before: Finding, after: readonly Finding[]): Finding | undefined {
  const at = before.range.start;
  return after.find((g) => g.rule === before.rule && g.message === before.message && g.range.start === at);
}

/** The text with `finding`'s range replaced by `replacement`. */
export function applyFix(text: string, finding: Finding, replacement: string): string {
  return text.slice(0, finding.range.start) + replacement + text.slice(finding.range.end);
}

/** The number of fast-check runs: `FANFIC_FUZZ_RUNS` (set by `scripts/fuzz.ts`) or the default. */
export function runs(defaultRuns: number): number {
  const n = Number(process.env.FANFIC_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}

/**
 * fast-check parameters shared by every property: the run count and, to replay a failure exactly,
 * the seed and path it printed (`FANFIC_FUZZ_SEED`, `FANFIC_FUZZ_PATH`; `scripts/fuzz.ts --seed
 * --path` sets them).
 */
export function params(defaultRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FANFIC_FUZZ_SEED ? Number(process.env.FANFIC_FUZZ_SEED) : NaN;
  const path = process.env.FANFIC_FUZZ_PATH;
  return {
    numRuns: runs(defaultRuns),
    ...(Number.isInteger(seed) ? { seed } : {}),
    ...(Number.isInteger(seed) && path ? { path } : {}),
  };
}
