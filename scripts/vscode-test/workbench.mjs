// Drives one VS Code workbench page in Debian's Chromium until the test runner inside it calls
// codeAutomationExit. Shared by the code-server launcher (Node extension host) and the web
// runner (web-worker extension host), which differ only in who serves the page.
import { createServer } from 'node:net';
import { format } from 'node:util';
import { chromium as chromiumType } from 'playwright-core';
import { chromium, chromiumArgs } from './paths.mjs';

// The test index prints one line starting with this marker; it carries mocha's counts out of
// the extension host through the only channel both hosts share (the console forwarded to
// codeAutomationLog). Keep in sync with test/integration/results.ts.
export const RESULTS_MARKER = '[fanfic-test-results]';
// Printed by the test index when run() starts. The workbench logs its own chatter (agent host,
// chat, gallery look-ups that cannot resolve offline) through the same channel; what comes
// before this line is held back and shown only if the run dies before reporting results.
export const START_MARKER = '[fanfic-test-start]';

/** Run settings both runners read from the environment (documented in the launcher). */
export const runSettings = {
  timeoutMs: Number(process.env.FANFIC_VSCODE_TIMEOUT_MS || 240_000),
  startTimeoutMs: Number(process.env.FANFIC_VSCODE_START_TIMEOUT_MS || 120_000),
  verbose: process.env.FANFIC_VSCODE_VERBOSE === '1',
};

/** A loopback port nobody listens on right now (a caller must still cope with losing a race). */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** Debian's headless Chromium, with everything that would reach for the network switched off. */
export function launchChromium({ env, args = [] } = {}) {
  return chromiumType.launch({
    executablePath: chromium,
    headless: true,
    args: [...chromiumArgs, ...args],
    env,
    timeout: 60_000,
  });
}

const consoleMethod = { log: 'log', info: 'info', warn: 'warn', error: 'error', debug: 'log', trace: 'log' };

function formatLogArgs(args) {
  // Arguments arrive as given to console.log in the host, format string included (mocha's spec
  // reporter logs `'%s (%dms)', title, ms`). Colour codes are dropped: with CI=true mocha's
  // symbols come pre-coloured whatever its `color` option says, and CI logs show them raw.
  return format(...(Array.isArray(args) ? args : [args])).replace(/\x1b\[[0-9;]*m/g, '');
}

/**
 * Opens `url`, forwards the extension host's console to ours and resolves with
 * `{ code, results, reason }` once the workbench reports an exit, the page dies, or
 * `timeoutMs` passes (code 1 with a reason: a run never hangs). Log lines matching a `quiet`
 * pattern are dropped unless `verbose`.
 */
export async function runWorkbench({ url, timeoutMs, startTimeoutMs = 120_000, verbose = false, env, label = 'workbench', quiet = [] }) {
  // Kept so a failed run can show what the workbench itself said, without flooding good runs.
  const pageConsole = [];
  let results = null;
  let finish;
  const finished = new Promise((resolve) => {
    finish = resolve;
  });
  const timer = setTimeout(() => finish({ code: 1, reason: `timed out after ${Math.round(timeoutMs / 1000)} s waiting for codeAutomationExit` }), timeoutMs);
  // A workbench that never launches the test runner would otherwise burn the whole timeout.
  const startTimer = setTimeout(
    () => finish({ code: 1, reason: `the tests did not start within ${Math.round(startTimeoutMs / 1000)} s` }),
    Math.min(startTimeoutMs, timeoutMs),
  );

  let browser;
  try {
    browser = await launchChromium({ env });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let started = false;
    const preamble = [];
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = formatLogArgs(args);
      if (!started) {
        if (text.includes(START_MARKER)) {
          started = true;
          clearTimeout(startTimer);
        } else if (verbose) {
          console.log(text);
        } else {
          preamble.push(text);
        }
        return;
      }
      for (const line of text.split('\n')) {
        const at = line.indexOf(RESULTS_MARKER);
        if (at >= 0) {
          try {
            results = JSON.parse(line.slice(at + RESULTS_MARKER.length));
          } catch (err) {
            console.error(`${label}: unreadable results line: ${line} (${err.message})`);
          }
          return;
        }
      }
      // After the counts, only the workbench shutting down speaks; none of it is about the tests.
      if (!verbose && (results || quiet.some((re) => re.test(text)))) return;
      console[consoleMethod[type] ?? 'log'](text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish({ code: Number(code) }));
    page.on('console', (msg) => {
      const line = `[${label} ${msg.type()}] ${msg.text()}`;
      // The workbench says this, and then waits forever, when extensionTestsPath cannot be
      // loaded by any extension host (with test-web: when it is outside the extension folder).
      if (msg.text().includes('No extension host found that can launch the test runner')) {
        finish({ code: 1, reason: msg.text() });
      }
      if (verbose) console.log(line);
      pageConsole.push(line);
      if (pageConsole.length > 200) pageConsole.shift();
    });
    page.on('pageerror', (err) => pageConsole.push(`[${label} pageerror] ${err.message}`));
    page.on('crash', () => finish({ code: 1, reason: 'the workbench page crashed' }));
    page.on('close', () => finish({ code: 1, reason: 'the workbench page closed before reporting an exit' }));

    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const outcome = await finished;
    // When the tests reported their counts, their own output already says what failed; the
    // workbench console only matters when the run died before that.
    if (outcome.code !== 0 && !results && !verbose) {
      console.error(`---- workbench log before the tests started (${label}) ----`);
      for (const line of preamble.slice(-80)) console.error(line);
      console.error(`---- last workbench page console lines (${label}) ----`);
      for (const line of pageConsole.slice(-40)) console.error(line);
      console.error('----');
    }
    return { ...outcome, results };
  } finally {
    clearTimeout(timer);
    clearTimeout(startTimer);
    // A hung close must not keep the run alive; playwright kills the browser when we exit.
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
}
