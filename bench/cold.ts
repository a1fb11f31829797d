/**
 * The cold check as the language server meets it: a fresh process, the speller just built and the
 * shipped models decoded (as the server does at start-up, while it waits for its client), the
 * first analysis of the bench's 100,000-word file. Measured in a child process,
 * because the bench's own process has by then built and written 600,000 words of corpus, and the
 * first analysis in it pays for collecting that garbage too.
 */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SERVER_NODE_FLAGS } from '../src/common/server-flags';
import { Analyzer, createSpeller, loadModels, RULES } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import { tuneServer } from '../src/node/v8-tuning';
import { buildCorpus } from './corpus';

export interface ColdSample {
  wallMs: number;
  /** Process CPU time (every thread: the JIT's and the collector's too). */
  cpuMs: number;
  /**
   * The main thread's CPU time (Linux; 10 ms ticks): what the wall time would be on an idle
   * machine whose other core compiles, since the analysis never waits for the compiler's threads.
   */
  mainMs?: number;
  /** Decoding the shipped models before the check (`loadModels`; not in `wallMs`). */
  modelsMs: number;
}

/** The main thread's CPU time so far in ms, where /proc tells it (Linux), else undefined. */
export function mainThreadMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** In the child: one cold check with every rule but `off` ('all' for none off, 'none' for every one off). */
export function coldCheckHere(off: string): ColdSample {
  tuneServer();
  const text = buildCorpus().text;
  const speller = createSpeller(loadDictionary('en-US'));
  const rules: Record<string, 'off'> = {};
  for (const r of RULES) if (off === 'none' || r.id === off) rules[r.id] = 'off';
  const t0 = performance.now();
  loadModels();
  const modelsMs = performance.now() - t0;
  const main = mainThreadMs();
  const cpu = process.cpuUsage();
  const t = performance.now();
  new Analyzer({ speller, rules }).analyze(text);
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const mainAfter = mainThreadMs();
  const mainMs = main === undefined || mainAfter === undefined ? undefined : mainAfter - main;
  return { wallMs, cpuMs: (used.user + used.system) / 1000, mainMs, modelsMs };
}

/**
 * Runs `script` (this bundle or another) with `args` in a new Node, with the server's flags
 * (`SERVER_NODE_FLAGS`; the child sets the rest as the server does, `tuneServer`), and reads the
 * JSON it prints.
 */
export function inFreshProcess<T>(script: string, args: readonly string[]): T {
  const flags = [...SERVER_NODE_FLAGS, ...process.execArgv];
  return JSON.parse(execFileSync(process.execPath, [...flags, script, ...args], { encoding: 'utf8' })) as T;
}

/** One cold check in a new Node (`inFreshProcess`): the sample its child prints. */
export function coldCheckInFreshProcess(script: string, args: readonly string[]): ColdSample {
  return inFreshProcess<ColdSample>(script, args);
}
