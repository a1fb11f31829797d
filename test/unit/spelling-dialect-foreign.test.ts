import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSpeller, type Speller, suggest } from '../../src/core';
import { isElided, writtenForm } from '../../src/core/eye-dialect';
import { isForeignElision } from '../../src/core/rules/spelling-shapes';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const isWord = (w: string) => speller.correct(w);

const { findings, foundWithSeverity: flagged } = ruleHelpers('spelling', () => ({ speller }));

describe('eye dialect sounds out to a word', () => {
  test('g-dropping, r-dropping, a drawn-out vowel', () => {
    assert.equal(writtenForm('goin', isWord), 'going');
    assert.equal(writtenForm('thinkin', isWord), 'thinking');
    assert.equal(writtenForm('fathuh', isWord), 'father');
    assert.equal(writtenForm('majuh', isWord), 'major');
    assert.equal(writtenForm('nahce', isWord), 'nice');
    assert.equal(writtenForm('onleh', isWord), 'only');
    assert.equal(writtenForm('nawth', isWord), 'north');
  });
  test('a typo is no eye dialect', () => {
    assert.equal(writtenForm('definately', isWord), undefined);
    assert.equal(writtenForm('becuase', isWord), undefined);
    assert.equal(writtenForm('recieve', isWord), undefined);
    // Two letters swapped, not a drawn-out vowel: "taht" is "that", not "tit".
    assert.equal(writtenForm('taht', isWord), undefined);
    assert.equal(writtenForm('waht', isWord), undefined);
  });
  test('an apostrophe inside elides a sound; a contraction put wrong, a possessive and a name do not', () => {
    assert.equal(isElided("p'lite", isWord), true);
    assert.equal(isElided("more'n", isWord), true);
    assert.equal(isElided("cain't", isWord), true);
    assert.equal(isElided("did'nt", isWord), false);
    assert.equal(isElided("ca'nt", isWord), false);
    assert.equal(isElided("Stober's", isWord), false);
    assert.equal(isElided("D'Aumont", isWord), false);
  });
});

describe('spelling and eye dialect', () => {
  test('in dialogue it is the speaker’s voice: silent', () => {
    assert.deepEqual(flagged('"Ah don\'t lahk it," he said. "Mah fathuh is doin fine, p\'lite as evuh, onleh tired."'), []);
  });
  test('in narration it is information, with the written word as the fix', () => {
    const text = 'The whole squad was doin nothing, and his fathuh knew it.';
    assert.deepEqual(flagged(text), ['doin:information', 'fathuh:information']);
    const fixes = findings(text).map((f) => suggest(f, speller).suggestions[0]);
    assert.deepEqual(fixes, ['doing', 'father']);
  });
  test('a typo in dialogue is still a warning', () => {
    assert.deepEqual(flagged('"It was definately true," she said.'), ['definately:warning']);
  });
  test('a closed compound written with its hyphen is a word', () => {
    assert.deepEqual(flagged('The criss-crossed wires held his pari-mutuel tickets.'), []);
    assert.deepEqual(flagged('He fell to the floo-r.'), ['floo-r:warning']);
  });
});

describe('a foreign function word joining a title or a term', () => {
  test('between two names or two words English lacks, it is part of a foreign phrase', () => {
    assert.deepEqual(flagged('He knew works such as "Tristan und Isolde" and "Candide".'), []);
    assert.deepEqual(flagged('The chevaux de frise stood around the fort.'), []);
  });
  test('between English words it is still reported', () => {
    assert.deepEqual(flagged('They built de fort.'), ['de:information']);
    assert.ok(flagged('He ran und hid.').includes('und:warning'));
  });
});

