/**
 * `confusable`: a real word in the wrong place — "I don't want to loose you", "your welcome",
 * "could of", "some one", "she said quiet". Spell checkers cannot see these; this rule reads the
 * words around each suspect against the table in `data/confusables.ts`, whose context patterns
 * name words and word classes (`data/lexicon.ts`). No tagger: the table only asks about the two or
 * three words next to a suspect, which keeps the rule within a few milliseconds per chapter.
 */

import { contextFindings } from '../context/findings';
import { CONFUSABLES, type Confusable, type ConfusableFix } from '../data/confusables';
import { isLocalePair } from '../data/locale-variants';
import type { Paragraph } from '../model/document';
import { Column } from '../model/vocab';
import { BROKEN, compilePattern, gatesOf, mayOpen, spacedBefore, Words, type Gates, type Pattern } from '../patterns';
import { applyApostropheStyle, matchCase } from '../text';
import { articleFindings } from './a-an';
import { determinerNumberFindings } from './determiner-number';
import { layLieFindings } from './lay-lie';
import { massPluralFindings } from './mass-plural';
import { missingWordFindings } from './missing-word';
import { prepositionFindings } from './prepositions';
import type { ParagraphRule, RawFinding } from './types';

/** The pattern compiler, re-exported for the table's test (every pattern compiles). */
export { compilePattern } from '../patterns';

interface CompiledFix {
  fix: ConfusableFix;
  sure: Pattern[];
  maybe: Pattern[];
}

/** An entry of the table, its patterns compiled the first time its word is met. */
interface Compiled {
  entry: Confusable;
  words: string[];
  patterns?: { fixes: CompiledFix[]; unless: Pattern[]; gates?: Gates };
}

function patternsOf(c: Compiled): { fixes: CompiledFix[]; unless: Pattern[]; gates?: Gates } {
  if (c.patterns) return c.patterns;
  const fixes = c.entry.fixes.map((fix) => ({ fix, sure: (fix.sure ?? []).map(compilePattern), maybe: (fix.maybe ?? []).map(compilePattern) }));
  const gates = gatesOf(fixes.flatMap((f) => [...f.sure, ...f.maybe]));
  return (c.patterns = { fixes, unless: (c.entry.unless ?? []).map(compilePattern), ...(gates ? { gates } : {}) });
}

/**
 * The table, indexed for a fast first look: one lookup per word of the text. Longer forms are
 * found by their first two words, so the common words that start a split form ("a sleep",
 * "her self") cost one more lookup of the next word and nothing else.
 */
interface Head {
  single?: Compiled[];
  pairs?: Map<string, Compiled[]>;
}
type Index = Map<string, Head>;

function compile(entries: readonly Confusable[]): Index {
  const index: Index = new Map();
  for (const entry of entries) {
    const words = entry.wrong.split(' ');
    const compiled: Compiled = { entry, words };
    let head = index.get(words[0]);
    // Both fields from the start: one shape for every head, or `check`'s look at them is
    // polymorphic and V8 recompiles it when a head of a new shape first comes by.
    if (!head) index.set(words[0], (head = { single: undefined, pairs: undefined }));
    let list: Compiled[];
    if (words.length === 1) list = head.single ??= [];
    else {
      head.pairs ??= new Map();
      list = head.pairs.get(words[1]) ?? [];
      head.pairs.set(words[1], list);
    }
    list.push(compiled);
    // Longer wrong forms first: "all of the sudden" before "all of".
    list.sort((x, y) => y.words.length - x.words.length);
  }
  // A pair's list ends with its first word's single forms ("a lot" then "a"), joined once here
  // rather than on each match: the join was a rare path of `check`'s loop, first met late in a
  // chapter, and V8 compiled the whole loop again for it.
  for (const head of index.values()) {
    const single = head.single;
    if (!head.pairs || !single) continue;
    for (const [next, list] of head.pairs) head.pairs.set(next, [...list, ...single]);
  }
  return index;
}

/** The entries of `head` (one first word) that may start here, given the `next` word; longer forms first. */
function candidates(head: Head | undefined, next: string | undefined): Compiled[] | undefined {
  if (!head) return undefined;
  return (next === undefined ? undefined : head.pairs?.get(next)) ?? head.single;
}

