import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
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
