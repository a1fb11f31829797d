/**
 * The analyzer: builds the document model and runs the rules, reusing everything it can from the
 * previous run. A keystroke costs what it changed, not what the document holds:
 * - paragraph analyses and paragraph-rule results are cached by paragraph content, so after an
 *   edit only the touched paragraph is read again;
 * - each paragraph's finished findings (after `finalize`) are kept with the story-level facts
 *   they read (the names they asked about, the document's apostrophe or mark counts); an edit
 *   that changes a fact re-finalizes only the paragraphs that read it;
 * - story-level facts are kept current by difference: name totals are sums of cached
 *   per-paragraph counts, and name verdicts are decided again only where a count moved.
 */

import { addCounts, countNames, foldName, type NameCounts } from './characters/names';
import { NameJudge, type NameVerdict } from './characters/verdict';
import { type Block, type BlockUpdate, type GroupCache, splitBlocks, updateBlocks } from './model/blocks';
import { addMarks, buildModel, type DocumentModel, editModel, noMarks, type Paragraph, type Rewritten, shapeless } from './model/document';
import { analyzeParagraph, MARK_KEYS, type Marks, type ParagraphAnalysis } from './model/paragraph';
import { type AnalyzeOptions, lessSevere, resolveOptions, type ResolvedOptions } from './options';
import { RULES } from './rules';
import type { DocumentContext, DocumentRule, FinalizeContext, ParagraphRule, RawFinding, Rule } from './rules/types';
import { detach, type LineIndex, normalizeApostrophes } from './text';
import type { Finding, Severity } from './types';

/** A paragraph's findings from every paragraph rule, finished, with what they were made from. */
interface Finished {
  /** Paragraph-relative ranges, sorted by position. */
  findings: Finding[];
  /** The epochs they were made in; -1 for a fact no finalize read. */
  options: number;
  apostrophe: number;
  /** The marks some finalize read (a bit per `MARK_KEYS` index), and the run they were made in. */
  marks: number;
  run: number;
  /** Folded names whose verdict or count some finalize asked about. */
  names: string[];
  /** A name among `names` changed since. */
  stale: boolean;
}

interface CacheEntry {
  /** `prose` or `authors-note`: rules may treat them differently. */
  kind: string;
  /** The paragraph's own copy of its text (see `entry`). */
  text: string;
  analysis: ParagraphAnalysis;
  /** Paragraph-rule results by rule id (before `finalize`), paragraph-relative. */
  results: Map<string, RawFinding[]>;
  finished?: Finished;
  names?: NameCounts;
  /** The analysis run that last used this entry. */
  used: number;
}

/**
 * The findings of one analysis as the analyzer keeps them: each paragraph's own list, with
 * paragraph-relative ranges (the same objects for as long as that paragraph's findings do not
 * change, wherever the paragraph moves), and the document rules' findings, absolute and sorted.
 * A host that sends every finding on every keystroke can reuse what it made of the unchanged ones.
 */
export interface FindingGroups {
  /** Where each list's paragraph starts. */
  at: number[];
  lists: ReadonlyArray<readonly Finding[]>;
  whole: readonly Finding[];
  /** More findings than `maxFindings`: `findings` is cut and ends with a notice; use it. */
  capped: boolean;
}

/** The result of one analysis. */
export interface AnalysisResult {
  /**
   * The document model. Its blocks, paragraphs, chapters, scenes, flashbacks and line index are
   * the analyzer's own and are moved in place by its next analysis: keep the latest result, not an
   * older one's model.
   * (The findings, made of plain numbers, stay right.)
   */
  model: DocumentModel;
  /** Sorted by position, absolute ranges, at most `maxFindings` (made from `groups` when first read). */
  findings: Finding[];
  groups: FindingGroups;
  /**
   * Folded capitalized words of this document and how often each occurs: the analyzer's own
   * totals, kept current by difference, so valid until its next analysis (copy them to keep them).
   */
  names: ReadonlyMap<string, number>;
  /** The same, counting only occurrences that are not at a sentence start. */
  namesMidSentence: ReadonlyMap<string, number>;
  /** Whether the name totals differ from the previous analysis's (always true for the first). */
  namesChanged: boolean;
  /**
   * The names whose counts this analysis changed, with their new counts (0 for a name gone), for
   * a host that keeps a story's totals by difference; undefined when the names were counted afresh.
   */
  nameChanges?: ReadonlyMap<string, { total: number; mid: number }>;
}

