/**
 * `confusable`: a real word in the wrong place — "I don't want to loose you", "your welcome",
 * "could of", "some one", "she said quiet". Spell checkers cannot see these; this rule reads the
 * words around each suspect against the table in `data/confusables.ts`, whose context patterns
 * name words and word classes (`data/lexicon.ts`). No tagger: the table only asks about the two or
 * three words next to a suspect, which keeps the rule within a few milliseconds per chapter.
 */

import { CONFUSABLES, type Confusable, type ConfusableFix } from '../data/confusables';
import { classesOf, WORD_CLASS, type WordClass } from '../data/lexicon';
import type { Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import { applyApostropheStyle, matchCase } from '../text';
import type { ParagraphRule, RawFinding } from './types';

/**
 * One step of a context pattern (see the pattern language in `data/confusables.ts`): one word, a
 * phrase, or a zero-width boundary, as alternatives.
 */
interface Step {
  words: ReadonlySet<string>;
  /** Alternatives of several words: "wait+for" is the phrase "wait for". */
  phrases: readonly string[][];
  classes: number;
  cap: boolean;
  any: boolean;
  /** `$` or `^`: a clause boundary here, taking no word. */
  boundary: boolean;
  /** `.`: a sentence boundary here, taking no word. */
  sentence: boolean;
  /** `,`: a comma here, taking no word. */
  comma: boolean;
  not: boolean;
  optional: boolean;
}

/** A compiled pattern: the steps left of `_` (nearest first) and right of it. */
export interface Pattern {
  left: Step[];
  right: Step[];
  /**
   * The side whose first step must match for the pattern to match at all, tried before the
   * whole pattern: most suspects fail there ("to" is followed by "late" once in a thousand).
   */
  gate?: 'left' | 'right';
}

/** How many words a step lets through, roughly: literal words are a narrow gate, classes wider. */
function width(step: Step | undefined): number {
  if (step === undefined || step.optional || step.not || step.any) return Infinity;
  return (step.classes !== 0 || step.cap ? 4 : 0) + (step.boundary || step.sentence || step.comma ? 2 : 0) + 1;
}

/** Both gates of an entry: the union of its patterns' gate steps, side by side. */
interface Gates {
  left?: Step;
  right?: Step;
}

function union(a: Step | undefined, b: Step): Step {
  if (!a) return { ...b, words: new Set(b.words), phrases: [...b.phrases] };
  for (const w of b.words) (a.words as Set<string>).add(w);
  (a.phrases as string[][]).push(...b.phrases);
  a.classes |= b.classes;
  a.cap ||= b.cap;
  a.boundary ||= b.boundary;
  a.sentence ||= b.sentence;
  a.comma ||= b.comma;
  return a;
}

/** The gates of a set of patterns, or undefined when one of them has none (it must always be tried). */
function gatesOf(patterns: readonly Pattern[]): Gates | undefined {
  const gates: Gates = {};
  for (const p of patterns) {
    if (p.gate === 'left') gates.left = union(gates.left, p.left[0]);
    else if (p.gate === 'right') gates.right = union(gates.right, p.right[0]);
    else return undefined;
  }
  return gates;
}

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

// Entries share steps and whole patterns (every adverb reads `@speech _ $|to|…`): each is parsed once.
const STEPS = new Map<string, Step>();
const PATTERNS = new Map<string, Pattern>();

function parseStep(source: string, pattern: string): Step {
  const known = STEPS.get(source);
  if (known) return known;
  let s = source;
  const not = s.startsWith('!');
  if (not) s = s.slice(1);
  const optional = s.length > 1 && s.endsWith('?');
  if (optional) s = s.slice(0, -1);
  const step: Step = { words: new Set(), phrases: [], classes: 0, cap: false, any: false, boundary: false, sentence: false, comma: false, not, optional };
  const words = step.words as Set<string>;
  for (const alt of s.split('|')) {
    if (alt === '*') step.any = true;
    else if (alt === '$' || alt === '^') step.boundary = true;
    else if (alt === '.') step.sentence = true;
    else if (alt === ',') step.comma = true;
    else if (alt === '@cap') step.cap = true;
    else if (alt.startsWith('@')) {
      const cls = WORD_CLASS[alt.slice(1) as WordClass];
      if (cls === undefined) throw new Error(`confusable: unknown word class ${alt} in "${pattern}"`);
      step.classes |= cls;
    } else if (alt.includes('+')) (step.phrases as string[][]).push(alt.split('+'));
    else words.add(alt);
  }
  STEPS.set(source, step);
  return step;
}

/**
 * Compiles a context pattern of `data/confusables.ts`; throws on a pattern without `_` or with an
 * unknown word class. Patterns are compiled lazily, so the unit test compiles them all.
 */
export function compilePattern(source: string): Pattern {
  const known = PATTERNS.get(source);
  if (known) return known;
  const parts = source.trim().split(/\s+/);
  const at = parts.indexOf('_');
  if (at < 0) throw new Error(`confusable: pattern without "_": "${source}"`);
  const left = parts.slice(0, at).reverse().map((p) => parseStep(p, source));
  const right = parts.slice(at + 1).map((p) => parseStep(p, source));
  const r = width(right[0]);
  const l = width(left[0]);
  const gate = r === Infinity && l === Infinity ? undefined : r <= l ? 'right' : 'left';
  const pattern: Pattern = gate ? { left, right, gate } : { left, right };
  PATTERNS.set(source, pattern);
  return pattern;
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
    if (!head) index.set(words[0], (head = {}));
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
  return index;
}

/** The entries of `head` (one first word) that may start here, given the `next` word; longer forms first. */
function candidates(head: Head | undefined, next: string | undefined): Compiled[] | undefined {
  if (!head) return undefined;
  const pair = next === undefined ? undefined : head.pairs?.get(next);
  if (pair && head.single) return [...pair, ...head.single];
  return pair ?? head.single;
}

let INDEX: Index | undefined;

/**
 * Whether a gate step may match the raw word `w` (undefined: no word there), `spaced` telling
 * whether a single space stands between it and the suspect. Answers yes to what it cannot decide
 * cheaply (phrases, names): a first sieve, before the words of the paragraph are read properly.
 */
function mayOpen(step: Step | undefined, w: string | undefined, spaced: boolean): boolean {
  if (step === undefined) return false;
  if (step.cap || step.any || step.phrases.length > 0) return true;
  if (!spaced) return step.boundary || step.sentence || step.comma || (w !== undefined && mayBe(step, w));
  return w !== undefined && mayBe(step, w);
}

function mayBe(step: Step, w: string): boolean {
  return step.words.has(w) || (step.classes !== 0 && (classesOf(w) & step.classes) !== 0);
}

/** Whether exactly one space stands before token `k` (not the first). */
function spacedBefore(text: string, tokens: readonly Token[], k: number): boolean {
  const start = tokens[k].start;
  return k > 0 && tokens[k - 1].end === start - 1 && text.charCodeAt(start - 1) === 32;
}

// What `Words` knows of word k and of the gap before it, computed on first use.
const KNOWN = 1;
/** Something other than white space stands between word k-1 and word k (or k starts the text). */
const BROKEN = 2;
/** A clause ends before word k: punctuation, or a closing quote ("Stop" she said). */
const CLOSES = 4;
/** A clause starts at word k: punctuation, or an opening quote (their "good lucks"). */
const OPENS = 8;
/** A sentence ends before word k. */
const STOPS = 16;
/** Word k starts a sentence or a quotation (not a clause after a dash or a colon). */
const SENTENCE = 32;
const COMMA = 64;

/**
 * The words of a paragraph as the patterns see them. Everything is computed lazily, word by
 * word: a suspect is read with its two or three neighbours, never the whole paragraph.
 */
class Words {
  readonly n: number;
  private readonly lowers: (string | undefined)[];
  private readonly starts: number[];
  private readonly flags: Uint8Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.n = tokens.length;
    this.lowers = new Array<string | undefined>(this.n);
    this.starts = new Array<number>(this.n);
    this.flags = new Uint8Array(this.n);
  }

  /** The lowercase word, a stutter prefix removed: "Y-your" reads as "your". */
  word(k: number): string {
    const known = this.lowers[k];
    if (known !== undefined) return known;
    const t = this.tokens[k];
    let lower = t.lower;
    let start = t.start;
    // Stutters: "Y-your", "Wh-what's", "I-I". The prefix must begin the word it stutters.
    if (lower.includes('-')) {
      const m = /^((?:[\p{L}]{1,3}-)+)(.+)$/u.exec(lower);
      if (m && m[1].split('-').every((p) => p === '' || m[2].startsWith(p))) {
        lower = m[2];
        start = t.start + m[1].length;
      }
    }
    this.lowers[k] = lower;
    this.starts[k] = start;
    return lower;
  }

  /** Where the word proper starts (after a stutter prefix). */
  start(k: number): number {
    this.word(k);
    return this.starts[k];
  }

  /** Whether word k has the property `bit` (`BROKEN`, `CLOSES`, … `COMMA`). */
  is(k: number, bit: number): boolean {
    let f = this.flags[k];
    if (f === 0) f = this.flags[k] = this.compute(k);
    return (f & bit) !== 0;
  }

  /** Whether word k is a capitalized word inside a sentence: a name ("the Peak District"). */
  name(k: number): boolean {
    const t = this.tokens[k];
    const start = this.start(k);
    const c = this.text.charCodeAt(start);
    if ((c >= 97 && c <= 122) || t.sentenceStart) return false;
    const first = this.text[start];
    if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
    const lower = this.word(k);
    if (lower === 'i' || lower.startsWith("i'")) return false;
    // Shouting is not a name: "YOUR GOING TO REGRET THIS".
    const word = this.text.slice(start, t.end);
    return word.length === 1 || word !== word.toUpperCase();
  }

  private compute(k: number): number {
    const { text, tokens } = this;
    const t = tokens[k];
    const f = KNOWN;
    if (k === 0) return f | BROKEN | CLOSES | OPENS | STOPS | SENTENCE;
    const before = tokens[k - 1].end;
    // Nearly every gap is one space.
    if (t.start === before + 1 && text.charCodeAt(before) === 32) return f;
    const gap = text.slice(before, t.start);
    if (!/\S/.test(gap)) return f;
    let g = f | BROKEN | OPENS;
    // Quotes, brackets and emphasis marks alone: attached to the word before, they close.
    if (/[.,;:!?…—–-]/.test(gap) || /^["”’')\]*_~]/.test(gap)) g |= CLOSES;
    if (/[.!?…]/.test(gap)) g |= STOPS | SENTENCE;
    else if (t.sentenceStart && /["“‘']/.test(gap) && !/[—–:-]/.test(gap)) g |= SENTENCE;
    if (gap.includes(',')) g |= COMMA;
    return g;
  }

  /** Whether word `k` matches one of the single-word alternatives of a step. */
  private matches(step: Step, k: number): boolean {
    if (step.any) return true;
    const w = this.word(k);
    if (step.words.has(w)) return true;
    if (step.classes !== 0 && (classesOf(w) & step.classes) !== 0) return true;
    return step.cap && this.name(k);
  }

  /** Whether the phrase is spelled by adjacent words `p…`. */
  private phraseAt(phrase: readonly string[], p: number): boolean {
    if (p + phrase.length > this.n) return false;
    for (let q = 0; q < phrase.length; q++) {
      if (this.word(p + q) !== phrase[q] || (q > 0 && this.is(p + q, BROKEN))) return false;
    }
    return true;
  }

  /** Whether a phrase ends at word `p`. */
  private phraseEndsAt(phrase: readonly string[], p: number): boolean {
    return p - phrase.length + 1 >= 0 && this.phraseAt(phrase, p - phrase.length + 1);
  }

  /**
   * Matches `steps[s…]` rightwards from word `p`. `crossed`: a boundary was just passed, so the
   * next word need not be adjacent ("Me to, she said" is `^ me _ $`).
   */
  right(steps: readonly Step[], s: number, p: number, crossed: boolean): boolean {
    if (s === steps.length) return true;
    const step = steps[s];
    const n = this.n;
    const reach = p < n && (crossed || !this.is(p, BROKEN));
    const atBoundary = (step.boundary && (p >= n || this.is(p, CLOSES))) || (step.sentence && (p >= n || this.is(p, STOPS)));
    if (step.not) {
      let hit = atBoundary || (step.comma && p < n && this.is(p, COMMA)) || (reach && this.matches(step, p));
      if (!hit && reach) for (const ph of step.phrases) hit ||= this.phraseAt(ph, p);
      return !hit && this.right(steps, s + 1, p, crossed);
    }
    if (atBoundary && this.right(steps, s + 1, p, true)) return true;
    if (step.comma && p < n && this.is(p, COMMA) && this.right(steps, s + 1, p, true)) return true;
    if (reach) {
      if (this.matches(step, p) && this.right(steps, s + 1, p + 1, false)) return true;
      for (const ph of step.phrases) if (this.phraseAt(ph, p) && this.right(steps, s + 1, p + ph.length, false)) return true;
    }
    return step.optional && this.right(steps, s + 1, p, crossed);
  }

  /** Matches `steps[s…]` leftwards from word `p`; the gap checked is the one after `p`. */
  left(steps: readonly Step[], s: number, p: number, crossed: boolean): boolean {
    if (s === steps.length) return true;
    const step = steps[s];
    const reach = p >= 0 && (crossed || !this.is(p + 1, BROKEN));
    const atBoundary =
      (step.boundary && (p < 0 || this.is(p + 1, OPENS) || this.tokens[p + 1].sentenceStart)) || (step.sentence && (p < 0 || this.is(p + 1, SENTENCE)));
    if (step.not) {
      let hit = atBoundary || (step.comma && p >= 0 && this.is(p + 1, COMMA)) || (reach && this.matches(step, p));
      if (!hit && reach) for (const ph of step.phrases) hit ||= this.phraseEndsAt(ph, p);
      return !hit && this.left(steps, s + 1, p, crossed);
    }
    if (atBoundary && this.left(steps, s + 1, p, true)) return true;
    if (step.comma && p >= 0 && this.is(p + 1, COMMA) && this.left(steps, s + 1, p, true)) return true;
    if (reach) {
      if (this.matches(step, p) && this.left(steps, s + 1, p - 1, false)) return true;
      for (const ph of step.phrases) if (this.phraseEndsAt(ph, p) && this.left(steps, s + 1, p - ph.length, false)) return true;
    }
    return step.optional && this.left(steps, s + 1, p, crossed);
  }

  /** Whether the gate step of a side can match next to the words `i…j` (no recursion). */
  opens(side: 'left' | 'right', step: Step, i: number, j: number): boolean {
    if (side === 'right') {
      const p = j + 1;
      if (p >= this.n) return step.boundary || step.sentence;
      if (!this.is(p, BROKEN)) return this.matches(step, p) || step.phrases.length > 0;
      return step.boundary || step.sentence || step.comma;
    }
    const p = i - 1;
    if (p < 0) return step.boundary || step.sentence;
    if (!this.is(i, BROKEN)) return this.matches(step, p) || step.phrases.length > 0 || ((step.boundary || step.sentence) && this.tokens[i].sentenceStart);
    return step.boundary || step.sentence || step.comma;
  }

  /** Whether one of the patterns matches around the words `i…j`. */
  any(patterns: readonly Pattern[], i: number, j: number): boolean {
    for (const pattern of patterns) {
      const gate = pattern.gate;
      if (gate !== undefined && !this.opens(gate, gate === 'left' ? pattern.left[0] : pattern.right[0], i, j)) continue;
      if (this.around(pattern, i, j)) return true;
    }
    return false;
  }

  /** Whether a pattern matches around the words `i…j`. */
  around(pattern: Pattern, i: number, j: number): boolean {
    return this.left(pattern.left, 0, i - 1, false) && this.right(pattern.right, 0, j + 1, false);
  }
}

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

export const confusable: ParagraphRule = {
  id: 'confusable',
  description: 'A real word in the wrong place ("loose" for "lose", "your" for "you\'re", "could of"), which a spell checker cannot see.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  check(paragraph) {
    INDEX ??= compile(CONFUSABLES);
    const index = INDEX;
    const tokens = paragraph.analysis.tokens;
    let words: Words | undefined;
    const found: RawFinding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // A first look on the raw words; the stutter-stripped form ("Y-your") only when needed.
      const raw = tokens[i].lower;
      const head = index.get(raw);
      let list = head && candidates(head, tokens[i + 1]?.lower);
      if (!list && (head || !raw.includes('-'))) continue;
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
      if (!list) list = candidates(index.get(words.word(i)), i + 1 < tokens.length ? words.word(i + 1) : undefined);
      if (!list) continue;
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
          if (words.any(f.sure, i, j)) hit = { fix: f.fix, sure: true };
          else if (words.any(f.maybe, i, j)) hit = { fix: f.fix, sure: false };
          if (hit) break;
        }
        // The exceptions are read only for a hit: most suspects match no context at all.
        if (!hit || words.any(unless, i, j)) continue;
        const start = words.start(i);
        const end = tokens[j].end;
        const original = paragraph.text.slice(start, end);
        const style = original.includes('’') ? '’' : original.includes("'") ? "'" : paragraphApostrophe(paragraph);
        const suggestions = hit.fix.to.map((to) => {
          const cased = matchCase(to, original);
          return style ? applyApostropheStyle(cased, style) : cased;
        });
        // A character's voice may be deliberate: "I had went" in dialogue is not fixed blindly.
        const voiced = c.entry.voice === true && SPOKEN.has(tokens[i].region);
        found.push({
          start,
          end,
          message: hit.fix.explain ?? c.entry.explain,
          suggestions,
          ...(hit.sure && !voiced ? { confident: true } : {}),
          data: { word: original, expected: suggestions[0], family: c.entry.family },
        });
        i = j;
        break;
      }
    }
    return found;
  },
  finalize(findings, paragraph, context) {
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
