// Grammar scopes of author's notes, front matter (disclaimer, byline, summary) and end markers (tokenize.ts: the real grammar).
import { before, describe, test } from 'node:test';
import { BOLD, BYLINE, DIALOGUE, DISCLAIMER, END_MARKER, FLASHBACK, ITALIC, line, loadGrammar, NOTE, POV, SUMMARY, THOUGHT, tokenize } from './tokenize';

before(loadGrammar);

describe("author's notes", () => {
  const notes = [
    'A/N: Thanks for reading!',
    'AN: Sorry for the wait.',
    "Author's Note: This is my first fic.",
    'Author’s Note: be kind',
    'a/n: short one today',
    '**A/N: Please review!**',
  ];
  for (const text of notes) {
    test(`${JSON.stringify(text)} is an author's note`, () => {
      line(text).lineHas(1, NOTE).lineLacks(1, BOLD);
    });
  }

  test('a note runs to the end of its hard-wrapped paragraph and no further', () => {
    tokenize("A/N: This chapter is from Draco's POV, so", 'bear with me. "Thanks" to all reviewers!', '', '"Malfoy," Harry said.')
      .lineHas(1, NOTE)
      .lineHas(2, NOTE)
      .lacks(2, '"Thanks"', DIALOGUE)
      .lineLacks(1, POV)
      .lineLacks(4, NOTE)
      .has(4, '"Malfoy,"', DIALOGUE);
  });

  test('a parenthesized note ends at its own closing parenthesis, nested parentheses included', () => {
    line('(A/N: sorry (again) for the wait!) Harry sighed.').has(1, '(A/N: sorry (again) for the wait!)', NOTE).lacks(1, 'Harry sighed.', NOTE);
  });

  test('a bracketed note ends at its closing bracket', () => {
    line('[AN: Ginny is 16 here] Ginny laughed.').has(1, '[AN: Ginny is 16 here]', NOTE).lacks(1, 'Ginny laughed.', NOTE);
  });

  test('a parenthesized note whose ")" is forgotten stops at the paragraph end', () => {
    tokenize('(A/N: I will update soon', '', 'Harry ran.').lineHas(1, NOTE).lineLacks(3, NOTE);
  });

  test('a note may start mid-line after the story text', () => {
    line('And they lived. A/N: thanks for reading!').lacks(1, 'And they lived.', NOTE).has(1, 'A/N: thanks for reading!', NOTE);
  });

  test('prose that mentions an author or "an" is not a note', () => {
    line("The author's note was long. An hour passed.").lineLacks(1, NOTE);
  });

  test('a note inside a flashback is a note inside the flashback', () => {
    tokenize('Flashback:', 'A/N: this is five years ago', '', 'He smiled.', 'End flashback')
      .lineHas(2, NOTE)
      .lineHas(2, FLASHBACK)
      .lineLacks(4, NOTE)
      .lineHas(4, FLASHBACK);
  });
});
describe('front matter', () => {
  const disclaimers = [
    "Disclaimer: I don't own Naruto.",
    "Don't own Harry Potter, sadly.",
    "I don't own Inuyasha or any of the characters.",
    'I do not own anything.',
    'DISCLAIMER - not mine',
    'Disclaimer:',
    'I don’t own Bleach.',
    'I own nothing.',
  ];
  for (const text of disclaimers) {
    test(`${JSON.stringify(text)} is a disclaimer line`, () => {
      line(text).lineHas(1, DISCLAIMER).lineLacks(1, THOUGHT);
    });
  }

  test('first-person prose "I don\'t own a car" is not a disclaimer', () => {
    line("I don't own a car, so I walked.").lineLacks(1, DISCLAIMER);
  });

  test('a disclaimer covers its line only', () => {
    tokenize("Disclaimer: I don't own Naruto.", 'Naruto ran.').lineLacks(2, DISCLAIMER);
  });

  test('Summary: line is a summary', () => {
    line('Summary: Hermione finds a time-turner and everything changes.').lineHas(1, SUMMARY);
  });

  test('"In summary" prose is not a summary', () => {
    line('In summary, he was wrong.').lineLacks(1, SUMMARY);
  });

  const bylines = ['By Night-Dragon', 'by xXsakuraXx', 'Written by Moony_Padfoot', 'By Sirius Black Lover 22'];
  for (const text of bylines) {
    test(`${JSON.stringify(text)} is a byline`, () => {
      line(text).lineHas(1, BYLINE).lineLacks(1, ITALIC);
    });
  }

  const notBylines = ['By the time he arrived, the sun had set.', 'By morning', 'By then it was over.', 'Bye Harry', 'by Hermione and Ron'];
  for (const text of notBylines) {
    test(`${JSON.stringify(text)} is not a byline`, () => {
      line(text).lineLacks(1, BYLINE);
    });
  }
});
describe('end markers', () => {
  const markers = ['-To be Continued-', 'TBC', '~Fin~', 'The End', 'To be continued...', '(TBC)', 'THE END!', '*Fin*'];
  for (const text of markers) {
    test(`${JSON.stringify(text)} alone on a line is an end marker`, () => {
      line(text).lineHas(1, END_MARKER).lineLacks(1, POV).lineLacks(1, ITALIC);
    });
  }

  const prose = ['The end of the road was near.', 'Fin swam away.', 'It was the end.', 'TBC means to be continued.'];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not an end marker`, () => {
      line(text).lineLacks(1, END_MARKER);
    });
  }
});
