import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSpeller, RULE_IDS, type Speller } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';
import { fanfic, fanficConfusables, fanficRepeatedWords, fanficSpelling, plugins } from '../../src/retext';

let speller: Speller;
// A real retext pipeline: unified, retext-english's parser, retext-stringify.
let pipeline: (...uses: Array<[unknown, unknown?]>) => { process(text: string): Promise<{ messages: Array<Record<string, unknown>>; toString(): string }> };
before(async () => {
  speller = createSpeller(loadDictionary('en-US'));
  const { unified } = await import('unified');
  const retextEnglish = (await import('retext-english')).default;
  const retextStringify = (await import('retext-stringify')).default;
  pipeline = (...uses) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let p: any = unified().use(retextEnglish);
    for (const [plugin, options] of uses) p = p.use(plugin, options);
    return p.use(retextStringify);
  };
});

describe('the retext plugins', () => {
  test('report their rule as vfile messages, with place, actual and expected', async () => {
    const file = await pipeline([fanficConfusables]).process('She could of gone.\nYou need to loose the weight.');
    const found = file.messages.map((m) => [m.ruleId, m.actual, (m.expected as string[])[0], (m.place as { start: { line: number } }).start.line]);
    assert.deepEqual(found, [
      ['confusable', 'could of', 'could have', 1],
      ['confusable', 'loose', 'lose', 2],
    ]);
    assert.equal(file.messages[0].source, 'fanfic-writer');
    assert.doesNotMatch(String(file.messages[0].reason), /`/);
  });
  test('report only their own rule', async () => {
    const file = await pipeline([fanficRepeatedWords]).process('She went to the the store and could of stayed.');
    assert.deepEqual(
      file.messages.map((m) => m.ruleId),
      ['repeated-word'],
    );
  });
  test('spelling takes a speller and computes suggestions', async () => {
    const file = await pipeline([fanficSpelling, { speller }]).process('She did not recieve the letter.');
    assert.equal(file.messages.length, 1);
    assert.equal((file.messages[0].expected as string[])[0], 'receive');
  });
  test('stay silent on correct prose and leave the text as it is', async () => {
    const text = '"Stop," she said. The colour of the door was red.';
    const file = await pipeline([fanfic, { speller: createSpeller(loadDictionary('en-GB')) }]).process(text);
    assert.deepEqual(file.messages, []);
    assert.equal(file.toString(), text);
  });
  test('one plugin per rule id', () => {
    assert.deepEqual(
      Object.keys(plugins)
        .filter((k) => k !== 'fanfic')
        .sort(),
      [...RULE_IDS].sort(),
    );
  });
});
