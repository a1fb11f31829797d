/**
 * The confusable words: real words in the wrong place. One entry per wrong form ("loose",
 * "could of", "some one"), with the word(s) that belong there, the contexts that make the form
 * wrong, and the one-line explanation the finding shows. Written for this project.
 *
 * ## Context patterns
 * A pattern is the suspect and its neighbours, words separated by spaces, `_` standing for the
 * wrong form (all of its words):
 * - `to _`: the word "to" right before it; `a|an|the _`: any of these; `let+me _`: a phrase.
 * - `@modal _`: a word of a class of `lexicon.ts` (`@modal`, `@det`, `@poss`, `@noun`, `@pred`…);
 *   classes and words mix: `@poss|the _`. `@cap`: a capitalized word inside a sentence (a name).
 * - `*`: any word. `x?`: an optional word. `!x`: the next word (on the left, the previous one) is
 *   not x — it takes no word, and succeeds at a punctuation mark or the end of the text.
 * - `$`: a clause ends here (punctuation, a closing quote, the end of the paragraph); on the left,
 *   `^` or `$`: a clause starts here. `.`: a sentence ends (on the left: starts) here. `,`: a comma
 *   stands here. These take no word and mix with words: `_ $|to|for`.
 *
 * Words in a pattern are adjacent: only white space between them, so "No, lose it" does not match
 * `no _` and a stutter ("I- I lose") breaks a context. `sure` patterns make a confident finding (the
 * preferred quick fix, fix-all), `maybe` ones a finding the writer should read; `unless` patterns
 * silence the entry whatever matched. Capitalized words inside a sentence are names and never
 * flagged ("the Peak District"), except by entries marked `names`.
 */

import { ACTION_VERBS, BE_PARTICIPLES, MANNER_ADVERBS } from './verb-forms.generated';

/** The kinds of confusion, for the report and the tests. */
export type ConfusableFamily =
  /** Words that sound (nearly) alike: loose/lose, then/than, peak/peek. */
  | 'homophone'
  /** A missing or misplaced apostrophe that makes another word: its/it's, your/you're, cant. */
  | 'apostrophe'
  /** One word written as two: "some one", "a sleep", "him self". */
  | 'split'
  /** Two words written as one: "alot", "everyday" (every day), "infront". */
  | 'joined'
  /** The wrong form of a verb: "could of", "suppose to", "had went". */
  | 'grammar'
  /** An adjective where an adverb belongs, after a speech verb: "she said quiet". */
  | 'adverb'
  /** A set phrase misheard: "for all intensive purposes", "free reign". */
  | 'idiom';

/** What replaces the wrong form, and where. */
export interface ConfusableFix {
  /** The right word(s), best first, lowercase, `'` for apostrophes. */
  to: readonly string[];
  /** Contexts in which the wrong form is certainly wrong. */
  sure?: readonly string[];
  /** Contexts in which it is probably wrong. */
  maybe?: readonly string[];
  /** The message for this fix, when the entry's does not fit it. */
  explain?: string;
  /** Read in these contexts only, never by the context model (as `Confusable.tableOnly`). */
  tableOnly?: boolean;
  /** Read in narration only: dialogue and thoughts keep their licence ("Come quick!"). */
  narration?: boolean;
}

/** One wrong form. */
export interface Confusable {
  /** The form as written, lowercase, `'` for apostrophes; words separated by one space. */
  wrong: string;
  family: ConfusableFamily;
  /** The message: what was found and what is expected, naming both. */
  explain: string;
  /** The fixes, tried in order; the first whose context matches wins. */
  fixes: readonly ConfusableFix[];
  /** Contexts in which the form is right whatever else matched. */
  unless?: readonly string[];
  /** Capitalized words inside a sentence are checked too: "I promise Ill be back". */
  names?: boolean;
  /** In dialogue and thoughts the form may be the character's voice ("I had went"): not confident there. */
  voice?: boolean;
  /**
   * The pair is read in these contexts only, never by the context model as a candidate anywhere
   * (scripts/context-pairs.ts, for build-context-model.ts): "he" for "the", "on" for "one" are slips only here.
   */
  tableOnly?: boolean;
  /**
   * A usage note, not an error: both forms are standard English somewhere, the entry's only the
   * stricter house style (British and much American prose write "no longer" as `any more`).
   * Its findings are information, never a warning.
   */
  usage?: boolean;
}

interface When {
  sure?: string[];
  maybe?: string[];
  unless?: string[];
}

const TABLE: Confusable[] = [];
/** Where each wrong form is in `TABLE`. */
const position = new Map<string, number>();

function push(e: Confusable): void {
  position.set(e.wrong, TABLE.length);
  TABLE.push(e);
}

function entry(family: ConfusableFamily, wrong: string, to: string | string[], explain: string, when: When, extra: Partial<Confusable> = {}): void {
  push({
    wrong,
    family,
    explain,
    fixes: [{ to: typeof to === 'string' ? [to] : to, sure: when.sure, maybe: when.maybe }],
    ...(when.unless ? { unless: when.unless } : {}),
    ...extra,
  });
}

function multi(family: ConfusableFamily, wrong: string, explain: string, fixes: ConfusableFix[], unless?: string[], extra: Partial<Confusable> = {}): void {
  push({ wrong, family, explain, fixes, ...(unless ? { unless } : {}), ...extra });
}

/**
 * Adds a fix to the entry of `wrong`, or makes the entry: "threw" is a homophone of "through" and
 * the wrong simple past in "had threw"; one entry holds both, its grammar fix tried first.
 */
function extend(family: ConfusableFamily, wrong: string, fix: ConfusableFix, extra: Partial<Confusable> = {}): void {
  const existing = position.get(wrong);
  if (existing === undefined) {
    push({ wrong, family, explain: fix.explain!, fixes: [fix], ...extra });
    return;
  }
  const e = TABLE[existing];
  TABLE[existing] = { ...e, fixes: family === 'grammar' ? [fix, ...e.fixes] : [...e.fixes, fix] };
}

/** Adds exceptions to the entry of `wrong` (made by `extend`): "whoever it was took" for "was took". */
function except(wrong: string, unless: string[]): void {
  const at = position.get(wrong)!;
  const e = TABLE[at];
  TABLE[at] = { ...e, unless: [...(e.unless ?? []), ...unless.filter((u) => !e.unless?.includes(u))] };
}

const homophone = (wrong: string, to: string | string[], explain: string, when: When, extra?: Partial<Confusable>) =>
  entry('homophone', wrong, to, explain, when, extra);

/** A form that is wrong wherever it stands ("alot", "could of"). */
const ALWAYS = ['_'];

// Prepositions that cannot be followed by a clause: "of it's", "in you're" are always wrong.
const PREP = 'of|in|on|at|from|into|onto|with|by|about|under|upon|against|across|within|without|toward|towards|through|inside|behind|beside';
// Verbs that take a thing in hand: "threw they're bags" can only be "their bags".
const HANDLE = 'threw|grabbed|took|picked|dropped|packed|carried|lost|found|opened|raised|lowered|shook|waved|drew|held|put|brought|hugged|kissed|hit|loved|hated|ignored|rolled|crossed|clenched|washed|fed|slung|tossed|shouldered|gathered|collected|pulled|pushed|unpacked|emptied|shut|closed';
// Adjectives that are verbs too: "to calm down", "seemed to brave", "its right to".
const VERBISH = 'calm|free|quiet|slow|warm|brave|clear|empty|right|wrong|open|close|dry|clean|cool|humble|even|fit|fine|lower|tame|thin|dim|blind|smooth|steady|better|wet|sober|quick|secure|lost|ready|present|content|last|chill|relax|worry';
// Verbs after which a place or path follows: "walked passed", "ran threw".
const THROUGH_VERBS = `@motion|looked|look|looking|stared|peered|peeked|flipped|leafed|rummaged|pushed|shoved|cut|sliced|tore|ripped|slept|sat|got|get|made|make|climbed|crawled|swam|waded|searched|sifted|dug|shot|pierced|seeped|echoed|rang|shone|streamed|poured|broke|fell|fought|went`;

// ---------------------------------------------------------------------------------------------
// Homophones and near-homophones
// ---------------------------------------------------------------------------------------------

homophone('loose', 'lose', '`loose` means not tight; to stop having something is `lose`.', {
  sure: ['to _', '@modal _', '@do _', 'not|never _ @poss|@det|@obj|it|control|track|sight|hope|interest|weight'],
  maybe: ['i|we|they|you _ @det|@poss|@obj|it|control|track|sight|hope|interest|weight'],
  // "to loose an arrow", "loose their wrath upon": the old verb, to let fly.
  unless: ['_ @det|@poss? @adj? arrow|arrows|bolt|bolts|hounds|dogs|shot|shaft|wrath|fury|powers|power|hell|army|armies|beast|beasts|curse|spell', '_ upon'],
});
homophone('loosing', 'losing', '`loosing` is letting loose; failing to keep something is `losing`.', {
  sure: ['@be _', '_ @poss|@det|@obj|it|control|track|sight|hope|interest|weight|blood|consciousness|patience|focus|time'],
  unless: ['_ @det? @adj? arrow|arrows|bolt|bolts|hounds|dogs|shot|shaft'],
});
homophone('looses', 'loses', '`looses` is lets loose; fails to keep is `loses`.', {
  sure: ['he|she|it|@cap _', '_ @poss|@det|it|control|track|sight|hope|interest|patience|focus'],
  unless: ['_ @det? @adj? arrow|arrows|bolt|bolts|hounds|dogs|shot|shaft'],
});
homophone('lose', 'loose', '`lose` is to stop having; not tight or free is `loose`.', {
  sure: [
    'let|lets|letting|broke|break|breaks|breaking|cut|cuts|set|sets|came|come|comes|coming|hung|hang|hangs|hanging|worked|shook|tore|wriggled|wrenched|pulled|fell|turned _',
    '@art _',
    'too|so|very|more _ $',
    'hair|strand|thread|screw|tooth|tie _ $',
  ],
  maybe: ['@be _ $|around|on|in', 'let|set|turned the|@poss * _ on|upon|into|among'],
});
homophone('looser', 'loser', '`looser` means less tight; someone who loses is a `loser`.', {
  sure: ['a|you|total|complete|big|such|what _ $'],
});

const THAN_AFTER = '@det|@poss|@obj|@num|@cap|@indef|@ing|ever|usual|expected|before|most|anyone|i|he|she|we|they|you';
multi(
  'homophone',
  'then',
  '`then` is about time; a comparison takes `than`.',
  [{ to: ['than'], sure: [`@comp _ ${THAN_AFTER}`, `more|less @adj|@pred _ ${THAN_AFTER}`, 'rather _', 'rather @verb _ @verb', '@comp _ never|to', 'late _ never'], maybe: ['@comp _ @pred|@past'] }],
  // "She was younger then." "The other then turned away."
  ['@comp _ $', 'the|each|one|an _', '_ @modal|@past|@be'],
);
homophone('than', 'then', '`than` compares; what comes next in time is `then`.', {
  sure: ['and|but _', 'since|until|till|til|by|just|back|even|only _ $', '. _', '_ $'],
  maybe: [', _ @subj|@subjc'],
  unless: ['@comp * _', '@comp _'],
});

// A word that cannot follow a possessive: "your not", "its a", "their gonna". Quantifiers are left
// out on purpose: "its many virtues", "your every move".
const NOT_AFTER_POSS = '@art|this|that|these|those|me|him|them|us|not|gonna|going|getting|supposed|kidding|joking|lying';
// After "your", "its", "their": an intensifier and an adjective that ends the sentence or opens a
// complement is a predicate ("your so late."); before a noun it is not ("your very existence").
const INTENSIFIED = '_ so|too|very|really|quite|pretty|all|always|never|just|still|both|completely|totally @pred|@adj|@past|much|late|far .|to|and|that|for|when|if|because|@prep';
// "your so beautiful,": "so" and "such" do not sit inside a noun phrase after a possessive.
const SO_PRED = '_ so @pred|@adj|@past $';
// A predicate adjective, then a comma and a new clause or a name: "your late, Potter".
const PRED_THEN_COMMA = ["_ @pred , @cap $", "_ @pred , @subj|but|so|though|right|okay|really|aren't|isn't"];

// Verbs of thinking and words that open a clause about what something is: "I hope its Katie".
const THINKING = 'hope|hoped|hoping|think|thinks|thought|assume|assumed|assumes|guess|bet|suppose|sure|maybe|perhaps|if|because|knew|know';

multi(
  'apostrophe',
  'its',
  '`its` belongs to it; `it is` and `it has` are written `it\'s`.',
  [
    {
      to: ["it's"],
      sure: [
        `_ ${NOT_AFTER_POSS}|my|your|his|our|their|been|just|really|always|never|only|like|over|about|okay|ok|alright|raining|snowing|happening`,
        INTENSIFIED,
        SO_PRED,
        '_ @pred .',
        '_ !right|left|own|best|worst|fine|true @pred to|that|enough|@prep',
        '_ time to|for|@subj|@subjc',
        '. _ time $',
        '. _ coming',
        '_ coming .',
      ],
      // A name ending the clause after a verb of thinking is what it is, not what it owns: "I
      // hope its Katie" ("the ship lost its Captain" is left alone).
      maybe: [...PRED_THEN_COMMA, '^ _ @adj @prep|to|that|enough', `${THINKING} _ @cap $`, `${THINKING} _ @cap @cap $`],
    },
  ],
  // "did its best.", "its own", "its hunting grounds", "its very nature". "It may lead to its
  // going out of business": a gerund's possessive after a preposition ("to it's going" is no
  // sentence). "The government has taken its time": the object of "take".
  [
    '_ best|worst|own|utmost|share|due|last|first|most|least|fill',
    '_ @ing @noun',
    'to|of|for|about|by|from|without|despite _ @ing',
    'take|takes|took|taken|taking|bide|bides|bided|biding _ time',
  ],
);
multi('apostrophe', "it's", "`it's` is `it is`; belonging to it is `its`.", [
  {
    to: ['its'],
    sure: ['_ own', `${PREP} _ @noun|@part`, '@past|@verb _ @part'],
    maybe: ['_ @part $'],
  },
], ['_ back|way|time|best|face|name|turn|head|@pred', 'like|as|because|before|after|until|since|if _']);

/** The finite verbs a gerund's phrase is the subject of (`your` below, `GERUND_VERBS` in context/both.ts). */
const GERUND_VERB = "is|are|was|were|isn't|aren't|wasn't|weren't|does|doesn't|don't|didn't|has|hasn't|haven't|will|would|can|could|should|must|might|may|can't|won't|wouldn't|couldn't|shouldn't";
multi('apostrophe', 'your', "`your` belongs to you; `you are` is written `you're`.", [
  {
    to: ["you're"],
    sure: [
      `_ ${NOT_AFTER_POSS}|my|his|our|their|there|here|such|always|never|leaving|trying|telling|asking|taking|staying|making|scaring|freaking|killing|hurting|starting|talking|acting`,
      '_ welcome $',
      INTENSIFIED,
      SO_PRED,
      '_ @pred .',
      '_ @pred again|too|now|already|here|there|today|tonight|anyway|right|though',
      '_ !right|left|own|best|worst @pred to|about|that|for|of|with|at|as|enough|in',
      '. _ being @pred|@adj $',
    ],
    maybe: [...PRED_THEN_COMMA, '_ @past .|of|about|to|that|by|with'],
  },
], [
  // "to your right", "your very own", "your welcome speech", "give it your all".
  'to|on|at|from|by _ right|left',
  '_ very own',
  '_ all $',
  '_ * @noun',
  // "Your not having money doesn't mean…", "your having money will…": a gerund's phrase that is
  // the subject of the verb after it ("you're having money will" is no sentence).
  `_ not? @ing ${GERUND_VERB}`,
  `_ not? @ing !@subj * ${GERUND_VERB}`,
  `_ not? @ing !@subj * !@subj * ${GERUND_VERB}`,
  '_ best|worst|own|usual|fill|share|turn|due|most|least|left|right|own|last|first|kind|back|home',
]);
multi('apostrophe', "you're", "`you're` is `you are`; belonging to you is `your`.", [
  {
    to: ['your'],
    sure: ['_ own', `${PREP} _`, '_ fault|turn|mother|father|mom|mum|dad|brother|sister|boyfriend|girlfriend|wife|husband|hand|hands|wand|head|eyes|face|name|room|coat|shirt|sword|bag|phone'],
    maybe: ['_ @noun !@noun'],
  },
], [
  '_ @pred|@adj|welcome|home|back|family|friends|trouble|human|twins|brothers|sisters|@plural',
  'like|as|because|before|after|until|since|if|for|than _',
  // "You're man enough to…", "you're fool enough": a noun before "enough" is a predicate's.
  '_ * enough',
]);

multi(
  'homophone',
  'there',
  '`there` is a place; belonging to them is `their`, and `they are` is `they\'re`.',
  [
    { to: ['their'], explain: '`there` is a place; belonging to them is `their`.', sure: ['_ own', '@past|@verb|@prep _ @noun'], maybe: ['_ @noun @past|@verb|@be|@modal'] },
    {
      to: ["they're"],
      explain: "`there` is a place; `they are` is written `they're`.",
      sure: ['. _ going|gonna|coming|here|lying|kidding|joking|fine|okay|ok|dead|alive', 'what|think|guess|sure|hope|know|if|because _ @ing|gonna|not'],
      maybe: ['. _ @ing'],
    },
  ],
  // "Is there food?", "I was there time and again", "stood there, hands in pockets".
  ['@be|@modal|@have|@do _', '_ being', '_ @time|time|times|alone|myself|yourself|himself|herself|themselves|ourselves|too', 'from|up|down|over|in|out|right|back|get|got|here|and _'],
);
multi(
  'homophone',
  'their',
  '`their` belongs to them; a place is `there`, and `they are` is `they\'re`.',
  [
    { to: ['there'], explain: '`their` belongs to them; a place or "there is" is `there`.', sure: ['_ is|was|are|were|isn\'t|wasn\'t|aren\'t|weren\'t|seems|seemed|must|might', '_ $', '@be _ anything|something|nothing|anyone|someone|no|any|a|an|enough|more|always'] },
    { to: ["they're"], explain: "`their` belongs to them; `they are` is written `they're`.", sure: ['_ not|gonna|going|here|lying|kidding|getting|supposed', INTENSIFIED, SO_PRED, '_ @pred .', '. _ coming', '_ coming .'], maybe: PRED_THEN_COMMA },
  ],
  ['_ own|best|worst|being|all $'],
);
multi(
  'homophone',
  "they're",
  "`they're` is `they are`; belonging to them is `their`, a place is `there`.",
  [
    { to: ['their'], explain: "`they're` is `they are`; belonging to them is `their`.", sure: ['_ own', `${PREP} _`, `${HANDLE} _ @noun`], maybe: ['_ @noun @be|@past|@modal|$|and|to|in|on|at|with|for|from'] },
    { to: ['there'], explain: "`they're` is `they are`; a place is `there`.", sure: ['over|in|from|out|up|down|get|got|be|been|sat|stood|stay|stayed|put _ $', '_ $'] },
  ],
  ['_ @pred|@adj|family|home|back|trouble', '!' + HANDLE + ' _ @plural', 'like|as|because|before|after|until|since|if|than _'],
);

