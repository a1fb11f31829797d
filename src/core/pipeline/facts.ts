/**
 * The second stage of the analysis pipeline: the story-level facts rules read beside a paragraph,
 * kept current by difference and reported as what changed, so the rule stage redoes only the
 * findings that read a changed fact.
 * - Name totals of the document are sums of per-paragraph counts: an update's splice takes the
 *   removed paragraphs' counts away and adds the new ones'.
 * - Name verdicts (a typo of a frequent name, a roster variant, another casing) are decided again
 *   only where a count moved, in this file or in the story's other files.
 * - The document's apostrophe style and its mark counts, of which rules read a few.
 */

import { addCounts, countNames, foldName, type NameCounts } from '../characters/names';
import { NameJudge, type NameVerdict } from '../characters/verdict';
import type { Paragraph } from '../model/document';
import { MARK_KEYS, type Marks } from '../model/paragraph';
import { orthId } from '../model/vocab';
import type { ResolvedOptions } from '../options';
import { normalizeApostrophes } from '../text';
import type { Entry, ModelUpdate, Splice } from './model';
import { addVoice, countVoice, voiceLevel, type VoiceCounts } from './voice';
import { WordCounts, writtenKey } from './word-counts';

/** What an update changed of the facts. */
export interface FactChanges {
  /** The names were counted afresh (the first update): every verdict may differ. */
  recounted: boolean;
  /** Folded names whose verdict changed, and counted words (`~id`, `writtenKey`) whose count moved. */
  verdicts: readonly string[];
  /** The document's apostrophe style changed. */
  apostrophe: boolean;
  /** The mark counts that changed, a bit per `MARK_KEYS` index. */
  marks: number;
  /** The document's voice level changed. */
  voice: boolean;
}

export class StoryFacts {
  /** Name totals of the document, kept current across updates. */
  readonly names = new Map<string, number>();
  readonly namesMid = new Map<string, number>();
  /** Name verdicts, kept across updates; a new judge when the roster or the speller changes. */
  private judge: NameJudge;
  /** The other files' name counts the judge last saw. */
  private external: ReadonlyMap<string, number>;
  /** The other files' words no tier knows, as last seen (`timesInStory`). */
  private externalWords: ReadonlyMap<string, number>;
  private readonly counts = new WeakMap<Entry, NameCounts>();
  /** Counts (total, mid-sentence) before this update of the names it touched (this file's). */
  private readonly touched = new Map<string, [number, number]>();
  /** What this update changed of the names; undefined after a recount. */
  private changes?: Map<string, { total: number; mid: number }>;
  private lastApostrophe?: string;
  private lastMarks?: Marks;
  /** How often the document writes each word (`timesWritten`), counted when first asked. */
  private readonly written = new WordCounts();
  private paragraphs: readonly Paragraph[] = [];
  /** Each paragraph's respelling marks, and their sum over the document (`voice.ts`). */
  private readonly voices = new WeakMap<Entry, VoiceCounts>();
  private readonly voiceSum: VoiceCounts = { speech: 0, all: 0, speechWords: 0, words: 0 };
  private level: 0 | 1 | 2 = 0;

  constructor(private options: ResolvedOptions) {
    this.external = options.externalNames;
    this.externalWords = options.externalWords;
    this.judge = new NameJudge(options, { local: this.names, external: this.external });
  }

  /** New options: names are decided afresh only when the roster or the speller changed. */
  setOptions(next: ResolvedOptions): void {
    const renamed = !sameNames(next, this.options);
    this.options = next;
    if (renamed) this.judge = new NameJudge(next, { local: this.names, external: this.external });
  }

