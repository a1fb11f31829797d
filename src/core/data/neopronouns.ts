/**
 * Neopronouns: the pronoun sets fan fiction gives non-binary and genderfluid characters (the
 * sets that pronoun guides and archives' tagging lists name: ze/zir, ze/hir, xe/xem, e/em/eir
 * (Spivak), ey/em, fae/faer, ve/ver, ne/nem, per, zie/zim, it/its aside). Each set's forms:
 * subject, object, possessive determiner and pronoun, reflexive. Lowercase.
 *
 * No dictionary lists them, and some look like slips ("hir", "ze"), so they are the story's own
 * words only where it writes them again: a writer who gives a character "ze" writes it on every
 * page, a slip of "his" is written once.
 */
const SETS: ReadonlyArray<readonly string[]> = [
  ['ze', 'zir', 'zirs', 'zirself'],
  ['ze', 'zem', 'zes', 'zemself'],
  ['ze', 'hir', 'hirs', 'hirself'],
  ['zie', 'zim', 'zir', 'zirs', 'zimself'],
  ['xe', 'xem', 'xyr', 'xyrs', 'xemself'],
  ['xe', 'xir', 'xirs', 'xirself'],
  ['ey', 'em', 'eir', 'eirs', 'emself'],
  ['e', 'em', 'eir', 'eirs', 'emself'],
  ['fae', 'faer', 'faers', 'faerself'],
  ['ve', 'ver', 'vis', 'vir', 'virs', 'verself'],
  ['ne', 'nem', 'nir', 'nirs', 'nemself'],
  ['per', 'pers', 'perself'],
  ['thon', 'thons', 'thonself'],
];

/** Each form's fellow forms: every form of every set it belongs to, itself included. */
export const NEOPRONOUNS: ReadonlyMap<string, readonly string[]> = (() => {
  const fellows = new Map<string, Set<string>>();
  for (const set of SETS) for (const form of set) for (const other of set) (fellows.get(form) ?? fellows.set(form, new Set()).get(form)!).add(other);
  return new Map([...fellows].map(([form, others]) => [form, [...others]]));
})();

/** How many times a story must write a set's forms, together, before one of them is the story's word, not a slip. */
export const NEOPRONOUN_AFTER = 2;