multi('apostrophe', 'whose', "`whose` asks who owns something; `who is` is written `who's`.", [
  {
    to: ["who's"],
    sure: ['_ going|gonna|coming|there|here|that|this|the|a|an|not|been|got|ready|afraid', '_ next $'],
  },
  // "whose reasoning", "whose glowing face"; "whose The Growth of the Manor" is a title.
], ['_ @noun', '_ @cap']);
multi('apostrophe', "who's", "`who's` is `who is`; asking who owns something is `whose`.", [
  {
    to: ['whose'],
    sure: ['_ @noun @be|@subj|@modal|@do|@have|@past|@cap'],
    maybe: ['_ @noun $'],
  },
], ['_ @pred|@adj|there|here|that|this|@ing|@det|boss|next|in|on|at']);

multi('apostrophe', 'lets', "`lets` means allows; `let us` is written `let's`.", [
  {
    to: ["let's"],
    sure: ['^ _ @verb|not|just|all|both|see', '^ so|now|okay|ok|then|alright|right|please|come|well _ @verb|not|just'],
  },
]);
multi('apostrophe', "let's", "`let's` is `let us`; allows is `lets`.", [{ to: ['lets'], sure: ['he|she|it|who|which|that _ @obj|@cap|go|@det'] }]);

multi(
  'homophone',
  'were',
  '`were` is a past of be; `we are` is `we\'re`, and a place is `where`.',
  [
    { to: ["we're"], explain: "`were` is a past of be; `we are` is written `we're`.", sure: ['. _ @ing|gonna|not|so|just|all|here|never|always|both|finally|still', '. _ @pred $', 'think|guess|hope|know|sure|suppose|believe|if|because|cause|unless _ @ing|gonna|not|@pred'] },
    { to: ['where'], explain: '`were` is a past of be; a place is `where`.', sure: ['. _ @be|@do|@have|@modal', 'know|knew|wonder|wondered|wondering|idea|remember|forgot|forget|sure|tell|ask|asked _ @subj|to|@cap'] },
  ],
  ['_ @subj to', '_ @ing @noun', '_ being|been'],
);
homophone('where', 'were', '`where` asks about a place; the past of be is `were`.', {
  sure: ['. _ you|we|they|he|she|i there|here|@pred|@det|not|ever|really|still|always', 'i|he|she|we|they _ @ing|@past|not|@det|so|very|too|just|all|always|never|still|both'],
});
multi('homophone', 'wear', '`wear` is for clothes; a place is `where`.', [
  { to: ['where'], sure: ['^ _ are|is|did|do|does|was|were|have|has|had|@modal|exactly', 'know|knew|wonder|wondered|idea|sure _ @subj|to|the|@cap'] },
  { to: ['were'], explain: '`wear` is for clothes; the past of be is `were`.', sure: ['i|he|she|we|they _ @ing|not|@past'] },
]);
homophone("we're", 'were', "`we're` is `we are`; the past of be is `were`.", {
  sure: ['you|they|he|she|i|it _'],
});

homophone('affect', 'effect', '`affect` is the verb (to change); the result is an `effect`.', {
  sure: ['@art|@poss|no|any|side|some|much|little|lasting|desired|opposite|same|strange|calming|immediate|full|great|big|huge|@adj _', 'kind|sort|type of _', 'take|took|takes|taking|into|in _ $', '_ of'],
  // "it could only affect a single player", "to directly affect them": an adverb between.
  unless: ['to|@modal|@do _', 'to|@modal|@do @adv _'],
});
homophone('affects', 'effects', '`affects` is the verb (changes); results are `effects`.', {
  sure: ['@art|@poss|no|any|side|special|sound|lasting|strange|@adj _'],
});
homophone('effect', 'affect', '`effect` is the result; to change or move someone is `affect`.', {
  sure: ['to|@modal|@do|not _ @obj|@poss|@cap|how|anyone|everyone|you|him|her|them|me|us', '@modal|@do @subj|this|that _ @det|@poss|@obj|@cap'],
  unless: ['_ @art? change|changes|repairs|reform|reforms|entry|escape|cure|rescue|transfer|transformation|compromise'],
});
homophone('effected', 'affected', '`effected` means brought about; changed or moved is `affected`.', {
  // "a transfer had to be effected" (brought about) is right; "it effected me" is not.
  sure: ['_ me|him|them|us|everyone|anyone|@cap', '_ her|you $|deeply|greatly|badly|more|so', 'deeply|badly|greatly|really|so _'],
  unless: ['_ change|changes|a|the|an|repairs|reform|reforms|entry|escape'],
});

homophone('breath', 'breathe', '`breath` is the noun; the verb is `breathe`.', {
  sure: ['to|@modal|@do _', '^ _ $|in|out|deeply|slowly', 'just|please|and|now|still|could|couldn\'t _ $|in|out'],
  unless: ['@poss|@art|@adj|of|catch _'],
});
homophone('breaths', 'breathes', '`breaths` is the plural noun; he or she `breathes`.', { sure: ['he|she|it|@cap _'] });
multi('homophone', 'breathe', '`breathe` is the verb; the noun is `breath`.', [
  { to: ['breath'], sure: ['@art|my|your|his|its|our|their|deep|shaky|sharp|ragged|long|quick|shallow|short|steadying|calming|shuddering|last|first|next|single|another|bated|baited _', 'held|hold|holding|holds|caught|catch|catching|took|take|taking|under|of|@poss _ $'] },
]);
homophone('breathes', 'breaths', '`breathes` is the verb; the plural noun is `breaths`.', {
  sure: ['@num|few|several|deep|shallow|short|ragged|long|shaky|quick|many|more|calming|steadying _', 'took|take|taking _'],
});

multi('homophone', 'peak', '`peak` is a summit; a quick look is a `peek`, and arousing interest is `pique`.', [
  { to: ['peek'], explain: '`peak` is a summit; a quick look is a `peek`.', sure: ['a|quick|sneak|little|tiny|another _ at|through|into|inside|over|around|out|$|behind|under', '@modal|@do|no _ at|through|into|inside|around|out|$|behind|under|over', 'to _ at|through|into|inside|around|out|behind|under|over', 'sneak _'] },
  { to: ['pique'], explain: '`peak` is a summit; to arouse interest is to `pique` it.', sure: ['_ @poss|his|her interest|curiosity'] },
]);
multi('homophone', 'peaked', '`peaked` means reached a summit; looked quickly is `peeked`, and aroused is `piqued`.', [
  { to: ['piqued'], explain: '`peaked` means reached a summit; aroused (interest) is `piqued`.', sure: ['_ @poss|@cap interest|curiosity', '_ @cap|@obj|my|your|his|her|their|our interest|curiosity'] },
  { to: ['peeked'], explain: '`peaked` means reached a summit; looked quickly is `peeked`.', sure: ['_ at|through|into|inside|around|over|out|under|behind|in|up|down|from'] },
], ['_ in @num']);
multi('homophone', 'peaking', '`peaking` means reaching a summit; looking quickly is `peeking`.', [
  { to: ['peeking'], sure: ['_ at|through|into|inside|around|over|out|under|behind|in|from|$'] },
  { to: ['piquing'], explain: '`peaking` means reaching a summit; arousing (interest) is `piquing`.', sure: ['_ @poss interest|curiosity'] },
]);
homophone('peaks', 'peeks', '`peaks` are summits; quick looks are `peeks`.', { sure: ['he|she|it|@cap _ at|through|into|inside|around|over|out|under|behind|in'] });
homophone('peek', 'peak', '`peek` is a quick look; a summit is a `peak`.', {
  sure: ['the _ of', '_ of the|a mountain|mountains|hill|cliff|tower|roof', 'mountain|snowy|highest|rocky|icy _', 'reached|reach|reaching|climbed|climb|climbing|top|summit the _'],
  unless: ['_ of @poss|her|his'],
});
homophone('pique', 'peek', '`pique` is to arouse (interest); a quick look is a `peek`.', { sure: ['a|quick|sneak|little _'] });
homophone('peeked', 'piqued', '`peeked` means looked quickly; aroused (interest) is `piqued`.', { sure: ['_ @poss|@cap|@obj interest|curiosity'] });

homophone('site', 'sight', '`site` is a place; what is seen, or seeing, is `sight`.', {
  sure: ['into|of|lost|lose|losing|catch|caught|catching|first|in|within|on _ $', 'out of @poss? _', 'first _', 'lost|lose|losing|catch|caught|catching _ of', '_ for sore eyes', 'what a _'],
  unless: ['@art|this|that _ of', 'on _ $'],
});
homophone('sight', 'site', '`sight` is seeing; a place is a `site`.', {
  sure: ['camp|web|building|burial|construction|crash|excavation|camping|landing|test|nesting|dig _'],
});
homophone('cite', 'sight', '`cite` is to quote; seeing is `sight`.', { sure: ['of|into|lost|catch|caught|first|in _'] });

multi('homophone', 'to', '`to` points somewhere; also or excessively is `too`, and 2 is `two`.', [
  {
    to: ['too'],
    explain: '`to` points somewhere; also or excessively is `too`.',
    sure: ['^ me|you|him|her|us|them _ $', 'love|miss you _ $', '_ late|early|soon|bad|busy|tired|scared|afraid|hard|young|old|big|small|loud|tight|heavy|hot|cold|sweet|nice|cute|stupid|drunk|weak|sick|beautiful|pretty|sore $|to|for', `@be|seemed|looked|felt|sounded|get|got|way|all|just|much|far _ !${VERBISH} @pred`, '_ much $', 'going|gone|went|go|goes|gotten|carried|carry|carrying|pushed|push|pushing|take|taken|took|takes|taking _ far $|,|this|now|and|but|with|on|for', 'talk|talks|talked|eat|eats|ate|drink|drank|worry|worries|worried|think|thinks|thought|care|cares|cared|say|said|know|knew|sleep|slept|cry|cried|laugh|laughed _ much|many $'],
    // "I ate to much cake", "there were to many people": not after a verb that takes "to" ("She
    // spoke to many people", "gave it to many friends").
    maybe: ['ate|eat|eats|eaten|eating|drank|drink|drinks|drunk|drinking|bought|buy|buys|buying|spent|spend|spends|spending _ much|many @noun', 'there is|are|was|were|be _ much|many'],
  },
  { to: ['two'], explain: '`to` points somewhere; the number 2 is `two`.', sure: ['the|these|those|first|last|next|other|every|@poss _ @plural'], maybe: ['there were|are _ @plural|@cap'] },
], [
  '_ @art|@poss|this|that|these|those|some|any|no|every|each|another|either|neither|all|both|such|what|which|whatever|be|@verb|@num|much+of|many+of',
  '@prep|up|due|next|close|according _',
  // "It never amounted to much", "Did it come to much?", "That adds to much of the cost": a verb
  // whose complement is "to" and a noun phrase, where "much", "many" or a number is the phrase.
  'amount|amounts|amounted|amounting|come|comes|came|coming|add|adds|added|adding _',
]);
multi('homophone', 'too', '`too` means also or excessively; the preposition and the infinitive take `to`.', [
  {
    to: ['to'],
    sure: ['_ the|a|an|my|his|their|our|your|its', 'want|wants|wanted|need|needs|needed|have|has|had|going|got|used|supposed|trying|tried|able|about|ought|like|liked|love|loved|hate|hated|decided|started|began|seemed|seems|seem|refuse|refused|hope|hoped|learn|learned|learnt|forgot|remember|remembered|try|tries|ready|time|way|how|where|what|going|went|go|came|come|walked|ran _ @verb|the|a|an|@poss|@cap|be'],
  },
], ['_ much|many|late|early|soon|long|far|bad|well|good|little|few|often|hard|close']);
homophone('two', 'too', '`two` is the number 2; also or excessively is `too`.', {
  sure: ['_ much', '^ me|you _ $'],
  unless: ['_ much @noun'],
});

homophone('no', 'know', '`no` is the opposite of yes; to be aware is to `know`.', {
  sure: ["don't|doesn't|didn't|dont|didnt|do|does|did _ @wh|that|if|about|it|anything|him|her|them|you|me|$", 'did|do|does @subj _ @wh|that|if|about|it|anything|$', 'i|you|we|they _ @wh|that|it|@cap|about|everything|anything|you|him|her|them', 'to _ @wh|that|if|about|everything|anything', 'you _ @subjc'],
  unless: ['_ longer|more|less|doubt|matter|one|such|way|idea|harm|good|wrong|better|other|sooner|problem|thanks|big|@noun'],
});
homophone('know', 'no', '`know` is to be aware; the opposite of yes is `no`.', {
  sure: ["@be|@have|with|had|there's _ way|idea|one|longer|more|doubt|choice|reason|point|sign|chance|need|use|matter|problem|clue", '^ _ way|thanks|problem $', 'oh _ $'],
  unless: ['@subj|@modal|@do|to _'],
});
homophone('knew', 'new', '`knew` is the past of know; not old is `new`.', {
  sure: ['@art|@poss|brand|whole|something|anything|nothing|what\'s _'],
});
homophone('new', 'knew', '`new` means not old; the past of know is `knew`.', {
  sure: ['i|he|she|we|they _ @subj|@subjc|it|that|@wh|about|better|exactly|instantly|immediately|nothing|everything|@cap|him|her|them|you|something|anything|too'],
  unless: ['_ @noun'],
});

homophone('here', 'hear', '`here` is a place; listening is to `hear`.', {
  sure: [
    "@modal|@do|to|can't|couldn't|didn't|cannot _ @obj|@det|@poss|@cap|about|from|it|that|what|something|anything|nothing|everything|voices|footsteps",
    '@do @subj _ @obj|@det|it|that|what|about',
    'i|we|they _ @obj|you|that|something|voices|footsteps',
  ],
  // "people who live close to here", "next to here", "the way to here": "to" a place's preposition.
  unless: ['from|there|over|right|come|came|stay|stayed|get|got|be|been|up|down|out|in _', 'close|closer|near|nearer|next|back|way to _'],
});
homophone('hear', 'here', '`hear` is to listen; a place is `here`.', {
  sure: ['come|over|right|around|down|up|in|out|back|stay|sit|get|from|stop _ $', '@be _ $|now|already|too|yet|tonight', '^ _ is|are|comes|goes|lies|we+go|you+go|it+is'],
  unless: ['to|@modal|@do _', 'hear _'],
});
homophone('heard', 'herd', '`heard` is the past of hear; a group of animals is a `herd`.', { sure: ['@art _ of'] });
homophone('herd', 'heard', '`herd` is a group of animals; the past of hear is `heard`.', {
  sure: ['i|he|she|we|they|you|had|have|has|never|just|ever|@have _ @det|@obj|@poss|@subj|that|it|about|of|from|something|nothing|anything|voices|footsteps|someone|somebody|$|the|a|what'],
});

homophone('passed', 'past', '`passed` is the verb (went by); beyond or before now is `past`.', {
  sure: ['@motion|far|long|way|half _ @det|@poss|@cap|@obj|@num|$', 'in|the|of|from _ $', 'the _ few|@num|couple|week|weeks|year|years|month|months|day|days|hour|hours|decade|life|lives'],
  unless: ['@subj|@cap _', '_ out|away|on|by'],
});
homophone('past', 'passed', '`past` means beyond or gone by; the verb (went by, handed) is `passed`.', {
  sure: ['i|he|she|we|they _ @det|@poss|@obj|out|away|by|on|over|through|the', 'had|has|have|having|just _ @det|@poss|$|out|away|by|through', '_ out $|on|in|cold', 'years|days|weeks|months|hours|minutes|time _ quickly|slowly|by'],
  unless: ['_ @num|midnight|noon|that|it|the+point'],
});

homophone('quiet', 'quite', '`quiet` means silent; fairly or completely is `quite`.', {
  sure: ['_ a|an|sure|certain|frankly|honestly|literally|possibly|likely|right $', 'not _ sure|right|yet|the|a|an|what|as|there|done|finished|ready|certain|enough|so|that', '_ @pred $', '_ @adv @pred|@adj'],
  unless: ['_ right+now|right+away|right+there|right+here|please', 'be|keep|kept|stay|stayed|fell|falls _', '_ @noun'],
});
homophone('quite', 'quiet', '`quite` means fairly or completely; silent is `quiet`.', {
  sure: ['@art|@poss _ $|@noun', 'be|fell|falls|fall|keep|kept|stay|stayed|stays|went|grew|go|goes|remained|remain|very|so|too|more|less|peace|and _ $', '@be _ $'],
  unless: ['not|it|so _', '_ a|an|the|@adj|@pred|@adv'],
});

homophone('accept', 'except', '`accept` is to take or agree; leaving someone out is `except`.', {
  sure: ['@indef|all _ @cap|@obj|for|the|that|when|maybe', '^ _ for'],
  unless: ['@subj|@modal|to|@do _'],
});
homophone('except', 'accept', '`except` means leaving out; to take or agree is `accept`.', {
  sure: ['@modal|to|@do|@subj|please|just|never _ @det|@poss|@obj|@indef|it|that|this|defeat|responsibility|help|an|the'],
  unless: ['_ for|when|that|if|@cap|me|him|her|them|us|you|the+fact', '@indef|all|nothing|everything|anything _'],
});
homophone('excepted', 'accepted', '`excepted` means left out; taken or agreed to is `accepted`.', { sure: ['_ @det|@poss|@obj|it|that|this|defeat'] });
homophone('excepting', 'accepting', '`excepting` means leaving out; taking or agreeing is `accepting`.', { sure: ['@be _ @det|@poss|it|that|this'] });

homophone('weather', 'whether', '`weather` is rain or sun; "if" is `whether`.', {
  sure: ['_ or not', 'know|knew|wonder|wondered|wondering|wonders|sure|unsure|decide|decided|deciding|ask|asked|asking|care|cared|matter|matters|mattered|idea|doubt|question|see|debate|debated _', '^ _ @subj|@subjc|it|or'],
  unless: ['_ @be|@noun|forecast|report'],
});
homophone('whether', 'weather', '`whether` means if; rain or sun is the `weather`.', { sure: ['the|stormy|rainy|foul _'] });

homophone('wander', 'wonder', '`wander` is to walk about; asking yourself is to `wonder`.', { sure: ['@subj|@do _ if|what|why|how|who|whether|when'], maybe: ['@subj _ where'] });
homophone('wandered', 'wondered', '`wandered` means walked about; asked oneself is `wondered`.', { sure: ['_ if|what|why|how|who|whether|aloud', '_ out loud'] });
homophone('wandering', 'wondering', '`wandering` is walking about; asking oneself is `wondering`.', { sure: ['_ if|what|why|how|who|whether|aloud'] });
homophone('wanders', 'wonders', '`wanders` means walks about; asks oneself is `wonders`.', { sure: ['_ if|what|why|how|who|whether'] });
homophone('wonder', 'wander', '`wonder` is to ask oneself; walking about is to `wander`.', {
  sure: ['_ off|around|aimlessly|through|along|toward|towards|away'],
  unless: ['_ around what|how'],
});
homophone('wondered', 'wandered', '`wondered` means asked oneself; walked about is `wandered`.', {
  sure: ['_ off|around|aimlessly|through|into|along|toward|towards|away|down|back|over+to|up+to'],
  unless: ['_ out|aloud', '_ around what|how'],
});
homophone('wondering', 'wandering', '`wondering` is asking oneself; walking about is `wandering`.', {
  sure: ['_ off|around|aimlessly|through|along|toward|towards|away|the+halls|the+streets|the+corridors'],
  unless: ['_ around what|how'],
});

homophone('hole', 'whole', '`hole` is an opening; all of something is `whole`.', {
  sure: ['the|a|my|this|that|his|her|their|your|our _ thing|time|day|night|world|school|life|point|story|family|class|house|team|village|way|body|week|month|year|lot|place|town|castle|room|group|situation|country|city|school|summer|while|new', 'a _ lot|new|bunch'],
});
homophone('whole', 'hole', '`whole` means all of it; an opening is a `hole`.', {
  sure: ['a _ in|through', 'dug|dig|digging|burned|burnt|punched|tore|blew|bore|drilled|cut _', '@art|@poss _ in @det|@poss'],
  unless: ['as a _'],
});

