import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { dropPlaceNames } from '../../src/core/dialogue/named-once';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation and its speaker, with the story's inferred names (no roster). */
function speakers(text: string, names: string[] = []): Array<[string, string | null]> {
  const model = buildModel(text);
  return attributeSpeakers(model, { names }).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

describe('speaker attribution: a kin word used as a name', () => {
  it('makes "Pa" a character when the narration writes it as the subject of verbs', () => {
    const text = 'Pa pulled at the covers. He was tasting his mouth.\n\nPa laughed. "Nothing to steal from me."\n';
    assert.deepEqual(speakers(text), [['"Nothing to steal from me."', 'Pa']]);
  });

  it('leaves "my pa" and a single use alone: no character', () => {
    const text = 'My pa pulled at the covers. I saw your Pa laughed once.\n\nPa coughed. "Nothing to steal from me."\n';
    assert.deepEqual(speakers(text), [['"Nothing to steal from me."', null]]);
  });
});

describe('speaker attribution: an epithet of sex ("the boy") in a viewpoint story', () => {
  const story = (line: string) =>
    'Morgan watched the road. Morgan wondered who they were. Morgan thought it was a trick, and he waited.\n\n' +
    'Jones came up the path. He sat down on the porch. Morgan thought he looked starved.\n\n' +
    line +
    '\n';

  it('gives "the boy asked" to the other man, not to the viewpoint character', () => {
    assert.deepEqual(speakers(story('"We could use a drink," the boy said.'), ['Morgan', 'Jones']), [['"We could use a drink,"', 'Jones']]);
  });

  it('still gives "he asked" to the last man named, as before', () => {
    assert.deepEqual(speakers(story('Morgan stood. "Where from?" he asked.'), ['Morgan', 'Jones']), [['"Where from?"', 'Morgan']]);
  });

  it('gives "the boy" the viewpoint character when no other man is about', () => {
    const text =
      'Morgan watched the road. Morgan wondered who they were. Morgan thought it was a trick. Morgan thought he heard a step.\n\n"Who is there," the boy asked.\n';
    assert.deepEqual(speakers(text, ['Morgan']), [['"Who is there,"', 'Morgan']]);
  });
});

describe('speaker attribution: a self-introduction outweighs a guessed tag', () => {
  const opening = 'Morgan looked at the two of them. Budd had sent nobody, he thought. He saw the boy sit down.\n\n';

  it('gives "I\'m Billy Jones," the boy answered to Jones, not to the last man named', () => {
    const text = opening + '"I\'m Billy Jones," the boy answered.\n\nJones sighed. He was tired.\n';
    assert.deepEqual(speakers(text, ['Morgan', 'Budd', 'Jones']), [['"I\'m Billy Jones,"', 'Jones']]);
  });

  it('keeps a tag that names the speaker: "I\'m Billy Jones," Morgan said, mocking him', () => {
    const text = opening + '"I\'m Billy Jones," Morgan said, mocking him.\n\nJones sighed. He was tired.\n';
    assert.deepEqual(speakers(text, ['Morgan', 'Budd', 'Jones']), [['"I\'m Billy Jones,"', 'Morgan']]);
  });
});

describe('speaker attribution: someone a quote introduces by a relation, called by an epithet', () => {
  const story = (after: string) =>
    [
      'Morgan carried the girl into the house and put her on the couch. The boy sat down. Jones was tired; he said nothing.',
      '"That\'s my wife Sharon," Jones said.',
      'The girl dropped off to sleep. Morgan woke the girl an hour later.',
      after,
    ].join('\n\n') + '\n';

  it('gives "the girl cried" and the she after "the girl" to the wife the quote named', () => {
    assert.deepEqual(speakers(story('"Not much of a meal?" the girl cried.\n\nShe rubbed her eyes. "I\'m a mess," she said.'), ['Morgan', 'Jones', 'Sharon']), [
      ['"That\'s my wife Sharon,"', 'Jones'],
      ['"Not much of a meal?"', 'Sharon'],
      ['"I\'m a mess,"', 'Sharon'],
    ]);
  });

  it('gives the epithet no one when the narration uses it only once', () => {
    const text = 'Morgan sat with Jones. Jones was tired.\n\n"That\'s my wife Sharon," Jones said.\n\n"Hungry?" the girl asked.\n';
    assert.deepEqual(speakers(text, ['Morgan', 'Jones', 'Sharon']), [
      ['"That\'s my wife Sharon,"', 'Jones'],
      ['"Hungry?"', null],
    ]);
  });
});

describe('speaker attribution: place words and modifiers are no characters', () => {
  it('does not take "the Pedersen kid" for a character named Pedersen, and keeps Hans', () => {
    const index = {
      byToken: new Map([
        ['Hans', 'Hans'],
        ['Pedersen', 'Pedersen'],
      ]),
      gender: new Map(),
      roster: new Set<string>(),
    };
    dropPlaceNames(['Hans found the Pedersen kid in the snow. Hans thought about the Pedersen kid all night.'], index);
    assert.deepEqual([...index.byToken.keys()], ['Hans']);
  });

  it('keeps a name the narration writes as a subject: Pedersen said, Pedersen laughed', () => {
    const text = 'Pedersen came in from the snow. Pedersen laughed.\n\n"Cold out," Pedersen said.\n';
    assert.deepEqual(speakers(text, ['Pedersen']), [['"Cold out,"', 'Pedersen']]);
  });

  it('does not make a street a speaker: "Drive" of Ocean Drive', () => {
    const text = 'Rob drove down Ocean Drive. He parked on Ocean Drive.\n\n"Here," Drive said.\n';
    assert.deepEqual(speakers(text, ['Rob', 'Ocean', 'Drive']), [['"Here,"', null]]);
  });
});
