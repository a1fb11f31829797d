// Carries mocha's counts out of the extension host. The host's console is the one channel the
// Node host (via code-server) and the web-worker host (via test-web) share: both forward it to
// the page's codeAutomationLog, where scripts/vscode-test/workbench.mjs picks this line up.
export const RESULTS_MARKER = '[fanfic-test-results]';
/** Printed first, so the runner can tell the tests' output from the workbench's start-up chatter. */
export const START_MARKER = '[fanfic-test-start]';

export interface TestResults {
  passed: number;
  failed: number;
  pending: number;
  failures: string[];
}

/** Minimal view of a mocha Runner, satisfied by both the Node and the browser build. */
interface RunnerLike {
  on(event: 'pass' | 'fail' | 'pending', fn: (test: { fullTitle(): string }, err?: Error) => void): unknown;
}

/** Counts tests as they finish; hook failures count as failures, as mocha does. */
export function collectResults(runner: RunnerLike): TestResults {
  const results: TestResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  runner.on('pass', () => {
    results.passed++;
  });
  runner.on('pending', () => {
    results.pending++;
  });
  runner.on('fail', (test, err) => {
    results.failed++;
    results.failures.push(`${test.fullTitle()}: ${err?.message ?? 'failed'}`);
  });
  return results;
}

export function reportStart(): void {
  console.log(START_MARKER);
}

export function reportResults(results: TestResults): void {
  console.log(`${RESULTS_MARKER} ${JSON.stringify(results)}`);
}

/**
 * Runs mocha (the Node or the browser build), reports its counts, and settles as VS Code
 * expects of a test index: resolves when every test passed, rejects otherwise.
 */
export function runAndReport(mocha: { run(done: (failures: number) => void): RunnerLike }): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      reportResults(results);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    const results = collectResults(runner);
  });
}
