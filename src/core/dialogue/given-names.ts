/**
 * The sex a given name usually has, as a prior for a character the story never shows with he or
 * she: "Carla" is a woman's name, "Ryan" a man's. The story's own evidence always wins over it
 * (`learnGenders`). The table is read once, on the first question.
 */

import { FEMALE_NAMES, MALE_NAMES } from '../data/given-names.generated';
import type { Gender } from './lexicon';

let table: Map<string, Gender> | undefined;

/** The gender a given name is only ever used for, or undefined ("Sam", "Leslie", "Deegan"). */
export function givenNameGender(name: string): Gender | undefined {
  if (!table) {
    table = new Map();
    for (const n of FEMALE_NAMES.split('|')) table.set(n, 'she');
    for (const n of MALE_NAMES.split('|')) table.set(n, 'he');
  }
  return table.get(name.toLowerCase());
}
