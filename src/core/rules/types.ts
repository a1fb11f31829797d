/** The contract between the analyzer and a rule. One rule, one file, one id. */

import type { NameVerdict } from '../characters/verdict';
import type { DocumentModel, Paragraph } from '../model/document';
import type { Severity } from '../types';
import type { ResolvedOptions } from '../options';

/** What a rule reports. Offsets are paragraph-relative for paragraph rules, absolute for document rules. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  confident?: boolean;
  lazy?: boolean;
  data?: Record<string, unknown>;
  /** Overrides the rule's severity for this finding (a dialect word in narration is information). */
  severity?: Severity;
}

interface RuleBase {
  /** Kebab-case id: shown in the Problems panel, used in `fanfic.rules.<id>`. */
  id: string;
  /** One sentence, shown in settings and the README. */
  description: string;
  defaultSeverity: Severity;
}

/**
 * A rule that reads one paragraph at a time. `check` must depend only on the paragraph's text and
 * the static options (dictionary, locale), because its result is cached by paragraph content.
 * Story-level facts (names, word lists) are applied afterwards, cheaply, in `finalize`.
 */
export interface ParagraphRule extends RuleBase {
  scope: 'paragraph';
  check(paragraph: Paragraph, options: ResolvedOptions): RawFinding[];
  /** Applies story-level facts to the cached findings; called for every paragraph, even with none. */
  finalize?(findings: RawFinding[], paragraph: Paragraph, context: DocumentContext): RawFinding[];
}

/** A rule that reads the whole document (style consistency, structure). Absolute offsets. */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(context: DocumentContext): RawFinding[];
}

export type Rule = ParagraphRule | DocumentRule;

/** Story-level facts, computed once per analysis and shared by every rule. */
export interface DocumentContext {
  model: DocumentModel;
  options: ResolvedOptions;
  /** Whether `word` is a name of this story (roster, or inferred from its use). */
  isName(word: string): boolean;
  /** Whether `word` is in the story's or the user's word list (case-insensitive where lowercase). */
  isKnownWord(word: string): boolean;
  /** How often a folded name occurs in the whole story (this file and the others). */
  nameCount(name: string): number;
  /** What is wrong with a name (folded), if anything: a roster variant, a likely typo, a casing. */
  nameVerdict(name: string): NameVerdict | undefined;
}
