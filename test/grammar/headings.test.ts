// Grammar scopes of scene breaks, chapter headings, and POV and time-skip headers (tokenize.ts: the real grammar).
import { before, describe, test } from 'node:test';
import { BOLD, CHAPTER, ITALIC, line, loadGrammar, POV, SCENE, tokenize } from './tokenize';

before(loadGrammar);

describe('scene breaks', () => {
  const breaks = [
    '***',
    '* * *',
    '~~~',
    '~*~*~',
    '-o-o-o-',
    'xXx',
    'oOo',
    '----',
    '___',
    '#',
    '          * * *',
    '\t~*~*~\t',
    'XXX',
    '=====',
    '-x-x-x-',
    'oOoOo',
  ];
  for (const text of breaks) {
    test(`${JSON.stringify(text)} is a scene break and is neither italic nor bold`, () => {
      line(text).lineHas(1, SCENE).lineLacks(1, ITALIC).lineLacks(1, BOLD);
    });
  }

  const prose = ['Ooo', 'Oh.', 'x', '-- he said', '*sigh*', 'xoxo, Ginny'];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not a scene break`, () => {
      line(text).lineLacks(1, SCENE);
    });
  }
});
describe('chapter headings', () => {
  const headings = [
    'Chapter One: His Decision',
    'Chapter 12',
    'Ch. 3 - The Well',
    '~Chapter 2~',
    '# Chapter 2',
    '## Chapter 3: Home',
    'Forty-seven: To say our final goodbyes.',
    'Twenty one: The Party',
    'One Hundred and Two: Again',
    'CHAPTER TWENTY-ONE',
    'Chapter IV: The Return',
    'Chapter 5 The Return',
    '*Chapter 7*',
    'Prologue',
    'Epilogue: Nineteen Years Later',
  ];
  for (const text of headings) {
    test(`${JSON.stringify(text)} is a chapter heading`, () => {
      line(text).lineHas(1, CHAPTER);
    });
  }

  const prose = [
    'Seven men walked in.',
    'Chapter one was done, she thought.',
    'The chapter 5 review was harsh.',
    'Forty-seven people came.',
    'Ten minutes passed.',
    'Chapterhouse rules applied.',
  ];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not a chapter heading`, () => {
      line(text).lineLacks(1, CHAPTER);
    });
  }
});
describe('POV and time-skip headers', () => {
  const headers = [
    "**Hermione's POV**",
    'Draco POV',
    '*Sasuke*',
    '~Sakura~',
    '**1 week later Draco POV**',
    "Hermione's P.O.V.",
    '~Draco Malfoy~',
    '3rd person POV',
    'POV: Draco',
    '*Three days later*',
    '**Meanwhile**',
    'Two weeks later...',
    '* * * Three days later * * *',
    "~*~ Sakura's POV ~*~",
    "Sasuke's POV (Five years ago)",
    '--Sasuke POV--',
  ];
  for (const text of headers) {
    test(`${JSON.stringify(text)} is a POV header and its ** or * are not emphasis`, () => {
      line(text).lineHas(1, POV).lineLacks(1, BOLD).lineLacks(1, ITALIC);
    });
  }

  const prose = ['She never understood his POV.', 'Draco walked in.', '*sigh*', 'Three days later, they met again.', '*BANG*', 'Draco walked to the POV'];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not a POV header`, () => {
      line(text).lineLacks(1, POV);
    });
  }

  test('continuation lines of a hard-wrapped paragraph are not headers', () => {
    tokenize('She told the whole story', "from Draco's POV", 'and it took', 'a few days later.').lineLacks(2, POV).lineLacks(4, POV);
  });

  test('a lowercase *sigh* alone on a line stays emphasis', () => {
    line('*sigh*').lineHas(1, ITALIC);
  });
});
