// The `fanfic` command from source, as `bin/fanfic.js` runs the bundle: for tests that need a
// process of its own (links, FIFOs, a real exit code).
import { runCommand } from '../../src/cli/main';

process.exitCode = runCommand(process.argv.slice(2));
