import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import nspell from 'nspell';
import { createSpeller } from '../../src/core';
import { formsEngine, writeForms } from '../../src/core/hunspell-forms';
import { loadDictionary } from '../../src/node/dictionaries';

const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : new TextDecoder().decode(data));
const formsFile = (locale: string) => readFileSync(join(import.meta.dirname, '..', '..', 'data', 'hunspell-forms', `${locale}.txt`), 'utf8');

/** A small dictionary with what the forms must keep: affixes, a cross product, compound-only flags, a compound rule, ICONV. */
const AFF = [
  'SET UTF-8',
  'TRY esianrtolcdugmphbyfvkwz',
  'ICONV 1',
  "ICONV ’ '",
  'NOSUGGEST !',
  'COMPOUNDMIN 1',
  'ONLYINCOMPOUND c',
  'COMPOUNDRULE 1',
  'COMPOUNDRULE n*1t',
  'PFX U Y 1',
  'PFX U 0 un .',
  'SFX S Y 2',
  'SFX S y ies [^aeiou]y',
  'SFX S 0 s [^y]',
  'SFX D Y 2',
  'SFX D 0 ed [^e]',
  'SFX D 0 d e',
].join('\n');
const DIC = ['9', 'do/U', 'tie/USD', 'fly/S', 'walk/SD', "don't", 'Paris', 'NASA', 'crap/!', '0/n1', '1/n1', '0th/tc', '1th/tc', 'walk/U'].join('\n');
const WORDS = [
  'walk',
  'walks',
  'walked',
  'unwalk',
  'unwalked',
  'tie',
  'ties',
  'tied',
  'untied',
  'unties',
  'fly',
  'flies',
  'flys',
  'undo',
  'do',
  'dos',
  "don't",
  'don’t',
  'DON’T',
  'Don’t',
  'paris',
  'Paris',
  'PARIS',
  'NASA',
  'Nasa',
  'nasa',
  'Walk',
  'WALKED',
  'wAlked',
  'crap',
  '10th',
  '110th',
  '1th',
  '0th',
  '9',
  '19',
  ' walk ',
  '',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'xyzzy',
];

describe('the dictionary forms (affixes applied at build time)', () => {
  test('the shipped files are what the build script writes from the installed dictionaries', () => {
    for (const locale of ['en-US', 'en-GB'] as const) {
      const { aff, dic } = loadDictionary(locale);
      assert.equal(formsFile(locale), writeForms(text(aff), text(dic)), `${locale}: rerun npx tsx scripts/build-hunspell-forms.ts`);
    }
  });

  test('the Node hosts load them with the dictionary', () => {
    for (const locale of ['en-US', 'en-GB'] as const) assert.ok(loadDictionary(locale).forms, locale);
  });

  test('an engine over the forms tells every word as nspell does, and suggests the same', () => {
    const built = nspell({ aff: AFF, dic: DIC });
    const fromForms = formsEngine(AFF, DIC, writeForms(AFF, DIC));
    assert.ok(fromForms);
    for (const word of WORDS) assert.equal(fromForms.correct(word), built.correct(word), word);
    // The cases differ, or the test would hold of any two engines.
    assert.deepEqual(
      WORDS.filter((w) => fromForms.correct(w)),
      // (No "unwalked": the prefix and the suffix are flags of two entries. No "9": a .dic file's first line is its count.)
      [
        'walk',
        'walks',
        'walked',
        'unwalk',
        'tie',
        'ties',
        'tied',
        'untied',
        'unties',
        'fly',
        'flies',
        'undo',
        'do',
        "don't",
        'don’t',
        'DON’T',
        'Don’t',
        'Paris',
        'PARIS',
        'NASA',
        'Walk',
        'WALKED',
        'wAlked',
        'crap',
        '10th',
        '110th',
        ' walk ',
      ],
    );
    for (const word of ['walkd', 'flyes', 'dont', 'Pariss']) assert.deepEqual(fromForms.suggest(word), built.suggest(word), word);
    assert.deepEqual(fromForms.suggest('walkd'), ['walks', 'walk', 'walked']);
  });

  test('the shipped en-US forms spell and suggest as the dictionary built by nspell', () => {
    const { aff, dic } = loadDictionary('en-US');
    const built = nspell({ aff: text(aff), dic: text(dic) });
    const fromForms = formsEngine(text(aff), text(dic), formsFile('en-US'));
    assert.ok(fromForms);
    const words = [
      'color',
      'colour',
      'Colors',
      'recolored',
      "isn't",
      'isn’t',
      'ISN’T',
      'America',
      'america',
      'AMERICA',
      'NASA',
      'nasa',
      '21st',
      '11th',
      '1th',
      '12nd',
      'unhappiness',
      'untrue',
      'teh',
      'recieve',
    ];
    for (const word of words) assert.equal(fromForms.correct(word), built.correct(word), word);
    for (const word of ['recieve', 'teh', 'fucken', 'Amerika']) assert.deepEqual(fromForms.suggest(word), built.suggest(word), word);
  });

  test('forms built from other texts are ignored: the speller builds its own dictionary', () => {
    const forms = writeForms(AFF, DIC);
    assert.equal(formsEngine(AFF, `${DIC}\nwalker`, forms), undefined);
    assert.equal(formsEngine(`${AFF}\n`, DIC, forms), undefined);
    assert.equal(formsEngine(AFF, DIC, 'walk\nwalks\n'), undefined);
    // en-GB's forms handed to the en-US dictionary: the speller is still en-US.
    const us = loadDictionary('en-US');
    const speller = createSpeller({ aff: us.aff, dic: us.dic, forms: formsFile('en-GB') });
    assert.equal(speller.correct('color'), true);
    assert.equal(speller.correct('colour'), false);
  });

  test('refuses a dictionary whose flags are not single characters', () => {
    assert.throws(() => writeForms('FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .', 'walk/Aa'), /FLAG long/);
  });
});
