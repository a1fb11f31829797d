/**
 * The story-aware rules on the Brown fiction files: what they find, as a human-readable snapshot
 * (caret-underlined, one block per finding) and as rates per 1,000 words. Shared by
 * `scripts/story-rules-quality.ts` and the unit test that fails when the set of findings changes.
 */

import { Analyzer, type Finding, RULES } from '../../src/core';
import { type BrownText, loadBrownFiction } from './brown';

/** The rules this snapshot covers. */
export const STORY_RULE_IDS = ['dash', 'dialogue-punctuation', 'ellipsis', 'pov-shift', 'quote-style', 'tense-shift'] as const;

export const STORY_RULES = RULES.filter((r) => (STORY_RULE_IDS as readonly string[]).includes(r.id));

export interface BrownFindings {
  text: BrownText;
  findings: Finding[];
}

/** Runs the story rules (and only them) on every Brown fiction file. */
export function runStoryRules(texts: readonly BrownText[] = loadBrownFiction()): BrownFindings[] {
  return texts.map((text) => ({ text, findings: new Analyzer({}, STORY_RULES).analyze(text.text).findings }));
}

/** One finding, Harper style: where, which rule, the text with carets under the range, the message. */
export function renderFinding(file: string, text: string, f: Finding): string {
  const { start, end } = f.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(0, start).split('\n').length;
  const from = Math.max(lineStart, start - 60);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl < 0 ? text.length : nl, end + 40);
  const flat = (s: string) => s.replace(/\r?\n/g, '¶');
  const before = `${from > lineStart ? '…' : ''}${flat(text.slice(from, start))}`;
  const excerpt = `${before}${flat(text.slice(start, end))}${flat(text.slice(end, to))}${to < (nl < 0 ? text.length : nl) ? '…' : ''}`;
  const carets = `${' '.repeat(before.length)}${'^'.repeat(Math.max(1, end - start))}`;
  const fix = f.suggestions.length > 0 ? `\n    fix: ${JSON.stringify(f.suggestions[0])}` : '';
  return `${file}:${line}:${start - lineStart + 1} ${f.rule}\n    ${excerpt}\n    ${carets}\n    ${f.message}${fix}`;
}

/** The snapshot text: a header with the counts, then every finding. */
export function renderSnapshot(results: readonly BrownFindings[]): string {
  const words = results.reduce((n, r) => n + r.text.words, 0);
  const all = results.flatMap((r) => r.findings.map((f) => ({ file: r.text.file, text: r.text.text, f })));
  const lines = [
    `# The story rules (${STORY_RULE_IDS.join(', ')}) on the Brown corpus fiction files:`,
    `# ${results.length} files, ${words} words, ${all.length} findings. Regenerate with`,
    '# `npx tsx scripts/story-rules-quality.ts --write-snapshot` and review the diff.',
    '',
    ...all.map(({ file, text, f }) => `${renderFinding(file, text, f)}\n`),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
