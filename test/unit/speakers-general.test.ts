import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** The quotations of `text` with their speakers, the attribution knowing `names` as inferred names. */
function speakers(text: string, names: string[]): Array<[string, string | null]> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

describe('speaker attribution: the sex of a subject after an opening clause', () => {
  it('learns he from a name that opens the main clause after a comma', () => {
    const text = 'In the course of our long talk at the party, Askington mentioned that he painted.\n\n"I take classes," he said.\n';
    assert.deepEqual(speakers(text, ['Askington']), [['"I take classes,"', 'Askington']]);
  });

  it('leaves a pronoun of the other sex unknown', () => {
    const text = 'In the course of our long talk at the party, Askington mentioned that he painted.\n\n"I take classes," she said.\n';
    assert.deepEqual(speakers(text, ['Askington']), [['"I take classes,"', null]]);
  });

  it('learns nothing from a name after a comma that is no subject', () => {
    const text = 'At the party that night we met the painters, Askington, and she waved at us.\n\n"I take classes," she said.\n';
    assert.deepEqual(speakers(text, ['Askington']), [['"I take classes,"', null]]);
  });
});

describe('speaker attribution: people a tag names once', () => {
  it('names the speaker of a tag before the quote by a full name seen once', () => {
    assert.deepEqual(speakers('Ben Franklin said, "Clearly spoken, Mr. Fogg."\n', []), [['"Clearly spoken, Mr. Fogg."', 'Franklin']]);
    assert.deepEqual(speakers('As Charles Evans Hughes said, "The law is what the judges say it is."\n', []), [
      ['"The law is what the judges say it is."', 'Hughes'],
    ]);
  });

  it('names the speaker of a tag after the quote by a full name seen once', () => {
    assert.deepEqual(speakers('"I think the interpreter is the harder to understand," Richard Sheridan said.\n', []), [
      ['"I think the interpreter is the harder to understand,"', 'Sheridan'],
    ]);
  });

  it('takes no place before a noun, nor a title alone, for a speaker', () => {
    assert.deepEqual(speakers('Such items recall the California journalist who reported: "The area is spectacularly scenic."\n', []), [
      ['"The area is spectacularly scenic."', null],
    ]);
    assert.deepEqual(speakers('The Captain said, "Hold fast."\n', []), [['"Hold fast."', null]]);
    // Nor a relation after a phrase, nor a place the story names twice and the tag puts before its noun.
    assert.deepEqual(speakers('At Christmas Dad said, "Open it."\n', []), [['"Open it."', null]]);
    const place =
      'Ads in California papers were worse.\n\nSuch items recall the California journalist who reported an accident: "The area is spectacularly scenic."\n';
    assert.deepEqual(speakers(place, ['California']), [['"The area is spectacularly scenic."', null]]);
  });
});

describe('speaker attribution: turns of talk', () => {
  it('fills no quote that stands inside a sentence of narration by alternation', () => {
    const text =
      '"Where to?" Kagome asked.\n\n"North," Miroku said.\n\nIt was called "the long way", "the path where nobody ever comes home again", for good reason.\n';
    assert.deepEqual(speakers(text, ['Kagome', 'Miroku']), [
      ['"Where to?"', 'Kagome'],
      ['"North,"', 'Miroku'],
      ['"the long way"', null],
      ['"the path where nobody ever comes home again"', null],
    ]);
  });

  it('still alternates an untagged turn that opens its paragraph', () => {
    const text = '"Where to?" Kagome asked.\n\n"North," Miroku said.\n\n"Why north?"\n';
    assert.deepEqual(speakers(text, ['Kagome', 'Miroku']), [
      ['"Where to?"', 'Kagome'],
      ['"North,"', 'Miroku'],
      ['"Why north?"', 'Kagome'],
    ]);
  });

  it("reads a tag's subject far before its quote, and gives a stranger's quote no one's name", () => {
    const text = '"Wait," Kagome said. An old man at the back of the crowd remarked, after a very long and very careful silence, "Nobody waits here."\n';
    assert.deepEqual(speakers(text, ['Kagome']), [
      ['"Wait,"', 'Kagome'],
      ['"Nobody waits here."', null],
    ]);
  });
});

describe('speaker attribution: a narrator called by name once', () => {
  const story = (answer: string) =>
    'I did the jacket for the book, and I worked a week on it. I was proud of it, and I took it uptown myself. McKenzie looked, and he frowned.\n\n' +
    '"Nothing doing, Rufus," McKenzie said. "It is static."\n\n' +
    `${answer}\n\n"That may be," he said.\n\nI went home and I painted all night.\n`;

  it('is whom the quote called, when the next turn is "I said"', () => {
    assert.deepEqual(speakers(story('"It is as authentic as research can make it," I said.'), ['McKenzie']), [
      ['"Nothing doing, Rufus,"', 'McKenzie'],
      ['"It is static."', 'McKenzie'],
      ['"It is as authentic as research can make it,"', 'Rufus'],
      ['"That may be,"', 'McKenzie'],
    ]);
  });

  it('stays unknown when the turn after the call is no "I said"', () => {
    const text = story('"It is as authentic as research can make it," Joyce said.') + '\n"Why?" I asked.\n';
    const said = speakers(text, ['McKenzie', 'Joyce']);
    assert.deepEqual(said[said.length - 1], ['"Why?"', null]);
  });

  it('is not whom the narrator calls', () => {
    const text =
      'I did the jacket for the book, and I worked a week on it. I was proud of it, and I took it uptown myself.\n\n' +
      '"Nothing doing, Rufus," I said. "It is static."\n\n"It is authentic," McKenzie said.\n\n"Why?" I asked.\n';
    const said = speakers(text, ['McKenzie']);
    assert.deepEqual(said[said.length - 1], ['"Why?"', null]);
  });
});
