/**
 * The analyzer: one document analyzed again and again, cheaply, as a one-way pipeline of three
 * stages (see docs/architecture.md):
 *
 *   text → IncrementalModel.update → StoryFacts.update → RuleRunner.runRules → findings
 *
 * Each stage keeps what it made last time and hands the next one what changed: the model's
 * paragraphs that an edit rewrote, the facts (names, verdicts, apostrophe, marks) that moved, and
 * so the findings to redo. A keystroke costs what it changed, not what the document holds.
 */

import type { DocumentModel } from './model/document';
import { resolveOptions, type AnalyzeOptions, type ResolvedOptions } from './options';
import { sameNames, StoryFacts } from './pipeline/facts';
import { IncrementalModel } from './pipeline/model';
import { RuleRunner } from './pipeline/runner';
import { snapshotModel } from './pipeline/snapshot';
import { RULES } from './rules';
import type { Rule } from './rules/types';
import type { Finding } from './types';

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
   * the analyzer's own and are moved in place by its next analysis: a handler that reads it after
   * an `await` (when another analysis may have run) takes a `snapshot()` first.
   * (The findings, made of plain numbers, stay right.)
   */
  model: DocumentModel;
  /** A copy of `model` that no later analysis moves. */
  snapshot(): DocumentModel;
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
  /**
   * The document's lowercase words no tier knows, with how often each is found (made when first
   * read): a story passes them to its other files as `externalWords`.
   */
  storyWords: ReadonlyMap<string, number>;
}

/** The rule id of the notice that findings were capped. */
export const CAPPED_RULE = 'too-many-findings';

/** Analyzes one document again and again, cheaply. Create one per open document. */
export class Analyzer {
  private options: ResolvedOptions;
  private readonly model = new IncrementalModel();
  private readonly facts: StoryFacts;
  private readonly runner: RuleRunner;

  constructor(options: AnalyzeOptions = {}, rules: readonly Rule[] = RULES) {
    this.options = resolveOptions(options);
    this.facts = new StoryFacts(this.options);
    this.runner = new RuleRunner(rules, this.options);
  }

  /**
   * Replaces the options. The server sets them before every check; only a real change redoes the
   * findings, and only a change of roster or speller makes names be decided afresh. The other
   * files' names are compared by difference in the facts stage.
   */
  setOptions(options: AnalyzeOptions): void {
    const next = resolveOptions(options);
    this.runner.setOptions(next, sameOptions(next, this.options));
    this.facts.setOptions(next);
    this.options = next;
  }

  get resolved(): ResolvedOptions {
    return this.options;
  }

  /** Analyzes `text` and returns its model and findings, sorted by position. */
  analyze(text: string): AnalysisResult {
    const update = this.model.update(text);
    const changes = this.facts.update(update);
    const { at, lists, count, whole } = this.runner.runRules(update, this.facts, changes);
    this.runner.forget(this.model.sweep(update));

    const max = this.options.maxFindings;
    const groups: FindingGroups = { at, lists, whole, capped: count + whole.length > max };
    const nameChanges = this.facts.nameChanges;
    const model = update.model;
    let findings: Finding[] | undefined;
    let storyWords: Map<string, number> | undefined;
    const runner = this.runner;
    const entries = update.entries;
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
      get storyWords() {
        return (storyWords ??= runner.storyWords(entries));
      },
      snapshot: () => snapshotModel(model),
      groups,
      names: this.facts.names,
      namesMidSentence: this.facts.namesMid,
      namesChanged: !nameChanges || nameChanges.size > 0,
      ...(nameChanges ? { nameChanges } : {}),
    };
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
  const out: Finding = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: { start: f.range.start + by, end: f.range.end + by },
    suggestions: f.suggestions,
  };
  if (f.confident) out.confident = true;
  if (f.lazy) out.lazy = true;
  if (f.data) out.data = f.data;
  if (f.commands) out.commands = f.commands;
  return out;
}

/** One-shot analysis (the CLI, tests). For repeated analysis of a document, keep an `Analyzer`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return new Analyzer(options).analyze(text).findings;
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
