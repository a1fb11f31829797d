/**
 * The story's own words: coinages it repeats, names it uses once, a narrator's or a speaker's voice,
 * and the shapes that are no English word at all (codes, foreign elisions, clipped words).
 */

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Analyzer, createSpeller, type Speller, suggest } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { findings: spelling, foundWithSeverity: flagged } = ruleHelpers('spelling', () => ({ speller }));
const characterName = ruleHelpers('character-name', () => ({ speller }));

describe("the story's coinages", () => {
  test('a word no tier knows, far from every word, is a warning once and nothing when the story writes it again', () => {
    assert.deepEqual(flagged('The dromozoa fed him.'), ['dromozoa:warning']);
    assert.deepEqual(flagged('The dromozoa fed him.\n\nLater the dromozoa slept.'), []);
    assert.deepEqual(flagged('The super-condamine hit him. He fought the super-condamine.'), []);
  });
  test("the plural of the story's coinage, written once, is the story's word; a slip of it still is one", () => {
    const coined = 'The skrellnak fed him.\n\nLater the skrellnak slept.';
    assert.deepEqual(flagged(`${coined} Two skrellnaks howled.`), []);
    assert.deepEqual(flagged(`${coined} Two skrellnkas howled.`), ['skrellnkas:warning']);
    // Without the coinage written in the story, the plural is one word no tier knows.
    assert.deepEqual(flagged('Two skrellnaks howled.'), ['skrellnaks:warning']);
  });
  test('keyboard gibberish written twice is no coinage: a coinage has a vowel and no four consonants in a row', () => {
    assert.deepEqual(flagged('She said xyzzyq twice: xyzzyq.'), ['xyzzyq:warning', 'xyzzyq:warning']);
    assert.deepEqual(flagged('He typed sdfghjk and sdfghjk.'), ['sdfghjk:warning', 'sdfghjk:warning']);
  });
  test('a misspelling written twice is still one: it is one or two edits from a word', () => {
    assert.deepEqual(flagged('It was definately true. I definately said so.'), ['definately:warning', 'definately:warning']);
    assert.deepEqual(flagged('He did his exersize. The exersize hurt.'), ['exersize:warning', 'exersize:warning']);
    assert.deepEqual(flagged('He picked up a snorkle. The snorkle was wet.'), ['snorkle:warning', 'snorkle:warning']);
  });
  test('written three times, a word one edit from a common word is the story\'s too ("gapt"); twice, still a warning', () => {
    const gapt = 'He was my gapt in the creche.\n\nThe dormitory gapt came.\n\nHe is now my block gapt.';
    assert.deepEqual(flagged(gapt), []);
    assert.deepEqual(flagged('He was my gapt.\n\nThe dormitory gapt came.'), ['gapt:warning', 'gapt:warning']);
    assert.deepEqual(flagged('The whole fucken sky. The fucken weather.\n\nThe whole fucken squad.'), []);
  });
  test('a habit written three times stays: a slip inside the word or a spelling that sounds like the word', () => {
    const thrice = (w: string) => flagged(`It was ${w} so. I ${w} said it.\n\nAnd ${w} again.`);
    for (const w of [
      'definately',
      'exersize',
      'seperate',
      'untill',
      'thier',
      'priviledge',
      'suprise',
      'goverment',
      'truely',
      'knowlege',
      'onlt',
      'woukd',
      'htikn',
      'inbetween',
      'myselfes',
    ])
      assert.deepEqual(thrice(w), [`${w}:warning`, `${w}:warning`, `${w}:warning`], w);
  });
  test('is judged again when the story writes it again in another paragraph, or no longer does', () => {
    const analyzer = new Analyzer({ speller });
    const words = (text: string) =>
      analyzer
        .analyze(text)
        .findings.filter((f) => f.rule === 'spelling')
        .map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(words('The tultul stood high.\n\nThey climbed.'), ['tultul']);
    assert.deepEqual(words('The tultul stood high.\n\nThey climbed the tultul.'), []);
    assert.deepEqual(words('The tultul stood high.\n\nThey climbed.'), ['tultul']);
  });
});

describe('a voice written again', () => {
  test("a narrator's dialect word or dropped g written twice is the voice; once, information", () => {
    assert.deepEqual(flagged('That was gonna be fun.'), ['gonna:information']);
    assert.deepEqual(flagged("That was gonna be fun.\n\nNo, you ain't gonna take it."), []);
  });
  test('an elongation or an interjection written twice stays: it may be a typo written twice', () => {
    assert.deepEqual(flagged('He passsed the gate. Then he passsed the inn.'), ['passsed:information', 'passsed:information']);
  });
  test('a respelling written twice, only in speech, is how someone talks', () => {
    assert.deepEqual(flagged('"I jist got here," he said.'), ['jist:warning']);
    assert.deepEqual(flagged('"I jist got here," he said. "I jist ask her."'), []);
    // Written in narration too, it is the writer's.
    assert.deepEqual(flagged('"I jist got here," he said. He jist stood there.'), ['jist:warning', 'jist:warning']);
  });
  test('capitalized at a sentence start, a respelling the speech writes again is the same voice', () => {
    assert.deepEqual(flagged('"Hell, I jist ask her."\n\n"Jist like that?"'), []);
    assert.deepEqual(flagged('"Mough--it\'s my mough," the man said.'), []);
    // Once, or written in narration too, it is judged as before.
    assert.deepEqual(flagged('"Jist like that?"'), ['Jist:warning']);
    assert.deepEqual(flagged('He jist stood there.\n\n"Jist like that?"'), ['jist:warning', 'Jist:warning']);
    // A slip of a common word stays, however often: "Tke it" is "take".
    assert.deepEqual(flagged('"I tke it."\n\n"Tke it back."'), ['tke:warning', 'Tke:warning']);
  });
  test('a slip of the fingers in speech (a letter dropped, two swapped) stays, however often', () => {
    assert.deepEqual(flagged('"I tke it," he said. "You tke it too."'), ['tke:warning', 'tke:warning']);
    assert.deepEqual(flagged('"He konws," she said. "Everyone konws."'), ['konws:warning', 'konws:warning']);
  });
});

