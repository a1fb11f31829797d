import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { examplesOf, learn, loadDocs, render, train } from '../../scripts/build-speaker-model';
import { buildModel } from '../../src/core';
import { FEATURES, pick, type Choice } from '../../src/core/dialogue/speaker-model';
import { attributeByRules, attributeSpeakers } from '../../src/core/dialogue/speakers';

const cast = [
  { name: 'Kagome', pronouns: 'she/her' },
  { name: 'Miroku', pronouns: 'he/him' },
];

function speakers(text: string, learned: boolean): Array<[string, string | null]> {
  return attributeSpeakers(buildModel(text), { characters: cast, learned }).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

describe('the learned speaker scorer', () => {
  it('names the speakers of a tagged exchange and its untagged turns', () => {
    const text = '"Where were you?" Kagome asked.\n\n"Out," Miroku said.\n\n"Out where?"\n\n"Just out."\n';
    assert.deepEqual(speakers(text, true), [
      ['"Where were you?"', 'Kagome'],
      ['"Out,"', 'Miroku'],
      ['"Out where?"', 'Kagome'],
      ['"Just out."', 'Miroku'],
    ]);
  });

  it('stays silent where the story names no one: a quotation with no character around', () => {
    assert.deepEqual(speakers('"Is anyone there?"\n', true), [['"Is anyone there?"', null]]);
    assert.deepEqual(speakers('The rain fell all night.\n\n"Next," the doctor said.\n', true), [['"Next,"', null]]);
  });

  it('gives null when the best candidate is under the floor, the candidate when it is over', () => {
    const x = (f: string) => {
      const v = new Float64Array(FEATURES.length);
      v[FEATURES.indexOf(f as (typeof FEATURES)[number])] = 1;
      return v;
    };
    const quote = { start: 0, end: 1, speaker: null, evidence: null, confidence: 0, words: 1, paragraph: 0 };
    const choice: Choice = {
      quote,
      candidates: [
        { name: 'Kagome', x: x('prev2') },
        { name: 'Miroku', x: x('prev1') },
        { name: null, x: x('none') },
      ],
    };
    const w = FEATURES.map((f) => (f === 'prev2' ? 1 : 0));
    // Kagome: e / (e + 2) ≈ 0.58.
    assert.deepEqual(pick(choice, w, 0.5), { name: 'Kagome', p: Math.E / (Math.E + 2) });
    assert.equal(pick(choice, w, 0.6).name, null);
  });

  it('keeps the rules alone by default', () => {
    const text = '"Where were you?" Kagome asked.\n\n"Out," Miroku said.\n\n"Out where?"\n';
    const model = buildModel(text);
    assert.deepEqual(attributeSpeakers(model, { characters: cast }), attributeByRules(model, { characters: cast }).quotes);
  });
});

describe('scripts/build-speaker-model.ts', () => {
  const docs = loadDocs();

  it('trains the same weights twice from the same data', () => {
    const some = docs.slice(0, 3);
    assert.deepEqual(train(examplesOf(some), 0.01, 50), train(examplesOf(some), 0.01, 50));
  });

  it('wrote the model file the script builds now', () => {
    const file = readFileSync(join(__dirname, '..', '..', 'src', 'core', 'data', 'speaker-model.generated.ts'), 'utf8');
    assert.equal(file, render(learn(docs)));
  });
});
