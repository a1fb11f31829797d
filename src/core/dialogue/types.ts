/** The public shapes of speaker attribution, shared by its steps. */

import type { Gender } from './lexicon';

/** Below this confidence a quotation's speaker stays unknown. */
export const CONFIDENCE_FLOOR = 0.5;

/** How a speaker was found. */
export type SpeakerEvidence = 'explicit' | 'pronoun' | 'paragraph' | 'continued' | 'beat' | 'alternation' | 'addressee' | 'learned';

/** A quotation of the document and its speaker. Offsets are document offsets. */
export interface Quotation {
  start: number;
  end: number;
  /** The character's name (the roster's spelling when the story has one), or null when unknown. */
  speaker: string | null;
  /** What decided the speaker; null when nothing did. */
  evidence: SpeakerEvidence | null;
  confidence: number;
  /** Words inside the quotation. */
  words: number;
  /** Index into `model.paragraphs`. */
  paragraph: number;
}

/** A character the attribution may name. */
export interface SpeakerCharacter {
  name: string;
  aliases?: readonly string[];
  /** "she/her", "he", "they/them". */
  pronouns?: string;
}

/** Who may speak: the roster and the story's other names. */
export interface SpeakerOptions {
  /** The roster (fanfic.json `characters`). */
  characters?: readonly SpeakerCharacter[];
  /** Other names that are characters (`inferNames` of the story), folded. */
  names?: Iterable<string>;
  /** Slips of a name and the name each stands for (`nameSlips`): `Kurokou explained` is Kuroko's. */
  slips?: ReadonlyMap<string, string>;
  /** Whether the learned scorer (`speaker-model.ts`) reranks the rules' speakers; off by default (its cross-validation gained nothing over the rules). */
  learned?: boolean;
}

/** A quotation's speaker as the steps decide it, before the confidence floor. */
export type Said = {
  speaker: string | null;
  evidence: SpeakerEvidence | null;
  confidence: number;
  named: boolean;
  /** The sex of an unknown speaker a pronoun gave (`"Bon jour!" she exclaimed`), who is someone in the scene. */
  sex?: Gender;
};
