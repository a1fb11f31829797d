// The classic pairs where grammar alone decides, issue #15's sixteenth round: `forcedWord` and
// `leanedWord` in src/core/context/forced.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { confusableFindings } from '../support/confusable';

/** The `confusable` rule's findings, each as its word and first suggestion. */
const found = (text: string) => confusableFindings(text).map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);

/** Each sentence is reported once, at the word, and its first suggestion gives the sentence meant. */
function reports(cases: readonly [string, string, string][]): void {
  for (const [text, finding, right] of cases) {
    assert.deepEqual(found(text), [finding], text);
    const [f] = confusableFindings(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), right, text);
  }
}
/** None of the sentences is reported. */
function silent(texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(found(text), [], text);
}

describe('"to" before an adjective that takes "to" and a verb, or an article, after "be" or a linking verb, is "too"', () => {
  test('reports it and fixes it to "too"', () => {
    reports([
      ['This seemed to good to be true, but it was not.', 'to→too', 'This seemed too good to be true, but it was not.'],
      ['It was to hot to go out.', 'to→too', 'It was too hot to go out.'],
      ["I'm to tired to argue.", 'to→too', "I'm too tired to argue."],
      ["It's to big a risk.", 'to→too', "It's too big a risk."],
      ['Not to put to fine a point on it, we lost.', 'to→too', 'Not to put too fine a point on it, we lost.'],
    ]);
  });
  test('silent where the adjective may be a verb, after "from" or "close", and on "to" written right', () => {
    silent([
      'You had to lean to reach him.',
      'She pushed back her bonnet to wet a kerchief.',
      'It went from red to white to blue.',
      'It is close to impossible to say.',
      'It came to many a man in the end.',
      'He listened to loud music to relax.',
      'It was too hot to go out.',
    ]);
  });
});

describe('"who\'s" before a plural noun, or a noun and the "this" it is, is "whose"', () => {
  test('reports it and fixes it to "whose"', () => {
    reports([
      ["He judged them by who's standards, I wonder?", "who's→whose", 'He judged them by whose standards, I wonder?'],
      ["Do we know who's banana this is on the table?", "who's→whose", 'Do we know whose banana this is on the table?'],
    ]);
  });
  test('silent on "who is" before its predicate', () => {
    silent(["Show them who's boss.", "It is hard to say who's coming.", "I know who's there.", 'By whose standards did they judge?']);
  });
});
