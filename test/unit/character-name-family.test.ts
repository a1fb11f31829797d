import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleHelpers } from '../support/rule-helpers';

const { found, fixed } = ruleHelpers('character-name');

describe('character-name and a family named by its surname', () => {
  const story = (then: string) => `${'Mr. Maguire drove the wagon west. '.repeat(6)}${then}`;
  test('the frequent name made plural is the family: silent', () => {
    assert.deepEqual(found(story('Tom caught up shortly after the Maguires joined the outfit.')), []);
    assert.deepEqual(found(story("The children stayed at the Maguires' that night.")), []);
  });
  test('a slip of the same name is still reported, with the story’s spelling as the fix', () => {
    assert.deepEqual(found(story('Tom caught up shortly after Maguier joined the outfit.')), ['Maguier']);
    assert.equal(fixed(story('Then Magiure spoke.')), story('Then Maguire spoke.'));
  });
});

describe('character-name and one of a family the story names by its plural', () => {
  const story = (then: string) => `${'The Dursleys drove to the zoo. '.repeat(6)}${then}`;
  test("the frequent plural's singular is one of the family: silent", () => {
    assert.deepEqual(found(story('Harry knew Mr. Dursley would be angry.')), []);
  });
  test('a slip of the plural is still reported', () => {
    assert.deepEqual(found(story('Harry knew the Durselys would be angry.')), ['Durselys']);
  });
});
