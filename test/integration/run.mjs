#!/usr/bin/env node
// Runs test/integration/suite/**/*.test.ts inside a real VS Code (the VS Code server from
// code-server, Node extension host, rendered by headless Chromium) through @vscode/test-electron,
// on a fresh copy of test/fixtures/workspace. Closes with `integration: N passed, N failed`.
//
//   node test/integration/run.mjs
//
// FANFIC_EXTENSION_PATH  test another extension folder than the repo (used to check the harness)
// FANFIC_NO_BUILD=1      do not run `npm run build` first
// See scripts/vscode-test/code-server-launcher.mjs for timeout and debugging variables.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleTests } from '../../scripts/vscode-test/bundle.mjs';
import { launcher, repoRoot } from '../../scripts/vscode-test/paths.mjs';
import { prepareRun } from '../../scripts/vscode-test/run-common.mjs';

const run = await prepareRun('integration');
try {
  const testsPath = join(repoRoot, 'out', 'integration', 'index.js');
  const files = await bundleTests({
    entry: join(repoRoot, 'test', 'integration', 'index.ts'),
    testsDir: join(repoRoot, 'test', 'integration', 'suite'),
    outfile: testsPath,
    platform: 'node',
  });
  run.log(`bundled ${files.length} test file(s) into ${testsPath}`);
  // A checkout or archive that lost the executable bit must not fail with a bare EACCES.
  chmodSync(launcher, 0o755);

  try {
    await runTests({
      vscodeExecutablePath: launcher,
      extensionDevelopmentPath: run.extensionPath,
      extensionTestsPath: testsPath,
      launchArgs: [run.workspace],
      extensionTestsEnv: { FANFIC_TEST_RESULTS_FILE: run.resultsFile },
    });
  } catch (err) {
    run.log(`VS Code run failed: ${err.message}`);
    run.markRunFailed();
  }
} catch (err) {
  console.error(err.stack || err.message);
  run.markRunFailed();
}
run.finish();
