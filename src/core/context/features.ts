/**
 * The features of a word's context that the confusion-set classifiers weigh (`classifier.ts`),
 * shared by the build script that trains them and the runtime that applies them, so both read a
 * context the same way. A feature is one integer key: its type in the low bits, its value above.
 * "I think [its] going to rain": the word before is `think` (a verb: "it's" follows verbs), the
 * word after `going` (a participle), the class pair verb × participle, and `rain` in the window.
 */

import { CLASS_NAMES } from './format';

/** A neighbour as the features read it: a vocabulary id (0 the boundary, -1 unknown) and a class. */
export interface FeatureWord {
  id: number;
  cls: number;
}

/** The number of feature types: a key is `value * TYPES + type`. */
export const TYPES = 16;
const C = CLASS_NAMES.length;

// Types: 0 the bias; 1–4 the words at -1, +1, -2, +2; 5–8 their classes; 9 the classes at -1 and
// +1 together; 10 at -2 and -1; 11 at +1 and +2; 12 the word before with the class after; 13 the
// class before with the word after; 14 a word of the window (the sentence within `WINDOW` words).
/** How far the window of context words reaches on each side. */
export const WINDOW = 5;
/** The window's type: its words are emitted by the caller, once each (`windowKey`). */
export const WINDOW_TYPE = 14;

/** The key of a word of the window. */
export function windowKey(id: number): number {
  return id * TYPES + WINDOW_TYPE;
}

/**
 * Calls `emit` with the key of every feature of the word between `left` and `right`; `left2` and
 * `right2` are undefined past a boundary (the second neighbour counts only across a word). The
 * window's words are the caller's (`windowKey`): the build reads sentences, the runtime paragraphs.
 */
export function contextFeatures(
  left: FeatureWord,
  right: FeatureWord,
  left2: FeatureWord | undefined,
  right2: FeatureWord | undefined,
  emit: (key: number) => void,
): void {
  emit(0);
  if (left.id >= 0) emit(left.id * TYPES + 1);
  if (right.id >= 0) emit(right.id * TYPES + 2);
  if (left2 && left2.id >= 0) emit(left2.id * TYPES + 3);
  if (right2 && right2.id >= 0) emit(right2.id * TYPES + 4);
  emit(left.cls * TYPES + 5);
  emit(right.cls * TYPES + 6);
  if (left2) emit(left2.cls * TYPES + 7);
  if (right2) emit(right2.cls * TYPES + 8);
  emit((left.cls * C + right.cls) * TYPES + 9);
  if (left2) emit((left2.cls * C + left.cls) * TYPES + 10);
  if (right2) emit((right.cls * C + right2.cls) * TYPES + 11);
  if (left.id >= 0) emit((left.id * C + right.cls) * TYPES + 12);
  if (right.id >= 0) emit((left.cls * C + right.id) * TYPES + 13);
}
