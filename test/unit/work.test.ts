import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseStoryConfig, RULE_IDS } from '../../src/core';

const ROSTER = '"characters": [{ "name": "Hermione" }, { "name": "Draco", "aliases": ["Malfoy"] }, { "name": "Harry" }, { "name": "Ron" }]';

function parse(work: string, roster = ROSTER) {
  const text = `{ ${roster ? `${roster}, ` : ''}"work": ${work} }`;
  const result = parseStoryConfig(text, RULE_IDS);
  return { ...result, text, at: (i: number) => text.slice(result.problems[i].range.start, result.problems[i].range.end) };
}

describe('fanfic.json work', () => {
  test('a valid work is read, silently, with the roster as its characters', () => {
    const r = parse(
      '{ "title": "The Letter", "fandoms": ["Harry Potter - J. K. Rowling"], "rating": "Teen And Up Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"], "relationships": ["Hermione Granger/Draco Malfoy", "Harry & Ron"], "additionalTags": ["Slow Burn"], "summary": "Harry decides.", "notes": "For my beta.", "chapters": ["chapter-01.fic", "chapter-02.fic"] }',
    );
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.work, {
      title: 'The Letter',
      fandoms: ['Harry Potter - J. K. Rowling'],
      rating: 'Teen And Up Audiences',
      warnings: ['No Archive Warnings Apply'],
      categories: ['F/M'],
      relationships: ['Hermione Granger/Draco Malfoy', 'Harry & Ron'],
      characters: ['Hermione', 'Draco', 'Harry', 'Ron'],
      additionalTags: ['Slow Burn'],
      summary: 'Harry decides.',
      notes: 'For my beta.',
      chapters: ['chapter-01.fic', 'chapter-02.fic'],
    });
  });
  test('characters given are kept as given', () => {
    assert.deepEqual(parse('{ "characters": ["Luna Lovegood"] }').config.work?.characters, ['Luna Lovegood']);
  });
  test('a relationship name not in the roster is a warning on that name, with the nearest roster name as its fix', () => {
    const r = parse('{ "relationships": ["Hermoine Granger/Draco Malfoy"] }');
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].severity, 'warning');
    assert.equal(r.at(0), 'Hermoine');
    assert.deepEqual(r.problems[0].suggestions, ['Hermione']);
    assert.match(r.problems[0].message, /did you mean “Hermione”/);
  });
  test('a name far from every roster name is reported without a fix; an alias counts', () => {
    const r = parse('{ "relationships": ["Luna/Malfoy"] }');
    assert.equal(r.problems.length, 1);
    assert.equal(r.at(0), 'Luna');
    assert.deepEqual(r.problems[0].suggestions, []);
  });
  test('without a roster, relationships are not checked', () => {
    assert.deepEqual(parse('{ "relationships": ["Luna/Neville"] }', '').problems, []);
  });
  test('a relationship needs / or &', () => {
    assert.match(parse('{ "relationships": ["Hermione"] }').problems[0].message, /"\/" \(romantic\) or "&" \(platonic\)/);
  });
  test("a rating, warning or category AO3 does not know gets AO3's nearest as its fix", () => {
    const r = parse('{ "rating": "teen and up", "categories": ["Het"], "warnings": ["Major Character Deaths"] }');
    const byValue = Object.fromEntries(r.problems.map((p, i) => [r.at(i), p.suggestions[0]]));
    assert.deepEqual(byValue, { '"teen and up"': '"Teen And Up Audiences"', '"Het"': '"F/M"', '"Major Character Deaths"': '"Major Character Death"' });
  });
  test('the older tag names of warnings are still accepted', () => {
    assert.deepEqual(parse('{ "warnings": ["Choose Not To Use Archive Warnings", "Underage"] }').problems, []);
  });
  test('a summary over 1,250 characters and notes over 5,000 are warnings on their values', () => {
    const r = parse(`{ "summary": "${'s'.repeat(1251)}", "notes": "${'n'.repeat(5001)}", "title": "${'t'.repeat(256)}" }`);
    assert.deepEqual(
      r.problems.map((p) => p.message.replace(/ is .*/, '')),
      ["The work's title", "The work's summary", "The work's notes"],
    );
    assert.ok(r.problems.every((p) => p.severity === 'warning'));
    assert.equal(r.at(1).length, 1253);
  });
  test('unknown fields and wrong types are reported; the valid rest applies', () => {
    const r = parse('{ "title": 3, "fandom": "HP", "fandoms": ["Harry Potter"] }');
    assert.deepEqual(
      r.problems.map((p) => p.message),
      [
        'Unknown work field "fandom"; expected one of title, fandoms, rating, warnings, categories, relationships, characters, additionalTags, summary, notes, chapters.',
        '"work.title" must be a string.',
      ],
    );
    assert.deepEqual(r.config.work?.fandoms, ['Harry Potter']);
    assert.equal(parse('[]').problems[0].message.startsWith('"work" must be an object'), true);
  });
});
