/**
 * The analyzer: builds the document model and runs the rules, reusing everything it can from the
 * previous run. Paragraph analyses and paragraph-rule results are cached by paragraph content, so
 * after an edit only the touched paragraph is read again; story-level facts (name counts) are sums
 * of cached per-paragraph counts.
 */

import { addCounts, countNames, foldName, type NameCounts } from './characters/names';
import { FREQUENT, nameVerdicts, type NameVerdict } from './characters/verdict';
import { type Block, type GroupCache, splitBlocks, updateBlocks } from './model/blocks';
import { buildModel, type DocumentModel, type Paragraph } from './model/document';
import { analyzeParagraph, type ParagraphAnalysis } from './model/paragraph';
import { type AnalyzeOptions, lessSevere, resolveOptions, type ResolvedOptions } from './options';
import { RULES } from './rules';
import type { DocumentContext, RawFinding, Rule } from './rules/types';
import { detach, normalizeApostrophes } from './text';
import type { Finding, Severity } from './types';

interface CacheEntry {
  /** `prose` or `authors-note`: rules may treat them differently. */
  kind: string;
  analysis: ParagraphAnalysis;
  /** Paragraph-rule results by rule id (before `finalize`), paragraph-relative. */
  results: Map<string, RawFinding[]>;
  /** Results after `finalize`, valid while the story epoch is the one they were made in. */
  finalized?: Map<string, { epoch: number; raw: RawFinding[] }>;
  names?: NameCounts;
  /** The analysis run that last used this entry. */
  used: number;
}

/** The result of one analysis. */
export interface AnalysisResult {
  model: DocumentModel;
  findings: Finding[];
  /** Folded capitalized words of this document and how often each occurs. */
  names: ReadonlyMap<string, number>;
  /** The same, counting only occurrences that are not at a sentence start. */
  namesMidSentence: ReadonlyMap<string, number>;
  /** Whether the name totals differ from the previous analysis's (always true for the first). */
  namesChanged: boolean;
}

/** The rule id of the notice that findings were capped. */
export const CAPPED_RULE = 'too-many-findings';

/** Analyzes one document again and again, cheaply. Create one per open document. */
export class Analyzer {
  private options: ResolvedOptions;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly groups: GroupCache = new Map();
  /** The previous run, for incremental analysis. */
  private prev?: { text: string; blocks: Block[]; byBlock: Array<CacheEntry | undefined>; entries: CacheEntry[] };
  /** Name totals of the document, kept current across runs. */
  private readonly names = new Map<string, number>();
  private readonly namesMid = new Map<string, number>();
  /**
   * Name verdicts kept across runs. After an edit only the names whose totals changed are decided
   * again (with their casing group); a frequent name's change clears them all, since typo
   * candidates and the counts in messages follow it.
   */
  private readonly verdicts = new Map<string, NameVerdict | undefined>();
  private verdictsExternal?: ReadonlyMap<string, number>;
  /** Totals before this run of the names an edit touched. */
  private touched = new Map<string, number>();
  /**
   * Advances whenever a story-level fact a `finalize` may read changes: the options, a name's
   * total, the other files' names, the document's apostrophe and mark counts. Finalized findings
   * made in the current epoch are reused; typing inside an ordinary word changes none of these.
   */
  private epoch = 0;
  private lastApostrophe?: string;
  private lastMarks?: string;
  /** Snapshots of the name totals, copied only when they change. */
  private namesSnapshot?: { names: Map<string, number>; mid: Map<string, number> };
  private run = 0;
  private readonly rules: readonly Rule[];

  constructor(options: AnalyzeOptions = {}, rules: readonly Rule[] = RULES) {
    this.options = resolveOptions(options);
    this.rules = rules;
  }

