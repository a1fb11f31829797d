/** Two-person exchanges: untagged turns that alternate between the last two speakers. */

import { CONFIDENCE_FLOOR, type Quotation } from './types';

/** A paragraph of an exchange: consecutive paragraphs of dialogue in one scene. */
export interface RunTurn {
  quotes: Quotation[];
  /** The one speaker of its quotations, when known. */
  speaker: string | null;
  /** Whether something in the paragraph named its speaker (a character or not). */
  anchor: boolean;
  /** Whether two characters speak in it. */
  mixed: boolean;
}

/**
 * Untagged turns of a two-person exchange alternate: when the known turns of a run put one speaker
 * on every other paragraph and another on the rest, the unknown turns take their side's speaker,
 * less surely the farther they are from a known turn of that side.
 */
export function fillExchange(turns: RunTurn[]): void {
  if (turns.length < 2 || turns.some((t) => t.mixed)) return;
  const sides: Array<Set<string>> = [new Set(), new Set()];
  turns.forEach((t, i) => {
    if (t.speaker) sides[i % 2].add(t.speaker);
  });
  if (sides[0].size > 1 || sides[1].size > 1) return;
  const [a] = sides[0];
  const [b] = sides[1];
  if (a !== undefined && a === b) return;
  turns.forEach((t, i) => {
    if (t.anchor) return;
    const who = i % 2 === 0 ? a : b;
    if (who === undefined) return;
    let distance = Infinity;
    turns.forEach((u, j) => {
      if (u.speaker === who) distance = Math.min(distance, Math.abs(i - j));
    });
    const confidence = 0.8 * 0.95 ** Math.max(0, distance / 2 - 1);
    if (confidence < CONFIDENCE_FLOOR) return;
    for (const q of t.quotes) {
      if (q.speaker !== null) continue;
      q.speaker = who;
      q.evidence = 'alternation';
      q.confidence = confidence;
    }
  });
}