/** The previous run, for incremental analysis: entries[i] belongs to paragraphs[i], byBlock[i] to blocks[i]. */
interface Previous {
  model: DocumentModel;
  byBlock: Array<CacheEntry | undefined>;
  entries: CacheEntry[];
}

/** What an edit did to the paragraph entries: `removed` gave way to `added`, from paragraph `at` on. */
interface Splice {
  at: number;
  removed: readonly CacheEntry[];
  added: readonly CacheEntry[];
}

/** The rule id of the notice that findings were capped. */
export const CAPPED_RULE = 'too-many-findings';

/** Analyzes one document again and again, cheaply. Create one per open document. */
export class Analyzer {
  private options: ResolvedOptions;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly groups: GroupCache = new Map();
  private readonly paragraphOf = new WeakMap<Block, Paragraph>();
  /** The previous run, for incremental analysis. */
  private prev?: Previous;
  /** Name totals of the document, kept current across runs. */
  private readonly names = new Map<string, number>();
  private readonly namesMid = new Map<string, number>();
  /** Name verdicts, kept across runs; a new judge when the roster or the speller changes. */
  private judge: NameJudge;
  /** The other files' name counts the judge last saw. */
  private external: ReadonlyMap<string, number>;
  /** Paragraphs whose finished findings read a name, by folded name. */
  private readonly readers = new Map<string, Set<CacheEntry>>();
  /** Counts (total, mid-sentence) before this run of the names an edit touched (this file's). */
  private touched = new Map<string, [number, number]>();
  /** What this run changed of the names (see `AnalysisResult.nameChanges`); undefined after a recount. */
  private changes?: Map<string, { total: number; mid: number }>;
  private recounted = false;
  /** Epochs: each advances when its fact changes; finished findings made in an older one are redone. */
  private optionsEpoch = 0;
  /** The run in which each mark count (by `MARK_KEYS` index) last changed. */
  private readonly marksChanged: number[] = MARK_KEYS.map(() => 0);
  private apostropheEpoch = 0;
  private lastApostrophe?: string;
  private lastMarks?: Marks;
  /** Marks of the document's story paragraphs, kept current across runs. */
  private marks: Marks = noMarks();
  private run = 0;
  /** Characters of paragraph text the cache holds (the document's and the stale entries'). */
  private cachedChars = 0;
  private readonly paragraphRules: readonly ParagraphRule[];
  private readonly documentRules: readonly DocumentRule[];

  constructor(options: AnalyzeOptions = {}, rules: readonly Rule[] = RULES) {
    this.options = resolveOptions(options);
    this.paragraphRules = rules.filter((r): r is ParagraphRule => r.scope === 'paragraph');
    this.documentRules = rules.filter((r): r is DocumentRule => r.scope === 'document');
    this.external = this.options.externalNames;
    this.judge = new NameJudge(this.options, { local: this.names, external: this.external });
  }

  /**
   * Replaces the options. Cached rule results survive unless the speller changed, because
   * everything else (word lists, names, severities) is applied after the cache.
   */
  setOptions(options: AnalyzeOptions): void {
    const next = resolveOptions(options);
    if (next.speller !== this.options.speller) for (const entry of this.cache.values()) entry.results.clear();
    // The server sets options before every check; only a real change redoes the findings, and
    // only a change of roster or speller makes names be decided afresh. The other files' names
    // are compared by difference in `analyze`.
    if (!sameOptions(next, this.options)) this.optionsEpoch++;
    const renamed = !sameNames(next, this.options);
    this.options = next;
    if (renamed) this.judge = new NameJudge(next, { local: this.names, external: this.external });
  }

  get resolved(): ResolvedOptions {
    return this.options;
  }

  private entry(kind: string, text: string): CacheEntry {
    const key = kind === 'prose' ? text : `${kind}\u0000${text}`;
    let entry = this.cache.get(key);
    if (!entry) {
      // Tokens are cut from the text they are found in: analyze a detached copy, so the cache
      // keeps this paragraph alive, not the whole document it came from.
      const own = detach(text);
      entry = { kind, text: own, analysis: analyzeParagraph(own), results: new Map(), used: this.run };
      this.cachedChars += own.length;
      this.cache.set(kind === 'prose' ? own : `${kind}\u0000${own}`, entry);
    }
    entry.used = this.run;
    return entry;
  }

