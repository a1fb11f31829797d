/**
 * The analyzer: builds the document model and runs the rules, reusing everything it can from the
 * previous run. Paragraph analyses and paragraph-rule results are cached by paragraph content, so
 * after an edit only the touched paragraph is read again; story-level facts (name counts) are sums
 * of cached per-paragraph counts.
 */

import { addCounts, countNames, foldName, type NameCounts } from './characters/names';
import { nameVerdicts } from './characters/verdict';
import { buildModel, type DocumentModel, type Paragraph } from './model/document';
import { analyzeParagraph, type ParagraphAnalysis } from './model/paragraph';
import { type AnalyzeOptions, lessSevere, resolveOptions, type ResolvedOptions } from './options';
import { RULES } from './rules';
import type { DocumentContext, RawFinding, Rule } from './rules/types';
import { normalizeApostrophes } from './text';
import type { Finding, Severity } from './types';

interface CacheEntry {
  analysis: ParagraphAnalysis;
  /** Paragraph-rule results by rule id (before `finalize`), paragraph-relative. */
  results: Map<string, RawFinding[]>;
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
}

/** The rule id of the notice that findings were capped. */
export const CAPPED_RULE = 'too-many-findings';

/** Analyzes one document again and again, cheaply. Create one per open document. */
export class Analyzer {
  private options: ResolvedOptions;
  private readonly cache = new Map<string, CacheEntry>();
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
    this.options = next;
  }

  get resolved(): ResolvedOptions {
    return this.options;
  }

  private entry(kind: string, text: string): CacheEntry {
    const key = kind === 'prose' ? text : `${kind}\u0000${text}`;
    let entry = this.cache.get(key);
    if (!entry) {
      entry = { analysis: analyzeParagraph(text), results: new Map(), used: this.run };
      this.cache.set(key, entry);
    }
    entry.used = this.run;
    return entry;
  }

  /** Analyzes `text` and returns its model and findings, sorted by position. */
  analyze(text: string): AnalysisResult {
    this.run++;
    const options = this.options;
    // The model asks for each paragraph's analysis in order: entries[i] belongs to paragraphs[i].
    const entries: CacheEntry[] = [];
    const model = buildModel(text, (body, kind) => {
      const entry = this.entry(kind, body);
      entries.push(entry);
      return entry.analysis;
    });

    const names = new Map<string, number>();
    const namesMid = new Map<string, number>();
    model.paragraphs.forEach((p, i) => {
      if (p.kind !== 'prose') return;
      const entry = entries[i];
      entry.names ??= countNames(p);
      addCounts(names, entry.names.total);
      addCounts(namesMid, entry.names.mid);
    });

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
      nameVerdict: nameVerdicts({ local: names, external: options.externalNames }, options),
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
          if (rule.finalize) raw = this.guard(rule.id, () => rule.finalize!(raw!, p, context));
          for (const r of raw) emit(r, p.start);
        });
      } else {
        for (const r of this.guard(rule.id, () => rule.check(context))) emit(r, 0);
      }
    }

    findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule));
    const capped = this.cap(findings);
    this.sweep(model.paragraphs);
    return { model, findings: capped, names, namesMidSentence: namesMid };
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
    if (this.cache.size <= paragraphs.length * 2 + 256) return;
    for (const [key, entry] of this.cache) if (entry.used < this.run) this.cache.delete(key);
  }
}

/** One-shot analysis (the CLI, tests). For repeated analysis of a document, keep an `Analyzer`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return new Analyzer(options).analyze(text).findings;
}
