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
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isolatedProfile, missingInstall, startVsCodeServer, workbenchUrl } from './server.mjs';
import { runSettings, runWorkbench } from './workbench.mjs';

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

const args = parseArgs(process.argv.slice(2));
if (!args.devPaths.length || !args.testsPath) {
  console.error('usage: code-server-launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
  process.exit(2);
}
const missing = missingInstall();
if (missing) {
  console.error(`launcher: ${missing}`);
  process.exit(2);
}

const profile = isolatedProfile();
// Playwright puts Chromium's throwaway profile in our own tmpdir(); point that inside too.
Object.assign(process.env, profile.env);

let server;
let exiting = false;

async function shutdown(code, reason, { testsReported = false } = {}) {
  if (exiting) return;
  exiting = true;
  if (reason) console.error(`launcher: ${reason}`);
  if (code !== 0 && !testsReported && !verbose && server?.log.length) {
    console.error('---- last VS Code server output ----');
    console.error(server.log.slice(-80).join(''));
    console.error('----');
  }
  if (server) await server.stop();
  if (process.env.FANFIC_KEEP_TMP === '1') say(`kept ${profile.root}`);
  else profile.remove();
  say(`exit ${code}`);
  process.exit(code);
}

process.on('SIGINT', () => shutdown(130, 'interrupted'));
process.on('SIGTERM', () => shutdown(143, 'terminated'));
// The absolute limit also covers server start-up and Chromium launch, not just the tests.
const hardTimer = setTimeout(() => shutdown(1, `timed out after ${Math.round(timeoutMs / 1000)} s (FANFIC_VSCODE_TIMEOUT_MS)`), timeoutMs + 15_000);
hardTimer.unref();

try {
  await startVsCodeServer({
    profile,
    verbose,
    onStart: (s) => {
      server = s;
    },
  });
  const { port } = server;
  say(`VS Code server on 127.0.0.1:${port}`);
  const outcome = await runWorkbench({
    url: workbenchUrl(port, { folder: args.folder, devPaths: args.devPaths, testsPath: args.testsPath }),
    timeoutMs: Math.max(10_000, timeoutMs - (Date.now() - started)),
    startTimeoutMs,
    verbose,
    env: { ...process.env, ...profile.env },
    label: 'vscode',
  });
  if (process.env.FANFIC_TEST_RESULTS_FILE && outcome.results) {
    writeFileSync(process.env.FANFIC_TEST_RESULTS_FILE, JSON.stringify(outcome.results));
  }
  await shutdown(outcome.code, outcome.reason, { testsReported: Boolean(outcome.results) });
} catch (err) {
  await shutdown(1, err.stack || err.message);
}