  /** Analyzes `text` and returns its model and findings, sorted by position. */
  analyze(text: string): AnalysisResult {
    this.run++;
    const options = this.options;
    const prev = this.prev;

    // Only the paragraph groups an edit touched are split again; the other blocks are kept, and
    // so are their cache entries, found by position instead of by hashing their text.
    // The analyzer's blocks, paragraphs and line starts are its own: those after the edit are
    // moved in place, so a keystroke allocates only what it changed (see `AnalysisResult.model`).
    const update = prev ? updateBlocks(prev.model.text, prev.model.blocks, text, this.groups) : undefined;
    const lines = prev && update?.edit ? prev.model.lines.edited(text, update.edit.prefix, update.edit.suffix, true) : prev?.model.lines;
    // Typing inside paragraphs leaves the chapters, scenes and flashbacks as they were: the model
    // is edited where it changed, not built again.
    const model = (prev && update && lines && this.edited(prev, update, text, lines)) || this.built(text, update, lines);
    this.updateFacts(model);
    const names = this.names;
    const judge = this.judge;
    const isName = (word: string) => {
      if (options.rosterNames.has(word)) return true;
      const folded = foldName(word);
      return options.rosterNames.has(folded) || judge.count(folded) >= 2;
    };
    const isKnownWord = (word: string) => {
      const w = normalizeApostrophes(word);
      return options.words.has(w) || options.wordsLower.has(w.toLowerCase());
    };
    const nameVerdict = (name: string) => judge.get(name);

    // Paragraph rules: each paragraph's finished findings, redone only where a fact they read changed.
    const reading = new Reading(model, options, isName, isKnownWord, nameVerdict);
    const at: number[] = [];
    const lists: Finding[][] = [];
    let count = 0;
    const entries = this.prev!.entries;
    model.paragraphs.forEach((p, i) => {
      const done = this.finished(entries[i], p, reading);
      if (done.findings.length === 0) return;
      at.push(p.start);
      lists.push(done.findings);
      count += done.findings.length;
    });

    // Document rules read the whole model: they run every time (each keeps its own caches).
    const context: DocumentContext = { model, options, apostrophe: model.apostrophe, marks: model.marks, isName, isKnownWord, nameVerdict };
    const whole: Finding[] = [];
    for (const rule of this.documentRules) {
      const severity = this.severity(rule);
      if (!severity) continue;
      for (const raw of this.guard(rule.id, () => rule.check(context))) {
        const f = this.finding(rule.id, severity, raw, text);
        if (f) whole.push(f);
      }
    }
    whole.sort(byPosition);
    const max = options.maxFindings;
    const groups: FindingGroups = { at, lists, whole, capped: count + whole.length > max };
    this.sweep(entries, text.length);
    const changes = this.changes;
    let findings: Finding[] | undefined;
    return {
      model,
      get findings() {
        if (!findings) {
          const all: Finding[] = [];
          inOrder(groups, (f, at) => all.push(moved(f, at)));
          findings = capped(all, max);
        }
        return findings;
      },
      groups,
      names,
      namesMidSentence: this.namesMid,
      namesChanged: !changes || changes.size > 0,
      ...(changes ? { nameChanges: changes } : {}),
    };
  }

