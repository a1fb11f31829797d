// Grammar scopes of dialogue, thoughts and emphasis (tokenize.ts: the real grammar).
import { before, describe, test } from 'node:test';
import { BOLD, DIALOGUE, ITALIC, line, loadGrammar, THOUGHT, tokenize } from './tokenize';

before(loadGrammar);

describe('dialogue', () => {
  test('straight double quotes are dialogue, quotes included, the tag is not', () => {
    line('"Why me?" Harry asked.').has(1, '"Why me?"', DIALOGUE).lacks(1, 'Harry asked.', DIALOGUE);
  });

  test('curly double quotes are dialogue', () => {
    line('“Stop,” she said, “right there.”').has(1, '“Stop,”', DIALOGUE).lacks(1, 'she said', DIALOGUE).has(1, '“right there.”', DIALOGUE);
  });

  test('a tag glued to the closing quote is not dialogue', () => {
    line('"Why?"asked Ron.').has(1, '"Why?"', DIALOGUE).lacks(1, 'asked Ron', DIALOGUE);
  });

  test('a quote opened on one line of a hard-wrapped paragraph closes on the next', () => {
    tokenize('"I never thought you would', 'come back," she said quietly.')
      .has(1, '"I never thought you would', DIALOGUE)
      .has(2, 'come back,"', DIALOGUE)
      .lacks(2, 'she said quietly.', DIALOGUE);
  });

  test('a speech over several paragraphs, each opening a quote and only the last closing, stops at each blank line', () => {
    tokenize(
      '"I went to the castle that night and waited for hours.',
      '',
      '"Nobody came. Not even Ron.',
      '',
      '"So I went home," Harry finished.',
      '',
      'Hermione said nothing.',
    )
      .has(1, 'waited for hours.', DIALOGUE)
      .has(3, '"Nobody came. Not even Ron.', DIALOGUE)
      .has(5, '"So I went home,"', DIALOGUE)
      .lacks(5, 'Harry finished.', DIALOGUE)
      .lacks(7, 'Hermione said nothing.', DIALOGUE);
  });

  test('an unclosed quote does not leak into the next paragraph', () => {
    tokenize('"Wait, I', 'need to', '', 'He was already gone.').has(2, 'need to', DIALOGUE).lacks(4, 'He was already gone.', DIALOGUE);
  });

  test('a closing quote opens nothing: the prose after a closed quote on the next line is plain', () => {
    tokenize('"Fine," he said.', 'She left.').lacks(2, 'She left.', DIALOGUE);
  });

  test('stutters, cut-offs and dialect stay inside the dialogue', () => {
    line('"H- Harry I- I know ye were goin\' to the ar--" she began.')
      .has(1, 'H- Harry I- I know ye were goin\' to the ar--"', DIALOGUE)
      .lacks(1, 'she began', DIALOGUE)
      .lacks(1, "goin' to", THOUGHT);
  });

  test('emphasis inside dialogue is both', () => {
    line('"I *hate* you," she hissed.').has(1, '*hate*', ITALIC).has(1, '*hate*', DIALOGUE);
  });
});
describe('thoughts', () => {
  test("'Typical.' She thought to herself. — a straight single-quoted thought", () => {
    line("'Typical.' She thought to herself.").has(1, "'Typical.'", THOUGHT).lacks(1, 'She thought to herself.', THOUGHT);
  });

  test('curly single-quoted thought', () => {
    line('‘Typical,’ she thought.').has(1, '‘Typical,’', THOUGHT).lacks(1, 'she thought', THOUGHT);
  });

  test('a thought may open after an opening bracket or a dash', () => {
    line("He stared (‘Why me?’ he wondered) and then—'Not again'—turned away.")
      .has(1, '‘Why me?’', THOUGHT)
      .lacks(1, 'he wondered', THOUGHT)
      .has(1, "'Not again'", THOUGHT)
      .lacks(1, 'turned away', THOUGHT);
  });

  const traps: [string, string][] = [
    ["don't", "I don't know what to do."],
    ["Hermione's", "Hermione's cat hissed."],
    ['Hermione’s', 'Hermione’s cat hissed.'],
    ["'cause", "I left 'cause it was late."],
    ["'Cause at sentence start", "'Cause I said so, that's why."],
    ["'em", "Let 'em come."],
    ["'til", "Wait 'til morning, she said."],
    ["'bout", "Don't worry 'bout it."],
    ["'round", "Come 'round tomorrow."],
    ["'sides", "'Sides, I'm goin' home."],
    ["goin'", "I was goin' home."],
    ["the boys' room", "She walked into the boys' room and froze."],
    ["rock 'n' roll", "He loved rock 'n' roll music."],
    ["o'clock", "It was five o'clock already."],
    ['curly ‘cause from autocorrect', 'I left ‘cause it was late.'],
    ['rock ’n’ roll with curly apostrophes', 'He loved rock ’n’ roll music.'],
  ];
  for (const [name, text] of traps) {
    test(`the apostrophe in ${name} never opens a thought`, () => {
      line(text).lineLacks(1, THOUGHT);
    });
  }

  test('all the apostrophe traps together on one line and the next line stay out of thoughts', () => {
    tokenize("I don't know why Hermione's cat ran 'cause of 'em, but I was goin' to the boys' room", "at five o'clock 'til rock 'n' roll came on.")
      .lineLacks(1, THOUGHT)
      .lineLacks(2, THOUGHT);
  });

  test('apostrophes inside a thought do not close it', () => {
    line("'I don't think Hermione's right,' she thought.").has(1, "'I don't think Hermione's right,'", THOUGHT).lacks(1, 'she thought.', THOUGHT);
  });

  test("g-dropping goin' followed by a word does not close a thought", () => {
    line("'I'm goin' home now,' she thought.").has(1, "home now,'", THOUGHT).lacks(1, 'she thought', THOUGHT);
  });

  test('a thought closes where a possessive follows it', () => {
    line("'Typical,' she thought, and went to the boys' room.").has(1, "'Typical,'", THOUGHT).lacks(1, "and went to the boys' room.", THOUGHT);
  });

  test('an unclosed thought stops at the paragraph end', () => {
    tokenize("'This is it, I", 'have to go', '', 'She left.').has(2, 'have to go', THOUGHT).lacks(4, 'She left.', THOUGHT);
  });

  test('single quotes inside dialogue are not thoughts', () => {
    line('"He said \'no\' to me," she cried.').has(1, "'no'", DIALOGUE).lacks(1, "'no'", THOUGHT);
  });
});
describe('emphasis', () => {
  test('*sigh* mid-sentence is italic, the rest is not', () => {
    line('She let out a *sigh* and sat down.').has(1, '*sigh*', ITALIC).lacks(1, 'and sat down.', ITALIC);
  });

  test('_underscores_ are italic', () => {
    line('It was _really_ late.').has(1, '_really_', ITALIC).lacks(1, 'late', ITALIC);
  });

  test('underscores inside a pen name or word are not italic', () => {
    line('Thanks to moony_padfoot_fan for the idea.').lineLacks(1, ITALIC);
  });

  test('**strong** and __strong__ are bold', () => {
    line('It was **not** over, __never__.').has(1, '**not**', BOLD).has(1, '__never__', BOLD).lacks(1, 'over', BOLD);
  });

  test('italic nested in bold is both', () => {
    line('**He *really* meant it**').has(1, '*really*', ITALIC).has(1, '*really*', BOLD).has(1, 'meant', BOLD);
  });

  test('asterisks with spaces around them (arithmetic, footnotes) are not emphasis', () => {
    line('He counted 5 * 3 * 2 of them.').lineLacks(1, ITALIC);
  });

  test('a review request set off with ** but never closed is not bold', () => {
    line('**Please review and tell me what you think!').lineLacks(1, BOLD).lineLacks(1, ITALIC);
  });

  test('emphasis does not span lines, so a stray * cannot italicize a paragraph', () => {
    tokenize('He said *something', 'and left*.').lineLacks(1, ITALIC).lineLacks(2, ITALIC);
  });
});
