/**
 * The rule registry, alphabetical by id. Settings (`fanfic.rules.<id>`), the README's rule table
 * and the CLI all come from this list; a test fails when `package.json` drifts from it.
 */

import { characterName } from './character-name';
import { confusable } from './confusable';
import { dash } from './dash';
import { dialoguePunctuation } from './dialogue-punctuation';
import { ellipsis } from './ellipsis';
import { localeSpelling } from './locale-spelling';
import { povShift } from './pov-shift';
import { quoteStyle } from './quote-style';
import { repeatedWord } from './repeated-word';
import { spelling } from './spelling';
import { tenseShift } from './tense-shift';
import type { Rule } from './types';
import { unclosedFlashback } from './unclosed-flashback';

export const RULES: readonly Rule[] = [
  characterName,
  confusable,
  dash,
  dialoguePunctuation,
  ellipsis,
  localeSpelling,
  povShift,
  quoteStyle,
  repeatedWord,
  spelling,
  tenseShift,
  unclosedFlashback,
].sort((a, b) => a.id.localeCompare(b.id));

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { DocumentRule, ParagraphRule, RawFinding, Rule, SceneRule } from './types';