  /** Brings the facts up to the update's model; returns what changed. */
  update({ model, entries, splice }: ModelUpdate): FactChanges {
    const recounted = !splice;
    if (splice) this.spliceNames(model.paragraphs, splice);
    else this.countNames(model.paragraphs, entries);
    const verdicts = this.moveVerdicts(recounted);
    this.paragraphs = model.paragraphs;
    if (!splice) this.written.reset();
    else this.written.splice(splice, verdicts);
    this.moveWords(verdicts);
    const apostrophe = model.apostrophe !== this.lastApostrophe;
    this.lastApostrophe = model.apostrophe;
    const last = this.lastMarks;
    let marks = 0;
    MARK_KEYS.forEach((k, i) => {
      if (!last || last[k] !== model.marks[k]) marks |= 1 << i;
    });
    this.lastMarks = model.marks;
    const level = this.countVoice(model.paragraphs, entries, splice);
    const voice = level !== this.level;
    this.level = level;
    return { recounted, verdicts, apostrophe, marks, voice };
  }

  /** How thick with respellings the document is: 0 not, 1 its speech, 2 all of it (`voice.ts`). */
  get voice(): 0 | 1 | 2 {
    return this.level;
  }

  /** The voice counts brought up to the update: summed afresh, or the splice's taken away and added. */
  private countVoice(paragraphs: readonly Paragraph[], entries: readonly Entry[], splice: Splice | undefined): 0 | 1 | 2 {
    const sum = this.voiceSum;
    const of = (entry: Entry, p: Paragraph) => {
      let counts = this.voices.get(entry);
      if (!counts) this.voices.set(entry, (counts = countVoice(p.text, p.analysis)));
      return counts;
    };
    if (!splice) {
      sum.speech = sum.all = sum.speechWords = sum.words = 0;
      entries.forEach((entry, i) => {
        if (entry.kind === 'prose') addVoice(sum, of(entry, paragraphs[i]), 1);
      });
    } else {
      for (const old of splice.removed) {
        const counts = old.kind === 'prose' ? this.voices.get(old) : undefined;
        if (counts) addVoice(sum, counts, -1);
      }
      splice.added.forEach((entry, k) => {
        if (entry.kind === 'prose') addVoice(sum, of(entry, paragraphs[splice.at + k]), 1);
      });
    }
    return voiceLevel(sum);
  }

  /** The names whose counts this update changed, with their new counts; undefined after a recount. */
  get nameChanges(): ReadonlyMap<string, { total: number; mid: number }> | undefined {
    return this.changes;
  }

  /** Whether `word` is a name of this story: in the roster, or used at least twice in it. */
  isName(word: string): boolean {
    const roster = this.options.rosterNames;
    if (roster.has(word)) return true;
    const folded = foldName(word);
    return roster.has(folded) || this.judge.count(folded) >= 2;
  }

  /** Whether the story writes `word` (folded) as a capitalized word at all, here or in its other files. */
  usesName(word: string): boolean {
    return this.judge.count(foldName(word)) > 0;
  }

  /**
   * How many times the document's prose writes `lower` (a lowercase word, in any casing), or with
   * `outsideSpeech` how many of them are outside dialogue, thoughts and emphasis.
   */
  timesWritten(lower: string, outsideSpeech = false): number {
    return this.written.get(orthId(lower), this.paragraphs, outsideSpeech);
  }

  /** `timesWritten`, and how often the story's other files write the word. */
  timesInStory(lower: string): number {
    return this.timesWritten(lower) + (this.externalWords.get(lower) ?? 0);
  }

  /** Whether `word` is in the story's or the user's word list (case-insensitive where lowercase). */
  isKnownWord(word: string): boolean {
    const w = normalizeApostrophes(word);
    return this.options.words.has(w) || this.options.wordsLower.has(w.toLowerCase());
  }

  /** What is wrong with a folded name, if anything. */
  nameVerdict(name: string): NameVerdict | undefined {
    return this.judge.get(name);
  }

  /** The other files' words whose counts moved, as `writtenKey`s of the readers to redo. */
  private moveWords(changed: string[]): void {
    const old = this.externalWords;
    const next = this.options.externalWords;
    if (old === next) return;
    for (const [word, n] of old) if (next.get(word) !== n) changed.push(writtenKey(orthId(word)));
    for (const [word, n] of next) if (!old.has(word) && n !== 0) changed.push(writtenKey(orthId(word)));
    this.externalWords = next;
  }

