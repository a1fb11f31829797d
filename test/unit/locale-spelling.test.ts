import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Analyzer, createSpeller, type AnalyzeOptions, type Speller } from '../../src/core';
import { LOCALE_PAIRS } from '../../src/core/data/locale-pairs.generated';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let us: Speller;
let gb: Speller;
before(() => {
  us = createSpeller(loadDictionary('en-US'));
  gb = createSpeller(loadDictionary('en-GB'));
});

const american = ruleHelpers('locale-spelling', () => ({ speller: us }));
const british = ruleHelpers('locale-spelling', () => ({ speller: gb }));
const spellingOf = (text: string, options: AnalyzeOptions) => ruleHelpers('spelling').findings(text, options);

describe('locale-spelling reports', () => {
  test('British spellings in an en-US story, as information, and spelling stays quiet', () => {
    const text = "The colour was grey. She didn't realise they had travelled to the centre.";
    assert.deepEqual(american.found(text), ['colour', 'realise', 'centre']);
    assert.ok(american.findings(text).every((f) => f.severity === 'information' && f.confident));
    assert.deepEqual(spellingOf(text, { speller: us }), []);
  });
  test('American spellings in an en-GB story', () => {
    assert.deepEqual(british.found("The color was gray. She didn't realize they had traveled to the center."), [
      'color',
      'gray',
      'realize',
      'traveled',
      'center',
    ]);
  });
  test('inflections and capitals', () => {
    assert.deepEqual(american.found('Colours faded. She was analysing the catalogs.'), ['Colours', 'analysing']);
  });
});

describe('locale-spelling stays silent on', () => {
  test('words right in both: amongst, whilst, learnt', () => {
    const text = 'Amongst friends, whilst it rained, she learnt to wait.';
    assert.deepEqual(american.found(text), []);
    assert.deepEqual(british.found(text), []);
    assert.deepEqual(spellingOf(text, { speller: us }), []);
  });
  test("the story's own spelling", () => {
    assert.deepEqual(american.found("The colour was grey, ma'am."), ['colour']);
    assert.deepEqual(american.found('The colour was grey.', { story: { words: ['colour', 'grey'] } }), []);
  });
  test('British forms SCOWL lists among American variants, in an en-US story: grey, theatre, travelled', () => {
    const text = 'They travelled to the theatre in a grey coat, with an acknowledgement.';
    assert.deepEqual(american.found(text), []);
    assert.deepEqual(spellingOf(text, { speller: us }), []);
    // Still an en-GB story's finding the other way round.
    assert.deepEqual(british.found('They traveled to the theater in a gray coat.'), ['traveled', 'theater', 'gray']);
  });
  test("each locale's own spellings", () => {
    assert.deepEqual(american.found('The color was gray.'), []);
    assert.deepEqual(british.found('The colour was grey.'), []);
  });
});

describe('locale-spelling fixes', () => {
  test("with the story locale's form, cased like the word", () => {
    assert.equal(american.fixed('Colour! The colour of honour.'), 'Color! The color of honor.');
    assert.equal(british.fixed('The color of honor, traveled.'), 'The colour of honour, travelled.');
  });
});

describe('the locale pairs', () => {
  test('are derived from the dictionaries: each British form en-GB knows and en-US does not, its partner en-US knows', () => {
    const lines = LOCALE_PAIRS.split('\n');
    assert.ok(lines.length > 1000);
    for (const line of lines.filter((_, i) => i % 50 === 0)) {
      const [g, u] = line.split(' ');
      assert.ok(gb.correct(g) && !us.correct(g) && us.correct(u), line);
    }
  });
});

describe('a story spelled in the other locale throughout', () => {
  const text =
    "The colour of the sky was his favourite. She wore her jewellery and a suit of armour, endeavouring to look brave.\n\nIt was the neighbour's cat, he said.\n";
  test('with no locale set by the story, its spellings are not reported', () => {
    assert.deepEqual(american.found(text), []);
    assert.deepEqual(spellingOf(text, { speller: us }), []);
  });
  test('a stray spelling of the other kind in it is still reported', () => {
    assert.deepEqual(american.found(`${text}\nThe color had gone.\n`), []);
    assert.deepEqual(british.found(`${text}\nThe color had gone.\n`), ['color']);
  });
  test('one or two such spellings in a story are reported as before', () => {
    assert.deepEqual(american.found('The colour of the sky was his favourite. The sky was gray.\n'), ['colour', 'favourite']);
  });
  test('a story that also spells the other way often enough has no locale of its own: each is reported', () => {
    const mixed = 'The colour, the favourite, the jewellery, the armour, the neighbour. The color, the favorite.\n';
    assert.deepEqual(american.found(mixed), ['colour', 'favourite', 'jewellery', 'armour', 'neighbour']);
    assert.deepEqual(american.found(mixed.replace(' The color, the favorite.', ' The color.')), []);
  });
  test("the story's own fanfic.json locale wins: every spelling of the other locale is reported", () => {
    const found = american.found(text, { speller: us, story: { locale: 'en-US' } });
    assert.deepEqual(found, ['colour', 'favourite', 'jewellery', 'armour', 'endeavouring']);
  });
  test('an edit that tips the balance is read again', () => {
    const analyzer = new Analyzer({ speller: us });
    assert.deepEqual(
      analyzer.analyze('The colour of it was his favourite.\n').findings.map((f) => f.rule),
      ['locale-spelling', 'locale-spelling'],
    );
    assert.deepEqual(
      analyzer.analyze(`The colour of it was his favourite.\n\n${text}`).findings.filter((f) => f.rule === 'locale-spelling'),
      [],
    );
  });
});
