import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { main } from '../../src/cli/main';
import { createSpeller, foldName, type Speller } from '../../src/core';
import { phoneticKey } from '../../src/core/characters/phonetic';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

const { findings, fixes: names, fixed } = ruleHelpers('character-name', () => ({ speller }));

/** `check --format json` over a folder, findings as "file: rule text→fix". */
function checkFolder(dir: string): string[] {
  let out = '';
  main(['check', '--format', 'json', dir], { out: (t) => (out += t), err: () => undefined });
  return JSON.parse(out).files.flatMap((f: { path: string; findings: Array<{ rule: string; text: string; suggestions: string[] }> }) =>
    f.findings.map((x) => `${f.path.split('/').pop()}: ${x.rule} ${x.text}→${x.suggestions[0] ?? ''}`),
  );
}

const fixture = join(__dirname, '../fixtures/story-no-roster');

describe('names folded onto one name', () => {
  test('possessives and honorifics', () => {
    assert.equal(foldName("Hermione's"), 'Hermione');
    assert.equal(foldName('Hermione’s'), 'Hermione');
    assert.equal(foldName('Naruto-kun'), 'Naruto');
    assert.equal(foldName('Kakashi-sensei'), 'Kakashi');
    assert.equal(foldName('Inu-hanyou'), 'Inu-hanyou');
  });
  test('a phonetic key that matches typos and romanizations, not other names', () => {
    assert.equal(phoneticKey('Hermione'), phoneticKey('Hermoine'));
    assert.equal(phoneticKey('Shippo'), phoneticKey('Shippou'));
    assert.equal(phoneticKey('Ryo'), phoneticKey('Ryou'));
    assert.notEqual(phoneticKey('Ron'), phoneticKey('Rob'));
  });
});

describe('a story of several chapter files and no fanfic.json', () => {
  test('no name is flagged as a spelling error, and the one-off typo is flagged with the right fix', () => {
    assert.deepEqual(checkFolder(fixture), ['chapter-03.fic: character-name Sauske→Sasuke']);
  });
  test('a roster makes its spelling win across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanfic-roster-'));
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(
      join(dir, 'fanfic.json'),
      JSON.stringify({
        characters: [
          { name: 'Sakura', variants: ['Sakura-chan'] },
          { name: 'Shizune', variants: ['Kakashi'] },
        ],
      }),
    );
    const found = checkFolder(dir);
    // Every "Kakashi" in every file now reads as a variant of the roster's "Shizune".
    assert.equal(found.filter((f) => f.includes('Kakashi→Shizune')).length, 7);
    assert.ok(found.some((f) => f.startsWith('chapter-01.fic') && f.includes('Kakashi→Shizune')));
    assert.ok(found.some((f) => f.startsWith('chapter-03.fic') && f.includes('Kakashi→Shizune')));
  });
});