homophone('piece', 'peace', '`piece` is a part; calm and the end of war are `peace`.', {
  sure: ['in _ $|and', '_ of mind', 'at _ $|with', 'make|made|making|keep|kept|keeping|find|found|bring|brought|world|inner|some _ $', '_ and quiet', '_ treaty|offering'],
  unless: ['_ of @det|@poss'],
});
homophone('peace', 'piece', '`peace` is calm or the end of a war; a part is a `piece`.', {
  sure: ['_ of cake|paper|work|furniture|cloth|advice|evidence|jewelry|jewellery|string|wood|metal|meat|bread|pie|art|junk|crap|shit|parchment|glass|fabric|chocolate|candy|the+puzzle', '@num|one|each|every|last|final|missing _'],
  maybe: ['a _ of'],
  unless: ['a _ of mind'],
});

homophone('waist', 'waste', '`waist` is the middle of the body; using something badly is a `waste`.', {
  sure: ['a|total|complete|such|what|utter _ of', '_ of time|space|breath|energy|effort|money|magic|talent|a|life|food', "@modal|@do|don't|not _"],
});
homophone('waste', 'waist', '`waste` is rubbish or misuse; the middle of the body is the `waist`.', {
  sure: ['around|round|at|to|on|about|from|below|above @poss _', '@poss _ $|and|as'],
  unless: ['to|@modal|@do _'],
});

homophone('bare', 'bear', '`bare` means uncovered; to endure or carry is to `bear`.', {
  sure: ['_ with me|us|him|her', '^ _ with', "@modal|can't|couldn't|cannot _ to|it|the+thought|the+pain|the+sight|the+idea|this|that|him|her|them|seeing|looking|watching|hearing|losing|being", '_ in mind', '_ the+thought|witness'],
  unless: ['_ @poss|@det teeth|fangs|soul|chest|skin|arms'],
});
homophone('bear', 'bare', '`bear` is an animal or to endure; uncovered is `bare`.', {
  sure: ['with|his|her|their|my|your|our|in|on|@poss _ hands|feet|foot|chest|skin|shoulders|arms|legs|back|minimum|bones|essentials|floor|walls', '_ naked|minimum|essentials'],
  unless: ['teddy|polar|brown|black|grizzly|the|a|big _'],
});

homophone('brake', 'break', '`brake` stops a car; to smash, or a pause, is `break`.', {
  sure: ['a _ $|from|for', '_ up|free|apart|into|out|down $', 'take|took|taking|need|needed|lunch|coffee|spring|summer|winter|christmas|easter|short|quick _', 'heart|hearts _', '@modal|to|didn\'t|don\'t _ @poss|the|@obj|it|my|his|her'],
  unless: ['_ @det? @adj? car|truck|wagon|bike|bicycle|train|vehicle|cart|carriage|speed|pedal|lights'],
});
homophone('brakes', 'breaks', '`brakes` stop a car; smashes or pauses are `breaks`.', {
  sure: ['heart|it|he|she|that|this _ @poss|@det|it|up|down|free|apart|into|out'],
  unless: ['the|@poss _'],
});
homophone('break', 'brake', '`break` is to smash or a pause; what stops a car is a `brake`.', {
  sure: ['_ pedal|pedals|lights|line|lines|pads|fluid', 'slammed|slam|slams|slamming|hit|pumped|pressed|stomped on? the? _'],
});
homophone('breaks', 'brakes', '`breaks` are smashes or pauses; what stops a car is the `brakes`.', {
  sure: ['slammed|slam|slams|slamming|hit|pumped|pressed|stomped on? the? _', '_ squealed|screeched|failed'],
});

homophone('reign', 'rein', '`reign` is a monarch\'s rule; control is held by a `rein`.', { sure: ['free _', '_ in @poss|@det|it|her|him|them|$'] });
homophone('reigns', 'reins', '`reigns` are periods of rule; a horse is steered by `reins`.', { sure: ['took|take|taking|hold|held|holding|grabbed|pulled|handed|hand|tug|tugged|gave|give|snapped|gathered|yanked|over the|@poss? _', 'the|@poss _ $|of+the+horse|and'] });
homophone('reigned', 'reined', '`reigned` means ruled; held back is `reined`.', { sure: ['_ in'] });
homophone('rained', 'reined', '`rained` is what the sky did; held back is `reined` (in).', { sure: ['i|he|she|we|they|@cap _ in @poss|@refl|it|him|her|them'] });
homophone('rein', 'reign', '`rein` controls a horse; a monarch\'s rule is a `reign`.', { sure: ['@poss|the _ of terror|power', '_ supreme', 'the _ of the? @cap'] });

homophone('cord', 'chord', '`cord` is a string; music, or striking a feeling, is a `chord`.', { sure: ['strike|struck|strikes|striking|hit|touched @art? _'] });
homophone('chords', 'cords', '`chords` are notes played together; in the throat they are vocal `cords`.', { sure: ['vocal _'] });
homophone('chord', 'cord', '`chord` is notes played together; a string or nerve is a `cord`.', { sure: ['spinal|umbilical|power|extension|vocal _'] });

homophone('baited', 'bated', '`baited` means with bait on it; held (breath) is `bated`.', { sure: ['_ breath'] });
homophone('dairy', 'diary', '`dairy` is milk and cheese; a private journal is a `diary`.', {
  sure: ['@poss _', 'in|into|from @poss _', '_ entry|entries', 'dear _'],
  unless: ['_ farm|farms|herd|herds|cows|cow|products|cattle|business|farmer|farmers|barn|industry|aisle|section|milk'],
});
homophone('diary', 'dairy', '`diary` is a journal; milk and cheese are `dairy`.', { sure: ['_ farm|products|cow|cows|milk|free|aisle|farmer'] });
homophone('exited', 'excited', '`exited` means went out; eager or thrilled is `excited`.', {
  sure: ['so|very|really|too|super|all|more|less|most|getting|got|get|feel|felt|looked|look|seemed|@be _', '_ about|for|to+see', '_ me|him|them|us', '_ her $|like|so|more|too'],
  unless: ['_ the|@det|my|his|their|our|your|its'],
});
homophone('exiting', 'exciting', '`exiting` means going out; thrilling is `exciting`.', { sure: ['so|very|really|how|too|most|more|an _'] });
homophone('excited', 'exited', '`excited` means thrilled; went out is `exited`.', { sure: ['_ the|@poss room|car|building|house|hall|class|classroom|office|shop|store|train|bus|vehicle|bathroom|kitchen|plane'] });

homophone('allowed', 'aloud', '`allowed` means permitted; spoken so others hear is `aloud`.', {
  sure: ['out _', 'read|reads|reading|wondered|wonder|mused|muse|laughed|laugh _ $', 'read|reads|reading|say|says|saying|said it|them|this|that _', 'read|reads|reading @det|@poss @noun _ $'],
});
homophone('aloud', 'allowed', '`aloud` means out loud; permitted is `allowed`.', {
  sure: ['@be|not|never|@subj|get|got _ !$', '@be _ $'],
  unless: ['read|reads|reading|say|said|says|saying|spoke|speak|laughed|laugh|wondered|wonder|cried|thought|think|counted|count|mused|muse|out _'],
});

homophone('threw', 'through', '`threw` is the past of throw; from one side to the other is `through`.', {
  sure: [`${THROUGH_VERBS} _ @det|@poss|it|them|@cap|here|there`, 'been|all|halfway|half|went _', '@be _ with'],
  unless: ['@subj _', '_ @det|@poss|@obj|it|them @noun? open|away|down|up|aside|back|out|off|over'],
});
multi('homophone', 'through', '`through` means from one side to the other; the past of throw is `threw`, and "although" is `though`.', [
  {
    to: ['threw'],
    explain: '`through` means from one side to the other; the past of throw is `threw`.',
    sure: ['i|he|she|we|they _ @det|@poss|it|up|away|out|back|@obj'],
  },
  { to: ['though'], explain: '`through` means from one side to the other; "although" is `though`.', sure: ['even|as _ @subj|@subjc|@cap|i|it|that|this'] },
], ['_ @det|@poss window|door|doors|crowd|forest|woods|trees|hall|halls|streets|air|room|gate|night|day|years|hair|mind|head|body|veins']);
homophone('though', 'through', '`though` means although; from one side to the other is `through`.', {
  sure: [`${THROUGH_VERBS} _ @det|@poss`],
  unless: ['@subj|as|even _'],
});

homophone('women', 'woman', '`women` is the plural; one is a `woman`.', { sure: ['a|an|one|this|each|every|another _', 'a|an @adj|@pred _'] });
homophone('woman', 'women', '`woman` is one; more than one are `women`.', { sure: ['two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|many|several|few|these|those|both _'], unless: ['_ @noun|team|army'] });
homophone('men', 'man', '`men` is the plural; one is a `man`.', { sure: ['a|an|this|each|every|another _', 'a|an @adj|@pred _'] });

homophone('week', 'weak', '`week` is seven days; not strong is `weak`.', { sure: ['felt|feel|feeling|feels|went|go|grew|too|so|very|really|looked|seemed|sounded|get|got|@be _ $|@prep|and'], unless: ['_ @num', '@det|very _'] });
homophone('weak', 'week', '`weak` means not strong; seven days are a `week`.', {
  sure: ['last|next|per|@num _ $|@prep|ago|later', 'a _ ago|later|$|or|before|after', 'for a _ $|or|and', 'the _ before|after'],
});
homophone('weaks', 'weeks', '`weaks` is not a word; seven days are a `week`, more are `weeks`.', { sure: ALWAYS });

multi('homophone', 'wait', '`wait` is to stay until something happens; heaviness is `weight`.', [
  { to: ['weight'], sure: ['lost|lose|losing|gained|gain|gaining|put+on _', 'shifted|shift|shifting|shifts|dead|own|body|extra|ideal @poss? _', 'a lot of _ $', '@poss _ on|off|against|from', '_ of+the+world|lifted'] },
]);
homophone('weight', 'wait', '`weight` is heaviness; staying until something happens is `wait`.', {
  sure: ["@modal|to|@do|please|just|can't|couldn't|cannot _ $|for|until|till|a|up|here", '. _ for|a|up'],
  unless: ['@poss|@art|dead|the|own _'],
});
multi('homophone', 'weighted', '`weighted` means made heavier; stayed is `waited`, and measured heavy is `weighed`.', [
  { to: ['waited'], explain: '`weighted` means made heavier; stayed until something happened is `waited`.', sure: ['@subj|@cap _ for|until|patiently|$'] },
  { to: ['weighed'], explain: '`weighted` means made heavier; had a weight of is `weighed`.', sure: ['_ a+ton|@num|about|nearly|almost|over|more|less|nothing|heavily|as+much'] },
]);

homophone('role', 'roll', '`role` is a part played; to turn over is to `roll`.', {
  sure: ['_ @poss eyes', '_ over|out|up|down|around $|of', 'on a _', '_ call', "don't|to|@modal _ @poss|@det|it|over"],
  unless: ['_ as|in|of|model|models|@det? @adj? role'],
});
homophone('roles', 'rolls', '`roles` are parts played; turns over is `rolls`.', { sure: ['_ @poss eyes', 'he|she|it|@cap _ over|out|up|down|around'] });
homophone('roled', 'rolled', '`roled` is not a word; turned over is `rolled`.', { sure: ALWAYS });
homophone('roll', 'role', '`roll` is to turn over, or bread; a part played is a `role`.', {
  sure: ['_ model|models|play|playing|reversal|reversals', 'lead|leading|main|major|minor|supporting|title|starring|key|important|bigger|small _'],
  unless: ['_ of|in @det'],
});

homophone('close', 'clothes', '`close` means near or to shut; what you wear are `clothes`.', {
  sure: ['my|his|their|your|our _ $|on|off|and|were|@past', 'wear|wore|wearing|folded|fold|packed|pack|dirty|clean|wet|torn|new|old|normal|muggle|civilian|spare|fresh _ $|on|off|and'],
  maybe: ['^ _ off $'],
  unless: ['@poss _ friend|friends|call|eye|attention|range|quarters|ally|allies|relative|relatives|proximity'],
});
homophone('clothes', 'close', '`clothes` are what you wear; near, or to shut, is `close`.', {
  sure: ['so|too|very|really|came|come|getting|got|get|drew|draw|stayed|stay|stood|moved|move|moving|leaned|lean|leaning|inched|edged|crept|held|hold|pulled _ to|$|by|behind|enough|together'],
  unless: ['@poss|the|new|dirty|clean|wet _'],
});
homophone('cloths', 'clothes', '`cloths` are pieces of fabric; what you wear are `clothes`.', { sure: ['put+on|changed|wear|wearing|wore|new|dirty|clean|fresh|normal|muggle @poss? _', '@poss _ $|on|off|and'] });

homophone('since', 'sense', '`since` means from a time on; meaning or feeling is `sense`.', {
  sure: ['make|makes|made|making|no|common|sixth|good _', 'make|makes|made|making any|no|some|more|less|much _', '_ of humor|humour|direction|duty|smell|touch'],
});
homophone('sense', 'since', '`sense` is meaning or feeling; from a time on is `since`.', {
  sure: ['ever _', '_ then|yesterday|childhood|forever|birth', 'years|days|weeks|months|hours|minutes|ages|long _ @subj|@cap|then|the'],
  unless: ['@det|@poss|@adj _'],
});
homophone('conscience', 'conscious', '`conscience` is the sense of right and wrong; awake and aware is `conscious`.', {
  sure: ['barely|fully|half|semi|still|become|became|becoming|remained|remain|stay|stayed|more|less|very|so|too|self _', '@be _ of|enough|again', 'un _'],
  maybe: ['@be _ $'],
  unless: ['@poss|guilty|clear|clean|a|the _'],
});
homophone('conscious', 'conscience', '`conscious` means awake and aware; the sense of right and wrong is `conscience`.', {
  sure: ['guilty|clear|clean _', '@poss|@gen _ $|nagged|was|is|told|pricked|bothered|@modal|@be|@past'],
  unless: ['_ mind|minds|thought|thoughts|self|effort|decision|choice|state|level|awareness|brain'],
});
homophone('cannon', 'canon', '`cannon` is a big gun; the original story is `canon`.', {
  sure: ['_ compliant|divergent|divergence|character|characters|pairing|pairings|ship|couple|events|timeline|universe|wise|facts|fact|plot|story|series|books|world|ending|verse|typical|compliance', "isn't|not|is|in|of|from|follows|follow|following|to _ $|and|but|or|so"],
  unless: ['_ fire|fodder|ball|balls|shot|shots'],
});
homophone('canon', 'cannon', '`canon` is the original story; a big gun is a `cannon`.', {
  sure: ['_ fire|fired|fires|firing|ball|balls|fodder|shot|shots|boomed|roared|exploded|blast', 'fired|fire|firing|loaded|load @art|@poss? _'],
});

homophone('heal', 'heel', '`heal` is to make well; the back of the foot is the `heel`.', { sure: ['my|his|their|your|our|its _', 'on|under|in|at|by|one @poss? _ $', 'spun|turned|turning|spinning|pivoted|pivoting on @poss _', '_ of @poss foot|hand|boot|shoe|palm'] });
homophone('heals', 'heels', '`heals` means makes well; the backs of the feet, or the shoes, are `heels`.', {
  sure: ['@poss|high|over|on|kicked|kicking|dug|digging|click|clicked|wearing|wore|in|her _', '_ into|over'],
  unless: ['it|time|that|he|she|which|magic|potion _', '_ @obj|@poss|@det'],
});
homophone('heel', 'heal', '`heel` is the back of the foot; to make well is to `heal`.', {
  sure: ['@modal|@do|help|helping|helped|let _ $|@obj|@poss|@det|quickly|faster|properly|completely|itself|over', 'wound|wounds|cut|cuts|injury|injuries|bones|bone|scar|burn|burns|time|it|that _ $|quickly|slowly|faster|properly|completely|over|up|well'],
  unless: ['to _', 'on|@poss _'],
});
homophone('heeled', 'healed', '`heeled` means with heels, or followed; made well is `healed`.', {
  sure: ['@be|had|has|have|fully|completely|partially|finally|quickly|already|never _ $|over|up|quickly|properly', '_ @obj|@poss wound|wounds|arm|leg|hand'],
  unless: ['high|well|low _'],
});

homophone('vein', 'vain', '`vein` carries blood; useless, or proud of one\'s looks, is `vain`.', { sure: ['in _ $|and', 'so|too|very|how|was|is|were|are _ $'] });
homophone('vain', 'vein', '`vain` means useless or proud; what carries blood is a `vein`.', {
  sure: ['@poss _ throbbed|pulsed|bulged|popped|twitched|throbbing|pulsing|in', 'a|the _ in|on|throbbed|pulsed|bulged|popped|twitched|throbbing|pulsing'],
});
for (const [wrong, right] of [
  ['reek', 'wreak'],
  ['reeked', 'wreaked'],
  ['reeking', 'wreaking'],
  ['wreck', 'wreak'],
  ['wrecked', 'wreaked'],
  ['wrecking', 'wreaking'],
]) {
  homophone(wrong, right, `\`${wrong}\` does not go with havoc; causing havoc is \`${right}\` havoc.`, { sure: ['_ havoc'] });
}
homophone('shuttered', 'shuddered', '`shuttered` means closed with shutters; trembled is `shuddered`.', {
  sure: ['i|he|she|they|we _', '@cap _ $|at|in|with|as|when|slightly|violently|visibly|involuntarily'],
});
homophone('shutter', 'shudder', '`shutter` covers a window; a tremble is a `shudder`.', {
  sure: ['_ at the thought', 'a _ ran|went|passed|through|of|wracked|racked|rippled', '@subj|@modal|to _ at|$'],
  unless: ['@det _ $'],
});
homophone('shuttering', 'shuddering', '`shuttering` is closing with shutters; trembling is `shuddering`.', { sure: ['_ breath|sigh|gasp|at|$'] });
homophone('shudders', 'shutters', '`shudders` are trembles; what covers a window are `shutters`.', {
  sure: ['opened|closed|open|close|shut|drew|pulled|through|behind|between|window|wooden|the+window @art? _', '_ closed|open|banged|rattled|slammed'],
});
homophone('diffuse', 'defuse', '`diffuse` means spread out; calming a danger is to `defuse` it.', {
  sure: ['_ @det|@poss? situation|tension|tensions|bomb|bombs|argument|fight|things|anger|conflict|mood|atmosphere|bombs|standoff', '_ this|that|it $'],
});
homophone('diffused', 'defused', '`diffused` means spread out; calmed (a danger) is `defused`.', { sure: ['_ @det|@poss? situation|tension|tensions|bomb|argument|fight|things|anger|conflict|mood|atmosphere'] });
homophone('diffusing', 'defusing', '`diffusing` is spreading out; calming (a danger) is `defusing`.', { sure: ['_ @det|@poss? situation|tension|tensions|bomb|argument|fight|things|anger|conflict|mood|atmosphere'] });

