import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleHelpers } from '../support/rule-helpers';

const RULE = 'dialogue-punctuation';

// `fixed` applies the first finding's fix: each case has one mistake.
const { findings, found, fixedFirst: fixed } = ruleHelpers(RULE);

describe('dialogue-punctuation: a missing comma before a tag', () => {
  test('"Stop" she said.', () => {
    const text = '"Stop" she said, grabbing his sleeve.';
    assert.equal(fixed(text), '"Stop," she said, grabbing his sleeve.');
    const [f] = findings(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.confident, true);
    assert.equal(f.message, '`"Stop" she said`: a comma belongs before the closing quote when a tag follows: `"Stop," she said`.');
  });
  test('curly quotes', () =>
    assert.equal(fixed('“You’ll catch your death sitting there” Mrs. Weasley said.'), '“You’ll catch your death sitting there,” Mrs. Weasley said.'));
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
  test('a name, and a tag that goes on', () =>
    assert.equal(fixed('"Kagome-chan" Shippo whispered from the corner.'), '"Kagome-chan," Shippo whispered from the corner.'));
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
    "'Typical' she thought.",
    '“You’re late,” said a voice behind her.',
    '"I went to the store. "And then I came home," she said.',
    '"I went to the store, she said. "And then I came home."',
    'He was 6\'2" and towered over her.',
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  }
});

describe('dialogue-punctuation: every speech verb, after every mark', () => {
  for (const verb of ['demanded', 'growled', 'scoffed', 'spat', 'insisted', 'called', 'cried', 'questioned', 'snapped', 'hissed', 'purred', 'chirped']) {
    test(`"Why?" He ${verb}. → he ${verb}`, () => assert.equal(fixed(`"Why?" He ${verb}.`), `"Why?" he ${verb}.`));
  }
  test('after an exclamation mark, in curly quotes', () => assert.equal(fixed('“Sit, boy!” She snapped.'), '“Sit, boy!” she snapped.'));
  for (const verb of ['whispered', 'murmured', 'growled', 'hissed', 'insisted', 'scoffed', 'purred']) {
    test(`"Go." She ${verb}. → "Go," she ${verb}.`, () => assert.equal(fixed(`"Go." She ${verb}.`), `"Go," she ${verb}.`));
  }
  test('"Stay." He told her.', () => assert.equal(fixed('"Stay." He told her.'), '"Stay," he told her.'));
  test('curly: “Please.” She murmured.', () => assert.equal(fixed('“Please.” She murmured.'), '“Please,” she murmured.'));
  test('an inverted tag after a full stop', () => {
    assert.equal(fixed('"No." Said Wilson, "I don\'t."'), '"No," said Wilson, "I don\'t."');
    assert.equal(fixed('"Go." Whispered Kagome.'), '"Go," whispered Kagome.');
  });
  test('after a trailing-off or a break', () => {
    assert.equal(fixed('"Go..." She whispered.'), '"Go..." she whispered.');
    assert.equal(fixed('"Go…" He growled.'), '"Go…" he growled.');
    assert.equal(fixed('"Wait—" She hissed.'), '"Wait—" she hissed.');
  });
  test('a tag without a comma that goes on', () => {
    assert.equal(fixed('"Shucks, Gran" they said almost in unison.'), '"Shucks, Gran," they said almost in unison.');
    assert.equal(fixed('"Oso" Montero called "I\'ll get Gray Eyes."'), '"Oso," Montero called "I\'ll get Gray Eyes."');
  });
  test('a resumed quotation missing its comma', () => {
    assert.equal(fixed('"No," he said "not now."'), '"No," he said, "not now."');
    assert.equal(fixed('"No," said Kagome "not now."'), '"No," said Kagome, "not now."');
    assert.equal(fixed('“No,” Inuyasha growled “not now.”'), '“No,” Inuyasha growled, “not now.”');
  });
  test('a speech-and-sound verb after a comma or no mark is a tag', () => {
    assert.equal(fixed('"Stop" she laughed.'), '"Stop," she laughed.');
    assert.equal(fixed('"Stop," She sighed.'), '"Stop," she sighed.');
  });
});

describe('dialogue-punctuation stays silent on beats and capitals that belong', () => {
  for (const text of [
    '"Why?" Kagome demanded.',
    '"Why?" I demanded.',
    '"Go." She turned away.',
    '"Go." She laughed.',
    '"Go." She sighed.',
    '"Go." She nodded.',
    '"Go." She shrugged.',
    '"Go," she nodded.',
    '"Go." She smiled at him.',
    '"Why?" She laughed.',
    '"I\'m sorry." She cried.',
    '"Stop" she laughed at him.',
    '"No," he said, "not now."',
    '"No," he said. "Not now."',
    '"Go." Inuyasha drew his sword.',
    '“Go.” He told the story again.',
    '"Eden" they called it.',
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  }
});

// The shapes writers' guides quote from real fan fiction (our own words in them): a capitalized
// inverted tag after a question, a full stop before a name's tag, a missing comma, a capital after it.
describe('dialogue-punctuation: shapes from fan fiction writing guides', () => {
  test('“Where are we going?” Said Mira.', () =>
    assert.equal(fixed('“Where are we going?” Said Mira. Tarn looked at her.'), '“Where are we going?” said Mira. Tarn looked at her.'));
  test('“I need a favour, Wolf.” Tarn said.', () => assert.equal(fixed('“I need a favour, Wolf.” Tarn said.'), '“I need a favour, Wolf,” Tarn said.'));
  test('"Tarn is the best hunter." Said Mira.', () => assert.equal(fixed('"Tarn is the best hunter." Said Mira.'), '"Tarn is the best hunter," said Mira.'));
  test('“I am so cold,” She said.', () => assert.equal(fixed('“I am so cold,” She said.'), '“I am so cold,” she said.'));
});
