/**
 * The `fanfic` command: the editor's checks on files, for CI and pre-commit hooks.
 *
 *   fanfic check [--format text|json] [--no-suggestions] [--locale en-US|en-GB] <files or folders…>
 *   fanfic outline [--format json|text] <file>
 *   fanfic stats [--format json|text] <file>
 *   fanfic names [--format json|text] <folder or files…>
 *   fanfic export --to ao3|ffn|markdown [--format html|json] <file>   (src/cli/export.ts)
 *   fanfic report [--format text|json] [--lines] <folder or files…>
 *
 * Exit codes: 1 when a finding is a warning or an error, 2 on bad usage or unreadable input, else 0.
 */

import { statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  addCounts,
  buildModel,
  checkStory,
  createSpeller,
  type Finding,
  inferNames,
  isFailing,
  LineIndex,
  type Locale,
  nameCountsOf,
  type OutlineNode,
  outlineOf,
  parseStoryConfig,
  resolveOptions,
  RULE_IDS,
  type Speller,
  statsOf,
  type StoryConfig,
  suggest,
} from '../core';
import { STORY_EXTENSIONS } from '../core/story-files';
import { loadDictionary } from '../node/dictionaries';
import { findStoryConfig, readStoryConfig, readStoryFile, StoryPathError, walkStory } from '../node/story-walk';
import { tuneCompiler } from '../node/v8-tuning';
import { EXPORT_USAGE, runExport } from './export';
import { report } from './report';

const USAGE = `Usage:
  fanfic check [--format text|json] [--no-suggestions] [--locale en-US|en-GB] [--ext txt,md] <files or folders…>
  fanfic outline [--format json|text] <file>
  fanfic stats [--format json|text] <file>
  fanfic names [--format json|text] <folder or files…>
  ${EXPORT_USAGE}
  fanfic report [--format text|json] [--lines] <folder or files…>
  fanfic --help | --version

check    runs every rule; exit 1 when a finding is a warning or an error, 2 on bad usage or
         unreadable input, else 0. Folders are searched for .fic and .fanfic files (add more
         extensions with --ext). The nearest fanfic.json above each file applies.
outline  prints the chapters, scenes, flashbacks and notes of a file.
stats    prints story words, dialogue words and their share, scenes, chapters, author's-note words.
names    prints the names a story uses, most frequent first, with suspected variants (typos, casings).
export   prints one chapter for an archive: AO3 work text (notes and summary apart; --format json
         adds words, characters and the AO3 limits it breaks, exit 1 if any), FanFiction.net, Markdown.
report   prints per chapter its words, scenes, dialogue share and each character's mentions and
         spoken words, then each character's totals; --lines lists every quotation and its speaker.`;

/** Raised for bad usage or unreadable input: exit 2 with the message. */
class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], io: Io = processIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`fanfic: ${error.message}\n`);
      return 2;
    }
    io.err(`fanfic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

function run(argv: string[], io: Io): number {
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        'no-suggestions': { type: 'boolean' },
        locale: { type: 'string' },
        ext: { type: 'string' },
        lines: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
  if (values.locale !== undefined && values.locale !== 'en-US' && values.locale !== 'en-GB') {
    throw new UsageError(`--locale must be en-US or en-GB, not "${values.locale}".`);
  }
  switch (command) {
    case 'check':
      if (paths.length === 0) throw new UsageError(`check needs at least one file or folder.\n${USAGE}`);
      return check(
        paths,
        {
          format,
          suggestions: !values['no-suggestions'],
          locale: values.locale as Locale | undefined,
          extensions: [
            ...STORY_EXTENSIONS,
            ...(values.ext ?? '')
              .split(',')
              .filter(Boolean)
              .map((e) => (e.startsWith('.') ? e : `.${e}`)),
          ],
        },
        io,
      );
    case 'outline':
    case 'stats': {
      if (paths.length !== 1) throw new UsageError(`${command} takes exactly one file.\n${USAGE}`);
      const file = readStory(paths[0], io);
      if (file === undefined) return 0;
      const model = buildModel(file);
      if (command === 'outline') {
        const lines = new LineIndex(file);
        const tree = outlineOf(model);
        io.out(
          format === 'json'
            ? `${JSON.stringify({ version: 1, path: paths[0], outline: tree.map((n) => outlineJson(n, lines)) }, null, 2)}\n`
            : outlineText(tree),
        );
      } else {
        const s = statsOf(model);
        io.out(
          format === 'json'
            ? `${JSON.stringify({ version: 1, path: paths[0], ...s }, null, 2)}\n`
            : [
                `story words       ${s.words.toLocaleString('en-US')}`,
                `dialogue words    ${s.dialogueWords.toLocaleString('en-US')} (${(s.dialogueShare * 100).toFixed(1)} %)`,
                `chapters          ${s.chapters}`,
                `scenes            ${s.scenes}`,
                `flashbacks        ${s.flashbacks}`,
                `paragraphs        ${s.paragraphs}`,
                `author's notes    ${s.authorsNoteWords.toLocaleString('en-US')} words`,
                '',
              ].join('\n'),
        );
      }
      return 0;
    }
    case 'names':
      if (paths.length === 0) throw new UsageError(`names needs a folder or files.\n${USAGE}`);
      return names(paths, format, values.locale as Locale | undefined, io);
    case 'report':
      if (paths.length === 0) throw new UsageError(`report needs a folder or files.\n${USAGE}`);
      return report(
        paths,
        { format, lines: values.lines === true, locale: values.locale as Locale | undefined },
        {
          collect: (p) => collect(p, STORY_EXTENSIONS, io),
          read: (p) => readStory(p, io),
          findConfig: (file) => findConfig(file, io),
          out: (t) => io.out(t),
        },
      );
    case undefined:
      throw new UsageError(`no command given.\n${USAGE}`);
    default:
      throw new UsageError(`unknown command "${command}".\n${USAGE}`);
  }
}

