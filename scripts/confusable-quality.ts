/**
 * Measures the `confusable` rule against its quality bars:
 * - false alarms on published fiction: findings per 1,000 words of the Brown corpus fiction (bar:
 *   at most 0.5), every one of them listed in `test/unit/__snapshots__/confusable-brown.txt`;
 * - recall on the annotated sentences of `test/fixtures/confusables/`: the design half (the
 *   patterns were written against it) and the held-out half (never tuned on), and the false
 *   alarms on their control sentences;
 * - cost: CPU time per 100,000 words for this rule alone, cold (a fresh process loading the
 *   bundled rule, its table and lexicon, then reading every paragraph once) and warm.
 *
 *   npx tsx scripts/confusable-quality.ts                   # report
 *   npx tsx scripts/confusable-quality.ts --write-snapshot  # also rewrite the Brown snapshot
 *   npx tsx scripts/confusable-quality.ts --verbose         # also list misses and false alarms
 */

import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel, resolveOptions } from '../src/core';
import { CONFUSABLES } from '../src/core/data/confusables';
import type { ParagraphRule } from '../src/core/rules/types';
import { loadBrownFiction } from '../test/support/brown';
import { BROWN_SNAPSHOT, brownFindings, loadFixture, renderBrownSnapshot, score, type Score } from '../test/support/confusable';

const BAR = 0.5;
const args = new Set(process.argv.slice(2));

/** The Brown fiction files joined until they hold at least 100,000 words: the cost corpus. */
function costCorpus(): { text: string; words: number } {
  let text = '';
  let words = 0;
  for (const t of loadBrownFiction()) {
    if (words >= 100_000) break;
    text += `${t.text}\n`;
    words += t.words;
  }
  return { text, words };
}

const cpu = () => {
  const t = process.cpuUsage();
  return (t.user + t.system) / 1000;
};

// The child process of the cold measurement: loads the bundled rule (its table and lexicon are
// built as the module loads), then reads every paragraph once; prints its timings as JSON.
async function costChild(bundle: string): Promise<void> {
  const { text, words } = costCorpus();
  const model = buildModel(text);
  const options = resolveOptions({});
  const t0 = cpu();
  const { confusable } = (await import(bundle)) as { confusable: ParagraphRule };
  const load = cpu() - t0;
  const run = () => {
    const t = cpu();
    let n = 0;
    for (const p of model.paragraphs) n += confusable.check(p, options).length;
    return { ms: cpu() - t, n };
  };
  const first = run();
  let best = Infinity;
  for (let i = 0; i < 5; i++) best = Math.min(best, run().ms);
  console.log(JSON.stringify({ words, load, first: first.ms, best, findings: first.n }));
}

function main(): void {
  // The table.
  const families = new Map<string, number>();
  for (const e of CONFUSABLES) families.set(e.family, (families.get(e.family) ?? 0) + 1);
  console.log(`Table: ${CONFUSABLES.length} entries — ${[...families].map(([f, n]) => `${f} ${n}`).join(', ')}\n`);

  // Brown fiction.
  const texts = loadBrownFiction();
  const words = texts.reduce((n, t) => n + t.words, 0);
  const found = brownFindings(texts);
  const rate = (found.length / words) * 1000;
  const confident = found.filter((f) => f.finding.confident).length;
  console.log(`Brown fiction: ${texts.length} files, ${words} words`);
  console.log(`  findings: ${found.length} (${confident} confident) = ${rate.toFixed(3)} per 1,000 words (bar: ${BAR})\n`);
  const snapshot = renderBrownSnapshot(found, words);
  if (args.has('--write-snapshot')) {
    writeFileSync(BROWN_SNAPSHOT, snapshot);
    console.log(`  wrote ${BROWN_SNAPSHOT}\n`);
  }

  // Recall and control false alarms.
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  const report = (name: string, s: Score) => {
    console.log(
      `${name.padEnd(9)} recall ${pct(s.caught, s.errors)} (${s.caught}/${s.errors}, ${s.exact} at exactly the annotated span; ${s.wrongFix.length} flagged with another fix), ` +
        `controls ${s.controls} with ${s.controlAlarms.length} false alarms, ${s.extra.length} stray findings on error lines`,
    );
    if (args.has('--verbose')) {
      for (const [title, list] of [
        ['missed', s.missed],
        ['other fix', s.wrongFix],
        ['control alarms', s.controlAlarms],
        ['stray', s.extra],
      ] as const) {
        if (list.length > 0) console.log(`  ${title}:\n${list.map((l) => `    ${l}`).join('\n')}`);
      }
    }
  };
  report('design', score(loadFixture('design')));
  report('held-out', score(loadFixture('heldout')));
  console.log();

  // Cost, in a fresh process on the bundled rule (what the extension ships), not on tsx's on-the-fly
  // compilation of the sources.
  const dir = mkdtempSync(join(tmpdir(), 'confusable-'));
  try {
    const bundle = join(dir, 'confusable.mjs');
    buildSync({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'core', 'rules', 'confusable.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: bundle,
      logLevel: 'error',
    });
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'confusable-quality.ts'), '--cost-child', bundle], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(child.stderr);
    const c = JSON.parse(child.stdout.trim().split('\n').pop()!) as { words: number; load: number; first: number; best: number; findings: number };
    const per100k = (ms: number) => ((ms * 100_000) / c.words).toFixed(1);
    console.log(`Cost over ${c.words} words (CPU ms per 100k words):`);
    console.log(`  cold: ${per100k(c.load + c.first)} (loading the table and lexicon ${c.load.toFixed(1)} ms, first read ${per100k(c.first)})`);
    console.log(`  warm: ${per100k(c.best)} (best of 5)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (args.has('--cost-child')) void costChild(process.argv[process.argv.indexOf('--cost-child') + 1]);
else main();
