import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleHelpers } from '../support/rule-helpers';

const { findings, found, fixed } = ruleHelpers('ellipsis');

describe('ellipsis reports', () => {
  test('two dots, four, and spaced ones', () => {
    const text = '"Well..I dunno," Ron said. "Maybe...." He trailed off. "So . . . yes?"';
    assert.deepEqual(found(text), ['..', '....', '. . .']);
    assert.equal(fixed(text), '"Well...I dunno," Ron said. "Maybe..." He trailed off. "So ... yes?"');
    const [f] = findings(text);
    assert.equal(f.severity, 'information');
    assert.equal(f.confident, true);
  });
  test('in the style of a file that writes `…`', () => {
    const text = '"It was the last thing I wrote before… before everything."\n\n"I know.. I know," he said. "Be patient…"\n';
    assert.equal(fixed(text), '"It was the last thing I wrote before… before everything."\n\n"I know… I know," he said. "Be patient…"\n');
    assert.equal(findings(text)[0].message, '`..`: this file writes `…`; use `…`.');
  });
  test('in the style of a file that writes `...`', () => {
    const text = 'It was the last thing I wrote before... before everything.\n\nShe waited..... and waited.\n';
    assert.equal(fixed(text), 'It was the last thing I wrote before... before everything.\n\nShe waited... and waited.\n');
    assert.equal(findings(text)[0].message, '`.....`: this file writes `...`; use `...`.');
  });
  test('three dots when the file has no ellipsis of its own', () => {
    assert.equal(fixed('Sooo.. are you coming?'), 'Sooo... are you coming?');
    assert.equal(findings('Sooo.. are you coming?')[0].message, '`..`: an ellipsis has three dots; use `...`.');
  });
});

describe('ellipsis stays silent on', () => {
  for (const text of [
    '"Wait..." she whispered.',
    '"Wait…" she whispered.',
    '"Really?.." he asked.',
    '"Not again!.." Ron groaned.',
    'Read chapters 1..5 before class.',
    'She was shot between eleven p.m. and one a.m.. The door was locked.',
    'Weasley Wizard Wheezes, Inc.. Fred grinned.',
    'He stopped. She stopped.',
    '. . .',
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  }
});