declare const FANFIC_VERSION: string | undefined;
const VERSION = typeof FANFIC_VERSION === 'string' ? FANFIC_VERSION : 'dev';

/** Reads a story file; undefined (with a notice) when it is skipped. Throws UsageError when unreadable. */
function readStory(path: string, io: Io): string | undefined {
  const read = guard(() => readStoryFile(path));
  if ('skip' in read) {
    io.err(`fanfic: skipped ${path}: ${read.skip}\n`);
    return undefined;
  }
  if (read.notice) io.err(`fanfic: notice: ${path}: ${read.notice}\n`);
  return read.text;
}

/** Runs a story-walk call, turning its path errors into usage errors (exit 2). */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof StoryPathError) throw new UsageError(error.message);
    throw error;
  }
}

interface CheckOptions {
  format: 'text' | 'json';
  suggestions: boolean;
  locale?: Locale;
  extensions: string[];
}

/** Expands folders into their story files (see src/node/story-walk.ts); says why each skip. */
function collect(paths: readonly string[], extensions: readonly string[], io: Io): string[] {
  const walked = guard(() => walkStory(paths, extensions));
  for (const s of walked.skipped) io.err(`fanfic: skipped ${s.path}: ${s.reason}\n`);
  return walked.files;
}

/** The notices already printed in a run (one per skipped fanfic.json). */
const configNotices = new WeakMap<Io, Set<string>>();

/** The nearest fanfic.json above a file that may be read, or undefined (with a notice when one was skipped). */
function findConfig(file: string, io: Io): string | undefined {
  const found = findStoryConfig(file);
  if (!found) return undefined;
  if ('path' in found) return found.path;
  const notices = configNotices.get(io) ?? new Set<string>();
  configNotices.set(io, notices);
  if (!notices.has(found.skip.path)) {
    notices.add(found.skip.path);
    io.err(`fanfic: skipped ${found.skip.path}: ${found.skip.reason}\n`);
  }
  return undefined;
}

interface FileReport {
  path: string;
  words: number;
  text: string;
  findings: Finding[];
}

