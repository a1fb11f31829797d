/**
 * What the context model's tests ask of the `confusable` rule: the findings of its second pass
 * (the model's, marked `data.model`), each as its flagged word, first suggestion and kind, and the
 * sentence with the first one's fix put in.
 */

import assert from 'node:assert/strict';
import type { Finding } from '../../src/core';
import { ruleHelpers } from './rule-helpers';

const { findings: confusables } = ruleHelpers('confusable');

/** The findings of the context model (the `confusable` rule's second pass). */
export function modelFindings(text: string): Finding[] {
  return confusables(text).filter((f) => f.data?.model !== undefined);
}

/** The flagged word, its first suggestion and its kind: "it's→its (set)". */
export function modelFound(text: string): string[] {
  return modelFindings(text).map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]} (${String(f.data?.model)})`);
}

/** The sentence with the first finding's first suggestion put in. */
export function modelFixed(text: string): string {
  const [f] = modelFindings(text);
  assert.ok(f, text);
  return text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end);
}
