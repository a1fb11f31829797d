import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addCharacter, addToList, analyze, parseStoryConfig, RULE_IDS } from '../../src/core';

describe('fanfic.json parsing', () => {
  test('a valid file applies', () => {
    const { config, problems } = parseStoryConfig(
      '{ "characters": [{ "name": "Hermione", "variants": ["Hermoine"] }], "words": ["Quidditch"], "rules": { "repeated-word": "error" }, "locale": "en-GB" }',
      RULE_IDS,
    );
    assert.deepEqual(problems, []);
    assert.equal(config.characters[0].name, 'Hermione');
    assert.deepEqual(config.words, ['Quidditch']);
    assert.equal(config.rules['repeated-word'], 'error');
    assert.equal(config.locale, 'en-GB');
  });
  test('comments and trailing commas are allowed', () => {
    assert.deepEqual(parseStoryConfig('{ // my story\n "words": ["Hogwarts",], }', RULE_IDS).problems, []);
  });
  test('a syntax error is a problem at its place, and the valid rest applies', () => {
    const text = '{ "words": ["Hogwarts"], "ignore": [ }';
    const { config, problems } = parseStoryConfig(text, RULE_IDS);
    assert.ok(problems.length > 0);
    assert.match(problems[0].message, /not valid JSON/);
    assert.ok(problems[0].range.start > 0 && problems[0].range.start <= text.length);
    assert.deepEqual(config.words, ['Hogwarts']);
  });
  test('wrong types and unknown rule ids are problems with reasons', () => {
    const text = '{ "words": "Hogwarts", "rules": { "no-such-rule": "error", "repeated-word": "loud" }, "characters": [{ "nom": "x" }] }';
    const messages = parseStoryConfig(text, RULE_IDS)
      .problems.map((p) => p.message)
      .join('\n');
    assert.match(messages, /"words" must be an array/);
    assert.match(messages, /Unknown rule id "no-such-rule"/);
    assert.match(messages, /Severity of "repeated-word" must be one of/);
    assert.match(messages, /A character needs a "name"/);
  });
  test('a story severity changes what analyze reports', () => {
    const { config } = parseStoryConfig('{ "rules": { "repeated-word": "off" } }', RULE_IDS);
    assert.deepEqual(analyze('the the', { story: config }), []);
    const [f] = analyze('the the', { story: parseStoryConfig('{ "rules": { "repeated-word": "error" } }', RULE_IDS).config });
    assert.equal(f.severity, 'error');
  });
  test('ignore silences a flagged text in the story', () => {
    assert.deepEqual(analyze('the the', { story: { ignore: ['the the'] } }), []);
  });
});

describe('fanfic.json editing', () => {
  test('adds a word in place, keeping comments and formatting', () => {
    const before = '{\n    // my words\n    "words": ["Hogwarts"],\n    "characters": []\n}\n';
    const after = addToList(before, 'words', 'Quidditch');
    assert.match(after, /\/\/ my words/);
    assert.deepEqual(parseStoryConfig(after, RULE_IDS).config.words, ['Hogwarts', 'Quidditch']);
    assert.match(after, /^ {4}"characters"/m);
  });
  test('adding a word already there changes nothing', () => {
    const text = '{ "words": ["Hogwarts"] }';
    assert.equal(addToList(text, 'words', 'Hogwarts'), text);
  });
  test('creates the list, and the file, when missing', () => {
    assert.deepEqual(parseStoryConfig(addToList('{ "characters": [] }', 'ignore', 'feh'), RULE_IDS).config.ignore, ['feh']);
    assert.deepEqual(parseStoryConfig(addToList('', 'words', 'Hogwarts'), RULE_IDS).config.words, ['Hogwarts']);
  });
  test('refuses to edit a broken file rather than lose what is in it', () => {
    assert.throws(() => addToList('{ "words": ["Hogwarts" ', 'words', 'x'), /has errors/);
  });
  test('adds a character, and merges variants into an existing one', () => {
    let text = addCharacter('{ "characters": [] }', { name: 'Hermione' });
    text = addCharacter(text, { name: 'Hermione', variants: ['Hermoine'] });
    text = addCharacter(text, { name: 'Ron', aliases: ['Ronald'] });
    const { config } = parseStoryConfig(text, RULE_IDS);
    assert.deepEqual(config.characters, [
      { name: 'Hermione', variants: ['Hermoine'] },
      { name: 'Ron', aliases: ['Ronald'] },
    ]);
  });
});
