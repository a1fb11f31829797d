/**
 * `dash`: a double hyphen `--` in a file that writes its dashes as em dashes `—`. Typewriter
 * dashes are a style of their own, so a file that mostly writes `--` is left alone; only the
 * stragglers of a file that has chosen `—` are reported.
 *
 * Never a finding: a stutter (`I-I`, `H- Harry`) has one hyphen; a speech cut off mid-word
 * (`"I was goin' to ar--"`) or a sentence broken off at a paragraph's end is a deliberate mark
 * that many writers keep as `--` even among em dashes; `---` and longer runs are rules, not dashes;
 * scene-break lines (`----`) are not paragraphs at all.
 */

import type { ParagraphRule, RawFinding } from './types';

const DOUBLE = /(?<!-)--(?!-)/g;

export const dash: ParagraphRule = {
  id: 'dash',
  description: 'A double hyphen `--` in a file that writes its dashes as em dashes `—`.',
  defaultSeverity: 'information',
  scope: 'paragraph',
  check(paragraph) {
    const { text } = paragraph;
    if (!text.includes('--') || !/[\p{L}\p{N}]/u.test(text)) return [];
    const found: RawFinding[] = [];
    DOUBLE.lastIndex = 0;
    for (let m = DOUBLE.exec(text); m; m = DOUBLE.exec(text)) {
      const start = m.index;
      const end = start + 2;
      // A cut-off: "ar--" before a closing quote or the paragraph's end.
      if (/^[ \t]*(?:["”'’*_]|\s*$)/.test(text.slice(end, end + 3)) && /[\p{L}\p{N},]/u.test(text[start - 1] ?? '')) continue;
      found.push({ start, end, message: '--', suggestions: ['—'], confident: true });
    }
    return found;
  },
  finalize(findings, _paragraph, context) {
    if (findings.length === 0) return findings;
    const { emDashes, doubleHyphens } = context.marks;
    if (emDashes <= doubleHyphens) return [];
    return findings.map((f) => ({
      ...f,
      message: `\`--\`: this file writes its dashes as \`—\` (${emDashes} of ${emDashes + doubleHyphens}); use \`—\` here too.`,
    }));
  },
};
