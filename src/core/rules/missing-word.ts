/**
 * A word left out (issue #15): writers drop small words when they revise. "She decided learn"
 * lacks its "to" (a verb, or a word like "able", that takes "to" and a base, before a bare base; "allowed him go" after the object), "in spite the rain" its
 * "of" (a noun followed by "of" nearly always, before a determiner), "at moment" its article (a
 * singular noun that always has one, straight after a verb or a preposition). The words are the
 * generated table `data/missing-words.generated.ts`, counted on Brown's tagged non-fiction; the
 * fix is the phrase with the word put back. Information only (the gap may be meant: a fragment,
 * a headline), and silent in dialogue and thoughts, where speakers drop words on purpose.
 * Reported under `confusable`.
 */

import { classIndex } from '../context/format';
import { contextModel } from '../context/model';
import { ARTICLE_NOUNS, BASES, OBJECT_TO_VERBS, OF_NOUNS, TO_VERBS, TO_WORDS } from '../data/missing-words.generated';
import type { Paragraph } from '../model/document';
import { BROKEN, type Words } from '../patterns';
import type { RawFinding } from './types';

/** Determiners and possessives: what opens the noun phrase "of" leads to ("in spite of the rain"). */
const OPENS_PHRASE = new Set('the a an his her their my your our its this these those'.split(' '));
/** Words before a verb form that make it a noun or an adjective ("the want", "a hoped outcome"). */
const NOT_VERB = new Set('the a an this that his her their my your our its no any every some each'.split(' '));
/** After a base, the words that make it a finite verb of another clause: "the things he wanted do not matter". */
const FINITE_AFTER = new Set(['not', "n't", 'so', 'too']);
/** Auxiliaries before which a base is no infinitive, and after which a past is a participle: "had bit". */
const HAVE = new Set('have has had having'.split(' '));
/** Prepositions before which a bare noun names a kind, not a thing: "any sort of architect", "as reader". */
const KIND_OF = new Set(['of', 'as']);
const PREP = classIndex('prep');
const VERB_CLASSES = new Set(['vb', 'vbd', 'vbz'].map((c) => classIndex(c as 'vb')));
const NOUN = classIndex('noun');

/** Object pronouns: "allowed him to go". */
const OBJECTS = new Set('him her them me us you it'.split(' '));

/** Whether "to" is left out after the object of the verb at `i`: "allowed him go" is "allowed him to go". */
function objectTo(words: Words, i: number): boolean {
  if (!OBJECT_TO_VERBS.has(words.word(i)) || i + 2 >= words.n || words.is(i + 2, BROKEN) || words.name(i + 2)) return false;
  if (!OBJECTS.has(words.word(i + 1)) || !BASES.has(words.word(i + 2))) return false;
  const after = i + 3 < words.n && !words.is(i + 3, BROKEN) ? words.word(i + 3) : '';
  return !FINITE_AFTER.has(after) && !(i > 0 && !words.is(i, BROKEN) && NOT_VERB.has(words.word(i - 1)));
}

/** The word left out between words `i` and `i + 1`, or undefined when nothing is missing there. */
function missingAt(words: Words, i: number): string | undefined {
  const a = words.word(i);
  const b = words.word(i + 1);
  const before = i > 0 && !words.is(i, BROKEN) ? words.word(i - 1) : '';
  const model = contextModel();
  const cls = model.classOf(model.idOf(words.lex(i), a));
  const verb = TO_VERBS.has(a);
  if ((verb || TO_WORDS.has(a)) && BASES.has(b)) {
    // A noun ("an attempt to", "in order to") only after its determiner: "people who prefer order say" is a clause.
    if (verb ? NOT_VERB.has(before) : cls === NOUN && !NOT_VERB.has(before) && before !== 'in') return undefined;
    const after = i + 2 < words.n && !words.is(i + 2, BROKEN) ? words.word(i + 2) : '';
    return FINITE_AFTER.has(after) ? undefined : 'to';
  }
  if (OF_NOUNS.has(a) && OPENS_PHRASE.has(b)) return 'of';
  const noun = ARTICLE_NOUNS.get(b);
  if (noun === undefined || HAVE.has(a) || KIND_OF.has(a)) return undefined;
  if (cls !== PREP && !VERB_CLASSES.has(cls)) return undefined;
  // A compound's first noun ("at reader level"), or a noun phrase going on: left alone.
  const next = i + 2 < words.n && !words.is(i + 2, BROKEN) ? model.classOf(model.idOf(words.lex(i + 2), words.word(i + 2))) : -1;
  return next === NOUN ? undefined : (noun.after.get(a) ?? noun.article);
}

/** The paragraph's words left out, as `confusable` findings over the two words they stood between; `words` gives the paragraph's words. */
export function missingWordFindings(paragraph: Paragraph, words: () => Words): RawFinding[] {
  const tokens = paragraph.analysis.tokens;
  let found: RawFinding[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i].lower;
    const object = OBJECT_TO_VERBS.has(a);
    if (!object && !TO_VERBS.has(a) && !TO_WORDS.has(a) && !OF_NOUNS.has(a) && !ARTICLE_NOUNS.has(tokens[i + 1].lower)) continue;
    // The gap is before word `j`: after the object pronoun ("allowed him go"), or straight after word `i`.
    const j = object && i + 2 < tokens.length && objectTo(words(), i) ? i + 2 : i + 1;
    if (tokens[i].region !== 'narration' || tokens[j].region !== 'narration') continue;
    const all = words();
    if (all.is(i + 1, BROKEN) || all.name(i + 1)) continue;
    const word = j === i + 2 ? 'to' : missingAt(all, i);
    if (word === undefined) continue;
    const start = all.start(i);
    const end = tokens[j].end;
    const first = paragraph.text.slice(start, tokens[j - 1].end);
    const second = paragraph.text.slice(tokens[j].start, end);
    const fix = `${first} ${word} ${second}`;
    (found ??= []).push({
      start,
      end,
      message: `A word seems left out between \`${first}\` and \`${second}\`: \`${fix}\`.`,
      suggestions: [fix],
      severity: 'information',
      data: { word: paragraph.text.slice(start, end), expected: fix, family: 'missing-word' },
    });
  }
  return found ?? [];
}
