/**
 * The cold check as a language server or a `fanfic check` meets it: a fresh process, the speller
 * just built, the first analysis of the bench's 100,000-word file. Measured in a child process,
 * because the bench's own process has by then built and written 600,000 words of corpus, and the
 * first analysis in it pays for collecting that garbage too.
 */

import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { SERVER_NODE_FLAGS } from '../src/common/server-flags';
import { Analyzer, createSpeller, RULES } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import { tuneServer } from '../src/node/v8-tuning';
import { buildCorpus } from './corpus';

export interface ColdSample {
  wallMs: number;
  /** Process CPU time (every thread: the JIT's and the collector's too). */
  cpuMs: number;
}

/** In the child: one cold check with every rule but `off` ('all' for none off, 'none' for every one off). */
export function coldCheckHere(off: string): ColdSample {
  tuneServer();
  const text = buildCorpus().text;
  const speller = createSpeller(loadDictionary('en-US'));
  const rules: Record<string, 'off'> = {};
  for (const r of RULES) if (off === 'none' || r.id === off) rules[r.id] = 'off';
  const cpu = process.cpuUsage();
  const t = performance.now();
  new Analyzer({ speller, rules }).analyze(text);
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
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
