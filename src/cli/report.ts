/**
 * `fanfic report [--format text|json] [--lines] <folder or files…>`: per chapter its words (as
 * `fanfic stats` counts them), scenes, dialogue share and each character's mentions and spoken
 * words; per character the totals and the chapters they appear in. `--lines` adds every
 * quotation with its range and speaker.
 */

import { readFileSync } from 'node:fs';
import { createSpeller, parseStoryConfig, RULE_IDS, storyReport, type Locale, type StoryConfig } from '../core';
import { loadDictionary } from '../node/dictionaries';

/** What `report` needs of the CLI: its file helpers and output. */
export interface ReportHost {
  /** The story files of the paths given (folders searched), sorted. */
  collect(paths: string[]): string[];
  /** A story file's text, or undefined when skipped (binary, too large). */
  read(path: string): string | undefined;
  /** The nearest fanfic.json above a file. */
  findConfig(path: string): string | undefined;
  out(text: string): void;
}

/** The options of `fanfic report`. */
export interface ReportCliOptions {
  format: 'text' | 'json';
  lines: boolean;
  locale?: Locale;
}

/** Runs `fanfic report`; returns the exit code. */
export function report(paths: string[], options: ReportCliOptions, host: ReportHost): number {
  const files: Array<{ path: string; text: string }> = [];
  let configPath: string | undefined;
  for (const path of host.collect(paths)) {
    const text = host.read(path);
    if (text === undefined) continue;
    configPath ??= host.findConfig(path);
    files.push({ path, text });
  }
  let config: StoryConfig | undefined;
  if (configPath) {
    try {
      config = parseStoryConfig(readFileSync(configPath, 'utf8'), RULE_IDS).config;
    } catch {
      config = undefined;
    }
  }
  const speller = createSpeller(loadDictionary(options.locale ?? config?.locale ?? 'en-US'));
  const data = storyReport(files, { story: config, speller, lines: options.lines });
  if (options.format === 'json') {
    host.out(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  // A count and its noun, the noun padded to its plural's length so the columns stay aligned.
  const count = (n: number, width: number, noun: string) => `${String(n).padStart(width)} ${n === 1 ? `${noun} ` : `${noun}s`}`;
  for (const c of data.chapters) {
    host.out(
      `${c.path}  "${c.title}"  ${c.words.toLocaleString('en-US')} words, ${c.scenes} scene${c.scenes === 1 ? '' : 's'}, dialogue ${pct(c.dialogueShare)}\n`,
    );
    const people = Object.entries(c.characters).sort((a, b) => b[1].mentions - a[1].mentions || a[0].localeCompare(b[0]));
    for (const [name, v] of people) host.out(`    ${name.padEnd(20)} ${count(v.mentions, 5, 'mention')} ${count(v.spokenWords, 6, 'word')} spoken\n`);
    for (const d of c.dialogue ?? [])
      host.out(
        `    ${String(d.offset.start).padStart(7)}-${String(d.offset.end).padEnd(7)} ${(d.speaker ?? '?').padEnd(20)} ${d.words} word${d.words === 1 ? '' : 's'}\n`,
      );
  }
  host.out('\ncharacters\n');
  for (const c of data.characters) {
    host.out(
      `  ${c.name.padEnd(20)} ${count(c.mentions, 6, 'mention')} ${count(c.spokenWords, 7, 'word')} spoken  in ${c.chapters.length} chapter${c.chapters.length === 1 ? '' : 's'}\n`,
    );
  }
  return 0;
}
