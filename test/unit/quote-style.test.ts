import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { convertQuotes } from '../../src/core/quotes';
import { excerptCut } from '../support/brown';
import { ruleHelpers } from '../support/rule-helpers';

const { findings, found, fixed } = ruleHelpers('quote-style');

const STRAIGHT = `"You're late," said a voice behind her.\n\nHermione turned. "I was waiting for the post," she said.\n\n"And?"\n\n"Nothing yet." She set the book down.\n`;
const CURLY = `“You’re late,” said a voice behind her.\n\nHermione turned. “I was waiting for the post,” she said.\n\n“And?”\n\n“Nothing yet.” She set the book down.\n`;

describe('quote-style: mixed straight and curly double quotes', () => {
  test('one finding per paragraph of the minority style, converted to the dominant one', () => {
    const text = `${STRAIGHT}\n“They’re probably just busy,” he offered. “Owls get lost.”\n`;
    assert.deepEqual(found(text), ['“They’re probably just busy,” he offered. “Owls get lost.”']);
    const [f] = findings(text);
    assert.equal(f.severity, 'information');
    assert.equal(f.message, '4 curly quotes (`“ ”`) in a file that mostly uses straight quotes (`"`), 8 of 12: convert them to straight quotes (`"`).');
    assert.equal(fixed(text), `${STRAIGHT}\n"They’re probably just busy," he offered. "Owls get lost."\n`);
  });
  test('straight quotes in a curly file get their direction right', () => {
    const text = `${CURLY}\n"They're probably just busy," he offered.\n`;
    assert.deepEqual(found(text), ['"They\'re probably just busy,"']);
    assert.equal(fixed(text), `${CURLY}\n“They're probably just busy,” he offered.\n`);
  });
  test('a paragraph mixing both styles', () => {
    const text = `${CURLY}\n“Probably," Hermione agreed.\n`;
    assert.deepEqual(found(text), ['"']);
    assert.equal(fixed(text), `${CURLY}\n“Probably,” Hermione agreed.\n`);
  });
});

describe('quote-style: a quote that never closes', () => {
  test('reports a quote left open when the next paragraph does not continue the speech', () => {
    const text = `"I thought I would get a letter from my parents this morning, Hermione said.\n\nHarry pulled out the chair opposite her.\n`;
    assert.deepEqual(found(text), ['"']);
    assert.match(findings(text)[0].message, /`"I thought I would get a…`: this quote never closes/);
    assert.deepEqual(findings(text)[0].suggestions, []);
  });
  test('says where the quote is still open: the chapter, the scene, a paragraph', () => {
    const where = (text: string) => findings(text).map((f) => f.data?.open);
    assert.deepEqual(where('He turned. "Wait, I need to tell you something.\n\nThe End\n'), ['file']);
    assert.deepEqual(where('He turned. "Wait, I need to tell you.\n\n* * *\n\nMorning came.\n'), ['scene']);
    assert.deepEqual(where('"I thought I would get a letter, Hermione said.\n\nHarry sat down.\n'), ['paragraph']);
  });
  test('a chapter that ends on an open quote before its end marker, note or the next heading', () => {
    for (const after of ['The End', 'A/N: Thanks for reading!', 'Chapter 2\n\nMorning came.']) {
      const text = `Harry pulled out the chair.\n\n"I waited all morning, Hermione said. Nobody came.\n\n${after}\n`;
      assert.deepEqual(found(text), ['"'], after);
      assert.match(findings(text)[0].message, /`"I waited all morning,…`: this quote is/, after);
    }
  });
  test('the Brown scripts still tell a quote open at the end of a chapter from the others', () => {
    assert.deepEqual(findings('"I waited all morning, Hermione said.\n\nThe End\n').map(excerptCut), [true]);
    assert.deepEqual(findings('"I thought I would get a letter, Hermione said.\n\nHarry sat down.\n').map(excerptCut), [false]);
    assert.equal(excerptCut({ rule: 'spelling', data: { open: 'file' } }), false);
  });
  test('curly', () => assert.deepEqual(found('“Write every week, her mother had said.\n\nHermione had promised.\n'), ['“']));
});

