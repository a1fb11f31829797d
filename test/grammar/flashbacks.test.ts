// Grammar scopes of flashbacks (tokenize.ts: the real grammar).
import { before, describe, test } from 'node:test';
import { CHAPTER, DIALOGUE, FB_BEGIN, FB_END, FLASHBACK, ITALIC, line, loadGrammar, SCENE, THOUGHT, tokenize } from './tokenize';

before(loadGrammar);

describe('flashbacks', () => {
  test('own-line markers across paragraphs: everything between is flashback, dialogue inside is still dialogue', () => {
    tokenize(
      'Harry closed his eyes.',
      '',
      '*Flashback*',
      '',
      '"Come here," his mother said.',
      '',
      'He ran to her, and she lifted',
      'him into the air.',
      '',
      '*End Flashback*',
      '',
      'Harry opened his eyes.',
    )
      .lineLacks(1, FLASHBACK)
      .lineHas(3, FB_BEGIN)
      .lineHas(3, FLASHBACK)
      .has(5, '"Come here,"', DIALOGUE)
      .has(5, '"Come here,"', FLASHBACK)
      .has(5, 'his mother said.', FLASHBACK)
      .lacks(5, 'his mother said.', DIALOGUE)
      .lineHas(8, FLASHBACK)
      .lineHas(10, FB_END)
      .lineHas(10, FLASHBACK)
      .lineLacks(10, ITALIC)
      .lineLacks(12, FLASHBACK);
  });

  test('a flashback opened and closed inside one paragraph', () => {
    line('Flashback : The sun was warm that day … and she never answered. End flashback.')
      .has(1, 'Flashback :', FB_BEGIN)
      .has(1, 'The sun was warm that day', FLASHBACK)
      .lacks(1, 'The sun was warm that day', FB_BEGIN)
      .has(1, 'End flashback.', FB_END)
      .has(1, 'End flashback.', FLASHBACK);
  });

  test('text after an inline closer, and the next paragraph, are outside the flashback', () => {
    tokenize('Flashback: "Run!" he yelled. End flashback. Harry woke.', '', 'It was morning.')
      .has(1, '"Run!"', DIALOGUE)
      .has(1, '"Run!"', FLASHBACK)
      .lacks(1, 'Harry woke.', FLASHBACK)
      .lineLacks(3, FLASHBACK);
  });

  test('a flashback may open mid-line right after a sentence', () => {
    line('She closed her eyes. Flashback: the sun was warm. End flashback. She opened them.')
      .lacks(1, 'She closed her eyes.', FLASHBACK)
      .has(1, 'Flashback:', FB_BEGIN)
      .has(1, 'the sun was warm.', FLASHBACK)
      .lacks(1, 'She opened them.', FLASHBACK);
  });

  const openers = [
    'Flashback:',
    'Flashback :',
    '*Flashback*',
    '-Flashback-',
    '~Flashback~',
    'Begin flashback',
    'FLASHBACK',
    'Flashback',
    'flashback',
    '**Flashback**',
    'Start of Flashback',
    '(Flashback)',
  ];
  for (const opener of openers) {
    test(`${JSON.stringify(opener)} on its own line opens a flashback`, () => {
      tokenize(opener, 'The rain fell.', '', 'End flashback', 'Back home.')
        .lineHas(1, FB_BEGIN)
        .lineHas(2, FLASHBACK)
        .lineHas(4, FB_END)
        .lineLacks(5, FLASHBACK);
    });
  }

  const closers = [
    '* * End Flashback * *',
    'End flashback',
    'End Flashback.',
    '*End Flashback*',
    '-End of Flashback-',
    'Flashback end',
    '~End Flashback~',
    'END FLASHBACK',
    'Flashback over',
    'End of the flashback',
  ];
  for (const closer of closers) {
    test(`${JSON.stringify(closer)} on its own line closes a flashback`, () => {
      tokenize('-Flashback-', 'The rain fell.', closer, 'Back home.').lineHas(2, FLASHBACK).lineHas(3, FB_END).lineHas(3, FLASHBACK).lineLacks(4, FLASHBACK);
    });
  }
});

// The same suite, in two blocks (the test names stay "flashbacks > …"): the markers above, what is
// not a marker and the edges of a flashback below.
describe('flashbacks', () => {
  test('a closer is not an opener: "Flashback end" alone does not open a flashback', () => {
    tokenize('Flashback end', 'The rain fell.').lineLacks(1, FB_BEGIN).lineLacks(2, FLASHBACK);
  });

  const prose = [
    'She had a flashback to that night.',
    'Flashbacks haunted her.',
    'Flashback after flashback hit him.',
    'Flashback, she thought, was the worst part.',
  ];
  for (const text of prose) {
    test(`the word in ${JSON.stringify(text)} does not open a flashback`, () => {
      tokenize(text, 'Next line.').lineLacks(1, FB_BEGIN).lineLacks(2, FLASHBACK);
    });
  }

  const boundaries = [
    '* * *',
    '***',
    '~*~*~',
    'xXx',
    'Chapter 3',
    '# Chapter 2',
    '~Chapter 2~',
    'Forty-seven: To say our final goodbyes.',
    'Ch. 3 - The Well',
    'TBC',
  ];
  for (const boundary of boundaries) {
    test(`an unclosed flashback stops before ${JSON.stringify(boundary)}`, () => {
      tokenize('Flashback:', '', 'It was raining.', '', boundary, '', 'Harry woke.').lineHas(3, FLASHBACK).lineLacks(5, FLASHBACK).lineLacks(7, FLASHBACK);
    });
  }

  test('the boundary line after an unclosed flashback keeps its own scope', () => {
    tokenize('*Flashback*', 'It was raining.', '* * *', 'Chapter 4: After').lineHas(3, SCENE).lineHas(4, CHAPTER);
  });

  test('an unclosed quote inside a flashback stops at its paragraph and the flashback still closes', () => {
    tokenize('~Flashback~', '"Wait for me,', '', 'But she was gone.', '', '~End Flashback~', 'Harry sighed.')
      .has(2, '"Wait for me,', DIALOGUE)
      .lacks(4, 'But she was gone.', DIALOGUE)
      .lineHas(4, FLASHBACK)
      .lineHas(6, FB_END)
      .lineLacks(7, FLASHBACK);
  });

  test('thoughts and emphasis inside a flashback keep their scopes', () => {
    tokenize('Flashback:', "'Not again,' she thought, and *ran*.", 'End flashback.')
      .has(2, "'Not again,'", THOUGHT)
      .has(2, '*ran*', ITALIC)
      .lineHas(2, FLASHBACK);
  });

  test('a new opener at line start ends an unclosed flashback and opens the next one', () => {
    tokenize('*Flashback*', 'The first memory.', '', '*Flashback*', 'The second memory.', '*End Flashback*', 'Now.')
      .lineHas(2, FLASHBACK)
      .lineHas(4, FB_BEGIN)
      .lineHas(5, FLASHBACK)
      .lineHas(6, FB_END)
      .lineLacks(7, FLASHBACK);
  });

  test('decorations with inner spaces around a marker: ~*~ Flashback ~*~', () => {
    tokenize('~*~ Flashback ~*~', 'Rain.', '~*~ End Flashback ~*~', 'Sun.').lineHas(1, FB_BEGIN).lineHas(3, FB_END).lineLacks(4, FLASHBACK);
  });

  test('a stray own-line closer with no open flashback is still a closing marker, but no flashback', () => {
    line('*End Flashback*').lineHas(1, FB_END).lineLacks(1, FLASHBACK).lineLacks(1, ITALIC);
  });
});
