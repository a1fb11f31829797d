import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { editStoryFile } from '../../src/common/story-file';
import { addToList, parseStoryConfig, RULE_IDS } from '../../src/core';
import { nodeStoryFs, workspaceLikeFs } from '../support/node-story-fs';

function tempConfig(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fanfic-story-'));
  const path = join(dir, 'fanfic.json');
  writeFileSync(path, text);
  return path;
}

describe('safe fanfic.json writes', () => {
  test('two processes adding words at the same time lose none', async () => {
    const path = tempConfig('{\n  // keep me\n  "words": ["Hogwarts"]\n}\n');
    const writer = join(__dirname, '../support/add-words.ts');
    const run = (prefix: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', writer, path, prefix, '25', 'node'], { stdio: 'inherit' });
        child.on('close', (code) => resolve(code ?? 1));
      });
    const codes = await Promise.all([run('alpha'), run('beta')]);
    assert.deepEqual(codes, [0, 0]);
    const text = readFileSync(path, 'utf8');
    const words = parseStoryConfig(text, RULE_IDS).config.words;
    assert.equal(words.length, 51);
    for (let i = 0; i < 25; i++) {
      assert.ok(words.includes(`alpha${i}`) && words.includes(`beta${i}`), `word ${i} of both writers`);
    }
    assert.match(text, /\/\/ keep me/);
    assert.deepEqual(readdirSync(join(path, '..')), ['fanfic.json'], 'no lock or temporary file is left behind');
  });
  for (const [what, fs] of [
    ['workspace.fs alone (the web host: the in-process queue)', workspaceLikeFs],
    ['workspace.fs with the exclusive lock file (the desktop host)', nodeStoryFs],
  ] as const) {
    test(`8 adders × 25 words at once in one process lose none: ${what}`, async () => {
      const path = tempConfig('{\n  "words": ["Hogwarts"]\n}\n');
      const adders = Array.from({ length: 8 }, (_, a) =>
        Promise.all(Array.from({ length: 25 }, (_, i) => editStoryFile(fs, path, (text) => addToList(text, 'words', `w${a}x${i}`)))),
      );
      await Promise.all(adders);
      const words = parseStoryConfig(readFileSync(path, 'utf8'), RULE_IDS).config.words;
      assert.equal(words.length, 201, `${201 - words.length} words lost`);
      assert.deepEqual(readdirSync(join(path, '..')), ['fanfic.json']);
    });
  }
  test('a fanfic.json with a byte-order mark takes the word and keeps its mark', async () => {
    const path = tempConfig('\uFEFF{ "words": ["Hogwarts"] }');
    assert.equal(await editStoryFile(nodeStoryFs, path, (t) => addToList(t, 'words', 'Quidditch')), true);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.startsWith('\uFEFF{'), JSON.stringify(text.slice(0, 5)));
    assert.deepEqual(parseStoryConfig(text, RULE_IDS).config.words, ['Hogwarts', 'Quidditch']);
  });
  test('a fanfic.json that is a link is edited through it: the link stays, the shared file gets the word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanfic-story-'));
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'roster.json'), '{ "words": ["Hogwarts"] }');
    symlinkSync(join('shared', 'roster.json'), join(dir, 'fanfic.json'));
    await editStoryFile(nodeStoryFs, join(dir, 'fanfic.json'), (t) => addToList(t, 'words', 'Quidditch'));
    assert.ok(lstatSync(join(dir, 'fanfic.json')).isSymbolicLink(), 'the link was replaced by a copy');
    assert.deepEqual(parseStoryConfig(readFileSync(join(dir, 'shared', 'roster.json'), 'utf8'), RULE_IDS).config.words, ['Hogwarts', 'Quidditch']);
    assert.deepEqual(readdirSync(join(dir, 'shared')), ['roster.json']);
  });
  test('a failed write leaves the old file intact', async () => {
    const path = tempConfig('{ "words": ["Hogwarts"] }');
    const failing = {
      ...nodeStoryFs,
      rename: async (from: string, to: string, overwrite: boolean) => {
        if (overwrite) throw new Error('disk full');
        return nodeStoryFs.rename(from, to, overwrite);
      },
    };
    await assert.rejects(
      editStoryFile(failing, path, (t) => addToList(t, 'words', 'Quidditch')),
      /disk full/,
    );
    assert.equal(readFileSync(path, 'utf8'), '{ "words": ["Hogwarts"] }');
    assert.deepEqual(readdirSync(join(path, '..')), ['fanfic.json']);
  });
  test('an edit that throws (a broken file) changes nothing', async () => {
    const path = tempConfig('{ "words": [');
    await assert.rejects(
      editStoryFile(nodeStoryFs, path, (t) => addToList(t, 'words', 'x')),
      /has errors/,
    );
    assert.equal(readFileSync(path, 'utf8'), '{ "words": [');
  });
  test('a stale lock left by a crash is broken', async () => {
    const path = tempConfig('{ "words": [] }');
    writeFileSync(`${path}.lock`, 'crashed');
    const stale = { ...nodeStoryFs, age: async (p: string) => (p.endsWith('.lock') ? 60_000 : nodeStoryFs.age(p)) };
    assert.equal(await editStoryFile(stale, path, (t) => addToList(t, 'words', 'x')), true);
    assert.deepEqual(parseStoryConfig(readFileSync(path, 'utf8'), RULE_IDS).config.words, ['x']);
  });
  test('creates the file when it does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanfic-story-'));
    const path = join(dir, 'fanfic.json');
    await editStoryFile(nodeStoryFs, path, (t) => addToList(t, 'words', 'Hogwarts'));
    assert.deepEqual(parseStoryConfig(readFileSync(path, 'utf8'), RULE_IDS).config.words, ['Hogwarts']);
  });
});