let INDEX: Index | undefined;
/** A word no entry starts but with a hyphen, whose stutter-stripped form may be one ("Y-your"). */
const HYPHENATED: Head = { single: undefined, pairs: undefined };
/**
 * The table's entries by the vocabulary id of their first word: one look-up a word type; for a
 * word no entry starts, `HYPHENATED` or null (most words: skipped without a look at their letters).
 */
let HEADS: Column<Head | null> | undefined;

/** The wrong form spelled by words `i…`, adjacent, or -1 when they do not spell it. */
function spans(words: Words, c: Compiled, i: number): number {
  for (let k = 1; k < c.words.length; k++) {
    const p = i + k;
    if (p >= words.n || words.is(p, BROKEN) || words.word(p) !== c.words[k]) return -1;
  }
  return i + c.words.length - 1;
}

/** The apostrophe the writer uses in this paragraph, or undefined when it has none. */
function paragraphApostrophe(paragraph: Paragraph): "'" | '’' | undefined {
  const { straightApostrophes, curlyApostrophes } = paragraph.analysis.marks;
  if (curlyApostrophes > straightApostrophes) return '’';
  if (straightApostrophes > 0) return "'";
  return undefined;
}

const SPOKEN = new Set(['dialogue', 'thought']);

/** The finding for entry `c` spelled by words `i…j`, with the fix `hit` chose. */
function findingOf(paragraph: Paragraph, words: Words, c: Compiled, hit: { fix: ConfusableFix; sure: boolean }, i: number, j: number): RawFinding {
  const tokens = paragraph.analysis.tokens;
  const start = words.start(i);
  const end = tokens[j].end;
  const original = paragraph.text.slice(start, end);
  const style = original.includes('’') ? '’' : original.includes("'") ? "'" : paragraphApostrophe(paragraph);
  const suggestions = hit.fix.to.map((to) => {
    // "I" is capitalised wherever it stands: its fix is, only where a sentence starts ("to I" → "to me").
    const cased = original === 'I' && !tokens[i].sentenceStart ? to : matchCase(to, original);
    return style ? applyApostropheStyle(cased, style) : cased;
  });
  // A character's voice may be deliberate: "I had went" in dialogue is not fixed blindly.
  const voiced = c.entry.voice === true && SPOKEN.has(tokens[i].region);
  return {
    start,
    end,
    message: hit.fix.explain ?? c.entry.explain,
    suggestions,
    ...(hit.sure && !voiced ? { confident: true } : {}),
    // A usage note ("any more" for "no longer", standard British English) is told, not warned of.
    ...(c.entry.usage ? { severity: 'information' as const } : {}),
    data: { word: original, expected: suggestions[0], family: c.entry.family },
  };
}

/**
 * The suspects at token `i` (`list`, or those of its stutter-stripped form) read against their
 * patterns: a hit's finding into `found`, and the last token it covers (else `i`). Apart from
 * `check`'s loop over every word, so that its rare paths, first met after V8 optimized the loop,
 * recompile this alone.
 */
function suspectAt(paragraph: Paragraph, words: Words, index: Index, list: Compiled[] | undefined, i: number, found: RawFinding[]): number {
  const tokens = paragraph.analysis.tokens;
  if (!list) list = candidates(index.get(words.word(i)), i + 1 < tokens.length ? words.word(i + 1) : undefined);
  if (!list) return i;
  for (const c of list) {
    const j = spans(words, c, i);
    if (j < 0) continue;
    if (!c.entry.names) {
      let named = false;
      for (let k = i; k <= j; k++) named ||= words.name(k);
      if (named) continue;
    }
    const { fixes, unless, gates } = patternsOf(c);
    // One look at the two neighbours rules out most suspects: "to" then "the" opens no gate.
    if (gates && !(gates.left && words.opens('left', gates.left, i, j)) && !(gates.right && words.opens('right', gates.right, i, j))) continue;
    let hit: { fix: ConfusableFix; sure: boolean } | undefined;
    for (const f of fixes) {
      // Dialogue and thoughts keep their licence: "Come quick!"
      if (f.fix.narration && SPOKEN.has(tokens[i].region)) continue;
      if (words.any(f.sure, i, j)) hit = { fix: f.fix, sure: true };
      else if (words.any(f.maybe, i, j)) hit = { fix: f.fix, sure: false };
      if (hit) break;
    }
    // The exceptions are read only for a hit: most suspects match no context at all.
    if (!hit || words.any(unless, i, j)) continue;
    found.push(findingOf(paragraph, words, c, hit, i, j));
    return j;
  }
  return i;
}

