/**
 * The present-tense frames of a past-tense scene for `tense-shift`: an opening frame (the room
 * described before the story starts) and, after one, a closing frame (the present again after a
 * memory). Neither votes for the scene's tense nor slips out of it. Split from `tense-shift.ts`.
 */

import type { Paragraph } from '../model/document';
import type { Sentence } from './tense-shift';

type Tense = 'past' | 'present';

/**
 * Where a past-tense scene's opening frame ends: the present-tense paragraphs before its first
 * past sentence, when there are two or more (`Every inch of wall space is covered by a bookcase.` …
 * `The Professor and his wife are speaking sharply.` / `"You're joking," Michael said.`), else 0.
 * One present sentence before the past starts is still a slip (`She walks in. She sat down.`).
 */
export function openingFrame(sentences: readonly Sentence[], tenseOf: (s: Sentence) => Tense | undefined): number {
  const paragraphs = new Set<Paragraph>();
  for (const s of sentences) {
    if (tenseOf(s) === 'past') return paragraphs.size >= 2 ? s.paragraph.start : 0;
    if (s.accepted > 0 || s.markers.some((m) => m.tense === 'present')) paragraphs.add(s.paragraph);
  }
  return 0;
}

/**
 * Where a past-tense scene's closing frame starts: the present-tense paragraphs after its last past
 * sentence, when there are two or more, else `Infinity`. Asked only after an opening frame: the
 * present on both sides makes the past between them a memory (`He remembers the disgusted looks…
 * The bar fell dead silent.` … `He straightens his tunic. Tonight is his turn of patrol.`).
 */
export function closingFrame(sentences: readonly Sentence[], tenseOf: (s: Sentence) => Tense | undefined): number {
  const paragraphs = new Set<Paragraph>();
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i];
    if (tenseOf(s) === 'past') {
      // The paragraph of the last past sentence is the memory's, whatever else it holds.
      paragraphs.delete(s.paragraph);
      const after = sentences.slice(i + 1).find((x) => x.paragraph !== s.paragraph);
      return paragraphs.size >= 2 && after ? after.paragraph.start : Infinity;
    }
    if (s.accepted > 0 || s.markers.some((m) => m.tense === 'present')) paragraphs.add(s.paragraph);
  }
  return Infinity;
}
