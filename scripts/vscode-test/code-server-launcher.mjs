#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron would download (it cannot:
// only the npm registry and Debian apt are reachable). It takes the arguments test-electron
// passes,
//   --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER] (others ignored)
// runs the VS Code server shipped in code-server (the same Node extension host as desktop
// VS Code) under Node 24, renders its workbench in headless Debian Chromium, and exits with the
// code the test runner reports through codeAutomationExit.
//
// Environment:
//   FANFIC_VSCODE_TIMEOUT_MS   overall limit (default 240000); on expiry it fails, never hangs
//   FANFIC_VSCODE_START_TIMEOUT_MS  limit for the test runner to start (default 120000)
//   FANFIC_TEST_RESULTS_FILE   where to write the mocha counts the test index reports
//   FANFIC_VSCODE_VERBOSE=1    also print the server's and the workbench page's own output
//   FANFIC_KEEP_TMP=1          keep the temporary profile folder for a post-mortem
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { node24, serverMain } from './paths.mjs';
import { freePort, runSettings, runWorkbench } from './workbench.mjs';

const started = Date.now();
const { timeoutMs, startTimeoutMs, verbose } = runSettings;
const say = (msg) => console.log(`[launcher +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

function parseArgs(argv) {
  const out = { devPaths: [], testsPath: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? [arg.split('=')[0], arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg];
    const value = () => inline ?? argv[++i];
    if (flag === '--extensionDevelopmentPath') out.devPaths.push(resolve(value()));
    else if (flag === '--extensionTestsPath') out.testsPath = resolve(value());
    else if (!arg.startsWith('-')) out.folder = resolve(arg);
    // Everything else (--no-sandbox, --user-data-dir=…, --disable-updates, …) is aimed at the
    // Electron app and has an equivalent, or no meaning, here.
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHttp(url, server, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null || server.signalCode !== null) return false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return true;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  return false;
}

const args = parseArgs(process.argv.slice(2));
if (!args.devPaths.length || !args.testsPath) {
  console.error('usage: code-server-launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
  process.exit(2);
}
for (const p of [node24, serverMain]) {
  if (!existsSync(p)) {
    console.error(`launcher: ${p} is missing; run: node scripts/vscode-test/setup.mjs`);
    process.exit(2);
  }
}

// Every file the server, the extension host and Chromium write goes below one temp folder,
// so runs are isolated from each other and from $HOME, and cleanup is one rm.
const tmpRoot = mkdtempSync(join(tmpdir(), 'fanfic-vscode-'));
const dirs = Object.fromEntries(
  ['tmp', 'cache', 'config', 'data', 'server-data', 'user-data', 'extensions'].map((d) => [d, join(tmpRoot, d)]),
);
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
// Remote ("Machine") settings of the server: the workbench applies them like user settings.
// They switch off what only adds start-up work and log chatter offline (AI chat and its agent
// host, gallery and update checks, git) and keep the editor from opening anything of its own.
mkdirSync(join(dirs['user-data'], 'Machine'), { recursive: true });
writeFileSync(join(dirs['user-data'], 'Machine', 'settings.json'), JSON.stringify({
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
}, null, 2));
const isolatedEnv = {
  TMPDIR: dirs.tmp,
  XDG_CACHE_HOME: dirs.cache,
  XDG_CONFIG_HOME: dirs.config,
  XDG_DATA_HOME: dirs.data,
};
// Playwright puts Chromium's throwaway profile in our own tmpdir(); point that inside too.
Object.assign(process.env, isolatedEnv);

let server;
const serverLog = [];
let exiting = false;

async function shutdown(code, reason, { testsReported = false } = {}) {
  if (exiting) return;
  exiting = true;
  if (reason) console.error(`launcher: ${reason}`);
  if (code !== 0 && !testsReported && !verbose && serverLog.length) {
    console.error('---- last VS Code server output ----');
    console.error(serverLog.slice(-80).join(''));
    console.error('----');
  }
  if (server) {
    // The server runs in its own process group with the extension host, pty host and file
    // watcher below it; signalling the group reaches all of them, even once the server itself
    // is gone. The final SIGKILL finds nothing (ESRCH) when SIGTERM was enough.
    const killGroup = (sig) => { try { process.kill(-server.pid, sig); } catch { /* gone */ } };
    killGroup('SIGTERM');
    if (server.exitCode === null && server.signalCode === null) {
      await Promise.race([new Promise((r) => server.once('exit', r)), sleep(3000)]);
    }
    killGroup('SIGKILL');
  }
  if (process.env.FANFIC_KEEP_TMP === '1') say(`kept ${tmpRoot}`);
  else rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 3 });
  say(`exit ${code}`);
  process.exit(code);
}

process.on('SIGINT', () => shutdown(130, 'interrupted'));
process.on('SIGTERM', () => shutdown(143, 'terminated'));
// The absolute limit also covers server start-up and Chromium launch, not just the tests.
const hardTimer = setTimeout(
  () => shutdown(1, `timed out after ${Math.round(timeoutMs / 1000)} s (FANFIC_VSCODE_TIMEOUT_MS)`),
  timeoutMs + 15_000,
);
hardTimer.unref();

async function startServer() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child = spawn(node24, [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--server-data-dir', dirs['server-data'],
      '--user-data-dir', dirs['user-data'],
      '--extensions-dir', dirs.extensions,
    ], {
      env: { ...process.env, ...isolatedEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server = child;
    const onData = (chunk) => {
      const text = chunk.toString();
      if (verbose) process.stdout.write(`[server] ${text}`);
      serverLog.push(text);
      if (serverLog.length > 400) serverLog.shift();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (await waitForHttp(`http://127.0.0.1:${port}/version`, child, 60_000)) return port;
    // Another process may have taken the port between freePort() and listen(); try another.
    if (serverLog.join('').includes('EADDRINUSE') && attempt < 3) {
      serverLog.length = 0;
      continue;
    }
    throw new Error(`the VS Code server did not start (exit ${child.exitCode ?? child.signalCode ?? 'none, no answer in 60 s'})`);
  }
  throw new Error('no free port');
}

try {
  const port = await startServer();
  say(`VS Code server on 127.0.0.1:${port}`);
  // The workbench resolves these against the server's file system.
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.testsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = new URLSearchParams();
  if (args.folder) query.set('folder', args.folder);
  query.set('payload', JSON.stringify(payload));
  const outcome = await runWorkbench({
    url: `http://127.0.0.1:${port}/?${query}`,
    timeoutMs: Math.max(10_000, timeoutMs - (Date.now() - started)),
    startTimeoutMs,
    verbose,
    env: { ...process.env, ...isolatedEnv },
    label: 'vscode',
  });
  if (process.env.FANFIC_TEST_RESULTS_FILE && outcome.results) {
    writeFileSync(process.env.FANFIC_TEST_RESULTS_FILE, JSON.stringify(outcome.results));
  }
  await shutdown(outcome.code, outcome.reason, { testsReported: Boolean(outcome.results) });
} catch (err) {
  await shutdown(1, err.stack || err.message);
}