  /** The model built afresh, from the blocks (kept ones found by position), with their analyses. */
  private built(text: string, update: BlockUpdate | undefined, lines: LineIndex | undefined): DocumentModel {
    const prev = this.prev;
    const blocks = update ? update.blocks : splitBlocks(text, this.groups);
    const byBlock: Array<CacheEntry | undefined> = new Array(blocks.length);
    if (update && prev) {
      for (let i = 0; i < update.keptBefore; i++) byBlock[i] = prev.byBlock[i];
      for (let k = 1; k <= update.keptAfter; k++) byBlock[blocks.length - k] = prev.byBlock[prev.byBlock.length - k];
    }
    // The model asks for each paragraph's analysis in order: entries[i] belongs to paragraphs[i].
    const entries: CacheEntry[] = [];
    const before = prev?.entries;
    // Marks and names are kept by difference: the entries common to both runs at the start and at
    // the end are skipped, the old middle taken away and the new middle added.
    let spliced: Splice | undefined;
    const model = buildModel(text, {
      blocks,
      analyze: (block, bi, whole) => {
        let entry = byBlock[bi];
        if (entry) entry.used = this.run;
        else byBlock[bi] = entry = this.entry(block.kind, whole.slice(block.start, block.end));
        entries.push(entry);
        return entry;
      },
      marks: () => {
        if (!before) return this.countMarks(entries);
        const [a, b] = common(entries, before);
        spliced = { at: a, removed: before.slice(a, before.length - b), added: entries.slice(a, entries.length - b) };
        return this.spliceMarks(spliced.removed, spliced.added);
      },
      paragraphOf: this.paragraphOf,
      lines,
    });
    // `buildModel` asked for the marks once every paragraph was analyzed: the splice is known.
    if (!before) this.countNames(model.paragraphs, entries);
    else this.spliceNames(model.paragraphs, spliced!);
    this.prev = { model, byBlock, entries };
    return model;
  }

  /**
   * The model after an edit that rewrote prose paragraphs into as many prose paragraphs, none of
   * them opening or closing a flashback (`editModel`), or undefined for any other edit. The
   * previous run's model, entries and block entries are moved in place.
   */
  private edited(prev: Previous, update: BlockUpdate, text: string, lines: LineIndex): DocumentModel | undefined {
    const { removed, blocks, keptBefore } = update;
    if (!removed || removed.length === 0 || !update.edit || blocks.length !== prev.byBlock.length) return undefined;
    const paragraphs = prev.model.paragraphs;
    const olds: Paragraph[] = [];
    for (const block of removed) {
      const old = block.kind === 'prose' ? this.paragraphOf.get(block) : undefined;
      if (!old || paragraphs[old.index] !== old || !shapeless(old.analysis)) return undefined;
      if (olds.length > 0 && old.index !== olds[0].index + olds.length) return undefined;
      olds.push(old);
    }
    // The edit must lie within those paragraphs, or what follows them moves by something else.
    const oldEnd = olds[olds.length - 1].end;
    const { prefix, suffix } = update.edit;
    if (prefix < olds[0].start || prev.model.text.length - suffix > oldEnd || blocks[keptBefore].start !== olds[0].start) return undefined;
    const rewritten: Rewritten[] = [];
    const added: CacheEntry[] = [];
    for (let k = 0; k < removed.length; k++) {
      const block = blocks[keptBefore + k];
      if (block.kind !== 'prose') return undefined;
      const entry = this.entry('prose', text.slice(block.start, block.end));
      if (!shapeless(entry.analysis)) return undefined;
      rewritten.push({ block, analysis: entry.analysis, text: entry.text });
      added.push(entry);
    }
    // …and the paragraphs must hold all of it: a line end typed after the last one is not in it.
    const delta = text.length - prev.model.text.length;
    if (blocks[keptBefore + removed.length - 1].end !== oldEnd + delta) return undefined;
    const first = olds[0].index;
    const splice: Splice = { at: first, removed: prev.entries.slice(first, first + added.length), added };
    added.forEach((entry, k) => {
      prev.entries[first + k] = entry;
      prev.byBlock[keptBefore + k] = entry;
    });
    const model = editModel(prev.model, text, { first, rewritten, oldEnd, delta }, { paragraphOf: this.paragraphOf, marks: this.spliceMarks(splice.removed, added), lines });
    this.spliceNames(model.paragraphs, splice);
    this.prev = { model, byBlock: prev.byBlock, entries: prev.entries };
    return model;
  }

  /** A rule's severity under the options, or undefined when it is off. */
  private severity(rule: Rule): { severity: Severity; explicit: boolean } | undefined {
    const setting = this.options.severities.get(rule.id);
    if (setting === 'off') return undefined;
    return { severity: setting ?? rule.defaultSeverity, explicit: setting !== undefined };
  }

