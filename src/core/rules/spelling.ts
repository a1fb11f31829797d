/**
 * `spelling`: words the Hunspell dictionary does not know. What makes it usable on fan fiction is
 * what it leaves alone: the story's names (roster, or a capitalized word the story uses twice),
 * its word lists, and in dialogue and thoughts the stutters ("H- Harry", "I-I", "Wh- what"),
 * elongations ("Nooo"), cut-offs ("ar--") and dialect ("ye", "outta", "goin'") people speak in.
 * A contraction missing its apostrophe ("dont") gets the apostrophe form as a confident fix.
 */

import { localeVariant } from '../data/locale-variants';
import { DIALECT, FANDOM_TERMS, INTERJECTIONS, MISSING_APOSTROPHE, NONSTANDARD } from '../data/spoken';
import { SUBTITLE_WORDS } from '../data/subtitle-words.generated';
import { isElided, writtenForm } from '../eye-dialect';
import { isForeignFunctionWord } from '../foreign';
import type { Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import { IdSet } from '../model/vocab';
import { isDerived } from '../morphology';
import { oneEditIndexOf } from '../one-edit';
import type { Speller } from '../speller';
import { isCapitalized, matchCase } from '../text';
import { unknownWordCommands } from './commands';
import { finish, judgeWritten } from './spelling-finalize';
import { afterName, afterTitle, beforeName, exclaimed } from './spelling-names';
import { COMBINING_FORMS, lowercasePartMisspelled, VAGUE_ENDING } from './spelling-parts';
import {
  inOpenCompound,
  isClipped,
  isCode,
  isEchoWord,
  isForeignElision,
  isInformalForm,
  isInitialismForm,
  isRunTogether,
  isTechnical,
  lettersOf,
  onCommandLine,
  runTogetherFinding,
  runTogetherSplit,
  withoutAccents,
} from './spelling-shapes';
import { Voice } from './spelling-voice';
import type { ParagraphRule, RawFinding } from './types';

const APOSTROPHES = "'’";
/** Whether `word` (apostrophes straightened) is a word: the dictionary, possessives, hyphen parts. */
function known(speller: Speller, word: string): boolean {
  return speller.correct(word) || knownBy((w) => speller.correct(w), word);
}

/** Whether `word` has accents and either tier knows it without them ("café" → "cafe"). */
function knownUnaccented(speller: Speller, word: string): boolean {
  const plain = withoutAccents(word);
  return plain !== undefined && (known(speller, plain) || listed(speller, plain));
}

/** The same for the second tier, the large word list ("whisky", "gunwale", "Tuscaloosa's"). */
function listed(speller: Speller, word: string): boolean {
  const has = speller.listed;
  if (!has) return false;
  return knownBy((w) => speller.correct(w) || has.call(speller, w), word);
}

function knownBy(correct: (word: string) => boolean, word: string): boolean {
  if (correct(word)) return true;
  const lower = word.toLowerCase();
  // "NO!" and "STOP" are shouting, not misspelling.
  if (word === word.toUpperCase() && word !== lower && correct(lower)) return true;
  // "Gryffindor's" is as right as "Gryffindor"; "there'd", "Where'd", "it'll" as their base word.
  const contraction = /^(.+)'(s|d|ll|ve|re|m)$/i.exec(word);
  if (contraction && knownBy(correct, contraction[1])) return true;
  // "the Christophers' lawn": a family named by a name in the plural (not "Thes", of "The").
  if (/^\p{Lu}\p{Ll}+s$/u.test(word) && correct(word.slice(0, -1)) && !correct(lower.slice(0, -1))) return true;
  if (word.includes('-')) {
    // "well-worn", "I-I", "half-blood", "levi-clad": right when every part is (a name's in its capital).
    const parts = word.split('-').filter(Boolean);
    const capitalized = (p: string) => p.length >= 4 && /^\p{Ll}/u.test(p) && correct(p.charAt(0).toUpperCase() + p.slice(1));
    const partKnown = (p: string, k: number) =>
      knownBy(correct, p) || FANDOM_TERMS.has(p.toLowerCase()) || capitalized(p) || (k < parts.length - 1 && COMBINING_FORMS.has(p.toLowerCase()));
    if (parts.length > 1 && parts.every(partKnown)) return true;
    // "criss-crossed", "pari-mutuel": a closed compound written with its hyphen.
    if (parts.length === 2 && parts[0].length >= 2 && parts[1].length >= 2 && correct(parts.join(''))) return true;
  }
  return false;
}

/**
 * Frequency (two times Zipf) from which a common word, written capitalized with one letter off,
 * is a typo rather than a name: "Thw" for "The", "Becuase" for "Because". 9 is about "window"
 * (Zipf 4.5); tuned on Brown ck–cn (`scripts/spelling-quality.ts`).
 */
export const TYPO_OF_COMMON = 9;

/**
 * The same for a title-case word, which is capitalized because it starts a sentence or because it
 * is a name: one edit from a word as common as "course" or "miss" (Zipf 5.5: "Teh", "Becuase",
 * "Msis Langford") it is a typo. Below that it is a probable name, as "Floo" (from "floor", 10) is:
 * information at a sentence start, nothing in mid-sentence. Tuned on Brown ck–cn.
 */
export const TYPO_OF_CAPITALIZED = 11;

/** The frequency of the most common word one edit from each word asked about, per speller. */
const nearest = new WeakMap<Speller, Map<string, [word: number, name: number]>>();

/**
 * The frequency of the most common word one edit from `lower`: a lowercase word ("thw" → "the"),
 * or with `names` a capitalized one ("wendesday" → "Wednesday", "amercia" → "America"). Memoized.
 */
function nearestCommon(speller: Speller, lower: string, names: boolean): number {
  if (!/^[a-z]{2,20}$/.test(lower)) return 0;
  let memo = nearest.get(speller);
  if (!memo) nearest.set(speller, (memo = new Map()));
  let best = memo.get(lower);
  if (best === undefined) {
    // Both neighbourhoods in one pass over the word's edits: a capitalized word is asked both.
    const common = speller.common?.();
    const commonNames = speller.commonNames?.();
    let word = 0;
    let name = 0;
    if (common)
      oneEditIndexOf(common).forEachNear(lower, (e, z) => {
        if (z > word && speller.correct(e)) word = z;
      });
    if (commonNames)
      oneEditIndexOf(commonNames).forEachNear(lower, (_e, z) => {
        if (z > name) name = z;
      });
    if (memo.size > 50_000) memo.clear();
    memo.set(lower, (best = [word, name]));
  }
  return best[names ? 1 : 0];
}

/** Whether `word` is one edit from a word of frequency `threshold` or more: then a typo, not a name. */
function nearCommonWord(speller: Speller, word: string, threshold = TYPO_OF_COMMON): boolean {
  return nearestCommon(speller, word.toLowerCase().replace(/'s$/, ''), false) >= threshold;
}

/**
 * Frequency from which a capitalized word of the list ("February" 7, "Wednesday" 9) makes a word
 * one edit from it a typo rather than a name: "Febuary", "Wendesday", "Amercia".
 */
export const TYPO_OF_NAME = 7;

/** Below this frequency a word only the second tier knows is rare (≈ 3 in a million words). */
export const RARE_LISTED = 5;
/** …and from this one a word one edit from it is common enough to be what was meant. */
export const COMMON_NEIGHBOUR = 11;

/** …and a weak word (SCOWL size 80 only: "thar", "rom") from this one. */
export const COMMON_NEIGHBOUR_OF_WEAK = 8;

/** A rare second-tier word one edit from a common word: "wite" (white), "hae" (have), "thar" (that). */
function isRareNearCommon(speller: Speller, word: string): boolean {
  // A weak word's subtitle count says little ("han" is Han Solo's): its neighbours decide alone.
  const bare = word.replace(/'s$/, '');
  if (speller.weak?.(bare)) return nearCommonNotStem(speller, word, COMMON_NEIGHBOUR_OF_WEAK);
  // The list counts a word in any casing: "ben" and "rom" are counted as the names Hunspell knows,
  // "Ben" and "Rom", so their count says nothing of the lowercase word.
  const capital = bare.charAt(0).toUpperCase() + bare.slice(1);
  const rare = (speller.frequency?.(word) ?? 0) < RARE_LISTED || (capital !== bare && speller.correct(capital));
  return rare && nearCommonNotStem(speller, word, COMMON_NEIGHBOUR);
}

/**
 * `nearCommonWord`, not counting the word's own stem: "simples", "bleedings", "swingy", "weirdy"
 * are a common word and an ending (`s`, `y`, `d`, `r`), rare forms of it rather than its typos.
 */
function nearCommonNotStem(speller: Speller, word: string, threshold: number): boolean {
  if (!nearCommonWord(speller, word, threshold)) return false;
  const lower = word.toLowerCase().replace(/'s$/, '');
  let near = false;
  oneEditIndexOf(speller.common?.() ?? new Map<string, number>()).forEachNear(lower, (e, z) => {
    if (!near && z >= threshold && speller.correct(e) && !(lower.length === e.length + 1 && lower.startsWith(e) && /[sydr]$/.test(lower))) near = true;
  });
  return near;
}

/**
 * Frequency from which each part of a closed compound is a common word ("chart", "room"). Parts
 * of three letters are not enough: "teachef" (tea + chef), "railrod" (rail + rod) are typos.
 */
export const COMPOUND_PART = 7;

/** "chartroom", "tomblike", "portwatchers": two common words written as one. */
function isCompound(speller: Speller, lower: string): boolean {
  if (lower.length < 8 || !/^[a-z]+$/.test(lower) || !speller.frequency) return false;
  for (let i = 4; i <= lower.length - 4; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (speller.frequency(head) >= COMPOUND_PART && speller.frequency(tail) >= COMPOUND_PART && speller.correct(head) && speller.correct(tail)) return true;
  }
  return false;
}

/** "huggings", "nasaled", "good-humoredly", "conservatively-cravated": a word English derives. */
function isDerivedWord(speller: Speller, lower: string): boolean {
  if (isDerived(speller, lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length > 1 && parts.every((p) => p.length > 0 && (known(speller, p) || isDerived(speller, p)));
}

/**
 * "Nooo" → ["Noo", "No"]; "Ahhh" → ["Ahh", "Ah"]: runs of three or more letters collapsed. A voice
 * draws out vowels and the sounds that last ("Sooo", "Hmmm", "wellll"), or a last letter
 * ("Stoppp!"); a stop or an f tripled inside a word ("litttle", "happpens", "diffference") is a
 * finger held down.
 */
function unElongate(word: string): string[] {
  if (!/(\p{L})\1\1/u.test(word) || /([bcdfgkpqtvxz])\1\1(?=\p{L})/iu.test(word)) return [];
  return [word.replace(/(\p{L})\1{2,}/gu, '$1$1'), word.replace(/(\p{L})\1{2,}/gu, '$1')];
}

/** "b-but", "W-what": a stutter written as one hyphenated token; returns the spoken word. */
function hyphenStutter(word: string): string | undefined {
  const parts = word.split('-');
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1];
  const stutters = parts.slice(0, -1).every((p) => p.length > 0 && p.length <= 3 && last.toLowerCase().startsWith(p.toLowerCase()));
  return stutters ? last : undefined;
}

/** "Wh- what", "H- Harry": a fragment followed by a hyphen and the word it starts. */
function isSpacedStutter(text: string, token: Token, next: Token | undefined): boolean {
  if (!next || token.text.length > 4) return false;
  const between = text.slice(token.end, next.start);
  if (!/^\s*[-–—]+\s*$/.test(between)) return false;
  return next.lower.startsWith(token.lower);
}

/** "ar--", "I was going to—": a word cut off by a dash, in speech. */
function isCutOff(text: string, token: Token): boolean {
  return /^(?:-{1,3}|[–—])(?:[\s"”'’.,!?…]|$)/.test(text.slice(token.end, token.end + 4));
}

/** "'cause", "'em": the token follows an apostrophe that elides its start. */
function hasLeadingElision(text: string, token: Token): boolean {
  const before = text[token.start - 1];
  return before !== undefined && APOSTROPHES.includes(before) && (token.start === 1 || !/[\p{L}\p{N}]/u.test(text[token.start - 2]));
}

/** "goin'", "nothin'": g-dropping, an apostrophe after "in". */
function isDroppedG(speller: Speller, text: string, token: Token): boolean {
  // "ever-lovin'", "dry-gulchin'": the compound's last part, as known as the compound.
  if (!/in$/i.test(token.text) || !APOSTROPHES.includes(text[token.end] ?? '')) return false;
  const full = `${token.text.replace(/’/g, "'")}g`;
  return known(speller, full) || isDerivedWord(speller, full.toLowerCase());
}

/**
 * "fille de chambre", "vous etes matinals", "Y que sigue despues": an unknown word beside a foreign
 * function word (two words away at most, in the same sentence), or a foreign function word beside
 * another word no tier knows ("Nozze de Figaro"), is part of a foreign phrase.
 */
function inForeignPhrase(speller: Speller, tokens: readonly Token[], i: number): boolean {
  const own = isForeignFunctionWord(tokens[i].lower);
  for (const d of [-1, 1, -2, 2]) {
    const j = i + d;
    if (j < 0 || j >= tokens.length) continue;
    // Not across a sentence start: the later of the two words, or the one between, starts none.
    const later = Math.max(i, j);
    if (tokens[later].sentenceStart || (Math.abs(d) === 2 && tokens[later - 1].sentenceStart)) continue;
    const other = tokens[j];
    if (isForeignFunctionWord(other.lower)) return true;
    if (own && !/\p{N}/u.test(other.text) && !listed(speller, other.text.replace(/’/g, "'"))) return true;
  }
  // "Tristan und Isolde", "the chevaux de frise": between two names, or two words Hunspell's
  // English lacks, a foreign function word joins a foreign title or term.
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  if (!own || !before || !after || tokens[i].sentenceStart || after.sentenceStart) return false;
  const foreign = (t: Token) => !/\p{N}/u.test(t.text) && !known(speller, t.text.replace(/’/g, "'"));
  return (/^\p{Lu}\p{Ll}/u.test(before.text) && /^\p{Lu}\p{Ll}/u.test(after.text)) || (foreign(before) && foreign(after));
}

/**
 * Whether `lower` is a common word with a letter left out or two letters swapped ("tke", "yor",
 * "konws"): slips of the fingers, which a speaker's respelling ("jist", "figger") is not.
 */
function isSlipOfCommon(speller: Speller, lower: string): boolean {
  const common = speller.common?.();
  if (!common || !/^[a-z]+$/.test(lower)) return false;
  let slip = false;
  oneEditIndexOf(common).forEachNear(lower, (w) => {
    if (w.length === lower.length + 1) slip = true;
    else if (w.length === lower.length && lettersOf(w) === lettersOf(lower)) slip = true;
  });
  return slip;
}

/** A dialect word ("gonna", "ol") or a dropped g ("doin"): a voice's form, not a slip. */
function isVoiceForm(speller: Speller, lower: string): boolean {
  return DIALECT.has(lower) || NONSTANDARD.has(lower) || (lower.endsWith('in') && !unElongate(lower).length && known(speller, `${lower}g`));
}

/**
 * The word forms (vocabulary ids of token texts) each speller knows plainly: no missing
 * apostrophe, no nonstandard form, known as written. Nine tokens in ten are such a word, and every
 * rest of the check (the tiers, the spoken forms, the locale) ends at `continue` for them whatever
 * the region: one look-up by id instead. Only what is known is kept: a word added to the story's
 * dictionary later becomes known, never the reverse.
 */
const plainlyKnown = new WeakMap<Speller, IdSet>();

/** Whether the token's text is a word `speller` knows plainly, remembered once it is. */
function isPlainlyKnown(speller: Speller, plain: IdSet, token: Token): boolean {
  if (plain.has(token.orth)) return true;
  const text = token.text;
  const lower = token.lower;
  if (MISSING_APOSTROPHE.has(lower) || NONSTANDARD.has(lower) || /\p{N}/u.test(text) || !known(speller, text.replace(/’/g, "'"))) return false;
  plain.add(token.orth);
  return true;
}

/**
 * What a word no tier knows is. A capitalized one is a name (the pet, the town named once), unless
 * it is one letter from a common word: "Teh", "Becuase" are typos wherever they stand.
 */
function judgeUnknown(speller: Speller, text: string, tokens: readonly Token[], i: number): { probableName: boolean; quiet: boolean } {
  const token = tokens[i];
  const word = token.text.replace(/’/g, "'");
  const capital = isCapitalized(word);
  if (!capital) return { probableName: false, quiet: false };
  // "the Anti-terrorisim Unit": a capital names the compound, but its lowercase part is a word, and misspelled.
  if (lowercasePartMisspelled(speller, word, (p) => FANDOM_TERMS.has(p) || known(speller, p) || isDerivedWord(speller, p)))
    return { probableName: false, quiet: false };
  // "D'Aumont", "O'Hara" are title case too.
  const titleCase = /^\p{Lu}(?:'\p{Lu})?\p{Ll}/u.test(word);
  // In mid-sentence a word of two letters ("the Aj", "Jo") or an initialism ("the OIC", "DSM") is
  // one edit from a dozen common words: nearness says nothing of it there.
  const short = (word.length <= 2 || /^\p{Lu}{3,4}$/u.test(word)) && !token.sentenceStart;
  // "WWF wrestling?", "NYPD detectives": capitals before a lowercase word are an initialism, at a sentence start too (shouting runs on in capitals).
  const initialism = /^\p{Lu}{2,5}$/u.test(word) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && /^[ \t]+$/.test(text.slice(token.end, tokens[i + 1].start));
  const nearWord = !short && nearCommonWord(speller, word, titleCase || initialism ? TYPO_OF_CAPITALIZED : TYPO_OF_COMMON);
  // "Wendesday", "Febuary": one letter from a common capitalized word, a typo or a rare name.
  const nearName = titleCase && !nearWord && nearestCommon(speller, token.lower.replace(/'s$/, ''), true) >= TYPO_OF_NAME;
  // Where it stands says it is a name: after a title or a name, a surname even one letter from a
  // common word or name ("Dr. Charles Leale", "Mrs. Weasley"); in mid-sentence ("the inn at
  // Medmenham") or before another name ("Tolek Alterman had"). Such a word is `quiet`: kept only
  // when it is a slip of a name the story uses ("Hermoine" beside "Hermione").
  const quiet =
    titleCase &&
    (afterTitle(text, token) ||
      afterName(text, token, tokens[i - 1]) ||
      (!nearWord && !nearName && (!token.sentenceStart || beforeName(text, token, tokens[i + 1], tokens[i + 2]) || exclaimed(text, token))));
  // A slip of the fingers on a word: at a sentence start of a word ("Abrubptly" for "Abruptly"),
  // anywhere of a common capitalized one ("Chirstmas"). A warning; `finalize` drops it when the
  // story uses it again, as a name.
  const typo = titleCase && !quiet && !nearWord && isCapitalSlip(speller, token.lower.replace(/'s$/, ''), token.sentenceStart);
  // At a sentence start with nothing around it ("Xanthrel barked.") a probable name: information,
  // with its fixes; "DSM" in mid-sentence too.
  return { probableName: quiet || (!nearWord && !typo && (titleCase || initialism || !token.sentenceStart)), quiet };
}

/**
 * Frequency (2·Zipf) from which a word is what a capitalized word at a sentence start one slip
 * from it meant ("abruptly" 6), and the length from which such a word is asked: a shorter one is a
 * name as often. Tuned on Brown ck–cn and the fan fiction fixtures: 4 and 4 would warn of "Rilly"
 * and "ExPe" there, 6 and 5 of nothing but the fixtures' "Abrubptly".
 */
export const CAPITAL_SLIP = 6;
export const CAPITAL_SLIP_LENGTH = 5;

/**
 * Whether `lower`, a capitalized word no tier knows, is a slip of a word: a letter struck too, two
 * swapped or one left out. At a sentence start a slip of a lowercase word of frequency
 * `CAPITAL_SLIP` or more; anywhere a slip of a common capitalized word (`TYPO_OF_NAME`: "Chirstmas").
 */
function isCapitalSlip(speller: Speller, lower: string, sentenceStart: boolean): boolean {
  if (!/^[a-z]{4,}$/.test(lower)) return false;
  const names = speller.commonNames?.();
  const word = sentenceStart && lower.length >= CAPITAL_SLIP_LENGTH;
  const meant = (x: string) => (word && speller.correct(x) && (speller.frequency?.(x) ?? 0) >= CAPITAL_SLIP) || (names?.get(x) ?? 0) >= TYPO_OF_NAME;
  for (let i = 0; i < lower.length; i++) {
    if (meant(lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (i + 1 < lower.length && lower[i] !== lower[i + 1] && meant(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
  }
  for (let i = 0; i <= lower.length; i++) for (const c of 'abcdefghijklmnopqrstuvwxyz') if (meant(lower.slice(0, i) + c + lower.slice(i))) return true;
  return false;
}

/** "dont" → "don't": a contraction missing its apostrophe (`contraction`), confidently fixed. */
function apostropheFinding(token: Token, word: string, contraction: string): RawFinding {
  const fix = matchCase(contraction, word === 'Im' || word === 'IM' ? 'I' : word);
  return {
    start: token.start,
    end: token.end,
    message: `\`${token.text}\` is missing its apostrophe: \`${fix}\`.`,
    suggestions: [word === word.toUpperCase() && word.length > 2 ? fix.toUpperCase() : fix],
    confident: true,
    data: { word: token.text, apostrophe: true },
    commands: unknownWordCommands(token.text),
  };
}

/** A listed word rare enough, and one edit from a common one, to be a typo of it: a hint. */
function rareHint(token: Token): RawFinding {
  return {
    start: token.start,
    end: token.end,
    message: `\`${token.text}\` is a rare word; check that you did not mean a common one.`,
    severity: 'hint',
    lazy: true,
    data: { word: token.text, rare: true },
    commands: unknownWordCommands(token.text),
  };
}

/**
 * A spoken form in narration: information, with its written form (`plain`) or, lazily, the ranked
 * suggestions ("wat" → "what"). A dialect word ("gonna", "ol") or a dropped g ("doin") is marked
 * `voice`: written again, it is the narrator's voice; an elongation ("passsed"), an interjection
 * ("wha") or a respelling ("wheh") written again may be a typo written again.
 */
function spokenFinding(token: Token, plain: string | undefined, voice: boolean): RawFinding {
  return {
    start: token.start,
    end: token.end,
    message: `\`${token.text}\` is a spoken form; outside dialogue, check that you meant it.`,
    severity: 'information',
    ...(plain ? { suggestions: [plain] } : { lazy: true }),
    data: { word: token.text, spoken: true, ...(voice ? { voice: true } : {}) },
    commands: unknownWordCommands(token.text),
  };
}

/** A word no tier knows: a warning, or information when it is probably a name. */
function unknownWord(token: Token, { probableName, quiet }: { probableName: boolean; quiet: boolean }): RawFinding {
  return {
    start: token.start,
    end: token.end,
    message: probableName
      ? `\`${token.text}\` is not in the dictionary; if it is a name, the story will learn it once you use it again, or add it.`
      : `\`${token.text}\` is not in the dictionary; check its spelling.`,
    lazy: true,
    ...(probableName ? { severity: 'information' as const } : {}),
    data: { word: token.text, ...(probableName ? { probableName: true } : {}), ...(quiet ? { quiet: true } : {}) },
    commands: unknownWordCommands(token.text),
  };
}

/**
 * One token of `check` that the speller does not plainly know (few are): its finding, if any, in
 * `found`. Apart from `check`'s loop so that its rare paths, first met after V8 optimized the
 * loop, recompile this alone (a cold check deoptimized the whole `check` twice).
 */
function checkToken(speller: Speller, paragraph: Paragraph, i: number, found: RawFinding[], voice: Voice): void {
  const { text } = paragraph;
  const tokens = paragraph.analysis.tokens;
  const token = tokens[i];
  // Most words are known: look them up before anything is built for them.
  const word = token.text.includes('’') ? token.text.replace(/’/g, "'") : token.text;
  const lower = token.lower;
  const speech = token.region === 'dialogue' || token.region === 'thought' || token.region === 'emphasis';
  // Checked before the dictionary, which lists "whats" and "gonna" as words.
  const contraction = MISSING_APOSTROPHE.get(lower);
  const nonstandard = !speech && NONSTANDARD.has(lower);
  if (speech && NONSTANDARD.has(lower)) voice.spokenInSpeech++;
  if (!contraction && !nonstandard && known(speller, word)) return;
  // "café", "fiancée": a loanword with the accents English keeps ("cafe", "fiancee" are known).
  if (knownUnaccented(speller, word)) return;
  // "colour" in an en-US story, "color" in an en-GB one: `locale-spelling`'s finding.
  if (!contraction && !nonstandard && localeVariant(word, speller) !== undefined) return;
  if (FANDOM_TERMS.has(lower) || FANDOM_TERMS.has(lower.replace(/'s$/, ''))) return;
  if (isTechnical(text, token) || isCode(text, token) || onCommandLine(text, token) || isInitialismForm(word)) return;
  // "fille de chambre", "que sigue despues": a foreign phrase, no misspelling.
  if (!contraction && (inForeignPhrase(speller, tokens, i) || isForeignElision(lower))) return;

  // "dont" → "don't": a contraction missing its apostrophe, confidently fixed.
  if (contraction && !hasLeadingElision(text, token)) {
    found.push(apostropheFinding(token, word, contraction));
    return;
  }

  // Spoken forms: deliberate in speech, information in narration.
  const stutterWord = hyphenStutter(word);
  if (stutterWord !== undefined && (known(speller, stutterWord) || isCapitalized(stutterWord))) {
    if (speech) return;
  }
  if (speech && (isSpacedStutter(text, token, tokens[i + 1]) || isCutOff(text, token))) return;
  // Eye dialect: "thinkin", "doin" (g-dropping without its apostrophe), "fathuh", "nahce",
  // "p'lite", "more'n": the speaker's voice in dialogue.
  const isWord = (w: string) => known(speller, w);
  const written = writtenForm(lower, isWord);
  const elongated = unElongate(word);
  const spokenForm =
    nonstandard ||
    DIALECT.has(lower) ||
    INTERJECTIONS.has(lower) ||
    INTERJECTIONS.has(lower.replace(/(\p{L})\1+/gu, '$1')) ||
    hasLeadingElision(text, token) ||
    isDroppedG(speller, text, token) ||
    isClipped(speller, text, token, TYPO_OF_CAPITALIZED) ||
    elongated.some((w) => known(speller, w) || INTERJECTIONS.has(w.toLowerCase()) || DIALECT.has(w.toLowerCase())) ||
    written !== undefined ||
    isElided(word, isWord) ||
    (stutterWord !== undefined && known(speller, stutterWord)) ||
    (speech && (isRunTogether(speller, lower) || isInformalForm(speller, lower)) && !isSlipOfCommon(speller, lower)) ||
    // "looky", "indeedy", "shite": no dictionary's, but film subtitles write them often.
    SUBTITLE_WORDS.has(lower.replace(/'s$/, ''));
  if (spokenForm) {
    voice[speech ? 'spokenInSpeech' : 'spokenInNarration']++;
    // An apostrophe marks the sound left out ("grabbin' distance", "'scuse me", "the bo'sun's
    // mate"): the writer chose the spoken form, in narration too.
    if (
      speech ||
      isDroppedG(speller, text, token) ||
      isClipped(speller, text, token, TYPO_OF_CAPITALIZED) ||
      hasLeadingElision(text, token) ||
      isElided(word, isWord)
    )
      return;
    // "stilll" → "still", "goin'" → "going": the written form, when there is one.
    const plain = isDroppedG(speller, text, token)
      ? `${token.text}g`
      : (elongated.find((w) => known(speller, w)) ?? (written !== undefined ? matchCase(written, token.text) : undefined));
    const spoken = spokenFinding(token, plain, isVoiceForm(speller, lower));
    // "nothin", "pickins": a g dropped, counted for the narrator's voice.
    if (written !== undefined && /ins?$/.test(lower) && !elongated.length) spoken.data = { ...spoken.data, droppedG: true };
    found.push(spoken);
    voice.spokenInNarrationFound.push(found[found.length - 1]);
    return;
  }

  // The second tier: real English that Hunspell's list lacks ("whisky", "gunwale"), and closed
  // compounds of two common words ("chartroom", "tomblike"), open compounds ("smart aleck",
  // "a pro-tem captain", "hi-fi": WordNet's, in the list). A rare listed word one letter from
  // a common one ("wite", "hae") is more likely a typo: a hint, with suggestions.
  // A weak capitalized entry one letter from a common word ("Teh", "Thier": SCOWL's rarest
  // surnames) starting a sentence is judged as unknown below: a typo unless a title or a name
  // stands before it. In mid-sentence it is the name ("whom Petey", "Jeb cautioned").
  const weakTypo = token.sentenceStart && isCapitalized(word) && speller.weak?.(word.replace(/'s$/, '')) === true && nearCommonWord(speller, word);
  // "sitsoutside": two words run together, not a compound of them ("chartroom"): a warning, split.
  const split = word === lower && !listed(speller, word) ? runTogetherSplit(speller, lower, COMPOUND_PART) : undefined;
  if (split) {
    found.push(runTogetherFinding(token, split));
    return;
  }
  if (!contraction && !nonstandard && !weakTypo && (listed(speller, word) || isCompound(speller, lower))) {
    if (!isCapitalized(word) && isRareNearCommon(speller, word)) {
      found.push(rareHint(token));
      // "rubbin' agin that thar little ticklebrush": in a speech written in a voice, its word.
      if (speech) voice.speech.push(found[found.length - 1]);
    }
    return;
  }
  if (!contraction && !nonstandard && inOpenCompound(speller, text, tokens, i)) return;
  // "huggings", "nasaled", "batwings": a word English derives from a known one.
  if (!contraction && !nonstandard && !isCapitalized(word) && isDerivedWord(speller, lower)) return;
  // "clippety-clopping", "tum-tumty-tum": a sound word whose hyphenated parts echo each other;
  // "cul-de-sac", "coup-de-grace": a foreign phrase, hyphenated round its function word.
  // "the obliv-somethings", "Legili-whatever": a word half heard or half remembered, finished vaguely on purpose.
  if (lower.includes('-') && (isEchoWord(lower) || lower.split('-').slice(1, -1).some(isForeignFunctionWord) || VAGUE_ENDING.test(lower))) return;

  const finding = unknownWord(token, judgeUnknown(speller, text, tokens, i));
  // A lowercase word may be the story's coinage, or a speaker's respelling: `finalize` counts it.
  if (!isCapitalized(word)) finding.data = { ...finding.data, coinable: true, ...(speech && !isSlipOfCommon(speller, lower) ? { speech: true } : {}) };
  // "Jist like that": a speaker's respelling, capitalized because a sentence starts with it.
  else if (speech && token.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(word) && !isSlipOfCommon(speller, lower)) finding.data = { ...finding.data, initial: true };
  found.push(finding);
  // A capitalized word in mid-sentence stands where a name does: judged as one, whatever the voice.
  if (!isCapitalized(word) || token.sentenceStart) (speech ? voice.speech : voice.narration).push(finding);
}

export const spelling: ParagraphRule = {
  id: 'spelling',
  description: "A word the dictionary does not know, sparing the story's names, its word lists, and stutters and dialect in speech.",
  defaultSeverity: 'warning',
  scope: 'paragraph',
  check(paragraph, options) {
    const speller = options.speller;
    if (!speller) return [];
    const tokens = paragraph.analysis.tokens;
    const found: RawFinding[] = [];
    let knownSet = plainlyKnown.get(speller);
    if (!knownSet) plainlyKnown.set(speller, (knownSet = new IdSet()));
    const voice = new Voice();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (isPlainlyKnown(speller, knownSet, token)) continue;
      if (/\p{N}/u.test(token.text)) continue;
      checkToken(speller, paragraph, i, found, voice);
    }
    return voice.apply(found, paragraph.analysis);
  },
  finalize(findings, paragraph, context) {
    if (findings.length === 0) return findings;
    // A misspelled name is `character-name`'s to report, with the story's spelling as the fix.
    const namesChecked = context.options.severities.get('character-name') !== 'off';
    const kept: RawFinding[] = [];
    for (const f of findings) {
      const judged = judgeWritten(f, paragraph, context, namesChecked);
      if (judged) kept.push(judged);
    }
    return finish(kept, paragraph, context);
  },
};
