/**
 * How V8 is set up for the analysis, the same in every Node process that runs it: the language
 * server, the `fanfic` command and the benchmark's cold check (which measures what the server
 * meets). Flags set here are read by V8 when it compiles or collects, so setting them at start-up,
 * before any analysis code is hot, is enough; the heap's size is fixed before that and lives in
 * `src/common/server-flags.ts` instead.
 */

import { setFlagsFromString } from 'node:v8';

/**
 * A cold check is bound by V8's optimizing compiler, not by the analysis: on a 100,000-word
 * chapter TurboFan spent more instructions compiling the rules (4.2 G of 10.3 G for the whole
 * process, valgrind) than the optimized rules then ran, and its jobs share the machine's cores
 * with the main thread, which runs unoptimized code until they finish. Most of that is inlining:
 * `contextHits` with the model's scoring inlined took 0.28 s to compile, four times over as rare
 * paths deoptimized it. Half of V8's cumulative inlining budget (920 bytes of bytecode a
 * function, 460 here) cut the process's instructions from 10.3 G to 9.4 G; a quarter (230) to
 * 8.9 G, with the optimized code's own share rising only from 1.29 G to 1.50 G. Interleaved with
 * the same code on V8's defaults, the bench's cold check was 6 – 20 % faster at 230 and the
 * server's peak memory 5 – 8 MB lower; the edit p95 moved within the machine's noise both ways
 * (README, performance). No inlining at all, or half the budget, did no better.
 * An eighth (115) since: counted with `--predictable` (so the count is the same at every run), the
 * cold check's process ran 8.71 G instructions against 8.89 G at 230 (170: 8.78 G); six fresh
 * cold checks each, interleaved on a loaded machine, medians: wall 1,065 against 1,186 ms, process
 * CPU 1,041 against 1,074 ms, main thread 605 against 630 ms. A second analysis, the JIT warm
 * (what an edit runs), costs the same at both: 4.283 G against 4.285 G instructions.
 * Twice V8's interrupt budget (66 KB of bytecode run before a function is weighed for optimizing,
 * 132 KB here): a function is optimized later, on fuller type feedback, so fewer optimized
 * functions are thrown away when a rare path is first met (`candidateNeed` was compiled six
 * times a cold check, `candidatesOf` six, `nounAgrees` five). The cold check's process: 10.65 G
 * instructions against 11.00 G (−3.2 %, valgrind, `--predictable`); on the commit before, given on
 * the command line, 10.63 G at twice and 10.79 G at four times against 10.97 G.
 * Four fresh cold checks each, interleaved on a loaded machine, medians: process CPU 1,804 against
 * 2,083 ms, main thread 1,235 against 1,300 ms.
 * No loop peeling (TurboFan copies a loop's first iteration to hoist its checks out of the rest):
 * compiling costs less, and the rules' loops, which call out at every word, gain little from it.
 * The cold check's process: 10.36 G instructions against 10.65 G (−2.7 %); the bench's warm figure
 * (a fresh analyzer after one analysis), three interleaved runs each on a loaded machine: 1,612,
 * 1,241, 1,208 ms against 2,110, 1,772, 1,340. Without on-stack replacement instead: 11.76 G, worse.
 * No tier-up of regular expressions: V8 first compiles a regular expression to bytecode for its
 * interpreter and, from its second run, compiles it again to machine code. The rules' expressions
 * run on every paragraph or word, so the first compilation is soon thrown away, and with `\p{…}`
 * classes it is not cheap (ICU's character sets are built for it). Compiled once, to machine code:
 * the cold check's process 10.35 G instructions against 10.48 G (−1.2 %, valgrind, `--predictable`);
 * interpreting them all instead (`--regexp-interpret-all`): 11.10 G, worse.
 */
export const COMPILER_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=115',
  '--interrupt-budget=135168',
  '--no-turbo-loop-peeling',
  '--no-regexp-tier-up',
];

/**
 * The server's heap: every keystroke in a long chapter leaves its previous text behind (half a
 * megabyte for 100,000 words), and V8 lets a small heap grow to four times what is live before it
 * collects: the server would sit at 300 MB to hold 60. With the word list and the context model
 * loaded, growing by three quarters peaked at 260 MB; by 60 % it peaks near 248 MB. Growing by half
 * collected far more often, and each full collection's marking, on a second core, is what the
 * slowest keystrokes waited for (see the README's performance section).
 */
export const SERVER_HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=60'];

/** Sets the compiler's flags (every process that analyzes). */
export function tuneCompiler(): void {
  for (const flag of COMPILER_FLAGS) setFlagsFromString(flag);
}

/** Sets everything the language server runs with: the compiler's flags and its heap's. */
export function tuneServer(): void {
  tuneCompiler();
  for (const flag of SERVER_HEAP_FLAGS) setFlagsFromString(flag);
}