  /** A raw finding made final: severity, the story's ignore list (`text` is what its range is in). */
  private finding(rule: string, { severity, explicit }: { severity: Severity; explicit: boolean }, raw: RawFinding, text: string): Finding | undefined {
    const ignore = this.options.ignore;
    if (ignore.size > 0 && ignore.has(normalizeApostrophes(text.slice(raw.start, raw.end)).toLowerCase())) return undefined;
    return {
      rule,
      severity: raw.severity ? (explicit ? lessSevere(raw.severity, severity) : raw.severity) : severity,
      message: raw.message,
      range: { start: raw.start, end: raw.end },
      suggestions: raw.suggestions ?? [],
      ...(raw.confident ? { confident: true } : {}),
      ...(raw.lazy ? { lazy: true } : {}),
      ...(raw.data ? { data: raw.data } : {}),
    };
  }

  /** A paragraph's findings from every paragraph rule, kept while nothing they read changed. */
  private finished(entry: CacheEntry, p: Paragraph, reading: Reading): Finished {
    const old = entry.finished;
    if (
      old &&
      !old.stale &&
      old.options === this.optionsEpoch &&
      (old.marks === 0 || this.marksStill(old)) &&
      (old.apostrophe < 0 || old.apostrophe === this.apostropheEpoch)
    ) {
      return old;
    }
    reading.start();
    const findings: Finding[] = [];
    for (const rule of this.paragraphRules) {
      const severity = this.severity(rule);
      if (!severity) continue;
      let raw = entry.results.get(rule.id);
      if (!raw) {
        const base = this.guard(rule.id, () => rule.check(p, this.options));
        entry.results.set(rule.id, base);
        raw = base;
      }
      if (rule.finalize) {
        const base = raw;
        raw = this.guard(rule.id, () => rule.finalize!(base, p, reading));
      }
      for (const r of raw) {
        const f = this.finding(rule.id, severity, r, p.text);
        if (f) findings.push(f);
      }
    }
    findings.sort(byPosition);
    if (old) for (const name of old.names) this.readers.get(name)?.delete(entry);
    const names = [...reading.names];
    for (const name of names) {
      let set = this.readers.get(name);
      if (!set) this.readers.set(name, (set = new Set()));
      set.add(entry);
    }
    const done: Finished = {
      findings,
      options: this.optionsEpoch,
      marks: reading.readMarks,
      run: this.run,
      apostrophe: reading.readApostrophe ? this.apostropheEpoch : -1,
      names,
      stale: false,
    };
    entry.finished = done;
    return done;
  }

  /** Counts the names afresh (the first run): the judge starts afresh too. */
  private countNames(paragraphs: readonly Paragraph[], entries: readonly CacheEntry[]): void {
    this.names.clear();
    this.namesMid.clear();
    this.optionsEpoch++;
    entries.forEach((entry, i) => {
      if (entry.kind !== 'prose') return;
      const counts = (entry.names ??= countNames(paragraphs[i]));
      addCounts(this.names, counts.total);
      addCounts(this.namesMid, counts.mid);
    });
    this.external = this.options.externalNames;
    this.judge = new NameJudge(this.options, { local: this.names, external: this.external });
    this.recounted = true;
  }

  /**
   * Keeps the name totals current: an edit changes a few paragraphs, so the entries it removed are
   * taken away and those it added (paragraphs `at`, `at + 1`…) are added.
   */
  private spliceNames(paragraphs: readonly Paragraph[], { at, removed, added }: Splice): void {
    this.recounted = false;
    for (const old of removed) {
      if (old.kind !== 'prose' || !old.names) continue;
      this.touch(old.names.total);
      addCounts(this.names, old.names.total, -1);
      addCounts(this.namesMid, old.names.mid, -1);
    }
    added.forEach((entry, k) => {
      if (entry.kind !== 'prose') return;
      const counts = (entry.names ??= countNames(paragraphs[at + k]));
      this.touch(counts.total);
      addCounts(this.names, counts.total);
      addCounts(this.namesMid, counts.mid);
    });
  }

  /** The document's marks counted afresh. */
  private countMarks(entries: readonly CacheEntry[]): Marks {
    this.marks = noMarks();
    for (const entry of entries) if (entry.kind === 'prose') addMarks(this.marks, entry.analysis.marks);
    return { ...this.marks };
  }

