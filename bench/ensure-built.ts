/**
 * The benchmark measures the server as shipped, from the bundle: `dist/` is rebuilt first when
 * `src/` is newer (or `--build` says so).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { argv } from './options';
import { ROOT, SERVER } from './paths';
import { details, findings, log, round } from './report';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'scripts', 'build.mjs')).mtimeMs);
  const built = existsSync(SERVER) ? statSync(SERVER).mtimeMs : 0;
  const stale = built < sources;
  details.build = { forced: argv.includes('--build'), stale, missing: built === 0 };
  if (!stale && !argv.includes('--build')) {
    log('dist/server/server.js is newer than src/: not rebuilding (pass --build to force)');
    return;
  }
  const t = performance.now();
  // `npm run build` is `node scripts/build.mjs`; calling node directly spares npm's start-up.
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  const ms = performance.now() - t;
  (details.build as Record<string, unknown>).ms = round(ms);
  if (result.status !== 0) {
    const why = result.error ? String(result.error) : `exit ${result.status}: ${(result.stderr || result.stdout).slice(-1500)}`;
    findings.push(`npm run build failed (${why.split('\n').slice(0, 6).join(' | ')})${existsSync(SERVER) ? '; measuring the stale bundle' : ''}`);
    if (!existsSync(SERVER)) throw new Error('no dist/server/server.js to measure');
  } else {
    log(`built dist/ in ${round(ms / 1000, 2)} s`);
  }
}
