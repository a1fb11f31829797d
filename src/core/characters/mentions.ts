/**
 * Finding names in a document: the name under the cursor (hover, rename), every mention of a name
 * (rename, the Characters view), and the names a story uses (the character list, `fanfic names`).
 */

import { buildModel, type DocumentModel } from '../model/document';
import { forEachWord } from '../model/words';
import { firstIndex } from '../search';
import { isCapitalized } from '../text';
import type { Range } from '../types';
import { isCharacter } from './character';
import { addCounts, countNames, foldName, type NameCounts } from './names';
import { nameVerdicts, type NameVerdict, type VerdictOptions } from './verdict';

/** A mention of a name: the name part of a word ("Hermione" in "Hermione's"). */
export interface Mention {
  /** The folded name, as written: "Hermione". */
  name: string;
  /** The whole word: "Hermione's". */
  word: string;
  /** The name part's range. */
  range: Range;
}

/** The capitalized word at `offset`, folded, or undefined. */
export function mentionAt(model: DocumentModel, offset: number): Mention | undefined {
  const ps = model.paragraphs;
  const p = ps[firstIndex(ps.length, (i) => ps[i].end >= offset)];
  if (!p || offset < p.start) return undefined;
  for (const t of p.analysis.tokens) {
    if (offset < p.start + t.start || offset > p.start + t.end) continue;
    if (!isCapitalized(t.text)) return undefined;
    const name = foldName(t.text);
    return { name, word: t.text, range: { start: p.start + t.start, end: p.start + t.start + name.length } };
  }
  return undefined;
}

/** Headings a name can stand in: "**Hermione's POV**", "Chapter 3: Hermione". */
const HEADING_KINDS = new Set(['pov-header', 'chapter-heading', 'title']);

/**
 * Every mention of `name` (folded) in the document, in order: in its paragraphs, and with
 * `headings`, in its POV headers, chapter headings and title too (a rename must change those;
 * mention counts are of story text).
 */
export function mentionsOf(model: DocumentModel, name: string, options: { headings?: boolean } = {}): Mention[] {
  const out: Mention[] = [];
  if (options.headings) {
    for (const b of model.blocks) {
      if (!HEADING_KINDS.has(b.kind)) continue;
      const line = model.text.slice(b.start, b.end);
      if (!line.includes(name)) continue;
      forEachWord(line, (from, to) => {
        const word = line.slice(from, to);
        if (foldName(word) !== name) return;
        const start = b.start + from;
        out.push({ name, word, range: { start, end: start + name.length } });
      });
    }
  }
  for (const p of model.paragraphs) {
    if (!p.text.includes(name)) continue;
    for (const t of p.analysis.tokens) {
      if (!t.text.startsWith(name)) continue;
      if (foldName(t.text) !== name) continue;
      out.push({ name, word: t.text, range: { start: p.start + t.start, end: p.start + t.start + name.length } });
    }
  }
  return options.headings ? out.sort((a, b) => a.range.start - b.range.start) : out;
}

/** Capitalized words of a text, folded, with their counts (for files that are not open); `model` is the text's, when the caller has built it. */
export function nameCountsOf(text: string, model: DocumentModel = buildModel(text)): NameCounts {
  const total = new Map<string, number>();
  const mid = new Map<string, number>();
  for (const p of model.paragraphs) {
    if (p.kind !== 'prose') continue;
    const c = countNames(p);
    addCounts(total, c.total);
    addCounts(mid, c.mid);
  }
  return { total, mid };
}

/** A name the story uses, for the character list and `fanfic names`. */
export interface InferredName {
  name: string;
  count: number;
  /** Spellings in the story that look like typos or other casings of this name. */
  variants: Array<{ name: string; count: number; kind: NameVerdict['kind'] }>;
}

/**
 * The names a story uses, most frequent first: capitalized words that are not dictionary words,
 * or that keep their capital mid-sentence ("Will" the name, not "Will" at a sentence start),
 * used at least twice. Likely typos and casings are listed under the name they belong to.
 */
export function inferNames(counts: ReadonlyMap<string, number>, midSentence: ReadonlyMap<string, number>, options: VerdictOptions): InferredName[] {
  const verdict = nameVerdicts({ local: counts, external: new Map() }, options);
  const names = new Map<string, InferredName>();
  const variants: Array<[string, number, NameVerdict]> = [];
  for (const [name, count] of counts) {
    if (name.length < 2 || name === name.toUpperCase()) continue;
    const v = verdict(name);
    if (v) {
      variants.push([name, count, v]);
      continue;
    }
    if (!isCharacter(name, count, midSentence.get(name) ?? 0, options)) continue;
    names.set(name, { name, count, variants: [] });
  }
  for (const [name, count, v] of variants) {
    const target = names.get(v.name) ?? { name: v.name, count: counts.get(v.name) ?? 0, variants: [] };
    target.variants.push({ name, count, kind: v.kind });
    names.set(v.name, target);
  }
  return [...names.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * The story's slips of a name, each with the name it stands for: the names the `character-name`
 * rule reports as a typo (`Kurokou` once against `Kuroko` often), a roster variant or another
 * casing, by the same verdicts. The speaker attribution reads each as the name itself.
 */
export function nameSlips(counts: ReadonlyMap<string, number>, options: VerdictOptions): Map<string, string> {
  const verdict = nameVerdicts({ local: counts, external: new Map() }, options);
  const out = new Map<string, string>();
  for (const name of counts.keys()) {
    if (name.length < 2 || name === name.toUpperCase()) continue;
    const v = verdict(name);
    if (v) out.set(name, v.name);
  }
  return out;
}

/**
 * The names that may speak: the story's characters (`inferNames`, by `isCharacter`, which takes
 * in the dictionary words the story writes as names: "Twilight", "Discord", "Harry"), and the
 * names the dictionary knows only capitalized ("Rachel", "McKinley"), which the character list
 * leaves out unless they keep their capital mid-sentence, since "Monday" and "London" are such
 * words too. A speech tag or a beat still needs the name in a subject's place, so a day never speaks.
 */
export function speakingNames(counts: ReadonlyMap<string, number>, midSentence: ReadonlyMap<string, number>, options: VerdictOptions): string[] {
  const out = new Set(inferNames(counts, midSentence, options).map((n) => n.name));
  const speller = options.speller;
  if (speller) {
    for (const [name, count] of counts) {
      // "I'd", "I've": the pronoun's contractions are words the speller knows only capitalized.
      if (count < 2 || out.has(name) || name.length < 2 || name === name.toUpperCase() || /^I['’]/.test(name)) continue;
      if (speller.correct(name) && !speller.correct(name.toLowerCase())) out.add(name);
    }
  }
  return [...out];
}