  /** The document's marks, kept like the name totals: the removed entries taken away, the added ones added. */
  private spliceMarks(removed: readonly CacheEntry[], added: readonly CacheEntry[]): Marks {
    for (const entry of removed) if (entry.kind === 'prose') addMarks(this.marks, entry.analysis.marks, -1);
    for (const entry of added) if (entry.kind === 'prose') addMarks(this.marks, entry.analysis.marks);
    return { ...this.marks };
  }

  /** Remembers the totals, before this run, of names about to change. */
  private touch(counts: ReadonlyMap<string, number>): void {
    for (const name of counts.keys()) if (!this.touched.has(name)) this.touched.set(name, [this.names.get(name) ?? 0, this.namesMid.get(name) ?? 0]);
  }

  /**
   * Brings the story-level facts up to date after the names were counted: the verdicts a moved
   * count can reach (this file's counts or the other files'), and the document's apostrophe and
   * marks. Paragraphs that read a fact that changed are marked to be finished again.
   */
  private updateFacts(model: DocumentModel): void {
    const oldExternal = this.external;
    const external = this.options.externalNames;
    // Story totals before this run, of every name whose total may have moved.
    const moved = new Map<string, number>();
    const changes = this.recounted ? undefined : new Map<string, { total: number; mid: number }>();
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
    if (moved.size > 0 || external !== oldExternal) {
      for (const name of this.judge.update(moved, { local: this.names, external })) {
        const readers = this.readers.get(name);
        if (readers) for (const entry of readers) if (entry.finished) entry.finished.stale = true;
      }
    }
    if (model.apostrophe !== this.lastApostrophe) {
      this.lastApostrophe = model.apostrophe;
      this.apostropheEpoch++;
    }
    const last = this.lastMarks;
    MARK_KEYS.forEach((k, i) => {
      if (!last || last[k] !== model.marks[k]) this.marksChanged[i] = this.run;
    });
    this.lastMarks = model.marks;
  }

  /** Whether none of the mark counts a paragraph's finalize read changed since. */
  private marksStill(done: Finished): boolean {
    for (let i = 0; i < MARK_KEYS.length; i++) if (done.marks & (1 << i) && this.marksChanged[i] > done.run) return false;
    return true;
  }

  /** Runs a rule; an exception is reported and costs only that rule's findings for that paragraph. */
  private guard(rule: string, fn: () => RawFinding[]): RawFinding[] {
    try {
      return fn();
    } catch (error) {
      this.options.onRuleError?.(rule, error);
      return [];
    }
  }

  /** Drops cache entries no longer used, once the cache holds twice what the document needs (in entries or in text). */
  private sweep(entries: readonly CacheEntry[], textLength: number): void {
    // Each edit leaves the previous version of one paragraph behind; a few dozen are kept (an undo
    // finds them), more are dropped: re-reading a paragraph costs well under a millisecond.
    if (this.groups.size > entries.length * 2 + 64) this.groups.clear();
    // Counted in text too: one stale 5 MB paragraph (a paste, then undone) holds a million tokens.
    if (this.cache.size <= entries.length + 64 && this.cachedChars <= textLength * 2 + 65536) return;
    // An edited model marks only the entries it added as used: the document's are all in use.
    for (const entry of entries) entry.used = this.run;
    for (const [key, entry] of this.cache) {
      if (entry.used >= this.run) continue;
      this.cache.delete(key);
      this.cachedChars -= entry.text.length;
      for (const name of entry.finished?.names ?? []) {
        const readers = this.readers.get(name);
        readers?.delete(entry);
        if (readers?.size === 0) this.readers.delete(name);
      }
    }
  }
}

/**
 * The facts a paragraph's `finalize` calls read, recorded as they are read: the context handed to
 * every finalize of one paragraph, started afresh for the next.
 */
class Reading implements FinalizeContext {
  names = new Set<string>();
  /** The mark counts read, a bit per `MARK_KEYS` index. */
  readMarks = 0;
  readApostrophe = false;
  /** The document's marks, behind getters that record which counts are read. */
  readonly marks: Marks;

  constructor(
    private readonly model: DocumentModel,
    readonly options: ResolvedOptions,
    private readonly name: (word: string) => boolean,
    private readonly known: (word: string) => boolean,
    private readonly verdict: (name: string) => NameVerdict | undefined,
  ) {
    const view = {} as Marks;
    MARK_KEYS.forEach((key, i) =>
      Object.defineProperty(view, key, {
        get: () => {
          this.readMarks |= 1 << i;
          return model.marks[key];
        },
      }),
    );
    this.marks = view;
  }

