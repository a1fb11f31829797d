import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation's speaker, with the story's inferred names (no roster). */
function speakers(text: string, names: string[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

// Rose reads out a list, item by item, each marked by a dash; Ivy answers some items, not all.
const LIST = [
  'Rose sat on the bed and Ivy sat beside her. Rose unfolded a sheet of paper.',
  '- Rose nods. "The first thing I love is the garden."',
  'Ivy smiles. "That was my idea."',
  '- "The second is the view from the window."',
  '- "The third is the breakfast."',
  '"Are these just compliments?"',
  '- Rose laughs. "The fourth is you."',
  '- "The fifth is the quiet."',
].join('\n\n');

describe('speaker attribution: a list read out item by item', () => {
  it('gives a marked item no tag or beat names to the one who read the last named item', () => {
    assert.deepEqual(speakers(LIST + '\n', ['Rose', 'Ivy']), ['Rose', 'Ivy', 'Rose', 'Rose', 'Ivy', 'Rose', 'Rose']);
  });

  it('leaves the items alone when the paragraphs carry no mark', () => {
    const got = speakers(LIST.replace(/^- /gm, '') + '\n', ['Rose', 'Ivy']);
    // Without the marks the items in a row are untagged turns like any others, not all Rose's.
    assert.notDeepEqual([got[2], got[3], got[6]], ['Rose', 'Rose', 'Rose']);
  });

  it("makes a named item of the other speaker the list's reader from there on", () => {
    const text = LIST.replace('- Rose laughs. "The fourth is you."', '- Ivy laughs. "The fourth is you."') + '\n';
    assert.equal(speakers(text, ['Rose', 'Ivy'])[6], 'Ivy');
  });

  it('does not give a numbered item the reader of a dashed list', () => {
    const text = LIST.replace('- "The fifth is the quiet."', '1. "The fifth is the quiet."') + '\n';
    assert.notEqual(speakers(text, ['Rose', 'Ivy'])[6], 'Rose');
  });

  it('fills the answers between two items of the reader by turns from the first, not back from the second', () => {
    const text = [
      'Rose sat on the bed and Ivy sat beside her. Rose unfolded a sheet of paper.',
      '- Rose nods. "The first thing I love is the garden."',
      'Ivy smiles. "That was my idea."',
      '- "The second is the view from the window."',
      '"Are these just compliments?"',
      '"Maybe."',
      'They both laugh.',
      '- "The third is the breakfast."',
    ].join('\n\n');
    assert.deepEqual(speakers(text + '\n', ['Rose', 'Ivy']), ['Rose', 'Ivy', 'Rose', 'Ivy', 'Rose', 'Rose']);
  });
});
