/**
 * `ellipsis`: an ellipsis with the wrong number of dots, `..` or `....`, or spaced, `. . .`. The
 * fix writes the file's own style, `...` or `…`, whichever it uses more (`...` when neither).
 * `?..` and `!..` are left alone: a question or an exclamation trailing off (`Really?..`) is a
 * deliberate mark in many writers' hands, and `1..5` is a range.
 */

import type { ParagraphRule, RawFinding } from './types';

// Before "..": "a.m", "p.m", "U.S", "Inc", "Jr", "etc".
const ABBREVIATION = /(?:(?:^|[^\p{L}])\p{L}(?:\.\p{L})+|\b(?:Inc|Co|Ltd|Corp|Jr|Sr|Mr|Mrs|Ms|Dr|St|etc|vs|Bros))$/u;
// Two dots alone, four or more, or three spaced ones: "Well..I dunno", "Wait....", "So . . . yes".
const WRONG = /(?<![.?!…])\.\.(?![.])|\.{4,}|\.(?:[ \u00a0]\.){2,}/g;

export const ellipsis: ParagraphRule = {
  id: 'ellipsis',
  description: "An ellipsis written `..`, `....` or `. . .`; the fix uses the file's own style, `...` or `…`.",
  defaultSeverity: 'information',
  scope: 'paragraph',
  check(paragraph) {
    const { text } = paragraph;
    // A paragraph of dots alone (". . .") is a beat of silence set on its own line.
    if (!/[\p{L}\p{N}]/u.test(text) || (!text.includes('..') && !text.includes('. .'))) return [];
    const found: RawFinding[] = [];
    WRONG.lastIndex = 0;
    for (let m = WRONG.exec(text); m; m = WRONG.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0] === '..') {
        if (/\d/.test(text[start - 1] ?? '') && /\d/.test(text[end] ?? '')) continue; // "1..5"
        // "one a.m..", "Inc..": an abbreviation's full stop and the sentence's, not an ellipsis.
        if (ABBREVIATION.test(text.slice(Math.max(0, start - 8), start))) continue;
      }
      found.push({ start, end, message: m[0], confident: true, data: { dots: m[0] } });
    }
    return found;
  },
  // The style is the file's: `marks` counts `…` and `...` over every story paragraph.
  finalize(findings, _paragraph, context) {
    if (findings.length === 0) return findings;
    const { marks } = context;
    const style = marks.ellipsisChars > marks.threeDots ? '…' : '...';
    const why = marks.ellipsisChars + marks.threeDots > 0 ? `this file writes \`${style}\`` : 'an ellipsis has three dots';
    return findings.map((f) => ({
      ...f,
      message: `\`${f.data!.dots as string}\`: ${why}; use \`${style}\`.`,
      suggestions: [style],
    }));
  },
};
