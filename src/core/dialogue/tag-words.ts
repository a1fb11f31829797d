/** Small word lists of the tag reader (`tags.ts`) for where a tag's subject stands. */

/** Words that end a noun phrase and are no noun of it: `reads the cloud before saying`. */
export const PHRASE_ENDS = new Set(['before', 'after', 'while', 'when', 'as', 'and', 'but', 'then', 'until', 'without']);

/**
 * Prepositions after which a name is an object, not the subject of the speech verb that follows:
 * `Rarity leaned over to Fluttershy, and whispered`, `turned to Harry and said`. Not "and": `He
 * nodded and Harry said` is Harry's.
 */
export const OBJECT_BEFORE = new Set([
  'to',
  'with',
  'at',
  'towards',
  'toward',
  'beside',
  'behind',
  'near',
  'for',
  'from',
  'by',
  'about',
  'into',
  'onto',
  'upon',
  'past',
  'around',
  'under',
  'over',
  'than',
  'like',
]);
