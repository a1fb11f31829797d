import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SOUND_EITHER, SOUND_UNLIKE_LETTER, U_VOWEL } from '../../src/core/data/article-sounds.generated';
import { vowelSound } from '../../src/core/rules/a-an';
import { ruleHelpers } from '../support/rule-helpers';

const { findings, fixed, foundWithSeverity } = ruleHelpers('confusable');
/** The article findings of `text`, as `flagged→fix`. */
const articles = (text: string) =>
  findings(text)
    .filter((f) => /goes before a (?:vowel|consonant) sound/.test(f.message))
    .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);

describe('confusable: "a" or "an" against the sound after it (issue #15)', () => {
  test('the table holds the words the letter does not tell, read from the pronouncing dictionary', () => {
    for (const w of ['hour', 'honest', 'heir', 'one', 'once', 'unique', 'university', 'european']) assert.ok(SOUND_UNLIKE_LETTER.has(w), w);
    assert.ok(SOUND_EITHER.has('herb'));
    assert.ok(U_VOWEL.has('umbrella') && !U_VOWEL.has('unique'));
    assert.equal(vowelSound('apple'), true);
    assert.equal(vowelSound('hour'), true);
    assert.equal(vowelSound('honours'), true);
    assert.equal(vowelSound('unicorns'), false);
    assert.equal(vowelSound('euphoric'), false);
    assert.equal(vowelSound('book'), false);
    assert.equal(vowelSound('herb'), undefined);
  });

  test('reports "a" before a vowel sound and "an" before a consonant sound, fixed', () => {
    assert.deepEqual(articles("Perhaps they'd go to a occult bookshop."), ['a→an']);
    assert.equal(fixed('It was an unique idea, and a hour later a honest man came.'), 'It was a unique idea, and an hour later an honest man came.');
    assert.equal(fixed('He had an one-time offer for a eight-year-old horse.'), 'He had a one-time offer for an eight-year-old horse.');
    assert.equal(fixed('A apple fell.'), 'An apple fell.');
    assert.deepEqual(foundWithSeverity('She ate a apple.'), ['a:warning']);
  });

  test('stays silent on the right article, a word said both ways, an unconfirmed u word, initialisms and letters', () => {
    assert.deepEqual(articles('It was a European tradition, a unicorn, an umbrella, a union and an hourglass.'), []);
    assert.deepEqual(articles('She took a herb. He found a urinal.'), []);
    assert.deepEqual(articles('An FBI agent met a NATO officer. The letter a is first. Plan A failed.'), []);
    assert.deepEqual(articles('It was a "unique" day.'), []);
  });

  test('in speech, information, and never "an" for "a" (a speaker\'s "an" may be "and")', () => {
    assert.deepEqual(foundWithSeverity('"It\'s a ordinary garage," she said.'), ['a:information']);
    assert.deepEqual(articles('"You an me," he said. "An then we go, an tole him."'), []);
  });
});

describe('confusable: "the" straight before the end of a clause (issue #15)', () => {
  const slips = (text: string) =>
    findings(text)
      .filter((f) => /opens a noun phrase/.test(f.message))
      .map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);
  test('is "them" after a preposition or a verb, else "then"', () => {
    assert.deepEqual(slips('It was the card the two of the, had both sought.'), ['the→them']);
    assert.deepEqual(slips('I saw the. Then I left.'), ['the→them']);
    assert.deepEqual(slips('And the, she left.'), ['the→then']);
  });
  test('stays silent on speech cut off, on "the" named as a word, and on "the" before its noun or a calibre', () => {
    assert.deepEqual(slips('"It was the..." he said. "It was the—" She stopped.'), []);
    assert.deepEqual(slips('He wrote the word the. It was the end.'), []);
    assert.deepEqual(slips('It was not worth a shot from the .22 rifle.'), []);
  });
});
