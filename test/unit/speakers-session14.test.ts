import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeByRules, attributeSpeakers } from '../../src/core/dialogue/speakers';

const CAST = ['Mira', 'Tobin', 'Oskar', 'Lena', 'Hook'];

/** Each quotation's speaker. */
function who(text: string, names = CAST): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

describe('speaker attribution, session 14: a story whose scenes are told by different narrators', () => {
  // Tobin tells the first scene (the quotes call him, the narration writes only Mira), Mira the
  // second (the quotes call her, the narration writes only Tobin).
  const first =
    'I sat on the hill above the village and waited. Mira flew down and landed beside me. Mira looked tired, and I did not blame her.\n\n' +
    '"Mira, I wanted to ask you something," I said.\n\n' +
    'Mira shook her head. "Later, Tobin. We have work to do."\n\n' +
    '"Work?" I asked.\n\n' +
    '"The wall," Mira said.\n\n';
  const second = (answer: string) =>
    '---\n\n' +
    'I watched the village from the gate, as I did every night. Tobin bounced down the road towards me. Tobin stopped at the gate, and Tobin looked up.\n\n' +
    '"Where were you, Mira?" Tobin asked.\n\n' +
    `${answer}\n\n` +
    '"Did it hold?"\n\n' +
    '"It held," I said.\n';

  it('gives each scene its own "I": the one its quotes call whom its narration never writes', () => {
    const speakers = who(first + second('I looked at Tobin. "At the wall."'));
    assert.deepEqual(speakers, ['Tobin', 'Mira', 'Tobin', 'Mira', 'Tobin', 'Mira', 'Tobin', 'Mira']);
  });

  it('gives a scene whose narration writes every name it calls no narrator of its own', () => {
    const speakers = who(
      first +
        second('I looked at Tobin. "At the wall."').replace('I watched the village from the gate', 'Mira watched the village from the gate, and so did I'),
    );
    assert.equal(speakers[7], null, '"It held," I said: no one the story names');
  });

  it('reads a story of one scene as before: one narrator', () => {
    const rules = attributeByRules(buildModel(first), { names: CAST });
    assert.equal(rules.narrator, 'Tobin');
    assert.deepEqual(
      rules.quotes.map((q) => q.speaker),
      ['Tobin', 'Mira', 'Tobin', 'Mira'],
    );
  });
});

describe('speaker attribution, session 14: the two who talked go on after narration about them', () => {
  const talk = (aside: string) =>
    'Oskar and Lena sat by the fire.\n\n' +
    '"Will you stay?" Oskar asked.\n\n' +
    '"I might," Lena said.\n\n' +
    `${aside}\n\n` +
    '"Then stay the winter," Oskar said.\n\n' +
    '"Only the winter?"\n\n' +
    '"As long as you like."\n\n' +
    '"Then I will stay."\n';
  const about =
    'Lena thought for a moment. It made sense, and she had known it would. The village needed someone to keep the books, and there was no one else who could, not this year and not the next one either.';

  it('alternates the untagged turns after it between the same two', () => {
    assert.deepEqual(who(talk(about)), ['Oskar', 'Lena', 'Oskar', 'Lena', 'Oskar', 'Lena']);
  });

  it('carries no pair across narration that names someone else', () => {
    const speakers = who(talk(about.replace('there was no one else who could', 'Tobin could not')));
    assert.deepEqual(speakers.slice(3), [null, null, null]);
  });

  it('carries no pair across a scene break', () => {
    const speakers = who(talk(`${about}\n\n---`));
    assert.deepEqual(speakers.slice(3), [null, null, null]);
  });
});

describe('speaker attribution, session 14: words that call no narrator', () => {
  const story = (quote: string) =>
    'I had not slept for days. The house was quiet, and I walked through it alone. I looked out of the window at the garden.\n\n' +
    '"I should go," I said.\n\n' +
    `Lena smiled at me. ${quote}\n`;

  it('hears a call the quotes make once as the narrator, as before', () => {
    assert.equal(attributeByRules(buildModel(story('"Goodnight, Twilight."')), { names: CAST }).narrator, 'Twilight');
  });

  it('takes no name from words only mentioned, nor from a tag question', () => {
    const listed = story('Her plan was to provide "Food, Shelter, and Clothing" to us all.');
    assert.equal(attributeByRules(buildModel(listed), { names: CAST }).narrator, undefined);
    assert.equal(attributeByRules(buildModel(story('"You are friends with Oskar, Right?"')), { names: CAST }).narrator, undefined);
  });
});

describe('speaker attribution, session 14: a title before a full stop', () => {
  it('takes no name from the word opening the next sentence', () => {
    const rules = attributeByRules(buildModel('The guild stood close to the King. It’s what made it strong. Capt. Hook laughed.\n\n"No," Lena said.\n'), {
      names: CAST,
    });
    assert.equal(rules.index.byToken.has('It'), false);
    assert.equal(rules.index.byToken.get('Hook'), 'Hook');
  });
});