describe('quote-style stays silent on', () => {
  for (const [name, text] of [
    ['one style', STRAIGHT],
    ['the other', CURLY],
    ['a speech over several paragraphs', `"I went to the store first.\n\n"Then I looked in the common room.\n\n"And then I came home," she said.\n`],
    ['a curly speech over several paragraphs', `“I went to the store first.\n\n“And then I came home,” she said.\n`],
    ['single quotes and apostrophes', `"Don't," he said. 'Typical,' she thought. The boys' room was goin' to be rock 'n' roll.\n`],
    ['a stray closing quote', 'Yes, I heard it in the news", he said.\n'],
    ['a speech the next paragraph goes on with but forgot to reopen', `"Reenact everything he did.\n\nTry to imagine it", he said.\n`],
    ['inches', 'He was 6\'2" and towered over her.\n'],
    // The text stops inside the speech: the writer is still typing it, or it is an excerpt.
    ['a speech still being typed where the text stops', 'He turned. "Wait, I need to'],
    ['a speech open in the last paragraph, the text stopping there', 'Harry pulled out the chair.\n\n"I waited all morning, Hermione said. Nobody came.\n'],
    ['the same with blank lines after it', 'He turned. "Wait, I need to tell you something.\n\n\n'],
  ] as const) {
    test(name, () => assert.deepEqual(found(text), []));
  }
});

describe('convertQuotes', () => {
  test('to curly: double quotes open and close', () => {
    assert.equal(convertQuotes('"Stop," she said. "I don\'t want to go."', 'curly'), '“Stop,” she said. “I don’t want to go.”');
    assert.equal(convertQuotes('Ron said,"Why?"asked Ron.', 'curly'), 'Ron said,“Why?”asked Ron.');
    assert.equal(convertQuotes('"I was going to—" He stopped. "—and then he left."', 'curly'), '“I was going to—” He stopped. “—and then he left.”');
    assert.equal(convertQuotes('(*"Hello,"* he said.)', 'curly'), '(*“Hello,”* he said.)');
  });
  test('to curly: a speech over several paragraphs reopens in each', () => {
    assert.equal(
      convertQuotes('"I went to the store.\n\n"And then I came home," she said.', 'curly'),
      '“I went to the store.\n\n“And then I came home,” she said.',
    );
  });
  test('to curly: single quotes and apostrophes', () => {
    assert.equal(convertQuotes("'Typical,' she thought. 'Everyone needs me to be fine.'", 'curly'), '‘Typical,’ she thought. ‘Everyone needs me to be fine.’');
    assert.equal(
      convertQuotes("He was goin' home 'cause the boys' room was rock 'n' roll in the '90s.", 'curly'),
      'He was goin’ home ’cause the boys’ room was rock ’n’ roll in the ’90s.',
    );
    assert.equal(convertQuotes(`"She said 'no' to me," he said.`, 'curly'), '“She said ‘no’ to me,” he said.');
    assert.equal(convertQuotes("'Cause I said so,' he thought. 'Cause I'm tired.", 'curly'), '‘Cause I said so,’ he thought. ’Cause I’m tired.');
    assert.equal(convertQuotes(`"'Tis the season," said Dumbledore. "Tell 'em."`, 'curly'), '“’Tis the season,” said Dumbledore. “Tell ’em.”');
    assert.equal(convertQuotes("Hermione's cat. The Weasleys' house. Y'know.", 'curly'), 'Hermione’s cat. The Weasleys’ house. Y’know.');
  });
  test('to straight', () => {
    assert.equal(convertQuotes('“Stop,” she said. ‘Typical,’ she thought. Don’t.', 'straight'), "\"Stop,\" she said. 'Typical,' she thought. Don't.");
  });
  test('only double quotes when asked', () => {
    assert.equal(convertQuotes('"Don\'t," he said.', 'curly', { singles: false }), "“Don't,” he said.");
    assert.equal(convertQuotes('“Don’t,” he said.', 'straight', { singles: false }), '"Don’t," he said.');
  });
  test('keeps every offset', () => {
    const text = `"I- I know," Hermione said. 'Typical.' "Wait..."\n\n"Go on, love."`;
    assert.equal(convertQuotes(text, 'curly').length, text.length);
    assert.equal(convertQuotes(convertQuotes(text, 'curly'), 'straight'), text);
  });
});
