/**
 * Capitalized epithets: a character the story names with "the" and capitalized words ("the Mad
 * Hatter", "the Fat Controller", "the Cheshire Cat" … "the Cat"), which speaks in a tag (`said the
 * Cat`, `the Fat Controller whispered`). Such a phrase is a name of its own: its head word names the
 * character, as the story's most used phrase with that head ("the Cat" is "Cheshire Cat").
 */

import type { Paragraph } from '../model/document';
import type { CharacterIndex, Word } from './cast';
import { isTagVerb, TITLES } from './lexicon';

/** The head words `addProperEpithets` made names. */
const marked = new WeakSet<Word>();

/** Capitalized words at most after "the". */
const PHRASE_WORDS = 3;

/** `said the Cat`, `replied the Mad Hatter`: a tag's verb right before "the" and capitalized words. */
const AFTER_VERB = /["”][.,!?—–-]*\s+(\p{Ll}+)\s+the\s+((?:\p{Lu}\p{Ll}+\s){0,2}\p{Lu}\p{Ll}+)\b/gu;
/** `the Fat Controller whispered`: "the", capitalized words and a tag's verb. */
const BEFORE_VERB = /\b[Tt]he\s+((?:\p{Lu}\p{Ll}+\s){0,2}\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/gu;

/** The capitalized words right after the "the" at `i`: adjacent, within one sentence. */
function phraseAt(ws: readonly Word[], i: number): Word[] {
  const out: Word[] = [];
  for (let k = i + 1; k <= i + PHRASE_WORDS && ws[k]; k++) {
    const w = ws[k];
    if (w.token.sentenceStart || w.start - ws[k - 1].end > 1 || !/^\p{Lu}\p{Ll}+$/u.test(w.token.text)) break;
    out.push(w);
  }
  return out;
}

/** Whether a phrase can be a person's epithet: no title first ("the King" is a title's), no plural ("the Dursleys"). */
function personLike(words: readonly string[], index: CharacterIndex): boolean {
  const first = words[0].toLowerCase();
  const head = words[words.length - 1];
  if (first in TITLES || index.titles?.has(first) || index.roster.has(head)) return false;
  return !/[^s]s$/.test(head);
}

/**
 * Marks the head word of each "the" + capitalized phrase whose head some tag makes speak as that
 * character's name: the most used phrase of that head that ends with the phrase (ties: the longer).
 */
export function addProperEpithets(prose: readonly Paragraph[], words: Word[][], index: CharacterIndex, epithets: ReadonlyMap<string, string>): void {
  const tagged = new Set<string>();
  for (const p of prose) {
    if (!/["”]/.test(p.text)) continue;
    AFTER_VERB.lastIndex = 0;
    for (let m = AFTER_VERB.exec(p.text); m; m = AFTER_VERB.exec(p.text)) if (isTagVerb(m[1])) tagged.add(m[2].split(/\s/).pop()!);
    BEFORE_VERB.lastIndex = 0;
    for (let m = BEFORE_VERB.exec(p.text); m; m = BEFORE_VERB.exec(p.text)) if (isTagVerb(m[2])) tagged.add(m[1].split(/\s/).pop()!);
  }
  if (tagged.size === 0) return;
  // Each phrase of a tagged head, with its count, and where each stands.
  const counts = new Map<string, number>();
  const found: Array<{ head: Word; phrase: string }> = [];
  for (const ws of words)
    for (let i = 0; i < ws.length; i++) {
      if (ws[i].token.lower !== 'the') continue;
      const run = phraseAt(ws, i);
      // A word the index took for a name of its own ("Hatter") is the phrase's; another's name is not ("the Potter boy").
      if (run.length === 0 || run.some((w) => w.character !== undefined && w.character !== w.token.text)) continue;
      const texts = run.map((w) => w.token.text);
      const head = texts[texts.length - 1];
      // An epithet the story gave a named character (`learnEpithets`: "the German") stays that character's.
      if (!tagged.has(head) || epithets.has(head.toLowerCase()) || !personLike(texts, index)) continue;
      const phrase = texts.join(' ');
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      found.push({ head: run[run.length - 1], phrase });
    }
  const canonical = (phrase: string): string => {
    let best = phrase;
    for (const [other, n] of counts) {
      if (other !== phrase && !other.endsWith(` ${phrase}`)) continue;
      const b = counts.get(best)!;
      if (n > b || (n === b && other.length > best.length)) best = other;
    }
    return best;
  };
  for (const f of found) {
    // One capitalized word alone is as often a people's or a rank's ("the Eshu began", "the German"): a name only as a longer one's short form.
    const name = canonical(f.phrase);
    if (!name.includes(' ')) continue;
    f.head.character = name;
    marked.add(f.head);
  }
}

/** `the Mad Hatter`, `The Cat`: "the" and capitalized words whose head names a character (`addProperEpithets`), and its length. */
export function properEpithetAt(ws: readonly Word[], i: number): { name: string; length: number } | undefined {
  if (ws[i]?.token.lower !== 'the') return undefined;
  const run = phraseAt(ws, i);
  const head = run[run.length - 1];
  return head?.character && marked.has(head) ? { name: head.character, length: run.length + 1 } : undefined;
}
