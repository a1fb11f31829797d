// extensionTestsPath for the Node extension host: VS Code calls run() once the extension under
// development is loaded, and reports success or failure by how the promise settles.
import { loadTests } from 'fanfic-test-files';
import Mocha from 'mocha';
import { reportStart, runAndReport } from './results';

export function run(): Promise<void> {
  reportStart();
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    // Generous: a cold extension host on a 2-core CI machine takes seconds to start a server.
    timeout: 60_000,
  });
  // The bundled test files call suite()/test() at load time; install the TDD globals first.
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  loadTests();
  return runAndReport(mocha);
}
