/**
 * `fanfic export --to ao3|ffn|markdown [--format html|json] <file>`: one chapter for an archive.
 *
 * `--format html` (the default) prints the work text as the site takes it (for `--to markdown`,
 * the Markdown) and lists the archive limits it breaks on stderr; `--format json` prints
 * `{ version, path, to, chapterTitle, summary, notes: { beginning, end }, html, words, characters,
 * problems: [{ field, message }] }`. The nearest fanfic.json's `work` fills the title and summary.
 * Exit codes: 1 when a limit is broken, 2 on bad usage or unreadable input, else 0.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseStoryConfig, RULE_IDS } from '../core';
import { EXPORT_TARGETS, exportChapter, type ExportTarget, type WorkFields } from '../core/export';

/** The CLI's output port (the same shape as `main.ts`'s). */
export interface ExportIo {
  out(text: string): void;
  err(text: string): void;
}

/** The usage line, also in `fanfic --help`. */
export const EXPORT_USAGE = 'fanfic export --to ao3|ffn|markdown [--format html|json] <file>';

const MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Runs `fanfic export` with the arguments after `export`; returns the exit code. */
export function runExport(argv: string[], io: ExportIo): number {
  const fail = (message: string) => {
    io.err(`fanfic: ${message}\nUsage: ${EXPORT_USAGE}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { to: { type: 'string', short: 't' }, format: { type: 'string', short: 'f' } } });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const to = (values.to ?? 'ao3') as ExportTarget;
  if (!EXPORT_TARGETS.includes(to)) return fail(`--to must be ${EXPORT_TARGETS.join(', ')}, not "${values.to}".`);
  const format = values.format ?? 'html';
  if (format !== 'html' && format !== 'json' && format !== 'text') return fail(`--format must be html or json, not "${format}".`);
  if (positionals.length !== 1) return fail('export takes exactly one file.');
  const path = positionals[0];

  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail(`${path} is a folder; export takes one chapter file.`);
    if (st.size > MAX_FILE_SIZE) return fail(`${path} is larger than 5 MB.`);
    bytes = readFileSync(path);
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) return fail(`${path} looks like a binary file.`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');

  const result = exportChapter(text, to, workOf(path));
  if (format === 'json') {
    const { to: target, ...rest } = result;
    io.out(
      `${JSON.stringify({ version: 1, path, to: target, chapterTitle: rest.chapterTitle, summary: rest.summary, notes: rest.notes, html: rest.html, words: rest.words, characters: rest.characters, problems: rest.problems }, null, 2)}\n`,
    );
  } else {
    io.out(result.html.endsWith('\n') ? result.html : `${result.html}\n`);
    for (const p of result.problems) io.err(`fanfic: ${path}: ${p.field}: ${p.message}\n`);
  }
  return result.problems.length > 0 ? 1 : 0;
}

/** The `work` of the nearest fanfic.json above `file`, as the exporter takes it. */
function workOf(file: string): WorkFields {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, 'fanfic.json');
    if (existsSync(candidate)) {
      try {
        const work = parseStoryConfig(readFileSync(candidate, 'utf8'), RULE_IDS).config.work;
        return work ? { title: work.title, summary: work.summary } : {};
      } catch {
        return {};
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return {};
    dir = parent;
  }
}
