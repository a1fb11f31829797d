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
