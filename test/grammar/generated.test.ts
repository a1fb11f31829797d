import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '../..');

test('syntaxes/fanfic.tmLanguage.json is what scripts/build-grammar.mjs generates (edit the script, not the JSON)', () => {
  const generated = execFileSync(process.execPath, [join(root, 'scripts/build-grammar.mjs'), '--print'], { encoding: 'utf8' });
  assert.equal(generated, readFileSync(join(root, 'syntaxes/fanfic.tmLanguage.json'), 'utf8'));
});
