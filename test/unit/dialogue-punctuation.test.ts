import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../src/core';

const RULE = 'dialogue-punctuation';

function findings(text: string) {
  return analyze(text).filter((f) => f.rule === RULE);
}

function found(text: string): string[] {
  return findings(text).map((f) => text.slice(f.range.start, f.range.end));
}

/** The text with the first suggestion of the first finding applied. */
function fixed(text: string): string {
  const [f] = findings(text);
  assert.ok(f, `no ${RULE} finding in ${JSON.stringify(text)}`);
  return text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end);
}

describe('dialogue-punctuation: a missing comma before a tag', () => {
  test('"Stop" she said.', () => {
    const text = '"Stop" she said, grabbing his sleeve.';
    assert.equal(fixed(text), '"Stop," she said, grabbing his sleeve.');
    const [f] = findings(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.confident, true);
    assert.equal(f.message, '`"Stop" she said`: a comma belongs before the closing quote when a tag follows: `"Stop," she said`.');
  });
  test('curly quotes', () => assert.equal(fixed('“You’ll catch your death sitting there” Mrs. Weasley said.'), '“You’ll catch your death sitting there,” Mrs. Weasley said.'));
  test('an adverb before or after the verb', () => {
    assert.equal(fixed('"Stop" she said quietly.'), '"Stop," she said quietly.');
    assert.equal(fixed('"Stop" quietly said Ron.'), '"Stop," quietly said Ron.');
    assert.equal(fixed('"Go on, love" she softly whispered.'), '"Go on, love," she softly whispered.');
  });
  test('an inverted tag and a speaker with a determiner', () => {
    assert.equal(fixed('"I know where he is" said Ron.'), '"I know where he is," said Ron.');
    assert.equal(fixed('"Move" the old man growled.'), '"Move," the old man growled.');
    assert.equal(fixed('"Hn" Sasuke muttered.'), '"Hn," Sasuke muttered.');
  });
  test('a thought tag', () => assert.equal(fixed('"Typical" she thought.'), '"Typical," she thought.'));
  test('a tag with an object', () => {
    assert.equal(fixed('"Go to bed" she told him.'), '"Go to bed," she told him.');
    assert.equal(fixed('"Go to bed" she told Harry firmly.'), '"Go to bed," she told Harry firmly.');
  });
  test('a name, and a tag that goes on', () => assert.equal(fixed('"Kagome-chan" Shippo whispered from the corner.'), '"Kagome-chan," Shippo whispered from the corner.'));
  test('a capitalized pronoun is lowered too', () => assert.equal(fixed('"Stop" She said.'), '"Stop," she said.'));
  test('the speech ends in dialect', () => assert.equal(fixed('"Ye\'ll be fine, lass" he muttered.'), '"Ye\'ll be fine, lass," he muttered.'));
  test('when the tag comes first', () => {
    const text = 'Miroku said "Wait. There is something here."';
    assert.equal(fixed(text), 'Miroku said, "Wait. There is something here."');
    assert.deepEqual(found(text), ['said "']);
    assert.equal(fixed('Kagome whispered softly "Inuyasha, sit."'), 'Kagome whispered softly, "Inuyasha, sit."');
    assert.equal(fixed('He asked “Where are you going?”'), 'He asked, “Where are you going?”');
  });
});

describe('dialogue-punctuation: a full stop where the comma belongs', () => {
  test('"Stop." she said.', () => assert.equal(fixed('"Stop." she said.'), '"Stop," she said.'));
  test('curly', () => assert.equal(fixed('“I just need a minute.” he said.'), '“I just need a minute,” he said.'));
  test('a tag that opens with I or a name keeps its capital', () => {
    assert.equal(fixed('"Thanks, Shippo." I said.'), '"Thanks, Shippo," I said.');
    assert.equal(fixed('"We need to go." Hermione said from the doorway.'), '"We need to go," Hermione said from the doorway.');
  });
  test('"Stop." She said. (a bare tag)', () => {
    assert.equal(fixed('"Stop." She said.'), '"Stop," she said.');
    assert.equal(fixed('"Leave it." He whispered, turning away.'), '"Leave it," he whispered, turning away.');
  });
});

