/**
 * The titles written with a full stop before a name ("Mr. Weasley", "Dr. Watson", "St. Mungo's",
 * "Sgt. Pepper"), and the suffixes written so after one ("Martin Jr."): the one list the paragraph
 * model (a word after one goes on its sentence), `dialogue-punctuation` (the full stop of "said
 * Mrs. Weasley" belongs to the speaker's name; "p.m." and "Mr." keep theirs) and `spelling` (a word
 * after one is a name) read.
 */

/** Titles before a name, as written (each also written without its full stop: "Mr Weasley"). */
export const ABBREVIATED_TITLES: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Mme',
  'Mlle',
  'Dr',
  'St',
  'Prof',
  'Rev',
  'Fr',
  'Capt',
  'Col',
  'Gen',
  'Gov',
  'Lt',
  'Sgt',
  'Sen',
  'Rep',
  'Hon',
];

/** Suffixes after a name: "Martin Luther King Jr.", "John Smith Sr.". */
export const NAME_SUFFIXES: readonly string[] = ['Jr', 'Sr'];