describe('names used once', () => {
  test('one edit from a middling word ("floor"), a name at a sentence start is information, not a warning', () => {
    const text = '"Floo from her office, first thing tomorrow."';
    assert.deepEqual(flagged(text), ['Floo:information']);
    // A frequent word still makes a capitalized slip a typo.
    assert.deepEqual(flagged('Teh dog barked.'), ['Teh:warning']);
  });
  test('in mid-sentence it is nothing, as a two-letter name is', () => {
    assert.deepEqual(flagged("The citizens had gathered inside Kaster's Store."), []);
    assert.deepEqual(flagged('The boat coasted into the null on the Aj.'), []);
  });
  test('a misspelled name of a character the story uses often is still character-name, with the name', () => {
    const text = `${'Floo smiled. '.repeat(6)}Then Flooo left.`;
    assert.deepEqual(flagged(text), []);
    const [f] = characterName.findings(text);
    assert.equal(text.slice(f.range.start, f.range.end), 'Flooo');
    assert.equal(f.suggestions[0], 'Floo');
  });
  test('a name called out on its own ("Keerist!") is nothing; a name addressed is still information', () => {
    assert.deepEqual(flagged('"Keerist!" he yelled. "Tchalo!" she cried.'), []);
    assert.deepEqual(flagged('Zyxwort, she thought.'), ['Zyxwort:information']);
  });
  test('a name before "or" or "and" and another name is a name', () => {
    assert.deepEqual(flagged('Xanthrel or Glendora had entered the room.'), []);
  });
  test('"D\'Aumont" after a title is a surname, and a name in the plural a family', () => {
    assert.deepEqual(flagged("They talked between the Duke D'Aumont and Jean."), []);
    assert.deepEqual(flagged("On the Christophers' lawn, girls played."), []);
    assert.deepEqual(flagged('Thes dogs barked.'), ['Thes:warning']);
  });
});

describe('no English word at all', () => {
  test('a code (capitals and a number) is no finding', () => {
    assert.deepEqual(flagged('The car with licence number JYM 114 was gone.'), []);
  });
  test('a French or Italian elided article is no finding', () => {
    assert.deepEqual(flagged("He read l'Osservatore Romano daily."), []);
  });
  test("a word clipped with an apostrophe (th', t') is a spoken form, silent", () => {
    assert.deepEqual(flagged("I'll put th' candle out."), []);
    assert.deepEqual(flagged('I put th candle out.'), ['th:warning']);
  });
});

describe('compounds', () => {
  test("a dropped g at the end of a derived compound (dry-gulchin') is a spoken form, silent", () => {
    assert.deepEqual(flagged("Which would you fear most, a dry-gulchin' or a shoot-down?"), []);
    assert.deepEqual(flagged('Which would you fear most, a dry-gulchin or a shoot-down?'), ['dry-gulchin:warning']);
  });
  test('a part of a hyphenated compound may be a name in lowercase (levi-clad), not a short one', () => {
    assert.deepEqual(flagged('The man stood near the levi-clad body.'), []);
    assert.deepEqual(flagged('He rode the ka-yo-ing dog.'), ['ka-yo-ing:warning']);
  });
});

describe('rare listed words counted as names', () => {
  test('"ben" and "rom", counted as the names "Ben" and "Rom", are hints with the common word first', () => {
    const [f] = spelling('I have ben there before.');
    assert.equal(f.severity, 'hint');
    assert.equal(suggest(f, speller).suggestions[0], 'been');
    assert.deepEqual(flagged('She left the rom quickly.'), ['rom:hint']);
  });
});

describe("a character's neopronouns", () => {
  test("ze/zir, xe/xem and the like are the story's words when it writes them again; once, they are checked as any word", () => {
    const story = 'Ari shook zir head. Ze did not look up.\n\nZe knew what zir mother wanted, and Ari told zirself to wait.';
    assert.deepEqual(flagged(story), []);
    assert.deepEqual(flagged('Kit packed xyr bag. Xe left before dawn; nobody saw xem go.\n\nXe did not come back for xemself.'), []);
    // Its contractions are the pronoun's: "ze's", "ze'd", "xe’ll".
    assert.deepEqual(flagged("Ze said ze's tired. Ze'd slept badly, and zir eyes ached.\n\nXe said xe’ll come; xem too."), []);
    // Written once, a form is a word no tier knows, as before.
    assert.deepEqual(flagged('She shook zir head.'), ['zir:warning']);
  });
  test('a slip that is a real word stays the spelling of that word: nothing here makes "hir" known unless the story uses it', () => {
    assert.deepEqual(flagged('He put hir coat on.'), ['hir:warning']);
    assert.deepEqual(flagged('Sam put on hir coat. Ze smiled at hirself in the mirror.\n\nHir hands shook.'), []);
  });
});
