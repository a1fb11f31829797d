/** The word lists a speaker tag is read with: pronouns, titles, speech verbs, fillers. */

import { isSpeechVerb } from '../data/speech-verbs';
import { TITLE_WORDS } from '../data/titles.generated';

export type Gender = 'he' | 'she';

export const PRONOUN_GENDER: Record<string, Gender> = { he: 'he', him: 'he', his: 'he', himself: 'he', she: 'she', her: 'she', hers: 'she', herself: 'she' };
export const GENDER_CUES: Record<string, Gender> = { he: 'he', himself: 'he', she: 'she', herself: 'she' };
// "the girl said", "the old man asked": a noun that says the speaker's sex, read like a pronoun.
export const GENDERED_NOUNS: Record<string, 'he' | 'she'> = {
  man: 'he',
  boy: 'he',
  gentleman: 'he',
  fellow: 'he',
  lad: 'he',
  woman: 'she',
  girl: 'she',
  lady: 'she',
  gal: 'she',
  witch: 'she',
  wizard: 'he',
};
// "his mother said", "Harry's father asked": a relation of someone, read like a pronoun of its sex.
export const KIN_GENDER: Record<string, Gender> = {
  mother: 'she',
  mum: 'she',
  mom: 'she',
  sister: 'she',
  aunt: 'she',
  grandmother: 'she',
  wife: 'she',
  daughter: 'she',
  girlfriend: 'she',
  father: 'he',
  dad: 'he',
  brother: 'he',
  uncle: 'he',
  grandfather: 'he',
  husband: 'he',
  son: 'he',
  boyfriend: 'he',
};
// The nouns of a look fan fiction calls someone by ("the blonde smirked", "the redhead rolled her
// eyes"): an epithet the story ties to one character (`Ino was a blonde.`), no one's sex.
export const LOOKS = new Set(['blonde', 'blond', 'redhead', 'brunette', 'brunet', 'ravenette', 'bluenette', 'pinkette']);
// People the narration leaves unnamed ("The clerk's smile congealed.", "the boy hesitated"): a
// pronoun after one of them is theirs, not the last named character's.
export const PERSON_NOUNS = new Set([
  ...Object.keys(GENDERED_NOUNS),
  ...LOOKS,
  'chief',
  'clerk',
  'doctor',
  'nurse',
  'bellboy',
  'waiter',
  'waitress',
  'driver',
  'officer',
  'policeman',
  'guard',
  'stranger',
  'sheriff',
  'judge',
  'priest',
  'soldier',
  'maid',
  'servant',
  'detective',
  'professor',
  'teacher',
  'bartender',
  'old-timer',
  'child',
  'kid',
  // The people of fantasy stories: "The ogre let out a chuckle", "the dragon replied".
  'ogre',
  'goblin',
  'hobgoblin',
  'elf',
  'dwarf',
  'orc',
  'troll',
  'demon',
  'dragon',
  'vampire',
  'werewolf',
  'mage',
  'knight',
  'adventurer',
  'slime',
]);
// Forms of address that name a relation, not a person ("Can I have the car, Dad?"): a story's
// inferred names leave them out; a roster may still list one.
export const KIN = new Set([
  'dad',
  'daddy',
  'mom',
  'mommy',
  'mum',
  'mama',
  'mamma',
  'papa',
  'pa',
  'ma',
  'mother',
  'father',
  'son',
  'grandma',
  'grandpa',
  'granny',
  'sis',
  'honey',
  'darling',
]);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they', 'you', 'it']);
// Titles stand before the name they belong to: "said Mrs. Charles", "Dr. Grant asked".
export const TITLES: Record<string, Gender | null> = {
  mr: 'he',
  mister: 'he',
  sir: 'he',
  lord: 'he',
  uncle: 'he',
  father: null,
  brother: null,
  king: 'he',
  prince: 'he',
  mrs: 'she',
  miss: 'she',
  ms: 'she',
  madam: 'she',
  lady: 'she',
  aunt: 'she',
  mother: null,
  sister: null,
  queen: 'she',
  princess: 'she',
  herr: 'he',
  monsieur: 'he',
  senor: 'he',
  frau: 'she',
  madame: 'she',
  senora: 'she',
  mademoiselle: 'she',
  dr: null,
  doctor: null,
  professor: null,
  captain: null,
  capt: null,
  sergeant: null,
  sgt: null,
  colonel: null,
  col: null,
  general: null,
  lieutenant: null,
  lt: null,
  detective: null,
  officer: null,
  inspector: null,
  judge: null,
  senator: null,
};
// The ranks and roles Brown's non-fiction writes before a name ("Patrolman Smith", "Gov. Faubus").
for (const w of TITLE_WORDS) if (!(w in TITLES)) TITLES[w] = null;
// Words a speaker tag may hold between its subject and its verb: "Rachel softly said", "he would say".
const TAG_FILLER = new Set([
  'would',
  'had',
  'then',
  'finally',
  'again',
  'just',
  'only',
  'also',
  'still',
  'quickly',
  'quietly',
  'now',
  'suddenly',
  'did',
  'could',
  'might',
  'must',
]);
// Base forms for tags like "he would say", "she had to ask".
export const BASE_SPEECH = new Set([
  'say',
  'speak',
  'ask',
  'reply',
  'answer',
  'whisper',
  'shout',
  'yell',
  'call',
  'cry',
  'murmur',
  'mutter',
  'tell',
  'add',
  'repeat',
  'explain',
  'insist',
  'continue',
  'go',
  'went',
  'goes',
]);
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'my',
  'our',
  'your',
  'this',
  'that',
  'one',
  'another',
  'somebody',
  'someone',
  'everyone',
]);
// `he went on`, `she continued`, `he added`: the same speaker again.
export const CONTINUING = /^\s+(?:\p{Ll}+ly\s+)?(?:went on|continued|added|resumed|persisted)\b/u;
export const WRITING = new Set(['wrote', 'writes', 'typed', 'types', 'printed', 'scrawled', 'scribbled', 'read', 'reads', 'texted', 'signed']);
export const BEAT_OPENERS = new Set(['then', 'and', 'but', 'so', 'now', 'finally', 'still', 'suddenly']);

/** Whether a word can be the verb of a speech tag ("said", "would say", "asking"). */
export function isTagVerb(lower: string): boolean {
  // "goes" only in "she goes, 'no way'" tags, handled by the caller's order; "went" likewise.
  return isSpeechVerb(lower) || BASE_SPEECH.has(lower) || lower === 'saying' || lower === 'asking';
}

/** Whether a word can stand between a tag's subject and its verb ("softly", "would"). */
export function isAdverb(lower: string): boolean {
  return lower.endsWith('ly') || TAG_FILLER.has(lower);
}
