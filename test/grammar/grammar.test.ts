// The grammar file itself (its name, every regex compiles), a whole chapter as posted, and the
// tokenizer's speed on long pathological lines. By construct: dialogue.test.ts, headings.test.ts,
// flashbacks.test.ts, notes.test.ts; the language configuration: language-configuration.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import {
  BOLD,
  BYLINE,
  CHAPTER,
  DIALOGUE,
  DISCLAIMER,
  END_MARKER,
  FB_BEGIN,
  FB_END,
  FLASHBACK,
  grammarPath,
  loadGrammar,
  NOTE,
  POV,
  SCENE,
  SUMMARY,
  tokenize,
} from './tokenize';

before(loadGrammar);

describe('grammar file', () => {
  const raw = JSON.parse(readFileSync(grammarPath, 'utf8'));

  test('is named Fanfic with scope source.fanfic', () => {
    assert.equal(raw.name, 'Fanfic');
    assert.equal(raw.scopeName, 'source.fanfic');
  });

  test('every regex compiles in Oniguruma, including rules no other test reaches', () => {
    const regexes: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') regexes.push(value);
          else walk(value);
        }
      }
    };
    walk(raw);
    assert.ok(regexes.length > 20, `only ${regexes.length} regexes found`);
    for (const source of regexes) {
      // A back-reference to a begin capture would only compile once substituted; the grammar has none in end patterns.
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `does not compile: ${source}`);
    }
  });
});
describe('a whole chapter as posted (fixture)', () => {
  const text = readFileSync(join(__dirname, 'fixtures', 'sample-chapter.txt'), 'utf8').replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  const n = (startsWith: string) => {
    const i = lines.findIndex((l) => l.startsWith(startsWith));
    assert.ok(i >= 0, `fixture has no line starting with ${startsWith}`);
    return i + 1;
  };

  test('front matter, headers, flashback and end marker each get their scope', () => {
    const doc = tokenize(...lines);
    doc
      .lineHas(n('Disclaimer'), DISCLAIMER)
      .lineHas(n('By Night-Dragon'), BYLINE)
      .lineHas(n('Summary:'), SUMMARY)
      .lineHas(n('**Please review'), 'source.fanfic')
      .lineLacks(n('**Please review'), BOLD)
      .lineHas(n('Chapter One'), CHAPTER)
      .lineHas(n('A/N:'), NOTE)
      .lineHas(n("**Hermione's POV**"), POV)
      .has(n('"You\'re late'), '"You\'re late,"', DIALOGUE)
      .lineHas(n('-Flashback-'), FB_BEGIN)
      .lineHas(n('The Burrow'), FLASHBACK)
      .lineHas(n('-End of Flashback-'), FB_END)
      .lineLacks(n('She blinked'), FLASHBACK)
      .lineHas(n('~*~*~'), SCENE)
      .lineHas(n('*Draco*'), POV)
      .lineHas(n('-To be Continued-'), END_MARKER);
  });
});
describe('performance', () => {
  // Long lines built from the characters the line-level rules repeat (indentation, decoration runs,
  // words before "POV") are where overlapping quantifiers would backtrack polynomially or worse; the
  // timeout is a hang guard, not a timing assertion.
  test(
    'a generated 5,000-line chapter with pathological lines tokenizes to the end and its last line still gets the right scopes',
    { timeout: 120_000 },
    () => {
      const paragraph = [
        "\"I don't know,\" Hermione said, 'cause she didn't. 'Typical,' Ron thought, *sighing* at five o'clock.",
        "The boys' room was empty; rock 'n' roll played somewhere, and Naruto-kun was goin' home \"or so",
        '',
        'Flashback : The sun was warm that day … and she never answered. End flashback.',
        '',
        "**Hermione's POV**",
        '"Wait," she called, "please wait for me',
        '',
        '* * *',
        '',
      ];
      const lines: string[] = [];
      const pathological = [
        ' '.repeat(3000) + 'x',
        '*'.repeat(3000) + 'a',
        '* '.repeat(1500) + 'End',
        'Draco POV' + '\t'.repeat(3000) + 'q',
        '**Sasuke' + '-'.repeat(3000) + 'q',
        '**a '.repeat(750),
        "'Typical" + "'a ".repeat(1000) + '*',
        'Forty-' + 'one-'.repeat(750) + 'x',
        'By ' + 'a '.repeat(1500) + '.',
      ];
      for (let i = 0; i < 5; i++) lines.push(...pathological.flatMap((p) => [p, '']));
      while (lines.length < 5000) lines.push(...paragraph);
      lines.push('*Flashback*', '"Unclosed on purpose', '', 'Chapter 12', '"The last line," she said.');
      const doc = tokenize(...lines);
      const last = lines.length;
      assert.ok(last >= 5000);
      doc
        .lineHas(last - 4, FB_BEGIN)
        .has(last - 3, '"Unclosed on purpose', DIALOGUE)
        .has(last - 3, '"Unclosed on purpose', FLASHBACK)
        .lineLacks(last - 1, FLASHBACK)
        .lineHas(last - 1, CHAPTER)
        .has(last, '"The last line,"', DIALOGUE)
        .lacks(last, 'she said.', DIALOGUE)
        .lacks(last, 'she said.', FLASHBACK);
    },
  );
});
