/**
 * What every rule's tests ask of the analysis: the findings of one rule, the text each flags, and
 * the text once the first suggestion of every finding is applied (from the end, so offsets hold).
 */

import assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, type Finding } from '../../src/core';

export interface RuleHelpers {
  findings(text: string): Finding[];
  /** The flagged text of each finding, in order. */
  found(text: string): string[];
  /** `text` with the first suggestion of every finding applied; fails when a finding offers none. */
  fixed(text: string): string;
  /** `text` with the first suggestion of its first finding applied; fails when there is none. */
  fixedFirst(text: string): string;
  /** `text` with the first suggestion of every confident finding applied, as fix-all does. */
  fixedConfident(text: string): string;
}

/** Helpers for the rule `rule`, analyzing with `options` (a function, to pick them up lazily). */
export function ruleHelpers(rule: string, options: () => AnalyzeOptions = () => ({})): RuleHelpers {
  const findings = (text: string) => analyze(text, options()).filter((f) => f.rule === rule);
  return {
    findings,
    found: (text) => findings(text).map((f) => text.slice(f.range.start, f.range.end)),
    fixed: (text) => {
      let out = text;
      for (const f of [...findings(text)].reverse()) {
        assert.ok(f.suggestions.length > 0, `no suggestion for: ${f.message}`);
        out = out.slice(0, f.range.start) + f.suggestions[0] + out.slice(f.range.end);
      }
      return out;
    },
    fixedFirst: (text) => {
      const [f] = findings(text);
      assert.ok(f, `no ${rule} finding in ${JSON.stringify(text)}`);
      return text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end);
    },
    fixedConfident: (text) => {
      let out = text;
      for (const f of [...findings(text)].reverse()) if (f.confident) out = out.slice(0, f.range.start) + f.suggestions[0] + out.slice(f.range.end);
      return out;
    },
  };
}
