/**
 * The benchmark's figures and how they are reported (`bench/bench.ts` runs the phases): each
 * figure against its budget, the things that looked wrong, the details for `bench/results.json`,
 * the phase guard, and the table printed at the end.
 */

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { RULES } from '../src/core';
import { BENCH_DIR, ROOT } from './paths';

const RESULTS = join(BENCH_DIR, 'results.json');

export interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: 'ms' | 'MB' | 'KB' | 'x' | '';
  /** Upper bound; null for figures reported for information. */
  budget: number | null;
  /** Shown instead of a value (n/a rows). */
  text?: string;
  note?: string;
}

export const figures: Figure[] = [];
/** Things that looked wrong (in the server, the corpus or the bench itself): news for the lead. */
export const findings: string[] = [];
export const details: Record<string, unknown> = {};

export function figure(f: Figure): void {
  figures.push(f);
}

/** CPU time since `start` (all threads: JIT and GC helpers count too), for a figure's note. */
export function cpuNote(start: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(start);
  return `process CPU ${round((used.user + used.system) / 1000)} ms (wall ≫ CPU means other load)`;
}

export function round(n: number, digits = 1): number {
  const k = 10 ** digits;
  return Math.round(n * k) / k;
}

/** Nearest-rank percentile: the value at or below which p% of the samples fall. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs one phase; an exception is a finding and the run goes on. */
export async function phase(name: string, fn: () => Promise<void> | void): Promise<void> {
  const t = performance.now();
  log(`${name}…`);
  try {
    await fn();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    findings.push(`phase "${name}" failed: ${message.split('\n').slice(0, 4).join(' | ')}`);
    log(`${name} FAILED: ${message}`);
  }
  log(`${name} done in ${round((performance.now() - t) / 1000, 1)} s`);
}

/** Other processes on this machine skew every figure; say so next to them. */
function loadWarning(): void {
  const start = details.loadAverageAtStart as number[] | undefined;
  const end = os.loadavg().map((l) => round(l, 2));
  details.loadAverageAtEnd = end;
  const cores = os.cpus().length;
  const worst = Math.max(start?.[0] ?? 0, end[0]);
  if (worst > cores * 0.75) {
    findings.push(
      `the machine was busy (1-min load average ${start?.[0] ?? '?'} at start, ${end[0]} at end, ${cores} cores): figures are pessimistic; re-run on an idle machine before trusting a FAIL near its budget`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Output.

function formatValue(f: Figure): string {
  if (f.value === null) return '—';
  if (f.unit === 'x') return `${f.value.toFixed(f.value >= 1 ? 2 : 3)} ×`;
  return `${f.value.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${f.unit}`.trim();
}

function verdict(f: Figure): string {
  if (f.budget === null) return '';
  if (f.value === null) return f.text ? `n/a: ${f.text}` : 'n/a';
  return f.value <= f.budget ? 'PASS' : 'FAIL';
}

let finished = false;
export function finish(started: number): void {
  if (finished) return;
  finished = true;
  loadWarning();
  const rows = figures.map((f) => [f.label, formatValue(f), f.budget === null ? '' : `≤ ${f.budget} ${f.unit}`, verdict(f)]);
  const header = ['Figure', 'Value', 'Budget', 'Result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const out: string[] = [];
  out.push(`fanfic-writer benchmark — ${cpu}, ${os.cpus().length} cores, ${round(os.totalmem() / 1073741824, 1)} GB, Node ${process.version}`);
  out.push('');
  out.push(line(header));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(line(r));
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.label.trim()}: ${f.note}`);
  if (notes.length > 0) out.push('', 'Notes:', ...notes);
  if (findings.length > 0) out.push('', 'Looked wrong:', ...findings.map((f) => `  - ${f}`));
  out.push('', `Results: ${relative(process.cwd(), RESULTS)} (run took ${round((Date.now() - started) / 1000, 1)} s)`);
  process.stdout.write(`${out.join('\n')}\n`);

  let commit: string | undefined;
  let dirty: boolean | undefined;
  try {
    commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || undefined;
    dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim().length > 0;
  } catch {
    // No git: the results stand without a commit.
  }
  const results = {
    machine: { cpu, cores: os.cpus().length, totalMemoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}` },
    date: new Date().toISOString(),
    git: { commit, srcDirty: dirty },
    rules: RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity })),
    figures: figures.map((f) => ({ ...f, pass: f.budget === null || f.value === null ? null : f.value <= f.budget })),
    findings,
    details,
  };
  try {
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`[bench] could not write ${RESULTS}: ${String(error)}\n`);
  }
}
