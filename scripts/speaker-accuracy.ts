// Prints the speaker attribution's accuracy on the hand-checked fixtures, by kind of evidence.
// Usage: node --import tsx scripts/speaker-accuracy.ts [brown-tuning.json|brown-heldout.json] [--misses] [--learned]
// --learned: with the learned speaker scorer (src/core/dialogue/speaker-model.ts) reranking the rules.
import { percent, scoreFixture } from '../test/support/speakers-eval';

const name = process.argv[2] ?? 'brown-tuning.json';
const s = scoreFixture(name, process.argv.includes('--learned'));
console.log(`${name}: ${percent(s.right, s.total)}`);
for (const [kind, k] of Object.entries(s.byKind)) console.log(`  ${kind.padEnd(9)} ${percent(k.right, k.total)}`);
if (process.argv.includes('--misses'))
  for (const m of s.misses) console.log(`  ${m.file} [${m.kind}] "${m.prefix}" expected ${m.expected?.join('/') ?? 'null'}, got ${m.got}`);
