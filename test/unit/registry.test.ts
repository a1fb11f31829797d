import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { README_END, README_START, ruleTable, settingsProperties, storySchema } from '../../scripts/generate';
import { RULES } from '../../src/core';

const root = join(__dirname, '../..');

describe('the rule registry', () => {
  test('is alphabetical, with unique kebab-case ids and a description each', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(r.description.length > 10, r.id);
    }
  });
  test('package.json settings match it (run `npm run generate` after changing a rule)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties, settingsProperties());
  });
  test('the fanfic.json schema matches it', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'schemas/fanfic.schema.json'), 'utf8')), storySchema());
  });
  test("the README's rule table matches it", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const a = readme.indexOf(README_START);
    const b = readme.indexOf(README_END);
    assert.ok(a >= 0 && b > a, 'README has the generated rule table markers');
    assert.equal(readme.slice(a + README_START.length, b).trim(), ruleTable());
  });
});