homophone('complemented', 'complimented', '`complemented` means completed or went well with; praised is `complimented`.', { sure: ['_ @obj|@cap on|for', '_ @obj|me|him|her|them|us $'] });
homophone('complement', 'compliment', '`complement` is what completes; praise is a `compliment`.', {
  sure: ['paid|pay|pays|paying|gave|give|giving|took|take|thanks+for|backhanded|nice|sweet|huge|big @art? _', '_ @obj on|for', '_ me|him|her|them|us $'],
});
homophone('complements', 'compliments', '`complements` are what complete; praise is `compliments`.', { sure: ['@poss|my|his|her|thanks+for+the|with|paid|pay|gave|give _'] });

homophone('lead', 'led', '`lead` is the present (or the metal); the past of lead is `led`.', {
  sure: ['he|she|it|@cap _ @obj|@poss|@det|@cap|the|them|us|him|her|me|you|into|to|through|down|up|away|out|back|inside|outside', 'had|has|have|having _ @obj|@poss|@det|@cap|to|into|away|out|by|astray|through|down|up|back', 'was|were|been|being _ to|into|away|out|by|astray|down|through|up|back|off|inside|outside', 'what _ @obj|me|you|him|her|them|us'],
  unless: ['_ pipe|pipes|poisoning|weight|weights|singer|role|story|character|up+to|off|the+way', '@modal|to|@do|let _', 'let|lets|make|makes|made|help|helps|helped|watch|watched|saw|see|heard|hear|@modal|to|@do @cap|@obj|@subj _'],
});
homophone('road', 'rode', '`road` is a street; the past of ride is `rode`.', {
  sure: ['i|he|she|we|they _ @poss|away|off|on|in|into|home|down|up|back|out|through|past|the|a|his|her|their|bikes|bike|horses|horse|brooms|broom'],
});
homophone('rode', 'road', '`rode` is the past of ride; a street is a `road`.', {
  sure: ['the|a|dirt|main|open|winding|country|empty|long _'],
});

homophone('morning', 'mourning', '`morning` starts the day; grieving is `mourning`.', { sure: ['in _ for|$', '@be|still|period+of _ for|@poss'], unless: ['the|this|next|every|that|one|good|early|each|@art _'] });
homophone('mourning', 'morning', '`mourning` is grieving; the start of the day is `morning`.', { sure: ['good|this|every|next|tomorrow|yesterday|that|one|early|saturday|sunday|monday|tuesday|wednesday|thursday|friday _', 'in+the|the+next _ $'] });
homophone('desert', 'dessert', '`desert` is dry land (or to abandon); the sweet course is `dessert`.', {
  sure: ['for|eat|ate|eating|served|serve|chocolate|favorite|favourite|have|had|some _ $', '_ menu|spoon|fork|wine|course|cart|plate|trolley'],
  unless: ['the|a _'],
});
homophone('dessert', 'desert', '`dessert` is the sweet course; dry land is a `desert`.', {
  sure: ['_ sand|sands|island|storm|heat|sun|air|wind|planet|floor|fox|rat|oasis', 'in+the|across+the|through+the|into+the|the+hot|the+open _'],
});
homophone('desserts', 'deserts', '`desserts` are sweet courses; what someone deserves is their just `deserts`.', { sure: ['just _'] });
homophone('lightening', 'lightning', '`lightening` is making lighter; the flash in a storm is `lightning`.', {
  sure: ['_ bolt|bolts|strike|strikes|struck|flashed|flash|flashes|storm|scar|fast|and+thunder|cracked|crackled|lit', 'thunder and _', 'of|like _', '_ $'],
  unless: ['@be|the _ of', '_ @poss|@det|@obj'],
});
homophone('loath', 'loathe', '`loath` means unwilling; to hate is to `loathe`.', { sure: ['i|you|we|they|@modal|to|@do _ @obj|@det|@poss|it|@ing|the|that|this|being'] });
homophone('loathe', 'loath', '`loathe` is to hate; unwilling is `loath`.', { sure: ['@be|@be not|not|seemed|seem|felt|feel _ to'] });
homophone('pray', 'prey', '`pray` is to speak to a god; a hunted animal is `prey`.', { sure: ['fell|fall|falls|falling|easy _', 'birds of _', '@art _ $', 'bird|birds of _', 'easy|its|the|their _ $'], unless: ['to|@modal|@do|@subj _'] });
homophone('prey', 'pray', '`prey` is a hunted animal; speaking to a god is to `pray`.', { sure: ['i|we|to|@modal|@do|let\'s|lets _ $|for|that|to+god'], unless: ['_ on|upon'] });
homophone('preyed', 'prayed', '`preyed` means hunted; spoke to a god is `prayed`.', { sure: ['@subj|@cap _ for|that|to+god|$'], unless: ['_ on|upon'] });
homophone('principle', 'principal', '`principle` is a rule; the head of a school is the `principal`.', {
  sure: ['_ office', '@art|@poss|@gen _ @noun', 'school|assistant|vice|deputy _'],
  unless: ['_ of|that|behind|is|was|applies'],
});
homophone("principle's", "principal's", "`principle's` belongs to a rule; the head of a school's is `principal's`.", { sure: ['_ office'] });
homophone('principal', 'principle', '`principal` is the head or the main one; a rule is a `principle`.', {
  sure: ['in|on _ $', '^ in _ @subj|@subjc|i|it|this|that|there|,', 'a matter of _', 'against @poss _ $|to'],
  unless: ['_ and|amount|amounts|sum|payment|payments'],
});

homophone('poured', 'pored', '`poured` is what liquid does; reading closely is `pored` over.', { sure: ['_ over @det|@poss? book|books|notes|page|pages|map|maps|texts|scrolls|documents|letter|letters|files|papers|tomes|records|reports|plans|charts'] });
homophone('pouring', 'poring', '`pouring` is what liquid does; reading closely is `poring` over.', { sure: ['_ over @det|@poss? book|books|notes|page|pages|map|maps|texts|scrolls|documents|letter|letters|files|papers|tomes|records|reports|plans|charts'] });
multi('homophone', 'poor', '`poor` means lacking money; making liquid flow is to `pour`.', [
  { to: ['pour'], sure: ['to|@modal|@do|please|i|he|she|they|we _ @det|@poss|it|some|water|tea|coffee|wine|more|out|down'], maybe: [] },
], ['_ @det? @adj? @noun @past|@be', '_ @adj|people|thing|boy|girl|man|woman|child|family|families|soul|souls|kid|kids|creature|guy|dear|baby|fellow|old|little|dog|cat|harry|bastard']);
multi('homophone', 'pour', '`pour` is to make liquid flow; reading closely is to `pore` over, and pitiable is `poor`.', [
  { to: ['pore'], explain: '`pour` is what liquid does; reading closely is to `pore` over.', sure: ['_ over @det|@poss? book|books|notes|page|pages|map|maps|texts|scrolls|documents|letter|letters|files|papers|tomes|records|reports|plans|charts'] },
  { to: ['poor'], explain: '`pour` is to make liquid flow; lacking, or pitiable, is `poor`.', sure: ['you|the|that|those|this|@poss|so|too|very _ thing|things|girl|boy|man|woman|child|kid|kids|soul|souls|creature|guy|dear|baby|fellow|bastard|sod|family|families|people'] },
]);