  start(): void {
    this.names = new Set();
    this.readMarks = 0;
    this.readApostrophe = false;
  }

  get apostrophe(): "'" | '’' {
    this.readApostrophe = true;
    return this.model.apostrophe;
  }

  isName(word: string): boolean {
    this.names.add(foldName(word));
    return this.name(word);
  }

  isKnownWord(word: string): boolean {
    return this.known(word);
  }

  nameVerdict(name: string): NameVerdict | undefined {
    this.names.add(name);
    return this.verdict(name);
  }
}

/**
 * Visits the findings of `groups` in document order (by start, then end, then rule), each with
 * the offset its range is relative to: its paragraph's start, or 0 for a document rule's.
 */
export function inOrder(groups: FindingGroups, visit: (f: Finding, at: number) => void): void {
  const { at, lists, whole } = groups;
  let w = 0;
  lists.forEach((list, i) => {
    for (const f of list) {
      const start = at[i] + f.range.start;
      const end = at[i] + f.range.end;
      while (w < whole.length && (whole[w].range.start - start || whole[w].range.end - end || whole[w].rule.localeCompare(f.rule)) < 0) visit(whole[w++], 0);
      visit(f, at[i]);
    }
  });
  while (w < whole.length) visit(whole[w++], 0);
}

/** Never a silent truncation: past the cap, one finding at the first dropped one says so. */
function capped(findings: Finding[], max: number): Finding[] {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max);
  const first = findings[max];
  kept.push({
    rule: CAPPED_RULE,
    severity: 'information',
    message: `${findings.length - max} more findings are not shown (the limit is ${max}). Fix or turn off some rules to see the rest.`,
    range: { start: first.range.start, end: first.range.start },
    suggestions: [],
  });
  return kept;
}

/** A paragraph-relative finding placed at `by` (fields copied one by one: spreading is slower). */
function moved(f: Finding, by: number): Finding {
  const out: Finding = { rule: f.rule, severity: f.severity, message: f.message, range: { start: f.range.start + by, end: f.range.end + by }, suggestions: f.suggestions };
  if (f.confident) out.confident = true;
  if (f.lazy) out.lazy = true;
  if (f.data) out.data = f.data;
  return out;
}

/** How many entries two runs share at the start and, after those, at the end. */
function common(entries: readonly CacheEntry[], before: readonly CacheEntry[]): [number, number] {
  let a = 0;
  while (a < entries.length && a < before.length && entries[a] === before[a]) a++;
  let b = 0;
  while (b < entries.length - a && b < before.length - a && entries[entries.length - 1 - b] === before[before.length - 1 - b]) b++;
  return [a, b];
}

/** Findings in document order: by start, then end, then rule. */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule);
}

/** One-shot analysis (the CLI, tests). For repeated analysis of a document, keep an `Analyzer`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return new Analyzer(options).analyze(text).findings;
}

/** Whether two option sets decide names alike (same speller, roster names and variants). */
function sameNames(a: ResolvedOptions, b: ResolvedOptions): boolean {
  if (a.speller !== b.speller || a.rosterNames.size !== b.rosterNames.size || a.variants.size !== b.variants.size) return false;
  for (const n of a.rosterNames) if (!b.rosterNames.has(n)) return false;
  for (const [k, v] of a.variants) if (b.variants.get(k) !== v) return false;
  return true;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether two option sets give the same findings (the other files' names aside: see `updateFacts`). */
function sameOptions(a: ResolvedOptions, b: ResolvedOptions): boolean {
  if (a.speller !== b.speller || a.maxFindings !== b.maxFindings) return false;
  if (!sameSet(a.words, b.words) || !sameSet(a.wordsLower, b.wordsLower) || !sameSet(a.ignore, b.ignore)) return false;
  if (a.severities.size !== b.severities.size) return false;
  for (const [k, v] of a.severities) if (b.severities.get(k) !== v) return false;
  return sameNames(a, b) && JSON.stringify(a.characters) === JSON.stringify(b.characters);
}
