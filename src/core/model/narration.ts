/**
 * The narration of a paragraph cut into units: a new unit at each sentence start and wherever
 * another region (a quotation, a thought, emphasis, a note) stands between two narration words.
 * `He turned. "Wait," she said, and he stopped.` has three: `He turned`, `she said, and he
 * stopped`… split at the quotation as `she said, and he stopped` reads on from it. The POV and
 * tense rules both read a scene unit by unit; the units depend on the paragraph's analysis alone,
 * so they are cut once per analysis, which the model keeps by paragraph text.
 */

import type { ParagraphAnalysis } from './paragraph';

/** One unit: the paragraph's tokens `[from, to)`; every narration token in it, none from another region. */
export interface NarrationUnit {
  readonly from: number;
  readonly to: number;
}

const UNITS = new WeakMap<ParagraphAnalysis, readonly NarrationUnit[]>();

/** The narration units of a paragraph's analysis, in order (cut on first use, then kept with it). */
export function narrationUnits(analysis: ParagraphAnalysis): readonly NarrationUnit[] {
  let units = UNITS.get(analysis);
  if (!units) UNITS.set(analysis, (units = cut(analysis)));
  return units;
}

function cut({ tokens, regions }: ParagraphAnalysis): NarrationUnit[] {
  const units: NarrationUnit[] = [];
  let from = -1;
  let to = -1;
  let r = 0;
  let prevEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.region !== 'narration') continue;
    let crossed = false;
    while (r < regions.length && regions[r].start < t.start) {
      if (regions[r].start >= prevEnd) crossed = true;
      r++;
    }
    if (from < 0 || t.sentenceStart || crossed) {
      if (from >= 0) units.push({ from, to });
      from = i;
    }
    to = i + 1;
    prevEnd = t.end;
  }
  if (from >= 0) units.push({ from, to });
  return units;
}
