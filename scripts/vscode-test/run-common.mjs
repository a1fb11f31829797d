// What the Node-host and web-host runners share: setup, the extension build, a private copy of
// the fixture workspace, and the closing `<label>: N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

function sh(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  return res.status === 0;
}

export async function prepareRun(label) {
  const started = Date.now();
  const log = (msg) => console.log(`[${label} +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
  let results = null;
  let runFailed = false;
  const tmp = mkdtempSync(join(tmpdir(), `fanfic-${label}-`));

  const finish = () => {
    if (!results) {
      try {
        results = JSON.parse(readFileSync(join(tmp, 'results.json'), 'utf8'));
      } catch {
        // Reported below: the host never got as far as reporting its counts.
      }
    }
    if (process.env.FANFIC_KEEP_TMP !== '1') rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    let passed = 0;
    let failed = 0;
    if (results) {
      ({ passed, failed } = results);
      for (const f of results.failures ?? []) console.log(`  FAILED ${f}`);
    } else {
      // No counts came back (setup, build, server or browser failed, or the host crashed):
      // count the whole run as one failure so the closing line cannot read as green.
      console.log(`${label}: the test run did not report any results`);
      failed = 1;
    }
    if (results && runFailed && failed === 0) {
      console.log(`${label}: all tests passed but the VS Code run failed; counting it as a failure`);
      failed = 1;
    }
    console.log(`${label}: ${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || runFailed ? 1 : 0);
  };

  const abort = (msg) => {
    console.error(`${label}: ${msg}`);
    runFailed = true;
    finish();
  };

  if (!sh(process.execPath, [join(repoRoot, 'scripts', 'vscode-test', 'setup.mjs')])) abort('setup failed');

  const extensionPath = process.env.FANFIC_EXTENSION_PATH || repoRoot;
  if (extensionPath === repoRoot && process.env.FANFIC_NO_BUILD !== '1') {
    // A stale dist/ would test yesterday's extension; the build is a few seconds of esbuild.
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    if (pkg.scripts?.build) {
      log('npm run build');
      if (!sh('npm', ['run', '--silent', 'build'])) abort('npm run build failed');
    }
    if (pkg.main && !existsSync(join(repoRoot, pkg.main))) abort(`${pkg.main} does not exist; is there a build?`);
  }

  const workspace = join(tmp, 'workspace');
  // Tests may edit and save files; they only ever touch this copy.
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => abort(`interrupted (${sig})`));
  // Some failures surface only as events nobody listens to (test-web's server reports a port it
  // could not bind that way); still end with a closing line that counts as a failure.
  process.on('uncaughtException', (err) => abort(`uncaught: ${err.stack || err.message}`));
  process.on('unhandledRejection', (err) => abort(`unhandled rejection: ${err?.stack || err}`));

  return {
    log,
    extensionPath,
    workspace,
    resultsFile: join(tmp, 'results.json'),
    setResults: (r) => {
      results = r;
    },
    markRunFailed: () => {
      runFailed = true;
    },
    finish,
  };
}