homophone('plain', 'plane', '`plain` means simple, or flat land; the aircraft is a `plane`.', { sure: ['_ ride|crash|crashed|crashes|ticket|tickets|landed|landing|flight|trip|took+off'] });
homophone('plane', 'plain', '`plane` is an aircraft or a flat surface; simple or obvious is `plain`.', { sure: ['_ sight|and+simple|old|jane|english|clothes|white|black|view', 'in _ sight'] });
homophone('sole', 'soul', '`sole` means only (or is a fish, or a foot); the spirit is the `soul`.', { sure: ['_ mate|mates|searching|music|food|patch|sister|sisters|brother'] });
homophone('soul', 'sole', '`soul` is the spirit; the only one is `sole`.', { sure: ['the|his|her|their|my|our|your|its _ purpose|reason|survivor|survivors|heir|owner|responsibility|focus|source|exception|person|one|provider|caretaker|guardian'] });
homophone('tail', 'tale', '`tail` is what an animal wags; a story is a `tale`.', { sure: ['fairy|cautionary|tall _', '_ of woe'] });
homophone('tale', 'tail', '`tale` is a story; what an animal wags is a `tail`.', { sure: ['wagged|swished|twitched|flicked|wag|wagging|swishing|lashed|lashing @poss _', '_ between @poss legs', 'pony|dog\'s|cat\'s|fox\'s|fluffy|bushy _'] });
homophone('taught', 'taut', '`taught` is the past of teach; stretched tight is `taut`.', { sure: ['pulled|drawn|stretched|pull|held|grew|went|pulling _', '_ rope|muscles|line|skin|string|wire|wires|ropes|muscle'] });
homophone('vile', 'vial', '`vile` means disgusting; a small bottle is a `vial`.', { sure: ['@art|@num|small|tiny|glass|empty|little|crystal _ of', '@art _ .', 'the _ of'] });
homophone('vial', 'vile', '`vial` is a small bottle; disgusting is `vile`.', { sure: ['so|too|very|how|most|more|truly|absolutely _ $|and', '@be _ $'] });
homophone('whine', 'wine', '`whine` is a complaining sound; the drink is `wine`.', { sure: ['glass|glasses|bottle|bottles|cup|goblet|goblets|cask|jug of _', 'red|white|elf|elven|sweet|mulled|cheap|expensive|fine|some _'] });
homophone('wine', 'whine', '`wine` is a drink; complaining is to `whine`.', { sure: ["to|stop|quit|don't|@subj|@modal _ $|about|at", '_ about'], unless: ['@poss|@det _'] });
homophone('wining', 'whining', '`wining` is serving wine; complaining is `whining`.', { sure: ['stop|quit|your|the|@be _', '_ about|$'], unless: ['_ and dining'] });
homophone('soar', 'sore', '`soar` is to fly high; aching is `sore`.', { sure: ['@be|so|too|very|feel|felt|feeling|still|was|were|a+little|bit _ $|from|and|all', '_ throat|muscles|loser|point|spot'] });
homophone('sore', 'soar', '`sore` means aching; to fly high is to `soar`.', { sure: ['to|@modal _ $|through|above|over|into|high|across|upward|upwards'], unless: ['_ from'] });
homophone('scene', 'seen', '`scene` is a place or part of a story; the participle of see is `seen`.', { sure: ["@have|been|was|were|be|being|had|never|ever|i've|you've|we've|they've|already|not _"], unless: ['_ of|in|before'] });
homophone('seen', 'scene', '`seen` is the participle of see; a place or part of a story is a `scene`.', { sure: ['the|a|crime|death|love|fight|sex|next|last|first|opening|final|battle|whole _ $|of|in|was|is'], unless: ['@have|been|was|were|be|being|had|never|ever _'] });
homophone('bolder', 'boulder', '`bolder` means braver; a big rock is a `boulder`.', { sure: ['a|huge|giant|large|big|massive|enormous _ $|rolled|fell|blocked|crashed|that|in|on', 'the _ rolled|fell|blocked|crashed'] });
homophone('flair', 'flare', '`flair` is a talent; a sudden blaze, or widening, is a `flare`.', { sure: ['_ up|ups', 'nostrils|tempers|temper|anger|magic|chakra|pain _', '@subj|@modal|to _ $|up|brightly'] , unless: ['@poss|a|the _'] });
homophone('flaired', 'flared', '`flaired` is not a word; blazed or widened is `flared`.', { sure: ALWAYS });
homophone('flare', 'flair', '`flare` is a blaze; a talent is a `flair`.', { sure: ['a|the|@poss _ for'] });
homophone('grisly', 'grizzly', '`grisly` means gruesome; the bear is a `grizzly`.', { sure: ['_ bear|bears'] });
homophone('idle', 'idol', '`idle` means doing nothing; someone adored is an `idol`.', { sure: ['teen|pop|@poss|an _ $|and'], unless: ['sat|sit|stood|lay|lie|remain|remained|stay|stayed|be|was|were|hands|mind _'] });
homophone('knight', 'night', '`knight` is a mounted warrior; the dark part of the day is `night`.', { sure: ['^ good _ $', 'last|tonight|every|one|that|this|last|tomorrow _ $', 'all _ long'] , unless: ['@art _'] });
homophone('night', 'knight', '`night` is the dark part of the day; a warrior of a king is a `knight`.', { sure: ['_ in shining'] });
homophone('miner', 'minor', '`miner` digs in a mine; small or under age is `minor`.', { sure: ['_ detail|details|injury|injuries|inconvenience|problem|problems|setback|issue|issues|character|characters|cuts|scratch|scratches|spoilers|spoiler'] });
homophone('naval', 'navel', '`naval` is about ships; the belly button is the `navel`.', { sure: ['@poss|belly _ $|piercing|ring|and', '_ piercing|lint'] });
homophone('pail', 'pale', '`pail` is a bucket; without color is `pale`.', { sure: ['_ face|faced|skin|moonlight|blue|green|yellow|pink|white|grey|gray|hand|hands|cheeks', '@be|went|turned|grew|go|so|very|too|looked|look|deathly|ghostly|sickly|already _ $|as|and'] });
homophone('pear', 'pair', '`pear` is a fruit; two of something are a `pair`.', { sure: ['a|the|@num|another|new|first|second _ of'] });
homophone('patients', 'patience', '`patients` are people in care; calm waiting is `patience`.', { sure: ['lost|lose|losing|loses|loosing|wearing|wore|tested|testing|try|tried|trying|out+of|little|no|thin|running _', 'lost|lose|losing|loses|loosing|tested|testing|try|tried|trying @poss|all? _', 'the _ of a saint'] });
homophone('suite', 'sweet', '`suite` is a set of rooms; sugary or kind is `sweet`.', { sure: ['so|too|very|how|really _ $|of'] });
homophone('sweet', 'suite', '`sweet` is sugary or kind; a set of rooms is a `suite`.', { sure: ['honeymoon|presidential|hotel|luxury|penthouse|master _'] });
homophone('thrown', 'throne', '`thrown` is the participle of throw; a king\'s seat is a `throne`.', { sure: ['the|@poss|a|golden|iron|royal _ $|room|of'], unless: ['@be|been|had|have|has|got|get _'] });
homophone('throne', 'thrown', '`throne` is a king\'s seat; the participle of throw is `thrown`.', {
  sure: ['@be|been|had|have|has|got|get|getting|being _ @prep|out|away|off|into|$|back|aside|across|against|to|from|at|over|down'],
  unless: ['the|@poss|a _'],
});
homophone('tow', 'toe', '`tow` is to pull; following the rules is to `toe` the line.', { sure: ['_ the line'] });
homophone('towed', 'toed', '`towed` means pulled; following the rules is `toed` the line.', { sure: ['_ the line'] });
homophone('tows', 'toes', '`tows` means pulls; following the rules is `toes` the line.', { sure: ['_ the line'] });
homophone('towing', 'toeing', '`towing` is pulling; following the rules is `toeing` the line.', { sure: ['_ the line'] });
homophone('wet', 'whet', '`wet` means damp; sharpening (an appetite) is to `whet` it.', { sure: ['_ @poss|the|an|your appetite|appetites'] });
homophone('wretched', 'retched', '`wretched` means miserable; vomited or gagged is `retched`.', { sure: ['i|he|she|they|we _', '@cap _ $|violently|again|into|onto'] });
homophone('wretching', 'retching', '`wretching` is not a word; gagging is `retching`.', { sure: ALWAYS });
homophone('yoke', 'yolk', '`yoke` is a harness; the yellow of an egg is the `yolk`.', { sure: ['egg|runny _', '_ of @art? egg'] });
homophone('bellow', 'below', '`bellow` is a roar; underneath is `below`.', { sure: ['from|down|far|just|deck|see _ $|the|us|them|him|her'], unless: ['@subj|@modal|to _'] });
homophone('bored', 'board', '`bored` means weary; a plank, or getting on a ship, is `board`.', { sure: ['on|aboard|chess|clip|drawing|card|black|white|notice|bulletin|floor _', 'the|a _ $|game|games|meeting'] });
homophone('board', 'bored', '`board` is a plank or a committee; weary is `bored`.', { sure: ['so|too|very|really|got|get|getting|feel|felt|looked|look|looks|seemed|seems|@be _ $|out|to|with|of|and'], unless: ['on|the|a|on @det|above|across|overboard _'] });
homophone('cereal', 'serial', '`cereal` is breakfast; one after another is `serial`.', { sure: ['_ killer|killers|number|numbers|killings'] });
homophone('que', 'cue', '`que` is not English; the signal to act is a `cue`.', { sure: ['on _', 'right on _'] });
homophone('dam', 'damn', '`dam` holds back water; the curse is `damn`.', { sure: ['_ it+all|you', '_ it $', '^ _ $'] });
homophone('dual', 'duel', '`dual` means double; a fight between two is a `duel`.', { sure: ['@art _ $|with|between|to', 'wizard|wizarding|magic|magical|sword _'] });
homophone('duel', 'dual', '`duel` is a fight between two; double is `dual`.', { sure: ['_ citizenship|wielding|personality|nature|purpose|blades|swords|core|cores|wield'] });
homophone('flea', 'flee', '`flea` is an insect; to run away is to `flee`.', { sure: ['to|@modal|had+to|must _'], unless: ['_ market|bite|bites|circus|collar'] });
homophone('flee', 'flea', '`flee` is to run away; the insect is a `flea`.', { sure: ['@art|@poss _ $|bite|bites|market|infested|circus|collar'], unless: ['to|@modal _'] });
homophone('guessed', 'guest', '`guessed` is the past of guess; a visitor is a `guest`.', { sure: ['_ room|rooms|bedroom|bedrooms|list|house|star|of+honor|of+honour'] });
homophone('guest', 'guess', '`guest` is a visitor; supposing is to `guess`.', { sure: ['i _ @subj|@subjc|so|not|that|it|you|$|what', '@modal|@do|to|let+me|can|could _ what|who|how|where|why|$'] });
homophone('mist', 'midst', '`mist` is thin fog; the middle of something is its `midst`.', { sure: ['in the _ of all|everything|it|this|battle|war|chaos|a|the|@ing|his|her|their|our|my|your'], unless: ['_ of the morning|lake|river|forest|night|sea'] });
homophone('dose', 'does', '`dose` is an amount of medicine; the verb is `does`.', { sure: ['^ _ @subj|it|that|anyone|anybody|this|@cap', '@subj|@cap|it|that|what|who|she|he _ not|@verb|anything|nothing|something|it'], unless: ['@art|@poss|lethal|large|small|high|low|heavy|daily|first|second|another|double|triple|full|strong|single _'] });
homophone('does', 'dose', '`does` is a verb; an amount of medicine is a `dose`.', { sure: ['@art|lethal|large|small|high|low|heavy|daily|first|second|another|double|triple|full|strong|single|healthy _ of|$'] });
homophone('meddle', 'medal', '`meddle` is to interfere; an award is a `medal`.', { sure: ['gold|silver|bronze|@art|olympic _'] });
homophone('medal', 'meddle', '`medal` is an award; to interfere is to `meddle`.', { sure: ["to|@modal|@do|stop|don't _ $|in|with"] });
homophone('metal', 'mettle', '`metal` is iron or steel; courage is `mettle`.', { sure: ['prove|proved|proving|proven|test|tested|testing|show|showed|showing|shown @poss _'] });
homophone('fowl', 'foul', '`fowl` are birds; bad or rotten is `foul`.', { sure: ['_ mood|smell|play|language|temper|stench|mouth|odor|odour|beast|creature|taste|tempered', 'so|too|very|smelled|smells|tasted|tastes|@be _ $'] , unless: ['_ and'] });
homophone('hare', 'hair', '`hare` is an animal like a rabbit; what grows on a head is `hair`.', { sure: ['@poss _ $|was|fell|back|out|behind|and|in|into|@past', 'brushed|brushing|combed|combing|messy|long|short|curly|dark|blonde|brown|black|red|silver _'] });
homophone('hart', 'heart', '`hart` is a deer; what beats in a chest is the `heart`.', { sure: ['@poss _', '_ beat|beats|pounded|pounding|raced|racing|ached|aching|skipped|sank|broke|break'] });
homophone('lessen', 'lesson', '`lessen` is to make less; what is taught is a `lesson`.', { sure: ['learn|learned|learnt|teach|taught|give|gave|@poss|first|next|@art|piano|potions|dance _'] , unless: ['to|@modal _'] });
homophone('lesson', 'lessen', '`lesson` is what is taught; to make less is to `lessen`.', { sure: ['to|@modal|@do|might|would|could _ @det|@poss|the|it'] });
homophone('meat', 'meet', '`meat` is food; coming together is to `meet`.', { sure: ['to|@modal|@do|@subj _ @obj|@poss|@cap|you|up|again|with'], unless: ['_ pie|pies|and|loaf|cleaver|market|shop'] });
homophone('mane', 'main', '`mane` is a horse\'s hair; the most important is `main`.', { sure: ['the|@poss _ hall|character|characters|reason|thing|problem|entrance|street|road|course|event|house|door|room|plot|gate|part|goal|point|idea'] });
homophone('write', 'right', '`write` is to put words down; correct, or at once, is `right`.', { sure: ['_ now|away|behind|next+to|in+front|beside'] , unless: ['to|@modal|@do _'] });
multi('homophone', 'right', '`right` means correct; putting words down is to `write`, and a ceremony is a `rite`.', [
  { to: ['write'], explain: '`right` means correct; putting words down is to `write`.', sure: ['to|@modal|@do _ a+letter|letters|about|poetry|stories|fanfic|fanfiction|songs|notes|essays|essay|reports', 'to|@modal|@do _ him|her|them a letter|note'] },
  { to: ['rite'], explain: '`right` means correct; a ceremony is a `rite` (of passage).', sure: ['_ of passage'] },
]);
homophone('wright', 'right', '`wright` is a maker (a shipwright); correct is `right`.', { sure: ['all _', 'that\'s|you\'re|is|was|be|not _ $'] });
homophone('rite', 'right', '`rite` is a ceremony; correct is `right`.', { sure: ['all _', "that's|you're|is|was|be|not _ $", '_ now|away|here|there'], unless: ['_ of passage'] });
homophone('tide', 'tied', '`tide` is the rise and fall of the sea; fastened is `tied`.', { sure: ['@be|got|get|getting|had|have|has|been _ up|down|to|together|back|@poss|the'] });
homophone('tied', 'tide', '`tied` means fastened; the sea\'s rise and fall is the `tide`.', { sure: ['the _ turned|turns|was+turning|came|rose|went+out|of+battle|of+war', 'high|low|rising|incoming _'] });
homophone('wood', 'would', '`wood` is what trees are made of; the verb is `would`.', { sure: ['i|he|she|we|they|you|it|who _ @verb|be|have|never|not|rather|like|love|you|it|ever|just|probably'] });
homophone('would', 'wood', '`would` is a verb; what trees are made of is `wood`.', { sure: ['the|a|of|dark|solid|polished|fire|dead _ $|floor|floors|door|table|chair|panel|panels|grain|carving'], unless: ['@subj _'] });
homophone('won', 'one', '`won` is the past of win; the number 1 is `one`.', { sure: ['no _', 'every|any|some _ $|of'] , unless: ['_ @det|@poss|it'] });
homophone('one', 'won', '`one` is the number 1; the past of win is `won`.', { sure: ['i|he|she|we|they _ the|a|@poss|it|again|first|$'] , unless: ['_ @noun $'] });
homophone('advice', 'advise', '`advice` is the noun; the verb is `advise`.', { sure: ['i|@modal|would _ @obj|you|against|@cap', 'to _ @obj|against|you|him|her|them|me'] , unless: ['@art|@poss|some|any|good|bad|the _'] });
homophone('advise', 'advice', '`advise` is the verb; what you give is `advice`.', { sure: ['my|your|his|our|their|some|any|good|bad|sound|wise|no|of|for|give|gave|giving|need|needed|take|took|taking|friendly|helpful|useful|best _'] });
// A verb where its noun belongs, after a determiner, a possessive or an adjective: "It is my strong
// believe", "a prove of concept", "our biggest complain". Not after "her" ("made her believe").
homophone('believe', 'belief', '`believe` is the verb; what you believe is a `belief`.', {
  sure: ['my|your|his|our|their|its|the|a|strong|firm|common|popular|religious|personal|sincere|deep|general _'],
  unless: ['to|@modal|@subj|@do _'],
});
homophone('believes', 'beliefs', '`believes` is the verb; what you believe are `beliefs`.', {
  sure: ['my|your|his|our|their|its|the|these|those|different|religious|personal|strong|core|political|own _'],
  unless: ['@subj|@cap _'],
});
homophone('prove', 'proof', '`prove` is the verb; what proves it is `proof`.', {
  sure: ['a|the|my|your|his|our|their|its|no|enough|living|final|further|concrete|solid|positive _'],
  unless: ['to|@modal|@subj|@do _'],
});
homophone('complain', 'complaint', '`complain` is the verb; what you make is a `complaint`.', {
  sure: ['a|the|my|your|his|our|their|its|no|biggest|common|main|only|formal|official|one _'],
  unless: ['to|@modal|@subj|@do _'],
});
homophone('complains', 'complaints', '`complains` is the verb; what people make are `complaints`.', {
  sure: ['the|my|your|his|our|their|its|no|many|several|some|numerous|formal|customer|these|those|of|are|were _'],
  unless: ['@subj|@cap _'],
});
homophone('devise', 'device', '`devise` is to plan; a gadget is a `device`.', { sure: ['@art|@poss|the|this|that|strange|small|little|muggle|electronic|tracking|listening _'], unless: ['to|@modal _'] });
homophone('device', 'devise', '`device` is a gadget; to plan is to `devise`.', { sure: ['to|@modal _ @art|@poss|a|plan|plans|scheme|way|ways|strategy|solution|something|an'] });
homophone('envelop', 'envelope', '`envelop` is to wrap up; what holds a letter is an `envelope`.', { sure: ['@art|the|an|sealed|open|brown|white|small|thick|thin|manila|unopened _'] });
homophone('phase', 'faze', '`phase` is a stage; to unsettle is to `faze`.', { sure: ["@do|not|never|doesn't|didn't|won't|wouldn't|can't|couldn't _ @obj|me|him|her|them|us|you"] , unless: ['_ @obj out|in'] });
homophone('phased', 'fazed', '`phased` means done in stages; unsettled is `fazed`.', { sure: ["not|wasn't|weren't|isn't|never|hardly|barely|slightly|even|remotely|un _ $|by|at|in+the+slightest|one+bit"] , unless: ['_ out|in|through'] });
homophone('fourth', 'forth', '`fourth` is number four in order; onward is `forth`.', { sure: ['back and _', 'so on and so _', 'and so _', 'came|come|went|go|stepped|step|set|sallied|brought|bring|put|burst _ $|from|to|and'] , unless: ['the|@poss _'] });
homophone('forth', 'fourth', '`forth` means onward; number four in order is `fourth`.', { sure: ['the|@poss|a _'] , unless: ['_ and|from'] });
homophone('horde', 'hoard', '`horde` is a crowd; a hidden store is a `hoard`.', { sure: ['to|@modal|@do _', '@poss _ of gold|treasure|food|candy|sweets'] });
homophone('precede', 'proceed', '`precede` is to come before; to go on is to `proceed`.', { sure: ['_ to|with'] });
homophone('preceded', 'proceeded', '`preceded` means came before; went on is `proceeded`.', { sure: ['_ to|with'] , unless: ['_ to the|@poss'] });
homophone('preceding', 'proceeding', '`preceding` means coming before; going on is `proceeding`.', { sure: ['_ to|with'] , unless: ['_ to the|@poss'] });
homophone('statue', 'statute', '`statue` is a sculpture; a law is a `statute`.', { sure: ['_ of limitations'] });
// "yea" is the old "yes" of a vote or of verse ("yea or nay", "Yea, though I walk"); a casual reply in today's words is "yeah".
homophone('yea', 'yeah', '`yea` is an old word for "yes" ("yea or nay"); the casual yes is `yeah`.', {
  sure: ["_ , i'm|it's|that's|i'll|you're|we're|they're|don't|i|sure|okay|ok|whatever|so|well|right|like|totally|no|pretty", 'oh|uh|um|well|then|ah , _ .', 'oh|uh|um|ah _ .|,', '_ right|sure|totally|whatever'],
  unless: ['_ or|and|though|verily|nay|unto|even', 'nay _'],
});
homophone('vary', 'very', '`vary` is to change; extremely is `very`.', { sure: ['_ much|well|good|nice|sorry|pretty|beautiful|funny|true|kind|sweet|happy|sad|interesting|important|tired|angry|quickly|quiet|hard|careful|carefully|strange|@pred'] , unless: ['@noun|@plural|will|may|might|can|to|they|results|opinions|prices _'] });
homophone('wary', 'weary', '`wary` means cautious; tired is `weary`.', { sure: ['_ bones|traveller|traveler|travelers|travellers|sigh|smile'] });
homophone('sew', 'sow', '`sew` is to stitch; planting is to `sow`.', { sure: ['_ the+seeds|seeds|discord|doubt|chaos|confusion'] });
homophone('sewed', 'sowed', '`sewed` means stitched; planted is `sowed`.', { sure: ['_ the+seeds|seeds|discord|doubt|chaos|confusion'] });
homophone('eek', 'eke', '`eek` is a squeak; scraping out a living is to `eke` it out.', { sure: ['_ out @det|@poss'] });
homophone('eeked', 'eked', '`eeked` is not a word; scraped out is `eked`.', { sure: ['_ out'] });
homophone('discrete', 'discreet', '`discrete` means separate; careful not to be noticed is `discreet`.', { sure: ['be|so|very|more|less|being|@be _ $|about'] , unless: ['_ @noun'] });
homophone('illicit', 'elicit', '`illicit` means forbidden; to draw out is to `elicit`.', { sure: ['to|@modal _ @det|@poss|a|an|the'] });
homophone('elicit', 'illicit', '`elicit` is to draw out; forbidden is `illicit`.', { sure: ['_ affair|affairs|drugs|substances|relationship|relationships|activities|activity|trade|love'] });
homophone('defiantly', 'definitely', '`defiantly` means in defiance; certainly is `definitely`.', { sure: ['@be|@modal _ not|a|an|the|worth|gonna|going|@pred', '. _ not'] , unless: ['_ @past|at'] });
homophone('later', 'latter', '`later` means after; the second of two is the `latter`.', { sure: ['the _ .|of+the+two|option|choice|half|part'] , unless: ['the _ years|days|hours|part'] });
homophone('latter', 'later', '`latter` is the second of two; after is `later`.', { sure: ['see+you|talk|@num|few|minutes|hours|days|weeks|months|years|moments|seconds|much|not+long|sooner+or _', '_ on $', '_ that+night|that+day|tonight|today|tomorrow'] , unless: ['the _'] });
homophone('ruff', 'rough', '`ruff` is a frilled collar; harsh is `rough`.', { sure: ['_ day|night|time|week|patch|housing|draft|edges|sketch|voice|hands', 'so|too|very|pretty|a|@be _ $'] });
homophone('bridle', 'bridal', '`bridle` is horse gear; about a bride is `bridal`.', { sure: ['_ shower|party|gown|suite|magazine|dress|veil|boutique|shop'] });
homophone('coarse', 'course', '`coarse` means rough; a path, a class or "naturally" is `course`.', { sure: ['of _ $|@subj|@subjc|not|i|you|he|she|we|they|it|there|she', 'main|golf|obstacle|crash|first|second|collision|race|a|the _ of'] , unless: ['_ @noun'] });
homophone('course', 'coarse', '`course` is a path or a class; rough is `coarse`.', { sure: ['_ hair|fabric|sand|texture|wool|cloth|grain|fur|stubble|linen|salt'] , unless: ['of _'] });
homophone('died', 'dyed', '`died` is the past of die; coloured is `dyed`.', { sure: ['_ @poss hair|fur|robes|it', '_ it pink|blue|red|black|green|purple|blonde'] });
homophone('dyed', 'died', '`dyed` means coloured; stopped living is `died`.', { sure: ['@subj|@cap|who|had|have|has _ $|in|of|from|on|when|after|before|last|instantly|alone|young|peacefully'] , unless: ['_ @poss|it|her|his|them'] });
homophone('bean', 'been', '`bean` is a seed; the participle of be is `been`.', { sure: ["have|has|had|i've|you've|we've|they've|never|ever|would've|could've|should've _"] });
homophone('buy', 'by', '`buy` is to pay for; beside, or "by the way", is `by`.', { sure: ['_ the way', 'stand|stood|standing|stands|stop|stopped|drop|dropped|swing|swung|pass|passed _ $|@obj|@cap'] });
homophone('bye', 'by', '`bye` is farewell; "by the way" takes `by`.', { sure: ['_ the way', 'stand|stood|standing|stop|stopped|drop|dropped|swing|swung _ $'] , unless: ['good|said|say|wave|waved _'] });
homophone('cell', 'sell', '`cell` is a room in a prison (or a phone); to trade for money is to `sell`.', { sure: ['to|@modal|@do _ @det|@poss|it|them|him|her'] });
homophone('sell', 'cell', '`sell` is to trade for money; the phone is a `cell`.', { sure: ['_ phone|phones', 'prison|jail|holding|@poss _ $|door|wall|walls'] , unless: ['to|@modal|@do _'] });
homophone('due', 'do', '`due` means owed or expected; the verb is `do`.', { sure: ['to|@modal|@do|please _ @det|it|that|this|something|anything|nothing|everything'] , unless: ['@be|@noun _', '_ to'] });
homophone('fair', 'fare', '`fair` means just, or a market; the price of a ride is a `fare`.', { sure: ['bus|train|taxi|cab|plane|air|carriage|ferry _'] });
homophone('fare', 'fair', '`fare` is the price of a ride; just, or pale, is `fair`.', { sure: ['_ enough|share|game|play|fight|skin|skinned|haired|point|and+square', "not|so|too|very|isn't|it's|that's|be|being|quite|totally _ $"] , unless: ['bus|train|taxi|cab|@poss|the _'] });
homophone('flower', 'flour', '`flower` is a bloom; ground grain is `flour`.', { sure: ['cup|cups|bag|bags|sack|pound|pounds|handful|spoonful|tablespoon|teaspoon of _', '_ and sugar|water|eggs|butter'] });
homophone('flour', 'flower', '`flour` is ground grain; a bloom is a `flower`.', { sure: ['_ bed|beds|petal|petals|pot|pots|vase|crown|girl|shop|garden|field|fields|arrangement|bud|buds|stem'] });
homophone('seam', 'seem', '`seam` is a line of stitches; to appear is to `seem`.', { sure: ["@subj|it|you|they|doesn't|didn't|don't|to|@modal _ @adj|@pred|to|like|@past|so|a|fine|okay|upset|happy"] });
homophone('seams', 'seems', '`seams` are lines of stitches; appears is `seems`.', { sure: ['it|that|this|he|she|everything|everyone|nothing|there _'] });
homophone('seamed', 'seemed', '`seamed` means stitched; appeared is `seemed`.', { sure: ['@subj|@cap|it|that|this|there|everything|everyone|nothing _'] });
homophone('scared', 'scarred', '`scared` means afraid; marked by a scar is `scarred`.', { sure: ['_ for life', '_ @poss? face|skin|arm|arms|hand|hands|back|chest|cheek'] , unless: ['@be|so|very|too|looked|felt|get|got _'] });
homophone('scarred', 'scared', '`scarred` means marked by scars; afraid is `scared`.', { sure: ['_ of|stiff|to+death', '_ out of @poss', 'so|very|really|too|more|less|most|get|got|getting|looked|look|looks|seemed|felt|feel|feeling _ $|of|that|to'] , unless: ['_ by|for'] });
homophone('stair', 'stare', '`stair` is a step; a long look is a `stare`.', { sure: ['_ at|back|down|up+at', '@modal|to|@do|@subj|stop _ $'] , unless: ['the|a|@poss|top|bottom|each _'] });
homophone('staired', 'stared', '`staired` is not a word; looked long is `stared`.', { sure: ALWAYS });
homophone('stairing', 'staring', '`stairing` is not a word; looking long is `staring`.', { sure: ALWAYS });
homophone('stares', 'stairs', '`stares` are long looks; steps are `stairs`.', { sure: ['up|down|climbed|climb|climbing|descended|descend|descending|raced|ran|walked|fell @det|@poss? _', 'the _ to|$|and'] , unless: ['the _ of|from|at'] });
homophone('steal', 'steel', '`steal` is to take; bracing oneself is to `steel` oneself.', { sure: ['_ @refl $|for|against|and|as|before'] , unless: ['_ @refl @det|some|a|an'] });
homophone('stealing', 'steeling', '`stealing` is taking; bracing oneself is `steeling`.', { sure: ['_ @refl $|for|against|and|as|before'] });
homophone('steel', 'steal', '`steel` is metal (or to brace oneself); taking is to `steal`.', { sure: ['to|@modal|@do _ @det|@poss|it|from|a|the|something|anything|money|food|me|him|her|them|my|his|your'] , unless: ['_ @refl|yourself|@poss nerves|nerve'] });
homophone('weigh', 'way', '`weigh` is to measure heaviness; a path or manner is a `way`.', { sure: ['no|by+the|on+the|all+the|in+the|every|either|which _'] , unless: ['to|@modal _'] });
homophone('way', 'weigh', '`way` is a path or a manner; measuring heaviness is to `weigh`.', { sure: ['to|@modal|@do _ @poss|@num|nothing|heavily|on|the+pros|the+options|down|my|his|her|their|your'] , unless: ['@det|the|no _', '_ @poss @noun|down|more|too|better'] });
homophone('which', 'witch', '`which` asks or points back; a woman with magic is a `witch`.', { sure: ['a|the|wicked|another|every|each _'] , unless: ['every _ way', '_ way|one|is|was|of', 'the _ is'] });
homophone('rapped', 'wrapped', '`rapped` means knocked; folded around is `wrapped`.', { sure: ['_ @poss arms|arm|hands|fingers|legs|tail', '_ around|round|up+in|in+a'] });
homophone('rapping', 'wrapping', '`rapping` is knocking; folding around is `wrapping`.', { sure: ['_ @poss arms|arm|hands|fingers|legs|tail', '_ around|round|up+in|paper'] });
homophone('balled', 'bawled', '`balled` means made into a ball; cried loudly is `bawled`.', { sure: ['_ @poss eyes'] });
homophone('balling', 'bawling', '`balling` is making a ball; crying loudly is `bawling`.', { sure: ['_ @poss eyes', '_ like a baby', '@be _ $'] , unless: ['_ @poss fists|fist|hands|hand'] });
homophone('ring', 'wring', '`ring` is a circle or a bell\'s sound; twisting is to `wring`.', { sure: ['_ @poss hands|neck', '_ @poss? out @poss|the|a'] , unless: ['_ @poss? out the bell'] });
homophone('ringing', 'wringing', '`ringing` is a bell\'s sound; twisting is `wringing`.', { sure: ['_ @poss hands|neck', '_ wet'] });
homophone('rung', 'wrung', '`rung` is a step of a ladder or a bell\'s sound; twisted is `wrung`.', { sure: ['_ @poss hands|neck', '_ out $|@poss|the|a', 'hand _'] , unless: ['_ out @det? bell|bells'] });
homophone('wring', 'ring', '`wring` is to twist; what a bell does is `ring`.', { sure: ['_ the|a|@poss bell|doorbell'] });
homophone('alter', 'altar', '`alter` is to change; the table of a church is an `altar`.', { sure: ['the|an|sacrificial|church|stone _'] , unless: ['_ ego|egos|@det|@poss|it'] });
homophone('altar', 'alter', '`altar` is a church\'s table; to change is to `alter`.', { sure: ['to|@modal|@do _', '_ ego|egos'] });
homophone('morale', 'moral', '`morale` is a group\'s spirit; right and wrong is `moral`.', { sure: ['_ compass|code|dilemma|high+ground|support|obligation|duty|standards|values|fiber|fibre|principles'] });
homophone('moral', 'morale', '`moral` is about right and wrong; a group\'s spirit is `morale`.', { sure: ['boost|boosted|boosting|lift|lifted|lifting|raise|raised|raising|low|lower|lowered|team|troop|troops|good|high|destroy|destroyed @poss|the? _ $|and|was|is|boost'] , unless: ['the|a _ of', '_ of+the+story|compass|code|dilemma|support'] });
homophone('whet', 'wet', '`whet` is to sharpen (an appetite); damp is `wet`.', { sure: ['soaking|dripping|sopping|all|@be|got|get|getting|still|so|too _ $|and|from|with'] });
homophone('hoard', 'horde', '`hoard` is a hidden store; a crowd is a `horde`.', { sure: ['a|the|whole _ of zombies|orcs|demons|fans|students|people|girls|fangirls|fanboys|enemies|monsters|ninjas|soldiers|reporters|villagers|children|kids|goblins|inferi|hollows'] });
homophone('boarder', 'border', '`boarder` is a lodger; the edge of a country is a `border`.', { sure: ['the _ $|between|patrol|guard|guards|town|crossing|of'] , unless: ['the _ at|in'] });

