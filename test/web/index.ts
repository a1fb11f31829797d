// extensionTestsPath for the web-worker extension host (the vscode.dev build of the extension).
// Uses mocha's browser build: the Node one needs fs, path and process.
import { loadTests } from 'fanfic-test-files';
import 'mocha/mocha';
import { reportStart, runAndReport } from '../integration/results';

export function run(): Promise<void> {
  reportStart();
  // The spec reporter writes through console.log, which the host forwards to the runner; the
  // default HTML reporter needs a DOM that a worker does not have.
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000 });
  loadTests();
  return runAndReport(mocha);
}