  /** Counts the names afresh (the first update): the judge starts afresh too. */
  private countNames(paragraphs: readonly Paragraph[], entries: readonly Entry[]): void {
    this.names.clear();
    this.namesMid.clear();
    entries.forEach((entry, i) => {
      if (entry.kind !== 'prose') return;
      const counts = this.countsOf(entry, paragraphs[i]);
      addCounts(this.names, counts.total);
      addCounts(this.namesMid, counts.mid);
    });
    this.external = this.options.externalNames;
    this.judge = new NameJudge(this.options, { local: this.names, external: this.external });
  }

  /** The splice's removed paragraphs' counts taken away, its added paragraphs' (`at`, `at + 1`…) added. */
  private spliceNames(paragraphs: readonly Paragraph[], { at, removed, added }: Splice): void {
    for (const old of removed) {
      const counts = old.kind === 'prose' ? this.counts.get(old) : undefined;
      if (!counts) continue;
      this.touch(counts.total);
      addCounts(this.names, counts.total, -1);
      addCounts(this.namesMid, counts.mid, -1);
    }
    added.forEach((entry, k) => {
      if (entry.kind !== 'prose') return;
      const counts = this.countsOf(entry, paragraphs[at + k]);
      this.touch(counts.total);
      addCounts(this.names, counts.total);
      addCounts(this.namesMid, counts.mid);
    });
  }

  private countsOf(entry: Entry, paragraph: Paragraph): NameCounts {
    let counts = this.counts.get(entry);
    if (!counts) this.counts.set(entry, (counts = countNames(paragraph)));
    return counts;
  }

  /** Remembers the totals, before this update, of names about to change. */
  private touch(counts: ReadonlyMap<string, number>): void {
    for (const name of counts.keys()) if (!this.touched.has(name)) this.touched.set(name, [this.names.get(name) ?? 0, this.namesMid.get(name) ?? 0]);
  }

  /**
   * The verdicts a moved count can reach (this file's counts or the other files'), decided again;
   * returns the names whose verdict changed.
   */
  private moveVerdicts(recounted: boolean): string[] {
    const oldExternal = this.external;
    const external = this.options.externalNames;
    // Story totals before this update, of every name whose total may have moved.
    const moved = new Map<string, number>();
    const changes = recounted ? undefined : new Map<string, { total: number; mid: number }>();
    for (const [name, [before, beforeMid]] of this.touched) {
      const total = this.names.get(name) ?? 0;
      const mid = this.namesMid.get(name) ?? 0;
      if (total !== before || mid !== beforeMid) changes?.set(name, { total, mid });
      moved.set(name, before + (oldExternal.get(name) ?? 0));
    }
    this.touched.clear();
    this.changes = changes;
    if (external !== oldExternal) {
      for (const m of [oldExternal, external]) {
        for (const name of m.keys()) {
          if (moved.has(name) || (oldExternal.get(name) ?? 0) === (external.get(name) ?? 0)) continue;
          moved.set(name, (this.names.get(name) ?? 0) + (oldExternal.get(name) ?? 0));
        }
      }
      this.external = external;
    }
    if (moved.size === 0 && external === oldExternal) return [];
    return [...this.judge.update(moved, { local: this.names, external })];
  }
}

/** Whether two option sets decide names alike (same speller, roster names and variants). */
export function sameNames(a: ResolvedOptions, b: ResolvedOptions): boolean {
  if (a.speller !== b.speller || a.rosterNames.size !== b.rosterNames.size || a.variants.size !== b.variants.size) return false;
  for (const n of a.rosterNames) if (!b.rosterNames.has(n)) return false;
  for (const [k, v] of a.variants) if (b.variants.get(k) !== v) return false;
  return true;
}