// Typing slips that make another word, where only the intended one fits (issue #15, twelfth
// round: the spent real-word sets' `I'm nut sure`, `It's on of the most`, `At he beginning`,
// `She hoped on an airplane`).
for (const wrong of ['nut', 'note'])
  homophone(wrong, 'not', `\`${wrong}\` is a word of its own; the negation is \`not\`.`, {
    sure: ['@be _ sure|@ing|going|yet|really|quite|that|so|too|very|enough|even|only|just|allowed|supposed'],
  }, { tableOnly: true });
homophone('on', 'one', '`on` is a preposition; a single one of many is `one`.', {
  sure: ['_ of the|my|his|her|our|their|your|its|these|those most|best|worst|few|many|only|first|last|greatest|biggest|@comp'],
}, { tableOnly: true });
homophone('he', 'the', '`he` is a pronoun; before a noun the article is `the`.', {
  sure: ['at|for|in|on|from|to|of|with|by|into _ first|same|beginning|end|other|whole|rest|middle|top|bottom|edge|moment|way|door|room|house|world|morning|night'],
}, { tableOnly: true });
for (const [wrong, to] of [
  ['hope', 'hop'],
  ['hopes', 'hops'],
  ['hoped', 'hopped'],
  ['hoping', 'hopping'],
] as const)
  homophone(wrong, to, `\`${wrong}\` is to wish; to jump on or into something is to \`${to}\`.`, {
    sure: [
      '_ on|onto|into|off a|an|the|@poss bus|train|plane|airplane|call|bike|boat|ship|car|flight|horse|broom|broomstick|taxi|cab|subway|tube|couch|stage|table|bed|motorcycle|scooter|elevator|lift|ferry',
    ],
  }, { tableOnly: true });

homophone('us', 'use', '`us` is a pronoun; to make use of something is `use`.', {
  sure: ['make|made|makes|making|good|no|any|some|the _ of', "do+not|does+not|did+not|don't|doesn't|didn't _ the|this|these|those|my|your|his|her|their|our"],
}, { tableOnly: true });
extend('homophone', 'know', {
  to: ['now'],
  tableOnly: true,
  explain: '`know` is to be aware; at this time is `now`.',
  sure: ['from _ on', 'right|until|till|by|for _ $', '^ but|and _ @subj', 'every _ and then'],
});
homophone('if', 'of', '`if` opens a condition; after "kind", "sort", "lot" the word is `of`.', {
  sure: ['kind|sort|type|lot|lots|couple|bit|instead|part|front|top|middle _ @det|@poss|them|it|this|that'],
}, { tableOnly: true });
homophone('a', 'am', '`a` is an article; after "I" the verb is `am`.', { sure: ['i _ not|sure|going|so|very|@ing'] }, { tableOnly: true });
homophone('see', 'sea', '`see` is to look; the salt water is the `sea`.', { sure: ['at _ $', 'by the _ $', 'deep blue _'] }, { tableOnly: true });
homophone('responds', 'response', '`responds` is a verb; an answer is a `response`.', {
  sure: ['the|a|your|my|his|her|their|our|no|quick|fast|any _'],
}, { tableOnly: true });
homophone(
  'manger',
  'manager',
  '`manger` is a feeding trough; the one in charge is a `manager`.',
  { sure: ['project|general|store|office|team|bank|stage|campaign|account|marketing|sales|hotel|branch|assistant|floor|shop|product|program|programme _'] },
  { tableOnly: true },
);
homophone('sparking', 'sparkling', '`sparking` is giving off sparks; fizzy wine or water is `sparkling`.', { sure: ['_ wine|water|cider|juice'] }, { tableOnly: true });
homophone('exits', 'exists', '`exits` are ways out; to be is to `exist`, `exists`.', { sure: ['there _ a|an|no|some|only|one'] }, { tableOnly: true });
extend('homophone', 'one', {
  to: ['on'],
  tableOnly: true,
  explain: '`one` is the number 1; the preposition is `on`.',
  sure: ['^ _ the other|one hand', 'going|goes|went|carry|carried|carrying _ $'],
});
homophone('go', 'got', '`go` is to move; to have to is "`got` to" after "I\'ve".', { sure: ["i've|you've|we've|they've _ to"] }, { tableOnly: true });
homophone('being', 'begin', '`being` is existing; to start is to `begin`.', { sure: ['^ to _ with'] }, { tableOnly: true });
extend('homophone', 'no', {
  to: ['not'],
  tableOnly: true,
  explain: '`no` is the opposite of yes; before an adjective and "to" the negation is `not`.',
  sure: ['@be _ hard|easy|difficult|possible|impossible|necessary|clear|true|likely to|that'],
});
homophone('throw', 'through', '`throw` is to toss; from one side to the other is `through`.', {
  sure: ['came|come|comes|coming|went|go|goes|going|walked|walk|ran|run|broke|burst|climbed|crawled|passed|looked _ the|a|an|@poss'],
  unless: ['@poss|the|a _'],
}, { tableOnly: true });

entry(
  'grammar',
  'i',
  'me',
  '`I` is a subject; after a preposition the object is `me`.',
  { sure: ['to|with|at|from|about|of|by|toward|towards|against|without|behind|beside|near _ $|or', 'between you|him|her|them|us and _', 'between _ and'] },
  { names: true, voice: true, tableOnly: true },
);

for (const [wrong, to] of [
  ['bias', 'biased'],
  ['prejudice', 'prejudiced'],
] as const)
  entry('grammar', wrong, to, `\`${wrong}\` is a noun; leaning one way, a person is \`${to}\`.`, { sure: ['@subjc _ toward|towards|against|because|$', '@subj @be _ toward|towards|against|because|$'] }, { tableOnly: true });
homophone('tome', 'time', '`tome` is a big book; hours and minutes are `time`.', {
  sure: ['no|some|more|much|enough|spare|free|less _ $|to|for|left', 'found|find|have|had|has _ to'],
}, { tableOnly: true });

// The classic pairs of the spent real-word sets' misses (issue #15, seventeenth round): a
// superlative without the determiner it needs where a comparison is made, and the comparative
// where only the superlative stands; "off" where "of" belongs and the reverse; a slip that
// drops a letter of a past ("bough"), where only a verb stands.
homophone('worst', 'worse', '`worst` is the superlative (the worst); comparing two, the word is `worse`.', {
  sure: [
    '_ than',
    'much|far|even|lot|lots|way|little|bit|slightly|somewhat|any _',
    'getting|get|gets|got|gotten|grew|grow|grows|growing|became|become|becomes|becoming _ !@noun',
    'make|makes|made|making it|them|things|this|that|everything|matters _ !@noun',
    'turn|turns|turned|change|changed for the _',
  ],
  unless: ['by _', '_ case|cases|thing|part|of'],
}, { tableOnly: true });
homophone('worse', 'worst', '`worse` compares two; the very worst, the superlative, is `worst`.', {
  sure: ['one|some|among|few|many of the _', 'the _ ever', 'at _ $|,'],
}, { tableOnly: true });
homophone('off', 'of', '`off` means away or not on; belonging or part of something is `of`.', {
  sure: [
    'rid _',
    'instead|because|regardless|sort|kind|type _',
    'consists|consisting|consisted|composed|capable|aware|afraid|ashamed|fond|proud|sure|full _ @det|@poss|@obj|@cap|@noun|it|this|that|these|those|what|how|my|all',
    '^|, _ course',
    'out _ the|a|an|@poss|here|there|it|them|him|her|me|us|sight|control|breath|nowhere|time|luck|place|town|bed|money',
  ],
}, { tableOnly: true });
homophone('of', 'off', '`of` belongs or is part of; away, not on, or not working is `off`.', {
  sure: [
    'switch|switched|switching|switches _ $|the|@poss|it|them|everything|all|and',
    'turn|turned|turning|turns|switch|switched|switching|switches _ $',
    'turn|turned|switch|switched|shut it|them|everything|him|her _ $',
    'jumped|jump|jumps|jumping|bounced|bounce|bounces|bouncing|stepped|hopped|slid|tumbled _ the|@poss',
    '^ turn _ the|@poss',
  ],
  unless: ['_ the|@poss century|centuries|tide|year|decade|millennium|season|screw|phrase|events|fate|fortune|wheel|road|page|head|key|card|dial|mind|thought|thoughts'],
}, { tableOnly: true });
// A verb's base after "make" or "let" and its object, as an infinitive without "to": "it makes it
// seems like", "made me felt" (issue #15, seventeenth round: the spent sets' `makes it seems`).
for (const [wrong, to] of [
  ['seems', 'seem'],
  ['seemed', 'seem'],
  ['looks', 'look'],
  ['looked', 'look'],
  ['sounds', 'sound'],
  ['sounded', 'sound'],
  ['feels', 'feel'],
  ['felt', 'feel'],
] as const)
  entry('grammar', wrong, to, `\`${wrong}\` is a finite form; after "make" or "let" and its object the verb is the base, \`${to}\`.`, {
    sure: ['make|makes|made|making|let|lets|letting it|me|him|her|them|us|you|everyone|everything|things|this|that _ like|as|so|too|very|more|less|better|worse|a|an|@pred|@adj|@adv'],
  }, { tableOnly: true });
// Classic pairs of the spent sets' misses, each in the contexts only one of the two takes.
homophone('principals', 'principles', '`principals` are heads of schools; rules are `principles`.', {
  sure: ['general|moral|basic|core|guiding|fundamental|founding|democratic|ethical|scientific|first|design|religious _'],
}, { tableOnly: true });
homophone('extend', 'extent', '`extend` is to stretch; how far is the `extent`.', {
  sure: ['to|what some|certain|large|great|lesser|greater|full|limited|the|an|what|this|that|such _', 'an _', 'a certain|great|large|limited|lesser|greater _'],
}, { tableOnly: true });
homophone('confidant', 'confident', '`confidant` is a person one confides in; sure of oneself is `confident`.', {
  sure: ['feel|felt|feels|feeling|seem|seemed|seems|sound|sounded|sounds|look|looked|looks|very|so|too|more|less|most|quite|really|fairly|pretty|self|@be _ $|about|that|in|of|,|and|enough|@subj'],
  unless: ['_ to'],
}, { tableOnly: true });
for (const [wrong, to] of [
  ['price', 'prize'],
  ['prices', 'prizes'],
] as const)
  homophone(wrong, to, `\`${wrong}\` is what a thing costs; what a winner gets is a \`${to}\`.`, {
    sure: ['won|win|wins|winning|awarded|award a|the|first|second|third|top|grand|several|many|no|two|three|cash _', 'won|win|wins|winning _', 'consolation|nobel|booby|door _'],
    unless: ['_ war|wars|battle|battles|cut|cuts|point|points|fight|fights|freeze|increase|increases|hike|hikes'],
  }, { tableOnly: true });
homophone('wether', 'whether', '`wether` is a ram; if or not is `whether`.', {
  sure: ['_ or', '_ @subj|it|there|to|this|that|the|a|an|you|we|they|@cap'],
  unless: ['@art|@poss|@det|@adj _'],
}, { tableOnly: true });
for (const [wrong, to] of [
  ['look', 'watch'],
  ['looks', 'watches'],
  ['looked', 'watched'],
  ['looking', 'watching'],
] as const)
  extend('homophone', wrong, {
    to: [to],
    tableOnly: true,
    explain: `\`${wrong}\` is to turn one's eyes; a screen or a game one follows is to \`${to}\`.`,
    sure: ['_ tv|television|telly|cartoons|movies|films|netflix|youtube|videos|anime|football|soccer|poker|basketball|baseball|cricket|sports'],
  }, { tableOnly: true });
homophone('bough', 'bought', '`bough` is a branch of a tree; the past of "buy" is `bought`.', {
  // After a subject alone the context model's `typo-rare` finds it ("He bough a laptop").
  sure: ['@subjc|@have|never|already|just|recently|finally|also|once _'],
  unless: ['the|a|@poss|@det _'],
}, { tableOnly: true });

// ---------------------------------------------------------------------------------------------
// Apostrophes: a contraction without its apostrophe, or a possessive with one.
// ---------------------------------------------------------------------------------------------

const apostrophe = (wrong: string, to: string | string[], explain: string, when: When, extra?: Partial<Confusable>) =>
  entry('apostrophe', wrong, to, explain, when, extra);

apostrophe('wont', "won't", "`wont` means habit; `will not` is written `won't`.", { sure: ['i|you|he|she|we|they|it|that|this|who|which|@cap|people|someone|somebody|nobody|things|there _ !to'] , unless: ['@poss|his|her|their|was|were|as _'] });
apostrophe('cant', "can't", "`cant` is hypocritical talk; `cannot` is written `can't`.", { sure: ['i|you|he|she|we|they|it|that|this|who|which|just|still|really|simply _', '^ _ @verb|be|believe|wait|stop|let|do|go|even'] });
apostrophe('ill', "I'll", "`ill` means sick; `I will` is written `I'll`.", {
  sure: ['^ _ be|never|have|go|get|make|see|do|kill|tell|find|take|bring|show|call|try|wait|come|help|just|always|probably|definitely|miss|let|give|need|keep|talk|leave|stay|protect|explain|think|@verb', 'promise|think|guess|hope|know|bet|swear|and|but|so|then|maybe|okay|ok|fine|if _ be|never|have|go|get|make|see|do|kill|tell|find|take|bring|show|call|try|wait|come|help|just|always|probably|definitely|miss|let|give|need|keep|talk|leave|stay|protect|explain|@verb'],
  unless: ['@be|feel|felt|feeling|fell|falls|fall|look|looked|looks|seem|seemed|seems|become|became|grew|taken|so|too|very|mentally|terminally|critically|seriously|gravely|speak|spoke|spoken _', '_ will|health|fated|effects|intent|intentions|at+ease|treated'],
}, { names: true });
apostrophe('well', "we'll", "`well` means in a good way; `we will` is written `we'll`.", {
  sure: ['^ _ see $|about|if|what|how|who|you|when|to', 'think|guess|hope|know|promise|then|so|and|maybe|if _ see|be|have|never|find|get|make|go|need|talk|figure|meet|win|do'],
  maybe: ['^ _ be|have|never|find|get|make|go|need|talk|figure|show|meet|leave|win|fix|deal|take|handle|manage|keep|wait|stay|try|catch|come|probably|definitely|always'],
  unless: ['as|very|pretty|so|too|quite|all|damn|perfectly|really|just|oh _', '_ @past|done|said|known|then|now|okay|ok|yes|no|maybe|of|i|fine|there|here|actually|anyway|sure|enough|you+know'],
});
apostrophe('shell', "she'll", "`shell` is a hard cover; `she will` is written `she'll`.", {
  sure: ['^ _ be|never|have|probably|definitely|always|just|kill|come|find|know|see|hate|love|understand|forgive|get|make|need', 'think|guess|hope|know|promise|then|so|and|but|maybe|if|bet|hopefully _ be|never|have|probably|definitely|always|kill|come|find|know|see|hate|love|understand|forgive'],
  unless: ['@art|@poss|sea|egg|hard|empty _'],
});
extend('homophone', 'shell', {
  to: ['shall'],
  tableOnly: true,
  explain: '`shell` is a hard cover; the modal is `shall`.',
  sure: ['we|i _ @verb|not|never|be|have|see|go|do|overcome|return|meet|begin|continue|fight|we|i', '^ _ we|i', 'what|where|how|when|who|which _ i|we'],
});
apostrophe('hell', "he'll", "`hell` is a place of punishment; `he will` is written `he'll`.", {
  maybe: ['^ _ be|never|have|probably|definitely|always|kill|come|find|know|understand|forgive|get|make|need|see', 'think|guess|hope|know|promise|and|but|maybe|if|bet|hopefully _ be|never|have|probably|definitely|always|kill|come|find|know|understand|forgive'],
  unless: ['@art|@poss|the|to|of|in|from|like|what|bloody|holy|go _', '_ be+damned|no|yes|knows|is|was'],
});
apostrophe('wed', "we'd", "`wed` means married; `we had` or `we would` is written `we'd`.", {
  sure: ['^ _ better|rather|been|never|have|probably|love|like|just|already|all'],
  maybe: ['if|think|hope|knew|said|wish|and|but|so|that _ better|rather|been|never|have|probably|already'],
  unless: ['to|be|were|was|get|got|newly _'],
});
apostrophe('id', "I'd", "`id` is a part of the mind (or an ID); `I would` or `I had` is written `I'd`.", {
  sure: ['^ _ better|rather|like|love|never|have|be|been|do|say|kill|give|probably|just|already|think|hate|know|go|let|only'],
  maybe: ['and|but|so|if|think|wish|said|that|know|guess|hope|then|what _ better|rather|like|love|never|been|have|@verb'],
  unless: ['@art|the|my|your|his|her|their|our|@poss _'],
}, { names: true });
apostrophe('shed', "she'd", "`shed` is a hut (or to drop); `she had` or `she would` is written `she'd`.", {
  sure: ['^ _ never|been|rather|better|probably|always|already|have|just|be', 'and|but|so|if|that|what|think|knew|said|wished|wish|hoped|hope|thought|guess _ never|been|rather|better|probably|always|already|have'],
  unless: ['@art|@poss|garden|tool|the|a|to _', '_ @det|@poss|tears|tear|light|blood|skin|clothes|weight'],
});
apostrophe("your's", 'yours', "`your's` takes no apostrophe: `yours`.", { sure: ALWAYS });
apostrophe("yours'", 'yours', "`yours'` takes no apostrophe: `yours`.", { sure: ALWAYS });
apostrophe("her's", 'hers', "`her's` takes no apostrophe: `hers`.", { sure: ALWAYS });
apostrophe("hers'", 'hers', "`hers'` takes no apostrophe: `hers`.", { sure: ALWAYS });
apostrophe("our's", 'ours', "`our's` takes no apostrophe: `ours`.", { sure: ALWAYS });
apostrophe("ours'", 'ours', "`ours'` takes no apostrophe: `ours`.", { sure: ALWAYS });
apostrophe("their's", 'theirs', "`their's` takes no apostrophe: `theirs`.", { sure: ALWAYS });
apostrophe("theirs'", 'theirs', "`theirs'` takes no apostrophe: `theirs`.", { sure: ALWAYS });
apostrophe("it's'", 'its', "`it's'` is not a word; belonging to it is `its`.", { sure: ALWAYS });
apostrophe("its'", 'its', "`its'` is not a word; belonging to it is `its`.", { sure: ALWAYS });
apostrophe('theirs', "there's", "`theirs` means belonging to them; `there is` is written `there's`.", { sure: ['^ _ @det|no|something|nothing|someone|somebody|nobody|always|still|only|got|gotta|gonna|been|plenty|enough|more|nothing'] });
// "tell them that's she's survived": a contraction of "is" cannot stand before another subject and its verb.
apostrophe("that's", 'that', "`that's` is `that is`; before a subject and its verb, `that` is meant.", {
  // Not "you're", "they're", "we're", "he's", "it's": written for "your", "their", "were", "his", "its" ("that's you're own problem").
  sure: ["_ i'm|she's|i'll|you'll|he'll|she'll|we'll|they'll|i'd|you'd|he'd|she'd|we'd|they'd|i've|you've|we've|they've"],
});
apostrophe("there's", 'theirs', "`there's` is `there is`; belonging to them is `theirs`.", { sure: ['of _', 'is|was|are|were _ $'] , unless: ['what|where|how|who|is|was _ @det|no|something|nothing|someone'] });

