import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation and its speaker, with the story's inferred names (no roster). */
function speakers(text: string, names: string[]): Array<[string, string | null]> {
  const model = buildModel(text);
  return attributeSpeakers(model, { names }).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

// A first-person story whose narrator is named once, in "and mine Stephen", and a woman who comes
// in unnamed ("Pretty soon a woman came along") and is named only at the end.
const BENCH = [
  'Long before, I had married Valery. I was twenty-one then, and I was in the army, and I thought I knew everything.',
  'I sat down on a bench in the park. I was miserable. Pretty soon a woman came along and sat down beside me, three feet away.',
  'After a while she said, "You have snow in your hair."',
  '"I know it," I said.',
  '"Why are you so unhappy?" she asked.',
  '"I am not unhappy," I said, and I looked at the snow.',
  'We walked to my hotel. I had once known that same comfort with Valery.',
  '"Bon jour!" she exclaimed in the morning.',
  'We ate and we talked. Her name was Suzanne, and mine Stephen.',
].join('\n\n');

describe('speaker attribution: a narrator named once, a stranger named late', () => {
  it('gives "I said" the name the narrator gives himself in "Her name was Suzanne, and mine Stephen"', () => {
    const got = speakers(BENCH + '\n', ['Valery', 'Stephen']);
    assert.deepEqual(
      got.map(([, s]) => s),
      ['Suzanne', 'Stephen', 'Suzanne', 'Stephen', 'Suzanne'],
    );
  });

  it('gives the she of a woman brought in after a short opening to her later name, not to the wife named before', () => {
    const got = speakers(BENCH + '\n', ['Valery', 'Stephen']);
    assert.equal(got[0][1], 'Suzanne');
    assert.equal(got[2][1], 'Suzanne');
  });

  it('gives the woman who has spoken in the scene a she after narration names the wife only after a preposition', () => {
    const got = speakers(BENCH + '\n', ['Valery', 'Stephen']);
    // "I had once known that same comfort with Valery." / `"Bon jour!" she exclaimed`.
    assert.equal(got[4][1], 'Suzanne');
  });

  it('keeps the she of the one the narration names as a subject: "Valery came in."', () => {
    const text = BENCH.replace('I had once known that same comfort with Valery.', 'Then Valery came in, furious.') + '\n';
    assert.equal(speakers(text, ['Valery', 'Stephen'])[4][1], 'Valery');
  });

  it('stays unknown when the story never names the narrator nor the woman', () => {
    const text = BENCH.replace('We ate and we talked. Her name was Suzanne, and mine Stephen.', 'We ate and we talked.') + '\n';
    const got = speakers(text, ['Valery']);
    assert.deepEqual(
      got.map(([, s]) => s),
      [null, null, null, null, null],
    );
  });
});

describe('speaker attribution: a relation the narrator names someone by', () => {
  const DINNER = [
    'Arlene came in late with the children.',
    '"I\'m sorry, Mrs. Minks," Arlene said softly.',
    '"It\'s perfectly understandable, Arlene," my mother said. "You were playing."',
    'My mother bit into a radish. She always did that.',
    '"She really is a dear," she told us later.',
  ].join('\n\n');

  it('gives "my mother said" the one the quote before addressed, when she answers its speaker back', () => {
    assert.deepEqual(
      speakers(DINNER + '\n', ['Arlene']).map(([, s]) => s),
      ['Arlene', 'Minks', 'Minks', 'Minks'],
    );
  });

  it('leaves "my mother said" unknown when no quote links her to a name', () => {
    const text = DINNER.replace('"I\'m sorry, Mrs. Minks," Arlene said softly.', '"I\'m sorry," Arlene said softly.') + '\n';
    assert.deepEqual(
      speakers(text, ['Arlene']).map(([, s]) => s),
      ['Arlene', null, null, 'Arlene'],
    );
  });

  it('does not link a relation whose answer addresses no one the quote before came from', () => {
    const text = DINNER.replace('"It\'s perfectly understandable, Arlene," my mother said.', '"It\'s perfectly understandable," my mother said.') + '\n';
    assert.equal(speakers(text, ['Arlene'])[1][1], null);
  });
});

describe('speaker attribution: unnamed members of a group, beats that are no one', () => {
  it('keeps the he after "One of the children…" from the named man before', () => {
    const text = 'Mr. Gorboduc laughed. "You do?" he asked.\n\nOne of the children stepped back out of range.\n\n"No," he said.\n';
    assert.deepEqual(speakers(text, ['Gorboduc']), [
      ['"You do?"', 'Gorboduc'],
      ['"No,"', null],
    ]);
  });

  it('keeps the he after "and the other went on" from the named man before', () => {
    const text = 'Mr. Gorboduc laughed. "What do you do?" he asked.\n\n"We bump," one said; and the other went on to the idea. "We grind, too," he said.\n';
    assert.deepEqual(
      speakers(text, ['Gorboduc']).map(([, s]) => s),
      ['Gorboduc', null, null],
    );
  });

  it('reads "It was flat, definite." after a quote as no beat, so the exchange alternates past it', () => {
    const text = [
      '"I sure can\'t complain," Rose said.',
      '"We would like your permission," Joe said.',
      '"No." It was flat, definite.',
      '"Suppose you let me explain."',
      '"No," Rose said.',
    ].join('\n\n');
    assert.deepEqual(
      speakers(text + '\n', ['Rose', 'Joe']).map(([, s]) => s),
      ['Rose', 'Joe', 'Rose', 'Joe', 'Rose'],
    );
  });
});

describe('speaker attribution: answers', () => {
  it('gives an untagged turn that calls the last speaker by name to the one who spoke before them', () => {
    const text = [
      '"I\'ve got cancer, haven\'t I?" Rose said.',
      'Joe stared at her for a long time, and he could not find a thing to say for a while, since the tone of her voice had changed so much that it could have been another woman talking, one he had known well.',
      '"You haven\'t got cancer," Joe said.',
      '"Don\'t give me a lot of talk, Joe."',
    ].join('\n\n');
    assert.deepEqual(
      speakers(text + '\n', ['Rose', 'Joe']).map(([, s]) => s),
      ['Rose', 'Joe', 'Rose'],
    );
  });

  it('does not give a turn that calls the last speaker by name to anyone when no one else spoke in the scene', () => {
    const text = '"You haven\'t got cancer," Joe said.\n\n"Don\'t give me a lot of talk, Joe."\n';
    assert.deepEqual(
      speakers(text, ['Joe']).map(([, s]) => s),
      ['Joe', null],
    );
  });

  it('gives the untagged turn before one whose speaker "went on" to that speaker', () => {
    const text = [
      '"You are very tactful, Stephen," Suzanne remarked.',
      '"Um?" Stephen grunted.',
      '"Yes, because you did not run off."',
      'He raised his eyes to her in the mirror.',
      '"I did not really use yours," Suzanne went on.',
    ].join('\n\n');
    assert.deepEqual(
      speakers(text + '\n', ['Suzanne', 'Stephen']).map(([, s]) => s),
      ['Suzanne', 'Stephen', 'Suzanne', 'Suzanne'],
    );
  });

  it('gives the next untagged turn to the character a tag spoke to by name: I told Moore, "…"', () => {
    const text = [
      '"She had no family," Nellie said.',
      'I walked into the living room. I told Moore, "Where does Tim\'s wife live?"',
      '"I\'ll take you there."',
    ].join('\n\n');
    assert.equal(speakers(text + '\n', ['Nellie', 'Moore', 'Tim'])[2][1], 'Moore');
  });
});

describe('speaker attribution: untagged exchanges', () => {
  // A first-person story: "My name is Susan" names the narrator.
  const MOTEL = [
    'My name is Susan, and I was nineteen that summer. I loved Johnnie, and I knew I would always love him.',
    '"Are you cold?" I asked him.',
    '"Not with you," Johnnie said.',
    '"Good," I said.',
    'I lay awake a long time afterwards, and I thought about everything I had been taught, and I did not care, because I was practically a bride, after all. Outside, in the fields, the crickets sang.',
    '"Love me?"',
    '"Uh-huh. Love you."',
    '"Always and always, Johnnie?"',
    '"Always."',
  ].join('\n\n');

  it('gives a first-person exchange of untagged turns that call one person by name to the narrator and them', () => {
    assert.deepEqual(
      speakers(MOTEL + '\n', ['Johnnie', 'Susan'])
        .slice(3)
        .map(([, s]) => s),
      ['Susan', 'Johnnie', 'Susan', 'Johnnie'],
    );
  });

  it('leaves such an exchange unknown when the story never names its narrator', () => {
    const text = MOTEL.replace('My name is Susan, and I was', 'I was') + '\n';
    assert.deepEqual(
      speakers(text, ['Johnnie'])
        .slice(3)
        .map(([, s]) => s),
      // Only the answer to "Johnnie?" is known: his.
      [null, null, null, 'Johnnie'],
    );
  });

  it('carries the alternation on from a turn it filled: "Love me, Johnnie." / "I will, kitten!" / … / "Mmm." I snuggled', () => {
    const text = [
      '"Love me, Johnnie."',
      '"I will, kitten!"',
      '"Will you always love me this way?"',
      '"Uh huh. Always."',
      '"Mmm." Susan snuggled closer to him.',
    ].join('\n\n');
    assert.deepEqual(
      speakers(text + '\n', ['Johnnie', 'Susan']).map(([, s]) => s),
      ['Susan', 'Johnnie', 'Susan', 'Johnnie', 'Susan'],
    );
  });
});

// A first-person story whose narrator is named only by the other speaker's call in the last line,
// by a word of the dictionary ("Twilight") that no table knows as a name.
const HOTEL = [
  'I trot to the bed and slip under the blanket. I kiss her cheek. I close my eyes and I wait.',
  'I whisper, "Goodnight Pinkie, I love you."',
  'Pinkie wraps me in a hug. "I\'m so glad you made it!"',
  'I blush and say, "I was studying."',
  'Pinkie smiles. "You gotta keep studying!"',
  'I giggle. "I\'m not sure that\'s how it works."',
  'Pinkie kisses my chest. "Goodnight, Twilight. I love you too."',
].join('\n\n');

describe('speaker attribution: a narrator the other calls by name once', () => {
  it('gives "I whisper", "I blush and say" and the beats with I the name the other speaker calls the narrator', () => {
    const got = speakers(HOTEL + '\n', ['Pinkie']);
    assert.deepEqual(
      got.map(([, s]) => s),
      ['Twilight', 'Pinkie', 'Twilight', 'Pinkie', 'Twilight', 'Pinkie'],
    );
  });

  it('stays unknown when the narration writes the name as someone else', () => {
    const text = HOTEL.replace('I close my eyes and I wait.', 'I think of Twilight and I wait.') + '\n';
    const got = speakers(text, ['Pinkie']);
    assert.equal(got[0][1], null);
    assert.equal(got[2][1], null);
  });

  it('stays unknown when the narrator calls the name herself', () => {
    const text = HOTEL.replace('"I was studying."', '"I was studying, Twilight."') + '\n';
    assert.equal(speakers(text, ['Pinkie'])[2][1], null);
  });

  it('stays unknown when the word is a form of address anyone is called by', () => {
    const text = HOTEL.replace('Goodnight, Twilight.', 'Goodnight, Sweetie.') + '\n';
    assert.equal(speakers(text, ['Pinkie'])[2][1], null);
  });
});
