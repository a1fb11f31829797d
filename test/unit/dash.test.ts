import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleHelpers } from '../support/rule-helpers';

const { findings, found, fixed } = ruleHelpers('dash');

// A chapter that writes its dashes as em dashes.
const EM = 'Harry stood at the centre of it—wand raised—and for one terrible second—only one—she thought he would not move.\n\n';

describe('dash reports', () => {
  test('`--` in a file that writes `—`', () => {
    const text = `${EM}He had turned--slowly--and his eyes were the eyes of someone very far away.\n`;
    assert.deepEqual(found(text), ['--', '--']);
    assert.equal(fixed(text), `${EM}He had turned—slowly—and his eyes were the eyes of someone very far away.\n`);
    const [f] = findings(text);
    assert.equal(f.severity, 'information');
    assert.equal(f.message, '`--`: this file writes its dashes as `—` (4 of 6); use `—` here too.');
  });
  test('spaced, in dialogue', () => {
    const text = `${EM}"I know -- I know," Ron said.\n`;
    assert.equal(fixed(text), `${EM}"I know — I know," Ron said.\n`);
  });
});

describe('dash stays silent on', () => {
  for (const [name, text] of [
    ['a file that writes only `--`', 'He had turned--slowly--and looked away.\n\nThe rain--it never stopped.\n'],
    ['a file that writes `--` more than `—`', 'He had turned--slowly--and looked away.\n\nThe rain—it never stopped.\n'],
    ['a cut-off at the end of speech', `${EM}"You're goin' to ar--" Ron began.\n\n"I was just--"\n`],
    ['a cut-off at the end of a paragraph', `${EM}Then he heard it--\n`],
    ['stutters', `${EM}"H- Harry," she whispered. "I-I know. Wh- what's wrong?"\n`],
    ['a scene break', `${EM}----\n\n-- -- --\n\nShe woke at dawn.\n`],
    ['a long rule', `${EM}She wrote --- and stopped.\n`],
  ] as const) {
    test(name, () => assert.deepEqual(found(text), []));
  }
});