// ---------------------------------------------------------------------------------------------
// Split compounds: one word written as two. Two words written as one.
// ---------------------------------------------------------------------------------------------

const split = (wrong: string, to: string | string[], explain: string, when: When) => entry('split', wrong, to, explain, when);
const joined = (wrong: string, to: string | string[], explain: string, when: When) => entry('joined', wrong, to, explain, when);

split('some one', 'someone', '`some one` is written as one word: `someone`.', { sure: ['_ @be|@modal|@past|else|who|has|had|to|$|help|is|was|like|special|new|knows|says|needs|wants|that'], maybe: ['_ !of !@noun'], unless: ['_ of|@noun'] });
split('on going', 'ongoing', '`on going` is written as one word, `ongoing`, before the thing that goes on.', {
  sure: [
    'an|the|@poss|usual _',
    '_ investigation|investigations|problem|problems|process|project|projects|research|discussion|discussions|issue|issues|debate|support|maintenance|relationship|conflict|war|saga|series|story|correspondence|effort|efforts|concern|concerns|case|cases|negotiations|talks|crisis|threat|training|treatment|battle',
  ],
  unless: ['keep|kept|keeps|keeping|carry|carried|carries|carrying|insist|insisted|insists|insisting|went|go|goes|going _'],
});
split('any one', 'anyone', '`any one` is written as one word, `anyone`, unless it means any single one.', { maybe: ['_ else|who|could|can|would|will|knows|know|is|was|here|there|at+all|$'], unless: ['_ of|@noun|thing'] });
split('every one', 'everyone', '`every one` means each one of them; all the people are `everyone`.', { maybe: ['_ @past|@be|@modal|knows|knew|seemed|else|who|in|at|here|there|has|had|looked|turned'], unless: ['_ of|@noun'] });
split('some body', 'somebody', '`some body` is written as one word: `somebody`.', { sure: ['_ @be|@modal|@past|help|else|$|who|is|was|that|to|knows|needs|wants|has|had|call|get|stop'], unless: ['_ part|parts|heat|wash|lotion|spray|language|armor|armour|weight|fat|mass|temperature|hair|@noun'] });
split('any body', 'anybody', '`any body` is written as one word: `anybody`.', { sure: ['_ @be|@modal|@past|else|$|who|is|was|that|knows|here|there|at+all|home'], unless: ['_ part|parts|heat|of|@noun'] });
split('every body', 'everybody', '`every body` is written as one word: `everybody`.', { sure: ['_ @be|@modal|@past|else|out|$|who|is|was|knows|here|there|in|at|stared|looked|turned|just|loves|hates|needs|wants'], unless: ['_ part|parts|of|@noun'] });
split('no body', 'nobody', '`no body` means no corpse; no person is `nobody`.', { sure: ['^ _ knows|cares|move|moves|@modal|else|said|wants|likes|loves|needs|asked|could|would|will|can|has', '_ else'], unless: ['_ was+found|part|parts|heat|of'] });
split('some thing', 'something', '`some thing` is written as one word: `something`.', { sure: ['_ else|wrong|important|about|like|to|that|i|you|we|he|she|they|$|is|was|in|for'], unless: ['_ of'] });
split('any thing', 'anything', '`any thing` is written as one word: `anything`.', { sure: ['_ else|wrong|about|like|to|that|i|you|we|he|she|they|$|is|was|for|at+all|but|in'], unless: ['_ of'] });
split('every thing', 'everything', '`every thing` is written as one word: `everything`.', { sure: ['_ else|about|i|you|we|he|she|they|$|is|was|will|would|that|to|went|seemed|in|for|okay|alright|fine|@past|else'], unless: ['_ of'] });
split('no thing', 'nothing', '`no thing` is written as one word: `nothing`.', { maybe: ['_ $|else|to|about|but|wrong|happened'] });
split('some where', 'somewhere', '`some where` is written as one word: `somewhere`.', { sure: ALWAYS });
split('any where', 'anywhere', '`any where` is written as one word: `anywhere`.', { sure: ALWAYS });
split('every where', 'everywhere', '`every where` is written as one word: `everywhere`.', { sure: ALWAYS });
split('no where', 'nowhere', '`no where` is written as one word: `nowhere`.', { sure: ['_ to|near|else|$|in|on'], unless: ['_ @det|@poss|@subj'] });
split('some how', 'somehow', '`some how` is written as one word: `somehow`.', { sure: ALWAYS });
split('some what', 'somewhat', '`some what` is written as one word: `somewhat`.', { sure: ['_ @adj|@pred|@past|@adv|of'] });
split('some times', 'sometimes', '`some times` means a few occasions; now and then is `sometimes`.', { maybe: ['^ _ @subj|@subjc|@cap|i|it'] });
split('any way', 'anyway', '`any way` means any manner; "in any case" is `anyway`.', { sure: ['^ _ $'], maybe: ['@verb|@past|it|that|this|him|her|them|me|you|care|cares|go|went _ $'], unless: ['_ @subj|@det|to|you|possible|that|of|in'] });
split('where ever', 'wherever', '`where ever` is written as one word: `wherever`.', { sure: ['_ @subj|@subjc|@cap|@det|i|it|you|he|she|they|we'] });
split('when ever', 'whenever', '`when ever` is written as one word: `whenever`.', { sure: ['_ @subj|@subjc|@cap|i|it|you|he|she|they|we|$'], unless: ['_ @subj @verb $'] });
split('what ever', 'whatever', '`what ever` is written as one word: `whatever`.', { sure: ['_ $'], maybe: ['_ you|i|he|she|we|they|it|@subjc'], unless: ['_ @subj @past|happened|did|made'] });
split('how ever', 'however', '`how ever` is written as one word: `however`.', { sure: ['^ _ $'], unless: ['_ did|do|could|will|would|can'] });
split('who ever', 'whoever', '`who ever` is written as one word: `whoever`.', { sure: ['^ _ @be|@modal $'], unless: ['_ @past|said|thought|heard|knew|saw'] });
split('in tact', 'intact', '`in tact` is written as one word: `intact`.', { sure: ALWAYS });
split('a sleep', 'asleep', '`a sleep` is a nap; sleeping is `asleep`.', { sure: ['fell|fall|falling|falls|fast|half|sound|pretend|pretending|pretended|still|already|drifted|drifting|almost|nearly|was|is|were|are|be|been|stay|stayed _'], unless: ['_ @noun', 'had|have|has|need|needs|needed|take|took|get|got _'] });
split('a wake', 'awake', '`a wake` is a vigil; not sleeping is `awake`.', { sure: ['wide|fully|half|barely|still|already|now|stay|stayed|staying|lay|lying|kept|keep _'] });
split('a cross', 'across', '`a cross` is a symbol; from side to side is `across`.', { sure: [`${THROUGH_VERBS}|glanced|stretched|spread|reached|leaned|leaning|sprawled|lay|lying|stared _ @det|@poss|the|his|her|from|to`] });
split('a round', 'around', '`a round` is a circle or a turn; on every side is `around`.', { sure: ['turned|turn|turning|looked|look|looking|@motion|spun|wrapped|wrap|wrapping|arms|arm|glanced|all|gathered|sat|sitting|wandered|fooled|fool|messing|mess|hung|hang|hanging|lying|lay|laying|shoved|pushed|push|kicked|kick|kicking|sleep|sleeping|slept|play|playing|played|stick|stuck|sticking _ @det|@poss|$|the|his|her|him|them|and|me|us'] });
split('a way', 'away', '`a way` is a path or a manner; to another place is `away`.', { sure: ['ran|run|running|runs|walked|walk|walking|walks|went|go|going|goes|stay|stayed|far|turned|turn|turning|looked|look|looking|pulled|pull|pulling|pushed|push|moved|move|moving|drifted|backed|stepped|step|put|threw|throw|throwing|tucked|tuck|passed|pass|flew|fly|slipped|slip|hid|hide|hiding|swept|blown|blew|drove|drive|driving|right|stay|fade|faded|fading|wash|washed _ $|from'] });
split('a head', 'ahead', '`a head` is a head; in front is `ahead`.', { sure: ['go|went|going|goes|straight|walked|ran|get|got|getting|plan|planned|planning|looked|look|looking|stay|stayed|far|step|steps|miles|way|just|right|pushed|push|pressed|press|move|moved|forged _ $|of'] });
split('a lone', 'alone', '`a lone` is a single one; by oneself is `alone`.', { sure: ['all|was|is|be|been|left|leave|felt|feel|completely|totally|utterly|were|am|are|me|you|him|her|them|us|being _ $|in|with|again|for|and'] });
split('a long', 'along', '`a long` is a length of something; forward or beside is `along`.', { sure: ['_ with|the|side|@poss'], unless: ['_ the way'] });
split('a part', 'apart', '`a part` is a piece; separated is `apart`.', { sure: ['fell|fall|falling|falls|come|came|comes|coming|tore|tear|torn|tearing|ripped|rip|break|broke|broken|breaking|far|miles|worlds|grew|grow|growing|drifted|drift|drifting|blown|blew|pulled|pull|pulling|pried|pry|taken|took _ $|from|by|and|in', 'fell|fall|falling|falls|come|came|comes|coming|tore|tear|torn|tearing|ripped|rip|break|broke|broken|breaking|far|miles|worlds|grew|grow|growing|drifted|drift|drifting|blown|blew _'] , unless: ['_ of'] });
split('in side', 'inside', '`in side` is written as one word: `inside`.', { sure: ['_ the|@poss|of|$'], unless: ['_ by'] });
split('out side', 'outside', '`out side` is written as one word: `outside`.', { sure: ['_ the|@poss|of|$|@prep'], unless: ['_ by'] });
// Before `and` the stairs may be a noun coordinated with another ("went up stairs and down
// corridors", "I went up stairs and did the bath"): only the end of a clause, `to` or a
// preposition after them tells the adverb.
split('up stairs', 'upstairs', '`up stairs` is written as one word: `upstairs`.', { sure: ['_ $|to|@prep'], unless: ['and|the|of|on _'] });
split('down stairs', 'downstairs', '`down stairs` is written as one word: `downstairs`.', { sure: ['_ $|to|@prep'], unless: ['and|the|of|on _'] });
split('with out', 'without', '`with out` is written as one word: `without`.', { sure: ALWAYS, unless: ['_ of'] });
split('with in', 'within', '`with in` is written as one word: `within`.', { sure: ['_ @num|minutes|seconds|hours|days|reach|moments|range|sight'] });
for (const [wrong, right] of [
  ['them selves', 'themselves'], ['him self', 'himself'], ['her self', 'herself'], ['my self', 'myself'],
  ['your self', 'yourself'], ['it self', 'itself'], ['our selves', 'ourselves'], ['your selves', 'yourselves'],
  ['one self', 'oneself'], ['them self', 'themselves'],
]) {
  split(wrong, right, `\`${wrong}\` is written as one word: \`${right}\`.`, { sure: ALWAYS, unless: ['_ @noun|esteem|worth|confidence|control|defense|defence|respect|doubt|image|conscious|portrait'] });
}
for (const [wrong, right] of [
  ['where as', 'whereas'], ['never the less', 'nevertheless'], ['what so ever', 'whatsoever'],
  ['like wise', 'likewise'], ['other wise', 'otherwise'], ['mean while', 'meanwhile'], ['be cause', 'because'],
  ['to gether', 'together'], ['in stead', 'instead'], ['be sides', 'besides'], ['to wards', 'towards'],
  ['eye brows', 'eyebrows'], ['eye brow', 'eyebrow'], ['eye lashes', 'eyelashes'], ['eye lids', 'eyelids'], ['fore head', 'forehead'],
  ['finger tips', 'fingertips'], ['pony tail', 'ponytail'], ['fire place', 'fireplace'], ['arm chair', 'armchair'],
  ['cup board', 'cupboard'], ['bed room', 'bedroom'], ['bath room', 'bathroom'], ['class room', 'classroom'],
  ['back pack', 'backpack'], ['birth day', 'birthday'], ['grand mother', 'grandmother'], ['grand father', 'grandfather'],
  ['god mother', 'godmother'], ['god father', 'godfather'], ['sun light', 'sunlight'], ['moon light', 'moonlight'],
  ['good bye', 'goodbye'], ['up coming', 'upcoming'], ['hand writing', 'handwriting'], ['an other', 'another'],
]) {
  split(wrong, right, `\`${wrong}\` is written as one word: \`${right}\`.`, { sure: ALWAYS });
}
split('good by', 'goodbye', '`good by` is a farewell written `goodbye`.', { sure: ['_ $'] });
split('in deed', 'indeed', '`in deed` means in action; "truly" is `indeed`.', { sure: ['^ _ $', 'very|yes _'] , unless: ['_ and|as'] });
split('may be', 'maybe', '`may be` is a verb (might be); "perhaps" is `maybe`.', { sure: ['^ _ @subj|@subjc|@cap|it|this|that|there|not|i|later|tomorrow|someday|just|you|we|they|he|she'] , unless: ['_ @subj @past|@pred'] });
split('every day', 'everyday', '`every day` means each day; ordinary is `everyday`.', { sure: ['@art|this|that|such|these|those _'], maybe: ['_ life|clothes|clothing|routine|routines|things|basis|lives|people|objects|wear|activities|use|occurrence|conversation|language|matters|problems|chores|tasks|items|stuff|affair|affairs|business|thing|existence|reality|struggles'] , unless: ['@prep _'] });
// British English, and much American prose, writes "no longer" open (`I don't live there any more`): a usage note, not a warning.
entry(
  'split',
  'any more',
  'anymore',
  '`any more` means an additional amount; "no longer" is `anymore`.',
  {
    maybe: ['@obj|it|this|here|there|live|lives|fight|cry|wait|care|cares|matter|matters|exist|exists|work|works|hurt|hurts|happy|sad|scared|sure|mad|angry|afraid|okay|yours|mine|same|young|safe|kid|child|friend|friends _ $'],
    unless: ['_ @noun|of|than|@adj', 'give|gave|need|needs|want|wants|have|has|had|eat|ate|take|took|drink|any|there|get|got _', 'give|gave|get|got|buy|bring|brought|pour|make|made @obj _'],
  },
  { usage: true },
);
split('all ways', 'always', '`all ways` means every direction; at all times is `always`.', { sure: ['_ @be|@modal|@past|been|be|have|had|there|here|so|a|the|@pred', '@subj|@subjc _ @verb|@past|been|be|have|had|there|here|so|a|the'] , unless: ['_ @noun|of|to|possible', 'in _'] });
split('all most', 'almost', '`all most` is `almost`: nearly.', { sure: ['_ @past|@adj|@pred|@verb|every|all|as|too|certainly|never|always|no|nothing|everyone|everything'] , unless: ['_ @noun', 'of _'] });
// As an adverb at a clause's end ("with towns like Gloucester near by") the open form is an older
// spelling published prose keeps; before a noun ("a near by town") it is only ever `nearby`.
split('near by', 'nearby', '`near by` is written as one word: `nearby`.', { sure: ['_ @noun'] });
split('tender hooks', 'tenterhooks', '`tender hooks` is a misheard `tenterhooks`.', { sure: ALWAYS });
split('escape goat', 'scapegoat', '`escape goat` is a misheard `scapegoat`.', { sure: ALWAYS });