function check(paths: string[], options: CheckOptions, io: Io): number {
  const files = collect(paths, options.extensions, io);
  // A wrong path in a CI script should not pass in silence: say when a folder held no story file.
  for (const p of paths) {
    if (statSync(p).isDirectory() && !files.some((f) => resolve(f).startsWith(`${resolve(p)}/`))) {
      io.err(`fanfic: no story files (${options.extensions.join(', ')}) in ${p}\n`);
    }
  }
  const spellers = new Map<Locale, Speller>();
  const spellerFor = (locale: Locale) => {
    let s = spellers.get(locale);
    if (!s) {
      s = createSpeller(loadDictionary(locale));
      spellers.set(locale, s);
    }
    return s;
  };

  // Group the files by story (the folder of their fanfic.json, else their own folder), so names
  // are counted across the whole story.
  const configs = new Map<string, { config?: StoryConfig; report?: FileReport }>();
  const stories = new Map<string, Array<{ path: string; text: string; config?: string }>>();
  for (const path of files) {
    const text = readStory(path, io);
    if (text === undefined) continue;
    const config = findConfig(path, io);
    if (config && !configs.has(config)) {
      const raw = guard(() => readStoryConfig(config));
      const parsed = parseStoryConfig(raw, RULE_IDS);
      configs.set(config, {
        config: parsed.config,
        report:
          parsed.problems.length > 0
            ? { path: relative(process.cwd(), config) || basename(config), words: 0, text: raw, findings: parsed.problems }
            : undefined,
      });
    }
    const story = config ? dirname(config) : dirname(resolve(path));
    const list = stories.get(story) ?? [];
    list.push({ path, text, config });
    stories.set(story, list);
  }

  const reports: FileReport[] = [];
  for (const c of configs.values()) if (c.report) reports.push(c.report);
  for (const [root, members] of stories) {
    const config = members[0].config ? configs.get(members[0].config)?.config : undefined;
    const speller = spellerFor(options.locale ?? config?.locale ?? 'en-US');
    // Each file is analyzed with the names of the story's other files, as the editor does.
    const { results } = checkStory(
      members.map((m) => ({ uri: m.path, text: m.text })),
      { speller, story: config },
      root,
    );
    results.forEach((result, i) => {
      const m = members[i];
      const findings = options.suggestions ? result.findings.map((f) => suggest(f, speller, result.model.apostrophe, result.names)) : result.findings;
      reports.push({ path: m.path, words: statsOf(result.model).words, text: m.text, findings });
    });
  }
  reports.sort((a, b) => a.path.localeCompare(b.path));

  let failing = false;
  if (options.format === 'json') {
    const json = {
      version: 1,
      files: reports.map((r) => {
        const lines = new LineIndex(r.text);
        return {
          path: r.path,
          words: r.words,
          findings: r.findings.map((f) => {
            if (isFailing(f.severity)) failing = true;
            return {
              rule: f.rule,
              severity: f.severity,
              message: f.message,
              range: lines.range(f.range),
              offset: { start: f.range.start, end: f.range.end },
              text: r.text.slice(f.range.start, f.range.end),
              suggestions: f.suggestions,
            };
          }),
        };
      }),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    for (const r of reports) {
      const lines = new LineIndex(r.text);
      for (const f of r.findings) {
        if (isFailing(f.severity)) failing = true;
        const p = lines.position(f.range.start);
        const fix = f.suggestions.length > 0 ? ` (${f.suggestions[0] === '' ? 'remove' : f.suggestions[0]})` : '';
        io.out(`${r.path}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.rule} ${f.message}${fix}\n`);
      }
    }
  }
  return failing ? 1 : 0;
}

/** `fanfic names`: the names of the story (the files given, or the story files of the folders given). */
function names(paths: string[], format: 'text' | 'json', locale: Locale | undefined, io: Io): number {
  const files = collect(paths, [...STORY_EXTENSIONS], io);
  const total = new Map<string, number>();
  const mid = new Map<string, number>();
  let configPath: string | undefined;
  for (const path of files) {
    const text = readStory(path, io);
    if (text === undefined) continue;
    configPath ??= findConfig(path, io);
    const counts = nameCountsOf(text);
    addCounts(total, counts.total);
    addCounts(mid, counts.mid);
  }
  const config = configPath
    ? parseStoryConfig(
        guard(() => readStoryConfig(configPath)),
        RULE_IDS,
      ).config
    : undefined;
  const options = resolveOptions({ speller: createSpeller(loadDictionary(locale ?? config?.locale ?? 'en-US')), story: config });
  const inferred = inferNames(total, mid, options);
  if (format === 'json') {
    io.out(`${JSON.stringify({ version: 1, names: inferred.map((n) => ({ ...n, roster: options.rosterNames.has(n.name) })) }, null, 2)}\n`);
  } else {
    for (const n of inferred) {
      const variants = n.variants.map((v) => `${v.name} ×${v.count} (${v.kind})`).join(', ');
      io.out(
        `${String(n.count).padStart(6)}  ${n.name}${options.rosterNames.has(n.name) ? '' : '  (not in fanfic.json)'}${variants ? `  variants: ${variants}` : ''}\n`,
      );
    }
  }
  return 0;
}

function outlineJson(node: OutlineNode, lines: LineIndex): unknown {
  return {
    kind: node.kind,
    name: node.name,
    detail: node.detail,
    range: lines.range(node.range),
    offset: { start: node.range.start, end: node.range.end },
    words: node.words,
    children: node.children.map((c) => outlineJson(c, lines)),
  };
}

function outlineText(nodes: OutlineNode[], depth = 0): string {
  return nodes
    .map(
      (n) =>
        `${'  '.repeat(depth)}${n.name}${n.detail ? ` — ${n.detail}` : ''}${n.kind === 'chapter' || n.words === 0 ? '' : ` (${n.words} words)`}\n${outlineText(n.children, depth + 1)}`,
    )
    .join('');
}

/**
 * The `fanfic` command as `bin/fanfic.js` runs it: V8 set up as for the server first (a check is
 * one cold run; src/node/v8-tuning.ts says why), then `main`. Tests and the bench call `main`.
 */
export function runCommand(argv: string[]): number {
  tuneCompiler();
  return main(argv);
}
