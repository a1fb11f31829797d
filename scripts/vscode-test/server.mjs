// Starts the VS Code server shipped in code-server (Node extension host, like desktop VS Code)
// under Node 24, in a throwaway profile. Shared by the test launcher and the README screenshots.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24, serverMain } from './paths.mjs';
import { freePort } from './workbench.mjs';

// Remote ("Machine") settings of the server: the workbench applies them like user settings.
// They switch off what only adds start-up work and log chatter offline (AI chat and its agent
// host, gallery and update checks, git) and keep the editor from opening anything of its own.
export const machineSettings = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The files the server needs, or a message naming what is missing. */
export function missingInstall() {
  const missing = [node24, serverMain].filter((p) => !existsSync(p));
  return missing.length ? `${missing.join(', ')} missing; run: node scripts/vscode-test/setup.mjs` : undefined;
}

/**
 * A temporary folder that every file the server, the extension host and Chromium write goes
 * below, so runs are isolated from each other and from $HOME, and cleanup is one rm. `settings`
 * are added to the machine settings above (user settings, the colour theme among them, live in
 * the browser with this workbench: set those through the UI).
 */
export function isolatedProfile({ prefix = 'fanfic-vscode-', settings = {} } = {}) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const dirs = Object.fromEntries(['tmp', 'cache', 'config', 'data', 'server-data', 'user-data', 'extensions'].map((d) => [d, join(root, d)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs['user-data'], 'Machine'), { recursive: true });
  writeFileSync(join(dirs['user-data'], 'Machine', 'settings.json'), JSON.stringify({ ...machineSettings, ...settings }, null, 2));
  const env = {
    TMPDIR: dirs.tmp,
    XDG_CACHE_HOME: dirs.cache,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
  };
  return { root, dirs, env, remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 3 }) };
}

async function waitForHttp(url, child, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
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

/**
 * Starts the server for `profile` on a free loopback port. Resolves with `{ port, child, log,
 * stop }`; `log` keeps the last 400 chunks of its output; `stop()` ends its whole process group
 * (extension host, pty host and file watcher included). `onStart(server)` is called as soon as
 * a process exists, so a caller's signal handler can stop it even during start-up.
 */
export async function startVsCodeServer({ profile, verbose = false, onStart = () => {} }) {
  const log = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child = spawn(
      node24,
      [
        serverMain,
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--without-connection-token',
        '--accept-server-license-terms',
        '--enable-smoke-test-driver',
        '--disable-telemetry',
        '--disable-workspace-trust',
        '--server-data-dir',
        profile.dirs['server-data'],
        '--user-data-dir',
        profile.dirs['user-data'],
        '--extensions-dir',
        profile.dirs.extensions,
      ],
      {
        env: { ...process.env, ...profile.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so stop() reaches everything below it.
        detached: true,
      },
    );
    const server = { port, child, log, stop: () => stopServer(child) };
    onStart(server);
    const onData = (chunk) => {
      const text = chunk.toString();
      if (verbose) process.stdout.write(`[server] ${text}`);
      log.push(text);
      if (log.length > 400) log.shift();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (await waitForHttp(`http://127.0.0.1:${port}/version`, child, 60_000)) return server;
    // Another process may have taken the port between freePort() and listen(); try another.
    if (log.join('').includes('EADDRINUSE') && attempt < 3) {
      await server.stop();
      log.length = 0;
      continue;
    }
    await server.stop();
    throw new Error(`the VS Code server did not start (exit ${child.exitCode ?? child.signalCode ?? 'none, no answer in 60 s'})`);
  }
  throw new Error('no free port');
}

async function stopServer(child) {
  // The final SIGKILL finds nothing (ESRCH) when SIGTERM was enough.
  const killGroup = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* gone */
    }
  };
  killGroup('SIGTERM');
  if (child.exitCode === null && child.signalCode === null) {
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(3000)]);
  }
  killGroup('SIGKILL');
}

/** The workbench URL that opens `folder` with the extensions in `devPaths` (and the tests, if any). */
export function workbenchUrl(port, { folder, devPaths, testsPath }) {
  // The workbench resolves these against the server's file system.
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ...(testsPath ? [['extensionTestsPath', remote(testsPath)]] : []),
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query}`;
}
