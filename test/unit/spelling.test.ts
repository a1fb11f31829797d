import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSpeller, type Speller, suggest } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { findings: spelling, foundWithSeverity: flagged } = ruleHelpers('spelling', () => ({ speller }));

describe('spelling reports', () => {
  test('a transposed or dropped letter, with suggestions computed lazily', () => {
    const [f] = spelling('She did not recieve the letter.');
    assert.equal(f.lazy, true);
    assert.deepEqual(f.suggestions, []);
    assert.match(f.message, /`recieve` is not in the dictionary/);
    const filled = suggest(f, speller);
    assert.equal(filled.suggestions[0], 'receive');
    assert.equal(filled.lazy, false);
  });
  test('several non-words', () => {
    assert.deepEqual(flagged('It was definately true, becuase I said so.'), ['definately:warning', 'becuase:warning']);
  });
  test('a missing apostrophe, with the apostrophe form as the confident fix', () => {
    const [f] = spelling('"I dont know," she said.');
    assert.deepEqual(f.suggestions, ["don't"]);
    assert.equal(f.confident, true);
    const im = spelling('Im tired.')[0];
    assert.deepEqual(im.suggestions, ["I'm"]);
    assert.deepEqual(
      spelling('Whats wrong? Thats mine. He wouldnt go.').map((x) => x.suggestions[0]),
      ["What's", "That's", "wouldn't"],
    );
  });
  test("the fix follows the document's curly apostrophes", () => {
    const [f] = spelling('She didn’t care. He doesn’t either. “I dont know,” she said.');
    assert.deepEqual(f.suggestions, ['don’t']);
  });
  test('a name used once is information, a lowercase non-word a warning', () => {
    assert.deepEqual(flagged('Zyxwort waited by the door.'), ['Zyxwort:information']);
  });
  test('dialect in narration is information', () => {
    assert.deepEqual(flagged('He was gonna leave outta town.'), ['gonna:information', 'outta:information']);
  });
});

describe('spelling stays silent on', () => {
  const silent: Array<[string, string]> = [
    ['a name the story uses twice', 'Hermione ran. Later, Hermione slept.'],
    ["a name's possessive and honorific forms", 'Sasuke waited. Sasuke\'s eyes narrowed. "Sasuke-kun," she said.'],
    ['a roster name used once', 'Hermione ran.'],
    ['stutters in dialogue', '"H- Harry, I-I know. Wh- what is it? B-but why?" she asked.'],
    ['elongations in dialogue', '"Nooo," he groaned. "Sooo tired. Ahhh."'],
    ['cut-offs in dialogue', '"I was going to ar--" she began.'],
    ['dialect in dialogue', '"Ye cannae go, lass. Yer gonna get hurt, outta the way, dunno why," he said.'],
    ['interjections in dialogue', '"Feh. Hmph. Tch," Inuyasha muttered.'],
    ['g-dropping and elisions in dialogue', "\"I'm goin' home, 'cause nothin' matters,\" she said."],
    ['fandom terms', 'The hanyou and the miko fought the youkai. Inuyasha adjusted his haori.'],
    ['shouting in capitals', '"NO! STOP!" she screamed.'],
    ['contractions the dictionary lacks', "There'd be trouble. Where'd he go?"],
    ['a name after a title', 'Mrs. Weasley smiled. Professor Zyxwort nodded.'],
    ['addresses and files', 'Write to me@example.com or see www.example.com/story_notes.'],
    ['correct prose', 'The rain had not stopped for three days, and she watched the garden drown.'],
  ];
  for (const [what, text] of silent) {
    test(what, () => assert.deepEqual(flagged(text, { story: { characters: [{ name: 'Hermione' }, { name: 'Inuyasha' }] } }), []));
  }
  test("words in the story's list and the user's dictionary", () => {
    assert.deepEqual(flagged('The quaffle flew past the zyxwort.', { story: { words: ['quaffle'] }, userWords: ['zyxwort'] }), []);
  });
  test('a name used twice across the story (counted in other files)', () => {
    assert.deepEqual(flagged('Then Zyxwort left.', { externalNames: new Map([['Zyxwort', 3]]) }), []);
  });
});

describe('spelling without a speller', () => {
  test('does not run', () => assert.deepEqual(ruleHelpers('spelling').found('She did not recieve it.'), []));
});