joined('alot', 'a lot', '`alot` is written as two words: `a lot`.', { sure: ALWAYS });
joined('allot', 'a lot', '`allot` means to share out; much is `a lot`.', { sure: ['thanks|thank+you|like|love|@be|means|meant|mean|it|that|this|matter|matters _ $', '_ of|more|better|less|worse|about|to|harder|easier|older|younger|bigger|smaller|longer|like'] , unless: ['to|@modal _'] });
joined('infact', 'in fact', '`infact` is written as two words: `in fact`.', { sure: ALWAYS });
joined('incase', 'in case', '`incase` is written as two words: `in case`.', { sure: ALWAYS });
joined('inspite', 'in spite', '`inspite` is written as two words: `in spite`.', { sure: ALWAYS });
joined('atleast', 'at least', '`atleast` is written as two words: `at least`.', { sure: ALWAYS });
joined('aswell', 'as well', '`aswell` is written as two words: `as well`.', { sure: ALWAYS });
joined('eachother', 'each other', '`eachother` is written as two words: `each other`.', { sure: ALWAYS });
joined('thankyou', 'thank you', '`thankyou` is written as two words: `thank you`.', { sure: ALWAYS });
joined('alittle', 'a little', '`alittle` is written as two words: `a little`.', { sure: ALWAYS });
joined('abit', 'a bit', '`abit` is written as two words: `a bit`.', { sure: ALWAYS });
joined('ofcourse', 'of course', '`ofcourse` is written as two words: `of course`.', { sure: ALWAYS });
joined('infront', 'in front', '`infront` is written as two words: `in front`.', { sure: ALWAYS });
joined('inbetween', 'in between', '`inbetween` is written as two words: `in between`.', { sure: ALWAYS });
joined('everytime', 'every time', '`everytime` is written as two words: `every time`.', { sure: ALWAYS });
joined('noone', 'no one', '`noone` is written as two words: `no one`.', { sure: ALWAYS });
joined('upto', 'up to', '`upto` is written as two words: `up to`.', { sure: ALWAYS });
joined('incharge', 'in charge', '`incharge` is written as two words: `in charge`.', { sure: ALWAYS });
joined('aslong', 'as long', '`aslong` is written as two words: `as long`.', { sure: ALWAYS });
joined('eventhough', 'even though', '`eventhough` is written as two words: `even though`.', { sure: ALWAYS });
joined('ontop', 'on top', '`ontop` is written as two words: `on top`.', { sure: ALWAYS });
joined('inorder', 'in order', '`inorder` is written as two words: `in order`.', { sure: ALWAYS });
joined('atall', 'at all', '`atall` is written as two words: `at all`.', { sure: ALWAYS });
joined('goodluck', 'good luck', '`goodluck` is written as two words: `good luck`.', { sure: ALWAYS });
joined('highschool', 'high school', '`highschool` is written as two words: `high school`.', { sure: ALWAYS });
joined('bestfriend', 'best friend', '`bestfriend` is written as two words: `best friend`.', { sure: ALWAYS });
joined('bestfriends', 'best friends', '`bestfriends` is written as two words: `best friends`.', { sure: ALWAYS });
// `in` right after a verb is its particle ("let it sink in awhile"), not the preposition of `in a while`.
joined('awhile', 'a while', '`awhile` is an adverb (for a time); after a preposition it is `a while`.', { sure: ['for|after|quite|once|such|took|take|takes|taking|been|while _'], maybe: ['in _ $'], unless: ['stay|stayed|rest|rested|wait|waited|sit|sat _', '@verb in _'] });
joined('anymore', 'any more', '`anymore` means no longer; an additional amount is `any more`.', { sure: ['_ @noun|@plural'], maybe: ['_ of|than'], unless: ['_ @pred|@adj|@be|@modal|@subj|@subjc|@cap|@poss|@det|@wh|time $'] });
joined('everyday', 'every day', '`everyday` means ordinary; each day is `every day`.', {
  sure: ['_ $|after|before|at|for|until|since|of|in|to|and|or|now|with|when|that|@subj|@cap', '@verb|@past|@ing _'],
  unless: ['@art|@poss|this|that|@be|so|very|too|more|most|such|these|those|our|your|their _', '_ @noun|@plural|life|lives|things|clothes|routine|language|people|objects|items|use|basis|stuff|occurrence|matter|matters|struggles|wear'],
});
joined('sometime', 'some time', '`sometime` means at some point; a stretch of time is `some time`.', { sure: ['for|quite|spend|spent|spending|took|take|takes|taking|need|needed|needs|after|in|with _'] , unless: ['_ @num|next|last|tomorrow|today|tonight|soon|later|in|around|before|after|during|this|that'] });
joined('maybe', 'may be', '`maybe` means perhaps; "might be" is `may be`.', { sure: ['it|this|that|there|he|she|they|you|which|what|who|i|everything|nothing _ @det|right|wrong|true|too|late|so|a|an|the|better|worse|more|less|in|at|on|over|gone|dead|alive|@pred|able|the'] , unless: ['_ @subj|@subjc|@cap|it|i|not|just|even|@adv|@past|@verb|this|that'] });
joined('everyone', 'every one', '`everyone` is all the people; each single one is `every one` of them.', { sure: ['_ of'] , unless: ['_ of us|you|them|whom|the'] });
joined('anyone', 'any one', '`anyone` is any person; any single one is `any one` of them.', { sure: ['_ of'] , unless: ['_ of us|you|them|whom|the'] });
joined('apart', 'a part', '`apart` means separated; a piece of something is `a part`.', { sure: ['_ of'] , unless: ['_ of @num|it|them|each|two'] });
joined('setup', 'set up', '`setup` is the noun; the verb is `set up`.', { sure: ["to|@modal|@do|please|let's|lets|helped|help|just|i|we|they|he|she|you|let+me|let+us|help+me _ @det|@poss|camp|shop|it|them|the|a|for"] , unless: ['@art|@poss|the _'] });
joined('workout', 'work out', '`workout` is the noun; the verb is `work out`.', { sure: ["to|@modal|@do|let's|lets|i|we|they|he|she|you|didn't|doesn't|don't|will|it'll|it'll|things|everything _ $|@det|@poss|together|fine|okay|well|tomorrow|later|for|at|with|how|what|whether|the|a|it|that|this"] , unless: ['@art|@poss|the|good|daily|morning|evening _'] });
joined('backup', 'back up', '`backup` is the noun; the verb is `back up`.', { sure: ["to|@modal|@do|please|let's|lets|i|we|they|he|she|you|just _ $|@det|@poss|@obj|the|it|me|him|her|slowly|against|into|a|now"] , unless: ['@art|@poss|for|the|call|send|sent|need|needs|needed|without|no|some|wait+for|waiting+for _'] });
joined('checkout', 'check out', '`checkout` is the noun; the verb is `check out`.', { sure: ["to|@modal|@do|let's|lets|i|we|they|he|she|you|just|gonna|go|come _ @det|@poss|@obj|the|it|this|that|what|$"] , unless: ['@art|@poss|the|at _'] });
joined('breakup', 'break up', '`breakup` is the noun; the verb is `break up`.', { sure: ["to|@modal|@do|gonna|we|they|you|i _ $|with|@det|the|it"] , unless: ['@art|@poss|the|after|since|before _'] });
joined('showoff', 'show off', '`showoff` is the noun (usually `show-off`); the verb is `show off`.', { sure: ["to|@modal|@do|stop|quit|just _"] });
joined('login', 'log in', '`login` is the noun; the verb is `log in`.', { sure: ["to|@modal|@do|please|i|we|they|he|she|you|just|then _ $|to|with|as|again"] , unless: ['@art|@poss|the _'] });
joined('wakeup', 'wake up', '`wakeup` is written as two words: `wake up`.', { sure: ALWAYS });
joined('cheerup', 'cheer up', '`cheerup` is written as two words: `cheer up`.', { sure: ALWAYS });

// ---------------------------------------------------------------------------------------------
// The wrong form of a verb
// ---------------------------------------------------------------------------------------------

// "might", "may" and "must" are nouns too ("the might of the empire"): they need a subject.
const MODAL_SUBJECT = "i|you|he|she|we|they|it|who|that|which|there|@indef|@cap|@subjc|never|not|just|still|really|also|and|but|or|so|this";
for (const modal of ['could', 'would', 'should', 'must', 'might', 'may', "couldn't", "wouldn't", "shouldn't", "mustn't", "mightn't", "could've", "would've", "should've"]) {
  const right = modal.endsWith("'ve") ? modal : `${modal} have`;
  entry('grammar', `${modal} of`, right, `\`${modal} of\` is how \`${modal}'ve\` sounds; it is written \`${right}\`.`, {
    sure: ['might', 'may', 'must'].includes(modal) ? [`${MODAL_SUBJECT} _`] : ALWAYS,
    // "You could, of course, leave" — and without the commas: "You could of course just ask him."
    // "The might of the empire", "a must of the season" are nouns. "It must of necessity be so":
    // "of" before a noun is the preposition of an adverbial phrase, never "have" before its verb.
    unless: ['_ course', '_ @noun', '@art|@poss|@det|@adj _'],
  });
}
entry('grammar', 'suppose to', 'supposed to', '`suppose to` is said that way but written `supposed to`.', {
  sure: ["@be _", '@be not|never|really|also|even|only|just _', '@be @subj _', "@be @subj not _"],
});
entry('grammar', 'use to', 'used to', '`use to` is said that way but written `used to`: "I used to live here."', {
  sure: ['@be|get|got|getting|gotten|become|became|becoming _', '^ i|you|he|she|we|they|it _ @verb|be|have', '@be @adv _'],
  unless: ["didn't|did|don't|doesn't|never _ @verb|be|have"],
});
entry('grammar', 'supposably', 'supposedly', '`supposably` means conceivably; "as people say" is `supposedly`.', { sure: ALWAYS });

// "had went": the simple past where the participle belongs.
for (const [past, participle] of [
  ['went', 'gone'], ['came', 'come'], ['ran', 'run'], ['saw', 'seen'], ['did', 'done'], ['ate', 'eaten'], ['wrote', 'written'],
  ['took', 'taken'], ['gave', 'given'], ['began', 'begun'], ['sang', 'sung'], ['swam', 'swum'], ['rang', 'rung'], ['drank', 'drunk'],
  ['rode', 'ridden'], ['broke', 'broken'], ['spoke', 'spoken'], ['stole', 'stolen'], ['froze', 'frozen'], ['chose', 'chosen'],
  ['shook', 'shaken'], ['woke', 'woken'], ['fell', 'fallen'], ['drove', 'driven'], ['flew', 'flown'], ['grew', 'grown'],
  ['knew', 'known'], ['threw', 'thrown'], ['blew', 'blown'], ['tore', 'torn'], ['wore', 'worn'], ['sank', 'sunk'], ['shrank', 'shrunk'],
  ['sprang', 'sprung'], ['became', 'become'], ['mistook', 'mistaken'], ['forgave', 'forgiven'], ['forbade', 'forbidden'],
  ['arose', 'arisen'], ['withdrew', 'withdrawn'], ['drew', 'drawn'], ['bit', 'bitten'], ['swore', 'sworn'],
]) {
  extend('grammar', past, {
    to: [participle],
    explain: `\`${past}\` is the simple past; after \`have\` it is \`${participle}\`.`,
    sure: [`had|has|have|having|i've|you've|we've|they've|would've|could've|should've|might've|must've|hadn't|haven't|hasn't _`, "had|has|have|hadn't|haven't|hasn't never|just|already|always|ever|finally|also|not|recently|only|since|probably|certainly|obviously|clearly _"],
    maybe: ["he'd|she'd|i'd|you'd|we'd|they'd|it'd _"],
  }, { voice: true, unless: ['_ of'] });
}

// "was stole": the simple past after a form of `be` (or the `get` passive), where the participle
// belongs. Which pasts, and their participles, are counted on Brown (`verb-forms.generated.ts`):
// "I was broke" (penniless) is left alone there. "Whoever it was took the car" ends a clause.
// Narration only, as the adverbs below: in dialogue "it was stole" is the character's voice.
const BE_FORMS = "am|is|are|was|were|be|been|isn't|aren't|wasn't|weren't|ain't|i'm|you're|he's|she's|it's|we're|they're|that's|there's|who's|what's|get|gets|got|getting|gotten";
for (const [past, participle] of Object.entries(BE_PARTICIPLES)) {
  extend(
    'grammar',
    past,
    {
      to: [participle],
      explain: `\`${past}\` is the simple past; after a form of \`be\` it is \`${participle}\`.`,
      sure: [`${BE_FORMS} _`, `${BE_FORMS} never|just|already|not|all|nearly|almost|finally|also|being _`],
      tableOnly: true,
      // "I ain't hid nothing", "where he's froze good": a character's dialect.
      narration: true,
    },
    { voice: true, unless: ['_ of'] },
  );
  except(past, ['who|what|whoever|whatever|whichever|where|when|how @subj|this|that|there @be _']);
}
// "Broke" after `be` is an adjective too ("I was broke", which Brown writes): the participle only
// before the words no adjective takes ("was broke into", "were broke apart", "was broke beyond repair").
extend(
  'grammar',
  'broke',
  {
    to: ['broken'],
    explain: '`broke` is the simple past; after a form of `be` it is `broken`.',
    sure: [`${BE_FORMS} _ into|apart|open|off|beyond|in+half|in+two`],
    tableOnly: true,
    narration: true,
  },
);

// ---------------------------------------------------------------------------------------------
// Adverbs that lost their -ly after a speech verb: "she said quiet" is "she said quietly".
// ---------------------------------------------------------------------------------------------

const ADVERBS = `quiet soft sad angry happy nervous calm cold sweet bitter cheerful gentle quick serious honest sarcastic
  sheepish shy playful hesitant careful casual firm curious weak desperate frantic smug dry cool warm harsh
  stern sharp flat blunt tired grim bright eager breathless nonchalant absent stubborn anxious gruff hoarse icy
  cheeky haughty hopeful helpless hopeless humble impatient incredulous indignant irritable lazy loving mischievous
  patient pleasant polite proud rough rude sincere sleepy smooth sly solemn sour stiff sullen sulky tender tense
  thoughtful timid uncertain uneasy urgent vague weary wary wistful wry awkward dumb grumpy dangerous fond
  affectionate bashful cautious coy cruel dismissive distracted dreamy drowsy earnest excited exasperated fierce
  flirtatious frustrated furious gleeful glum grave happy harsh heavy hurried husky indifferent 
  irritated jealous joyful kind lazy menacing meek mocking moody morose nervous patient pitiful pleading quiet
  regretful reluctant resigned sad sarcastic sceptical skeptical sheepish shaky sleepy soft solemn sorrowful
  stoic suspicious sympathetic tearful teasing tentative thoughtful tight triumphant uncertain venomous warm weary
  worried`;
// Adjectives that are adverbs too ("say it loud", "take it easy") are not here, nor the pleas
// ("pleaded guilty", "pleaded innocent").
const ADVERB_SPECIAL: Record<string, string> = {
  gentle: 'gently', humble: 'humbly', shy: 'shyly', dry: 'dryly', sly: 'slyly', wry: 'wryly', coy: 'coyly',
  dumb: 'dumbly', whole: 'wholly', true: 'truly', full: 'fully',
};
/** The -ly adverb of an adjective (`quick` → `quickly`, `gentle` → `gently`, `frantic` → `frantically`). */
export function adverbOf(adj: string): string {
  const special = ADVERB_SPECIAL[adj];
  if (special) return special;
  if (adj.endsWith('ic')) return `${adj}ally`;
  if (/[^aeiou]y$/.test(adj)) return `${adj.slice(0, -1)}ily`;
  if (adj.endsWith('ble')) return `${adj.slice(0, -1)}y`;
  if (adj.endsWith('ll')) return `${adj}y`;
  return `${adj}ly`;
}
const SPEECH_OBJECT = 'told|asked|answered|warned|reminded|assured|promised|begged|teased|ordered|urged|questioned|greeted|thanked';
for (const adj of new Set(ADVERBS.split(/\s+/).filter(Boolean))) {
  const adverb = adverbOf(adj);
  // "He sighed, sad and tired." is punctuated, so the words are not adjacent; "she whispered sweet
  // nothings" has a noun after the adjective, which no context below accepts.
  extend('adverb', adj, {
    to: [adverb],
    explain: `\`${adj}\` describes a person or thing; the way something is said is \`${adverb}\`.`,
    sure: ['@speech _ $|to|as|and|while|before|after|at|into|from|against|in|with|without|but|then|so|because|when|until|through|over|under|across|behind', `${SPEECH_OBJECT} @obj _ $|as|and|while|before|after|but|then`],
  });
}

// And after a verb of motion or of action: "he ran quick down the hall" is "ran quickly". Which
// adjectives and which verbs, counted on Brown (`verb-forms.generated.ts`): the -ly adverb is
// written after such verbs and the bare adjective hardly ever ("drew near", "swung open", "ran wild"
// are left out); once in Brown ("thaw slow"), the finding is one to read. Not after `go` ("went
// quiet"), and never in dialogue or thoughts ("Come quick!").
const ACTION = ACTION_VERBS.join('|');
const AFTER_ACTION = '$|to|toward|towards|into|onto|down|up|along|across|through|over|under|past|around|round|out|back|away|off|behind|after|before|from|in|on|at|with|without|and|but|or|as|while|when|until|so|because|then|between|beside|inside|outside|ahead|forward|home|by|for';
for (const [adj, [adverb, tier]] of Object.entries(MANNER_ADVERBS)) {
  const where = [`${ACTION} _ ${AFTER_ACTION}`];
  extend(
    'adverb',
    adj,
    {
      to: [adverb],
      explain: `\`${adj}\` describes a person or thing; the way something is done is \`${adverb}\`.`,
      ...(tier === 0 ? { sure: where } : { maybe: where }),
      tableOnly: true,
      narration: true,
    },
    // "ran flat out": the set phrase.
    adj === 'flat' ? { unless: ['_ out'] } : {},
  );
}

// ---------------------------------------------------------------------------------------------
// Set phrases misheard
// ---------------------------------------------------------------------------------------------

const idiom = (wrong: string, to: string, explain: string, when: When = { sure: ALWAYS }) => entry('idiom', wrong, to, explain, when);
idiom('intensive purposes', 'intents and purposes', '"for all `intensive purposes`" is a misheard "for all `intents and purposes`".', { sure: ['all _'] });
idiom('make due', 'make do', '"`make due`" is a misheard "`make do`": manage with what you have.', { sure: ['_ $|with|without'] });
idiom('made due', 'made do', '"`made due`" is a misheard "`made do`": managed with what one had.', { sure: ['_ $|with|without'] });
idiom('all of the sudden', 'all of a sudden', '"`all of the sudden`" is "`all of a sudden`".');
idiom('one in the same', 'one and the same', '"`one in the same`" is "`one and the same`".');
idiom('case and point', 'case in point', '"`case and point`" is "`case in point`".');
idiom('doggy dog', 'dog-eat-dog', '"a `doggy dog` world" is a misheard "`dog-eat-dog`".', { sure: ['_ world'] });
idiom('deep seeded', 'deep-seated', '"`deep seeded`" is a misheard "`deep-seated`": firmly rooted.');
idiom('by in large', 'by and large', '"`by in large`" is "`by and large`".');
idiom('low and behold', 'lo and behold', '"`low and behold`" is "`lo and behold`".');
idiom('beckon call', 'beck and call', '"`beckon call`" is a misheard "`beck and call`".');
idiom('mute point', 'moot point', '"a `mute point`" is a "`moot point`": one no longer worth arguing.');
idiom('taken for granite', 'taken for granted', '"`taken for granite`" is "`taken for granted`".');
idiom('take for granite', 'take for granted', '"`take for granite`" is "`take for granted`".');
idiom('nip it in the butt', 'nip it in the bud', '"`nip it in the butt`" is "`nip it in the bud`".');
idiom('tongue and cheek', 'tongue-in-cheek', '"`tongue and cheek`" is "`tongue-in-cheek`".', { sure: ['_ $|humor|humour|comment|remark|way'] });
idiom('damp squid', 'damp squib', '"a `damp squid`" is "a `damp squib`".');
idiom('slight of hand', 'sleight of hand', '"`slight of hand`" is "`sleight of hand`".');
idiom("hair's breath", "hair's breadth", "\"a `hair's breath`\" is \"a `hair's breadth`\": the width of a hair.");
idiom('extract revenge', 'exact revenge', '"`extract revenge`" is "`exact revenge`".');
idiom('wet your appetite', 'whet your appetite', '"`wet your appetite`" is "`whet your appetite`": sharpen it.');
idiom('sneak peak', 'sneak peek', '"a `sneak peak`" is "a `sneak peek`": a quick look.');
idiom('free reign', 'free rein', '"`free reign`" is "`free rein`": the loose reins of a horse.');
idiom('shoe-in', 'shoo-in', '"a `shoe-in`" is "a `shoo-in`": a sure winner.');
idiom('shoe in', 'shoo-in', '"a `shoe in`" is "a `shoo-in`": a sure winner.', { sure: ['a _'] });
idiom('by wrote', 'by rote', '"`by wrote`" is "`by rote`": from memory.');
idiom('on tender hooks', 'on tenterhooks', '"`on tender hooks`" is "`on tenterhooks`".');
idiom('statue of limitations', 'statute of limitations', '"`statue of limitations`" is "`statute of limitations`".');

// One entry per wrong form, each with a context: a slip here would silently shadow an entry.
if (position.size !== TABLE.length) throw new Error('confusables: a wrong form has two entries');
for (const e of TABLE) {
  if (e.fixes.every((f) => (f.sure?.length ?? 0) + (f.maybe?.length ?? 0) === 0)) throw new Error(`confusables: "${e.wrong}" has no context`);
}

/** The table, one entry per wrong form. */
export const CONFUSABLES: readonly Confusable[] = TABLE;