  /**
   * Replaces the options. Cached rule results survive unless the speller changed, because
   * everything else (word lists, names, severities) is applied after the cache.
   */
  setOptions(options: AnalyzeOptions): void {
    const next = resolveOptions(options);
    if (next.speller !== this.options.speller) for (const entry of this.cache.values()) entry.results.clear();
    // The server sets options before every check; only a real change moves the epoch, and only
    // a change of roster or speller makes names be decided afresh.
    if (!sameOptions(next, this.options)) this.epoch++;
    if (!sameNames(next, this.options)) this.verdicts.clear();
    this.options = next;
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
      entry = { kind, analysis: analyzeParagraph(own), results: new Map(), used: this.run };
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
    const update = prev ? updateBlocks(prev.text, prev.blocks, text, this.groups) : undefined;
    const blocks = update ? update.blocks : splitBlocks(text, this.groups);
    const byBlock: Array<CacheEntry | undefined> = new Array(blocks.length);
    if (update && prev) {
      for (let i = 0; i < update.keptBefore; i++) byBlock[i] = prev.byBlock[i];
      for (let k = 1; k <= update.keptAfter; k++) byBlock[blocks.length - k] = prev.byBlock[prev.blocks.length - k];
    }
    // The model asks for each paragraph's analysis in order: entries[i] belongs to paragraphs[i].
    const entries: CacheEntry[] = [];
    const model = buildModel(text, {
      blocks,
      analyze: (body, kind, bi) => {
        let entry = byBlock[bi];
        if (entry) entry.used = this.run;
        else byBlock[bi] = entry = this.entry(kind, body);
        entries.push(entry);
        return entry.analysis;
      },
    });
    this.updateNames(model.paragraphs, entries, prev?.entries);
    this.forgetVerdicts();
    // Style rules finalize with the document's mark counts (dash, ellipsis, quote-style): an edit
    // in one paragraph changes the findings of another.
    const marks = Object.values(model.marks).join();
    if (model.apostrophe !== this.lastApostrophe || marks !== this.lastMarks) {
      this.lastApostrophe = model.apostrophe;
      this.lastMarks = marks;
      this.epoch++;
    }
    this.prev = { text, blocks, byBlock, entries };
    const names = this.names;
    const namesMid = this.namesMid;

    const context: DocumentContext = {
      model,
      options,
      isName: (word) => {
        if (options.rosterNames.has(word)) return true;
        const folded = foldName(word);
        if (options.rosterNames.has(folded)) return true;
        return (names.get(folded) ?? 0) + (options.externalNames.get(folded) ?? 0) >= 2;
      },
      isKnownWord: (word) => {
        const w = normalizeApostrophes(word);
        return options.words.has(w) || options.wordsLower.has(w.toLowerCase());
      },
      nameCount: (name) => (names.get(name) ?? 0) + (options.externalNames.get(name) ?? 0),
      nameVerdict: nameVerdicts({ local: names, external: options.externalNames }, options, this.verdicts),
    };

    const findings: Finding[] = [];
    for (const rule of this.rules) {
      const setting = options.severities.get(rule.id);
      if (setting === 'off') continue;
      const severity: Severity = setting ?? rule.defaultSeverity;
      const explicit = setting !== undefined;
      const emit = (raw: RawFinding, offset: number) => {
        const start = raw.start + offset;
        const end = raw.end + offset;
        if (options.ignore.size > 0 && options.ignore.has(normalizeApostrophes(text.slice(start, end)).toLowerCase())) return;
        findings.push({
          rule: rule.id,
          severity: raw.severity ? (explicit ? lessSevere(raw.severity, severity) : raw.severity) : severity,
          message: raw.message,
          range: { start, end },
          suggestions: raw.suggestions ?? [],
          ...(raw.confident ? { confident: true } : {}),
          ...(raw.lazy ? { lazy: true } : {}),
          ...(raw.data ? { data: raw.data } : {}),
        });
      };
      if (rule.scope === 'paragraph') {
        model.paragraphs.forEach((p, i) => {
          const entry = entries[i];
          let raw = entry.results.get(rule.id);
          if (!raw) {
            raw = this.guard(rule.id, () => rule.check(p, options));
            entry.results.set(rule.id, raw);
          }
          if (rule.finalize) {
            entry.finalized ??= new Map();
            const done = entry.finalized.get(rule.id);
            if (done && done.epoch === this.epoch) raw = done.raw;
            else {
              const base = raw;
              raw = this.guard(rule.id, () => rule.finalize!(base, p, context));
              entry.finalized.set(rule.id, { epoch: this.epoch, raw });
            }
          }
          for (const r of raw) emit(r, p.start);
        });
      } else {
        for (const r of this.guard(rule.id, () => rule.check(context))) emit(r, 0);
      }
    }

    findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule));
    const capped = this.cap(findings);
    this.sweep(model.paragraphs);
    // Snapshots: the totals go on changing with later analyses; copied only when they changed.
    const namesChanged = !this.namesSnapshot;
    this.namesSnapshot ??= { names: new Map(names), mid: new Map(namesMid) };
    return { model, findings: capped, names: this.namesSnapshot.names, namesMidSentence: this.namesSnapshot.mid, namesChanged };
  }

  /**
   * Keeps the name totals current: an edit changes a few paragraphs in the middle, so the entries
   * common to both runs at the start and at the end are skipped, the old middle subtracted and the
   * new middle added.
   */
  private updateNames(paragraphs: readonly Paragraph[], entries: readonly CacheEntry[], before: readonly CacheEntry[] | undefined): void {
    const counts = (i: number) => {
      const entry = entries[i];
      entry.names ??= countNames(paragraphs[i]);
      return entry.names;
    };
    if (!before) {
      this.names.clear();
      this.namesMid.clear();
      this.verdicts.clear();
      this.namesSnapshot = undefined;
      this.epoch++;
      entries.forEach((entry, i) => {
        if (entry.kind !== 'prose') return;
        addCounts(this.names, counts(i).total);
        addCounts(this.namesMid, counts(i).mid);
      });
      return;
    }
    let a = 0;
    while (a < entries.length && a < before.length && entries[a] === before[a]) a++;
    let b = 0;
    while (b < entries.length - a && b < before.length - a && entries[entries.length - 1 - b] === before[before.length - 1 - b]) b++;
    for (let i = a; i < before.length - b; i++) {
      const old = before[i];
      if (old.kind !== 'prose' || !old.names) continue;
      this.touch(old.names.total);
      addCounts(this.names, old.names.total, -1);
      addCounts(this.namesMid, old.names.mid, -1);
    }
    for (let i = a; i < entries.length - b; i++) {
      if (entries[i].kind !== 'prose') continue;
      this.touch(counts(i).total);
      addCounts(this.names, counts(i).total);
      addCounts(this.namesMid, counts(i).mid);
    }
  }

  /** Remembers the totals, before this run, of names about to change. */
  private touch(counts: ReadonlyMap<string, number>): void {
    for (const name of counts.keys()) if (!this.touched.has(name)) this.touched.set(name, this.names.get(name) ?? 0);
  }

  /** Forgets the verdicts an edit may have changed (see `verdicts`), and moves the epoch on. */
  private forgetVerdicts(): void {
    const external = this.options.externalNames;
    if (external !== this.verdictsExternal) {
      this.verdicts.clear();
      this.verdictsExternal = external;
      this.epoch++;
    }
    const changed = new Set<string>();
    let frequentChanged = false;
    for (const [name, before] of this.touched) {
      const after = this.names.get(name) ?? 0;
      if (after === before) continue;
      changed.add(name);
      // A frequent or roster name is a candidate target of every rare name near it.
      if (this.options.rosterNames.has(name) || Math.max(before, after) + (external.get(name) ?? 0) >= FREQUENT - 1) frequentChanged = true;
    }
    this.touched.clear();
    if (changed.size === 0) return;
    this.epoch++;
    this.namesSnapshot = undefined;
    if (frequentChanged) {
      this.verdicts.clear();
      return;
    }
    const groups = new Set([...changed].map((n) => n.toLowerCase()));
    for (const [name, verdict] of [...this.verdicts]) {
      // Its casing group, and any verdict naming it (whose message counts its uses).
      if (groups.has(name.toLowerCase()) || (verdict && changed.has(verdict.name))) this.verdicts.delete(name);
    }
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

  /** Never a silent truncation: past the cap, one finding at the first dropped one says so. */
  private cap(findings: Finding[]): Finding[] {
    const max = this.options.maxFindings;
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

  /** Drops cache entries no longer used, once the cache holds twice what the document needs. */
  private sweep(paragraphs: readonly Paragraph[]): void {
    // Each edit leaves the previous version of one paragraph behind; a few dozen are kept (an undo
    // finds them), more are dropped: re-reading a paragraph costs well under a millisecond.
    if (this.groups.size > paragraphs.length * 2 + 64) this.groups.clear();
    if (this.cache.size <= paragraphs.length + 64) return;
    for (const [key, entry] of this.cache) if (entry.used < this.run) this.cache.delete(key);
  }
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

/** Whether two option sets give the same findings (the other files' names compared by identity). */
function sameOptions(a: ResolvedOptions, b: ResolvedOptions): boolean {
  if (a.speller !== b.speller || a.externalNames !== b.externalNames || a.maxFindings !== b.maxFindings) return false;
  if (!sameSet(a.words, b.words) || !sameSet(a.wordsLower, b.wordsLower) || !sameSet(a.ignore, b.ignore)) return false;
  if (a.severities.size !== b.severities.size) return false;
  for (const [k, v] of a.severities) if (b.severities.get(k) !== v) return false;
  return sameNames(a, b) && JSON.stringify(a.characters) === JSON.stringify(b.characters);
}
