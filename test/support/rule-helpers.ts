/**
 * What every rule's tests ask of the analysis: the findings of one rule, the text each flags, and
 * the text once the first suggestion of every finding is applied (from the end, so offsets hold).
 * Each helper takes the options of one case on top of the rule's own (`story`, `userWords`,
 * `externalNames`…): a rule whose findings depend on the story is tested through the same helpers.
 */

import assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, type Finding } from '../../src/core';

export interface RuleHelpers {
  findings(text: string, options?: AnalyzeOptions): Finding[];
  /** The flagged text of each finding, in order. */
  found(text: string, options?: AnalyzeOptions): string[];
  /** Each finding as `text:severity`, in order. */
  foundWithSeverity(text: string, options?: AnalyzeOptions): string[];
  /** Each finding as `text→first suggestion` (`text→` when it offers none), in order. */
  fixes(text: string, options?: AnalyzeOptions): string[];
  /** `text` with the first suggestion of every finding applied; fails when a finding offers none. */
  fixed(text: string, options?: AnalyzeOptions): string;
  /** `text` with the first suggestion of its first finding applied; fails when there is none. */
  fixedFirst(text: string, options?: AnalyzeOptions): string;
  /** `text` with the first suggestion of every confident finding applied, as fix-all does. */
  fixedConfident(text: string, options?: AnalyzeOptions): string;
}

/** `text` with `f`'s first suggestion in place of what it flags. */
function apply(text: string, f: Finding): string {
  return text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end);
}

/**
 * Helpers for the rule `rule`, analyzing with `options` (a function, to pick them up lazily: a
 * speller loaded in `before`) and, over them, the options a case passes.
 */
export function ruleHelpers(rule: string, options: () => AnalyzeOptions = () => ({})): RuleHelpers {
  const findings = (text: string, extra: AnalyzeOptions = {}) => analyze(text, { ...options(), ...extra }).filter((f) => f.rule === rule);
  const flagged = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);
  return {
    findings,
    found: (text, extra) => findings(text, extra).map((f) => flagged(text, f)),
    foundWithSeverity: (text, extra) => findings(text, extra).map((f) => `${flagged(text, f)}:${f.severity}`),
    fixes: (text, extra) => findings(text, extra).map((f) => `${flagged(text, f)}→${f.suggestions[0] ?? ''}`),
    fixed: (text, extra) => {
      let out = text;
      for (const f of [...findings(text, extra)].reverse()) {
        assert.ok(f.suggestions.length > 0, `no suggestion for: ${f.message}`);
        out = apply(out, f);
      }
      return out;
    },
    fixedFirst: (text, extra) => {
      const [f] = findings(text, extra);
      assert.ok(f, `no ${rule} finding in ${JSON.stringify(text)}`);
      return apply(text, f);
    },
    fixedConfident: (text, extra) => {
      let out = text;
      for (const f of [...findings(text, extra)].reverse()) if (f.confident) out = apply(out, f);
      return out;
    },
  };
}