describe('dialogue-punctuation: a capitalized tag', () => {
  test('after a comma', () => {
    const text = '"Stop," She said.';
    assert.deepEqual(found(text), ['She']);
    assert.equal(fixed(text), '"Stop," she said.');
    assert.match(findings(text)[0].message, /`She` is lowercase/);
  });
  test('a determiner and a pronoun in curly quotes', () => {
    assert.equal(fixed('“Get out,” The boy shouted.'), '“Get out,” the boy shouted.');
    assert.equal(fixed('“Get out,” His mother shouted.'), '“Get out,” his mother shouted.');
  });
  test('after a question mark when the tag is bare', () => assert.equal(fixed('"Why?" She asked.'), '"Why?" she asked.'));
});

describe('dialogue-punctuation: a missing space', () => {
  test('after a closing quote', () => {
    const text = '"Why?"asked Ron.';
    assert.deepEqual(found(text), ['"']);
    assert.equal(fixed(text), '"Why?" asked Ron.');
  });
  test('after a closing quote, before a capitalized tag', () => {
    const text = 'He looked up when he saw me. "Good morning, Lady Kagome,"He said with a smile.';
    assert.deepEqual(found(text), ['"He']);
    assert.equal(fixed(text), 'He looked up when he saw me. "Good morning, Lady Kagome," he said with a smile.');
  });
  test('after a closing quote, before a tag without its comma', () => assert.equal(fixed('"Stop"said Ron.'), '"Stop," said Ron.'));
  test('before an opening quote', () => {
    assert.equal(fixed('Ron said,"Why?"'), 'Ron said, "Why?"');
    assert.equal(fixed('Ron said"Why?"'), 'Ron said, "Why?"');
    assert.equal(fixed('Harry stopped."Why?"'), 'Harry stopped. "Why?"');
  });
});

describe('dialogue-punctuation stays silent on', () => {
  for (const text of [
    '"Stop," she said.',
    '"Stop!" she said.',
    '"Why?" asked Ron.',
    '"Wait..." she said.',
    '"Wait…" she whispered.',
    '"I was going to—" she began.',
    '"I was goin\' to ar--" he began.',
    '"Stop." She turned away.',
    '"Stop." She smiled.',
    '"Stop." Ron said nothing.',
    '"The Boy Who Lived" the papers called him, and he hated it.',
    'When you pile your "guy" on the bonfire, think of me.',
    '"Doctor" Lee asked her to lie down on the bed.',
    '"Where is he?" Nobody answered.',
    '"Is he coming?" Nobody answered.',
    '"I\'m fine." She sighed.',
    '"Stop," Ron said.',
    '"Stop," I said.',
    '"Meet me at five p.m." she said.',
    'He thought "Hogwarts: A History" was the dullest book ever written.',
    '"Stop," Hermione said, and turned a page she had not read.',
    '"Why?" She turned to the window.',
    '"Why?" He asked the question again.',
    '"Stop" She whispered the name to herself, over and over.',
    '"He\'s all right, Craig", Rachel said.',
    '"H- Harry," she had whispered. "Harry, please."',
    '"I-I know," Hermione said. "I just need a minute."',
    'She whispered "I love you" into his ear.',
    'They called it "the Burrow" and nobody knew why.',
    'He had read "Hogwarts: A History" she said twice.',
    'Miroku said, "Wait."',
    'Miroku said: "Wait."',
    '"Owl from Harry," she said. "He\'s coming home on Friday."',
    '\'Typical\' she thought.',
    '“You’re late,” said a voice behind her.',
    '"I went to the store. "And then I came home," she said.',
    '"I went to the store, she said. "And then I came home."',
    'He was 6\'2" and towered over her.',
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  }
});