/**
 * The table's findings (`found`) and then the context model's, on the words the table left alone
 * ("a letter form my aunt"), in order. Apart from `check`: the model's first findings, late in a
 * chapter, come in an array of another shape, and V8 threw away and recompiled the whole `check`.
 */
function withModel(paragraph: Paragraph, words: Words, found: RawFinding[]): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  const covered = found.length === 0 ? undefined : (k: number) => found.some((f) => f.start < tokens[k].end && tokens[k].start < f.end);
  // A spelling of the other locale is `locale-spelling`'s to tell ("recognise" in an en-US story:
  // information), never a word mistaken for another.
  const heard = contextFindings(paragraph, words, covered, paragraphApostrophe(paragraph));
  if (heard.length === 0) return found;
  const model = heard.filter((f) => !isLocalePair(String(f.data?.word ?? ''), String(f.data?.expected ?? '')));
  return model.length === 0 ? found : [...found, ...model].sort((a, b) => a.start - b.start);
}

/** The rule: the table's suspects read against their context patterns. */
export const confusable: ParagraphRule = {
  id: 'confusable',
  description: 'A real word in the wrong place ("loose" for "lose", "your" for "you\'re", "could of"), which a spell checker cannot see.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  check(paragraph) {
    INDEX ??= compile(CONFUSABLES);
    const index = INDEX;
    HEADS ??= new Column((word) => index.get(word) ?? (word.includes('-') ? HYPHENATED : null));
    const heads = HEADS;
    const tokens = paragraph.analysis.tokens;
    let words: Words | undefined;
    const found: RawFinding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // A first look on the raw words; the stutter-stripped form ("Y-your") only when needed.
      const looked = heads.get(tokens[i].lex, tokens[i].lower);
      if (looked === null) continue;
      const head = looked === HYPHENATED ? undefined : looked;
      const list = head && candidates(head, tokens[i + 1]?.lower);
      if (!list && head) continue;
      // Most one-word suspects ("to", "went", "there") have no neighbour that could open a gate.
      if (list && list.length === 1 && list[0].words.length === 1) {
        const gates = patternsOf(list[0]).gates;
        if (
          gates &&
          !mayOpen(gates.left, tokens[i - 1]?.lower, spacedBefore(paragraph.text, tokens, i) && !tokens[i].sentenceStart) &&
          !mayOpen(gates.right, tokens[i + 1]?.lower, i + 1 < tokens.length && spacedBefore(paragraph.text, tokens, i + 1))
        ) {
          continue;
        }
      }
      words ??= new Words(paragraph.text, tokens);
      i = suspectAt(paragraph, words, index, list, i, found);
    }
    const wordsOf = () => (words ??= new Words(paragraph.text, tokens));
    const laid = [
      ...layLieFindings(paragraph, wordsOf),
      ...massPluralFindings(paragraph, wordsOf),
      ...prepositionFindings(paragraph, wordsOf),
      ...determinerNumberFindings(paragraph, wordsOf),
      ...articleFindings(paragraph, wordsOf),
    ];
    if (laid.length > 0) {
      found.push(...laid);
      found.sort((a, b) => a.start - b.start);
    }
    const all = withModel(paragraph, words ?? new Words(paragraph.text, tokens), found);
    // A word left out yields to a wrong word told on either side of the gap: "I did wanted catch" is "want".
    const missing = missingWordFindings(paragraph, wordsOf).filter((m) => !all.some((f) => f.start < m.end && m.start < f.end));
    return missing.length === 0 ? all : [...all, ...missing].sort((a, b) => a.start - b.start);
  },
  finalize(findings, paragraph, context) {
    // The model never "corrects" a name the story uses: "Will" in a story with a Will.
    if (findings.some((f) => f.data?.model !== undefined)) {
      findings = findings.filter((f) => f.data?.model === undefined || !context.isName(String(f.data.word)));
    }
    // A paragraph with no apostrophe of its own follows the document's: "you’re" in a story of
    // curly apostrophes.
    if (findings.length === 0 || context.apostrophe !== '’' || paragraphApostrophe(paragraph) !== undefined) return findings;
    return findings.map((f) => {
      if (!f.suggestions?.some((s) => s.includes("'"))) return f;
      const suggestions = f.suggestions.map((s) => applyApostropheStyle(s, '’'));
      return { ...f, suggestions, data: { ...f.data, expected: suggestions[0] } };
    });
  },
};