describe('character-name reports', () => {
  const story = (typo: string) => `${'Hermione walked to class. '.repeat(12)}Then ${typo} sat down.`;
  test('a rare spelling close to a frequent name, with the count', () => {
    const [f] = findings(story('Hermoine'));
    assert.equal(f.message, '`Hermoine` may be a misspelling of `Hermione` (used 12 times in this story).');
    assert.deepEqual(f.suggestions, ['Hermione']);
  });
  test('the fix keeps a possessive', () => {
    assert.equal(fixed(story("Hermoine's cat")), story("Hermione's cat"));
  });
  test('a roster variant, confidently', () => {
    const [f] = findings('Ryo laughed.', { story: { characters: [{ name: 'Ryou', variants: ['Ryo'] }] } });
    assert.equal(f.message, '`Ryo` is spelled `Ryou` in this story.');
    assert.equal(f.confident, true);
  });
  test('a variant of two words', () => {
    assert.deepEqual(names('The Death Eater ran.', { story: { characters: [{ name: 'DeathEater', variants: ['Death Eater'] }] } }), ['Death Eater→DeathEater']);
  });
  test('inconsistent casing: the roster form, else the dominant one', () => {
    assert.deepEqual(names(`${'McGonagall frowned. '.repeat(3)}Mcgonagall sighed.`), ['Mcgonagall→McGonagall']);
    assert.deepEqual(names('Mcgonagall frowned. Mcgonagall sighed.', { story: { characters: [{ name: 'McGonagall' }] } }), [
      'Mcgonagall→McGonagall',
      'Mcgonagall→McGonagall',
    ]);
  });
  test('a casing written often, a third as often as the other at least, is a second style: information', () => {
    // Real fan fiction: "Anti-Skill" 18 times against "Anti-skill" 25.
    const text = `${'Anti-skill came. '.repeat(7)}${'Anti-Skill left. '.repeat(5)}`;
    const fs = findings(text);
    assert.equal(fs.length, 5);
    assert.ok(fs.every((f) => f.severity === 'information' && f.suggestions[0] === 'Anti-skill'));
    // Written twice against ten times: a slip, a warning.
    const slips = findings(`${'Anti-skill came. '.repeat(10)}${'Anti-Skill left. '.repeat(2)}`);
    assert.ok(slips.length === 2 && slips.every((f) => f.severity === 'warning'));
  });
  test("a typo of a name used in the story's other files", () => {
    assert.deepEqual(names('Then Sauske left.', { externalNames: new Map([['Sasuke', 40]]) }), ['Sauske→Sasuke']);
  });
});

describe('character-name stays silent on', () => {
  test('two roster entries that look alike', () => {
    assert.deepEqual(names(`${'Ron ran. '.repeat(10)}Rob ran.`, { story: { characters: [{ name: 'Ron' }, { name: 'Rob' }] } }), []);
  });
  test('two dictionary words', () => {
    assert.deepEqual(names(`${'Harry ran. '.repeat(10)}Harvey ran. Mark came. ${'Mary ran. '.repeat(10)}`), []);
  });
  test('a rare name that is not close to a frequent one', () => {
    assert.deepEqual(names(`${'Hermione walked. '.repeat(10)}Luna waved.`), []);
  });
  test('shouting a name', () => {
    assert.deepEqual(names(`${'Hermione walked. '.repeat(10)}"HERMIONE!" he yelled.`), []);
  });
  test('a name used as often as the other spelling (two characters)', () => {
    assert.deepEqual(names(`${'Anna ran. '.repeat(5)}${'Anne ran. '.repeat(5)}`), []);
  });
});

describe('fanfic names', () => {
  test("lists the story's names, most frequent first (ties alphabetical), with the typo under its name", () => {
    let out = '';
    assert.equal(main(['names', '--format', 'json', fixture], { out: (t) => (out += t), err: () => undefined }), 0);
    const { names } = JSON.parse(out);
    assert.deepEqual(
      names.slice(0, 4).map((n: { name: string }) => n.name),
      ['Naruto', 'Sakura', 'Kakashi', 'Sasuke'],
    );
    const sasuke = names.find((n: { name: string }) => n.name === 'Sasuke');
    assert.deepEqual(sasuke.variants, [{ name: 'Sauske', count: 1, kind: 'misspelling' }]);
    assert.ok(!names.some((n: { name: string }) => ['The', 'She', 'Chapter'].includes(n.name)), 'sentence-start words are not names');
  });
});

describe('mentions of a name', () => {
  test('in story text only, or with headings for a rename', async () => {
    const { buildModel, mentionsOf } = await import('../../src/core');
    const text = "Chapter 3: Hermione\n\n**Hermione's POV**\n\nHermione ran. Hermione's cat did not.\n";
    const model = buildModel(text);
    const show = (ms: Array<{ range: { start: number; end: number } }>) => ms.map((m) => `${m.range.start}:${text.slice(m.range.start, m.range.end)}`);
    assert.deepEqual(show(mentionsOf(model, 'Hermione')), ['41:Hermione', '55:Hermione']);
    assert.deepEqual(show(mentionsOf(model, 'Hermione', { headings: true })), ['11:Hermione', '23:Hermione', '41:Hermione', '55:Hermione']);
  });
});
