/**
 * The CLI on a hostile story folder, with real temporary folders, real symbolic links and a real
 * FIFO: each file is read once, links never lead outside the story (unless the file is named on
 * the command line), fanfic.json linked to /proc/self/environ is never read, a FIFO never blocks,
 * and every skip says why. Cases that once hung run in a child process with a timeout.
 */

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../src/cli/main';

const root = join(__dirname, '..', '..');
const linux = process.platform === 'linux';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The CLI in its own process, killed after `timeout` ms (a hang fails the test instead of hanging it). */
function runChild(argv: string[], env: Record<string, string> = {}, timeout = 30_000) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test', 'support', 'run-cli.ts'), ...argv], {
    cwd: root,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error !== undefined || r.signal !== null };
}

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'fanfic-links-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const paths = (out: string) => (JSON.parse(out) as { files: Array<{ path: string }> }).files.map((f) => f.path);

describe('symlink loops: each file once, and the walk ends', () => {
  test('one `loop -> .` reports the chapter once and says the link was not followed', () => {
    const dir = folder({ 'ch1.fic': 'She saw the the cat.\n' });
    symlinkSync('.', join(dir, 'loop'));
    const r = run('check', '--format', 'json', dir);
    assert.deepEqual(paths(r.out), [join(dir, 'ch1.fic')]);
    assert.match(r.err, /skipped .*loop: a link to a folder already read/);
  });
  test('two links to the folder (`a -> .`, `b -> .`) finish within seconds, each chapter once', () => {
    const dir = folder({ 'ch1.fic': 'She saw the the cat.\n', 'sub/ch2.fic': 'Fine prose.\n' });
    symlinkSync('.', join(dir, 'a'));
    symlinkSync('.', join(dir, 'b'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const r = runChild(['check', '--format', 'json', dir], {}, 20_000);
    assert.equal(r.timedOut, false, 'the CLI hung');
    assert.deepEqual(paths(r.out), [join(dir, 'ch1.fic'), join(dir, 'sub', 'ch2.fic')]);
    assert.equal(r.code, 1);
  });
  test('a chapter linked under two names inside the story is read once', () => {
    const dir = folder({ 'ch1.fic': 'She saw the the cat.\n' });
    symlinkSync('ch1.fic', join(dir, 'ch1-again.fic'));
    const r = run('check', '--format', 'json', dir);
    assert.deepEqual(paths(r.out), [join(dir, 'ch1-again.fic')]);
  });
  test('a folder linked inside the story is walked once', () => {
    const dir = folder({ 'part/ch1.fic': 'Fine prose.\n' });
    symlinkSync('part', join(dir, 'zz-part-link'));
    const r = run('check', '--format', 'json', dir);
    assert.deepEqual(paths(r.out), [join(dir, 'part', 'ch1.fic')]);
  });
});

describe('links out of the story are not followed, and the notice says why', () => {
  test('a `*.fic` linked to /etc/passwd is not read', { skip: !linux && 'needs /etc/passwd' }, () => {
    const dir = folder({ 'ch1.fic': 'Fine prose.\n' });
    symlinkSync('/etc/passwd', join(dir, 'passwd.fic'));
    const r = run('check', '--format', 'json', dir);
    assert.deepEqual(paths(r.out), [join(dir, 'ch1.fic')]);
    assert.doesNotMatch(r.out, /root:/);
    assert.match(
      r.err,
      /skipped .*passwd\.fic: a link to \/etc\/passwd, outside the story folder .*; files outside the story are read only when named on the command line/,
    );
  });
  test('a chapter linked from another folder is skipped in a walk, read when named', () => {
    const other = folder({ 'secret.fic': 'She saw the the cat.\n' });
    const dir = folder({ 'ch1.fic': 'Fine prose.\n' });
    symlinkSync(join(other, 'secret.fic'), join(dir, 'linked.fic'));
    const walked = run('check', '--format', 'json', dir);
    assert.deepEqual(paths(walked.out), [join(dir, 'ch1.fic')]);
    assert.match(walked.err, /skipped .*linked\.fic: a link to .*secret\.fic, outside the story folder/);
    const named = run('check', '--format', 'json', join(dir, 'linked.fic'));
    assert.deepEqual(paths(named.out), [join(dir, 'linked.fic')]);
    assert.equal(named.code, 1);
  });
  test('a folder linked from outside the story is not walked', () => {
    const other = folder({ 'secret.fic': 'the the\n' });
    const dir = folder({ 'ch1.fic': 'Fine prose.\n' });
    symlinkSync(other, join(dir, 'elsewhere'));
    const r = run('check', '--format', 'json', dir);
    assert.deepEqual(paths(r.out), [join(dir, 'ch1.fic')]);
    assert.match(r.err, /skipped .*elsewhere: a link to .*, outside the story folder/);
  });
  test('fanfic.json linked to /proc/self/environ never reaches the output', { skip: !linux && 'needs /proc' }, () => {
    const dir = folder({ 'ch1.fic': 'She saw the the cat.\n' });
    symlinkSync('/proc/self/environ', join(dir, 'fanfic.json'));
    const secret = 'hunter2-SECRET-TOKEN';
    for (const format of ['json', 'text']) {
      const r = runChild(['check', '--format', format, dir], { CI_SECRET: secret });
      assert.equal(r.timedOut, false);
      assert.ok(!r.out.includes(secret) && !r.err.includes(secret), 'the environment was printed');
      assert.doesNotMatch(r.out, /CI_SECRET|fanfic\.json/);
      assert.match(
        r.err,
        /skipped .*fanfic\.json: a link to \/proc\/\d+\/environ, outside the story folder .*; a fanfic.json is read only from inside its story, so the defaults apply/,
      );
      assert.equal(r.code, 1, 'the chapter is still checked');
    }
    const names = runChild(['names', dir], { CI_SECRET: secret });
    assert.ok(!names.out.includes(secret) && !names.err.includes(secret));
  });
  test('fanfic.json linked to a file outside the story is not read; one linked inside is', () => {
    const other = folder({ 'roster.json': '{ "ignore": ["the the"] }' });
    const dir = folder({ 'ch1.fic': 'She saw the the cat.\n', 'shared/roster.json': '{ "ignore": ["the the"] }' });
    symlinkSync(join(other, 'roster.json'), join(dir, 'fanfic.json'));
    const outside = run('check', dir);
    assert.equal(outside.code, 1, 'the outside roster did not apply');
    assert.match(outside.err, /skipped .*fanfic\.json: a link to .*roster\.json, outside the story folder/);
    const inside = folder({ 'ch1.fic': 'She saw the the cat.\n', 'shared/roster.json': '{ "ignore": ["the the"] }' });
    symlinkSync('shared/roster.json', join(inside, 'fanfic.json'));
    const r = run('check', inside);
    assert.equal(r.out, '');
    assert.equal(r.code, 0, r.err);
  });
});

describe('a FIFO is never opened', { skip: !linux && 'needs mkfifo' }, () => {
  test('a FIFO named chapter.fic in a folder, or named on the command line, is skipped without blocking', () => {
    const dir = folder({ 'ch1.fic': 'She saw the the cat.\n' });
    execFileSync('mkfifo', [join(dir, 'pipe.fic')]);
    const walked = runChild(['check', '--format', 'json', dir], {}, 20_000);
    assert.equal(walked.timedOut, false, 'the CLI blocked on the FIFO');
    assert.deepEqual(paths(walked.out), [join(dir, 'ch1.fic')]);
    assert.match(walked.err, /skipped .*pipe\.fic: not a regular file \(a named pipe\); it is never opened/);
    for (const argv of [
      ['check', join(dir, 'pipe.fic')],
      ['outline', join(dir, 'pipe.fic')],
      ['stats', join(dir, 'pipe.fic')],
    ]) {
      const named = runChild(argv, {}, 20_000);
      assert.equal(named.timedOut, false, `${argv[0]} blocked on the FIFO`);
      assert.equal(named.code, 0);
      assert.match(named.err, /skipped .*pipe\.fic: not a regular file \(a named pipe\)/);
    }
  });
  test('a FIFO named fanfic.json is skipped without blocking; the defaults apply', () => {
    const dir = folder({ 'ch1.fic': 'She saw the the cat.\n' });
    execFileSync('mkfifo', [join(dir, 'fanfic.json')]);
    const r = runChild(['check', dir], {}, 20_000);
    assert.equal(r.timedOut, false, 'the CLI blocked on the FIFO');
    assert.equal(r.code, 1);
    assert.match(r.err, /skipped .*fanfic\.json: not a regular file \(a named pipe\); it is never opened; the defaults apply/);
  });
});

describe('chapters in other encodings are decoded, with a notice', () => {
  // "Cafée": an accented word no tier knows, with its accent or without it ("Café" is known now).
  const text = 'Cafée: she saw the the “cat”.\n';
  for (const [what, bytes, notice] of [
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), /read as UTF-16 LE/],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), /read as UTF-16 BE/],
    [
      'Windows-1252 (curly quotes at 0x93, 0x94)',
      Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from('e: she saw the the '), 0x93, ...Buffer.from('cat'), 0x94, ...Buffer.from('.\n')]),
      /not valid UTF-8; read as Windows-1252/,
    ],
  ] as const) {
    test(`${what}: checked as the text it holds`, () => {
      const dir = folder({ 'ch.fic': bytes });
      const r = run('check', '--format', 'json', dir);
      const [file] = JSON.parse(r.out).files;
      assert.equal(file.findings.find((f: { rule: string }) => f.rule === 'repeated-word')?.text, 'the the');
      // The dictionary does not know "Cafée": decoded right, it is reported whole, no U+FFFD in it.
      assert.deepEqual(
        file.findings.filter((f: { rule: string }) => f.rule === 'spelling').map((f: { text: string }) => f.text),
        ['Cafée'],
      );
      assert.ok(!JSON.stringify(file.findings).includes('\uFFFD'));
      assert.match(r.err, notice);
    });
  }
  test('UTF-8 with or without a byte-order mark: no notice', () => {
    const dir = folder({ 'a.fic': `\uFEFF${text}`, 'b.fic': text });
    const r = run('check', dir);
    assert.equal(r.err, '');
    assert.equal(r.out.split('\n').filter(Boolean).length, 2);
  });
});
