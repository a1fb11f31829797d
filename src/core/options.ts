/**
 * Options in, resolved options out. The core never reads settings or files: the host passes the
 * speller, the story's `fanfic.json` (parsed by `parseStoryConfig`) and the user's settings.
 */

import type { Speller } from './speller';
import { normalizeApostrophes } from './text';
import type { Severity, SeveritySetting } from './types';
import type { WorkConfig } from './work';

/** A character of the story's roster (`fanfic.json` `characters`). */
export interface Character {
  /** The spelling this story uses. */
  name: string;
  /** Other names that are right: "Lord Voldemort" for "Voldemort", a nickname. */
  aliases?: string[];
  /** Spellings to flag and replace with `name`: romanizations, common misspellings. */
  variants?: string[];
  pronouns?: string;
  description?: string;
}

/** The story's `fanfic.json`. */
export interface StoryConfig {
  characters: Character[];
  /** Words the dictionary should know (spelling accepts them). */
  words: string[];
  /** Words and phrases no rule reports in this story. */
  ignore: string[];
  /** Per-rule severities; they win over the user's settings. */
  rules: Record<string, SeveritySetting>;
  locale?: Locale;
  /** The work's metadata for AO3 (`work.ts`). */
  work?: WorkConfig;
  /** The story's word goal: total story words, and the day it should be reached (YYYY-MM-DD). */
  goal?: { words: number; deadline?: string };
}

export type Locale = 'en-US' | 'en-GB';

export interface AnalyzeOptions {
  /** The Hunspell speller; without it, `spelling` does not run. */
  speller?: Speller;
  /** The story's `fanfic.json`. */
  story?: Partial<StoryConfig>;
  /** The user's dictionary (`fanfic.words`). */
  userWords?: readonly string[];
  /** The user's per-rule severities (`fanfic.rules.<id>`). */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** How often each folded name occurs in the story's other files. */
  externalNames?: ReadonlyMap<string, number>;
  /**
   * How often the story's other files write each lowercase word no tier knows (`storyWords` of
   * their analyses): a coinage the story repeats is its vocabulary in every file.
   */
  externalWords?: ReadonlyMap<string, number>;
  /** Findings above this many are dropped, and one finding says so. Default 5,000. */
  maxFindings?: number;
  /** Told when a rule throws; the rule is skipped for that paragraph and the others go on. */
  onRuleError?: (rule: string, error: unknown) => void;
}

export interface ResolvedOptions {
  speller?: Speller;
  /** Known words, exactly as written, apostrophes straightened. */
  words: ReadonlySet<string>;
  /** Known words written in lowercase: they match any casing. */
  wordsLower: ReadonlySet<string>;
  ignore: ReadonlySet<string>;
  severities: ReadonlyMap<string, SeveritySetting>;
  characters: readonly Character[];
  /** Roster names and aliases (every word of them), as written. */
  rosterNames: ReadonlySet<string>;
  /** Roster variants → the character's name. */
  variants: ReadonlyMap<string, string>;
  externalNames: ReadonlyMap<string, number>;
  externalWords: ReadonlyMap<string, number>;
  /** The locale the story's `fanfic.json` sets, if it sets one. */
  locale?: Locale;
  maxFindings: number;
  onRuleError?: (rule: string, error: unknown) => void;
}

/** Resolves options once per configuration change. */
export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  const story = options.story ?? {};
  const words = new Set<string>();
  const wordsLower = new Set<string>();
  // Hosts validate settings first (`validateSettings`); a wrong type here is still no crash.
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  for (const w of [...list(story.words), ...list(options.userWords)]) {
    if (typeof w !== 'string' || !w.trim()) continue;
    const n = normalizeApostrophes(w.trim());
    words.add(n);
    if (n === n.toLowerCase()) wordsLower.add(n);
  }
  const rules = typeof options.rules === 'object' && options.rules !== null ? options.rules : {};
  const severities = new Map<string, SeveritySetting>(Object.entries(rules));
  for (const [id, s] of Object.entries(story.rules ?? {})) severities.set(id, s);
  const characters = (story.characters ?? []).filter((c) => c && typeof c.name === 'string' && c.name.trim());
  const rosterNames = new Set<string>();
  const variants = new Map<string, string>();
  for (const c of characters) {
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      if (typeof n !== 'string') continue;
      rosterNames.add(n.trim());
      for (const part of n.split(/\s+/)) if (part) rosterNames.add(part);
    }
    for (const v of c.variants ?? []) if (typeof v === 'string' && v.trim()) variants.set(v.trim(), c.name.trim());
  }
  return {
    speller: options.speller,
    words,
    wordsLower,
    ignore: new Set((story.ignore ?? []).filter((w) => typeof w === 'string').map((w) => normalizeApostrophes(w).toLowerCase())),
    severities,
    characters,
    rosterNames,
    variants,
    externalNames: options.externalNames ?? new Map(),
    externalWords: options.externalWords ?? new Map(),
    ...(story.locale === 'en-US' || story.locale === 'en-GB' ? { locale: story.locale } : {}),
    maxFindings: typeof options.maxFindings === 'number' && options.maxFindings >= 1 ? Math.floor(options.maxFindings) : 5000,
    onRuleError: options.onRuleError,
  };
}

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** The less severe of two severities. */
export function lessSevere(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Whether a finding of this severity makes the CLI exit 1. */
export function isFailing(severity: Severity): boolean {
  return RANK[severity] >= RANK.warning;
}
