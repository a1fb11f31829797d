/** The contract between the analyzer and a rule. One rule, one file, one id. */

import type { NameVerdict } from '../characters/verdict';
import type { DocumentModel, Paragraph, Scene } from '../model/document';
import type { Marks } from '../model/paragraph';
import type { ResolvedOptions } from '../options';
import type { FindingCommand, Severity } from '../types';

/** What a rule reports. Offsets are paragraph-relative for paragraph rules, absolute for document rules. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  confident?: boolean;
  lazy?: boolean;
  data?: Record<string, unknown>;
  /** Fixes that are actions (a word added to a list, a character to the roster). */
  commands?: FindingCommand[];
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
  /**
   * Applies story-level facts to the cached findings; called for every paragraph, even with none.
   * Its result is kept until a fact it read changes: read them only through `context`, and only
   * when needed (a paragraph with nothing to adjust should return before reading any).
   */
  finalize?(findings: RawFinding[], paragraph: Paragraph, context: FinalizeContext): RawFinding[];
}

/**
 * A rule that reads one scene at a time (the person or tense a scene is told in). `check` must
 * depend only on the scene's paragraphs, its header and the static options: the runner caches its
 * findings per scene and reuses them while those are unchanged. Absolute offsets.
 */
export interface SceneRule<T = unknown> extends RuleBase {
  scope: 'scene';
  /**
   * What the rule needs of one paragraph, from its text alone: the runner keeps it for as long as
   * the paragraph is unchanged, so a scene read again on a keystroke only adds up facts.
   */
  prepare?(paragraph: Paragraph): T;
  /** The scene's findings; `prepared` gives a paragraph's `prepare` result (with a `prepare`). */
  check(scene: Scene, model: DocumentModel, options: ResolvedOptions, prepared: (paragraph: Paragraph) => T): RawFinding[];
}

/** A rule that reads the whole document (style consistency, structure). Absolute offsets. */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(context: DocumentContext): RawFinding[];
}

export type Rule = ParagraphRule | SceneRule | DocumentRule;

/**
 * The story-level facts a paragraph rule's `finalize` may read. The analyzer records which ones
 * each paragraph read, and finalizes that paragraph again only when one of those changes.
 */
export interface FinalizeContext {
  readonly options: ResolvedOptions;
  /** The apostrophe the document uses most: `'` or `’`. */
  readonly apostrophe: "'" | '’';
  /** Marks summed over the document's story paragraphs. */
  readonly marks: Marks;
  /**
   * How thick the document is with marked respellings ("goin'", "an'", "t'gether"): 0 not, 1 in
   * its speech, 2 in all of it (`pipeline/voice.ts`).
   */
  readonly voice: 0 | 1 | 2;
  /** Whether `word` is a name of this story (roster, or inferred from its use). */
  isName(word: string): boolean;
  /** Whether the story (this file or another) writes `word` (folded) as a capitalized word at all. */
  usesName(word: string): boolean;
  /**
   * How many times the document writes `lower` (a lowercase word, any casing), or with
   * `outsideSpeech` how many of them are outside dialogue, thoughts and emphasis: asked of words no
   * tier knows.
   */
  timesWritten(lower: string, outsideSpeech?: boolean): number;
  /**
   * How many times the story writes `lower`: this document (`timesWritten`) and the story's other
   * files (`ResolvedOptions.externalWords`, their words no tier knows).
   */
  timesInStory(lower: string): number;
  /** Whether `word` is in the story's or the user's word list (case-insensitive where lowercase). */
  isKnownWord(word: string): boolean;
  /** What is wrong with a name (folded), if anything: a roster variant, a likely typo, a casing. */
  nameVerdict(name: string): NameVerdict | undefined;
}

/** Story-level facts, computed once per analysis and shared by every rule. */
export interface DocumentContext extends FinalizeContext {
  model: DocumentModel;
}