describe('a common word and a spoken ending run together in speech', () => {
  test('"willya", "buncha", "damnit" in dialogue are how the speaker says them: silent', () => {
    assert.deepEqual(flagged('"Lookit that come down, willya," said the man.'), []);
    assert.deepEqual(flagged('"We a buncha national celebrities," he muttered.'), []);
    assert.deepEqual(flagged('"When I came up, damnit, I thought I was going down."'), []);
  });
  test('in narration they are still reported, and a typo in dialogue still is', () => {
    assert.deepEqual(flagged('He bought a buncha flowers.'), ['buncha:warning']);
    assert.deepEqual(flagged('"I jsut left," she said.'), ['jsut:warning']);
    // "sum" is too rare a word to take a spoken "it": "sumit" is a slip of "summit".
    assert.deepEqual(flagged('"We climbed the sumit," she said.'), ['sumit:warning']);
    // A letter doubled at the end is a slip too: "gottaa" is no "gotta" and a spoken "a".
    assert.deepEqual(flagged('"I gottaa go," she said.'), ['gottaa:warning']);
  });
});

describe('spelling and foreign phrases', () => {
  test('words beside a foreign function word are a foreign phrase: silent', () => {
    const text = 'Giselle, the fille de chambre, came in. "Vous voulez vos petits dejeuners alors?" she asked. "Y que sigue despues?"';
    assert.deepEqual(flagged(text), []);
  });
  test('a foreign function word is English only beside foreign words: "und" between English words is flagged', () => {
    assert.ok(flagged('He was und the bridge.').includes('und:warning'));
  });
  test('a typo beside English words is still a warning', () => {
    assert.deepEqual(flagged('She came de chambre and definately left.'), ['definately:warning']);
  });
});

describe('loanwords with their accents, and French elisions', () => {
  test('an accented loanword English knows without its accents is silent', () => {
    const text = 'They dined at the café, and his fiancée, naïve as ever, ordered a _fine à l’eau_.';
    assert.deepEqual(flagged(text), []);
  });
  test('an accented word that is no English word without its accents is still flagged', () => {
    assert.deepEqual(flagged('They sat in the cafée until dark.'), ['cafée:warning']);
    assert.deepEqual(flagged('He was a fiancé of the definatély wrong sort.'), ['definatély:warning']);
  });
  test("d' before a vowel or an h is French: the Quai d'Orsay, d'Artagnan", () => {
    assert.deepEqual(flagged("We went over to the Quai d’Orsay, where d'Artagnan waited."), []);
  });
  test('d\' before a consonant or a y is no French elision ("d\'you" is English speech)', () => {
    assert.deepEqual([isForeignElision("d'orsay"), isForeignElision('d’artagnan'), isForeignElision("d'hôtel")], [true, true, true]);
    assert.deepEqual([isForeignElision("d'you"), isForeignElision("d'brandy"), isForeignElision("d'")], [false, false, false]);
  });
});

describe('hyphenated sound words whose parts echo each other', () => {
  test('repeated, rhymed or with a vowel swapped, they are silent', () => {
    const text = 'The horse-cabs went clippety-clopping by. Tum-tumty-tum, he hummed, and the dogs went ki-yi-ing off in a hurly-burly.';
    assert.deepEqual(flagged(text), []);
  });
  test('a slip that breaks the echo is still flagged', () => {
    assert.deepEqual(flagged('It was a real hurly-burlt of a night.'), ['hurly-burlt:warning']);
    assert.deepEqual(flagged('The clock went tick-tcok all night.'), ['tick-tcok:warning']);
  });
  test('a hyphenated word with no echo is judged as before', () => {
    assert.deepEqual(flagged('He was a self-reliamce sort of man.'), ['self-reliamce:warning']);
  });
});

describe('a foreign phrase hyphenated round its function word', () => {
  test('is silent: cul-de-sac, coup-de-grace', () => {
    assert.deepEqual(flagged('The car turned into the cul-de-sac, and he gave the coup-de-grace.'), []);
  });
  test('an English word in the middle makes no foreign phrase', () => {
    assert.deepEqual(flagged('Her mother-in-lwa came to stay.'), ['mother-in-lwa:warning']);
  });
});

describe('a letter held down is no elongation of the voice', () => {
  test('a stop or an f tripled inside a word, in speech, is a typo', () => {
    assert.deepEqual(flagged('"It was a litttle odd," she said. "It happpens."'), ['litttle:warning', 'happpens:warning']);
  });
  test('vowels and lasting sounds drawn out, or a last letter, are the voice', () => {
    assert.deepEqual(flagged('"Sooo good," he said. "Hmmm. Yesss! Wellll, reallly. Stoppp!"'), []);
  });
});
