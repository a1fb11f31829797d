/**
 * Every finding of a story, for the Story Problems view: each story file (open or on disk) is
 * analyzed with the story's options and no cap below VS Code's, which shows at most 1,000
 * problems a file and underlines 500. A plain function the server's `fanfic/storyProblems`
 * handler calls.
 */

import type { StoryProblemsResult } from '../../common/protocol';
import { Analyzer, CAPPED_RULE, LineIndex, type AnalyzeOptions } from '../../core';

/** Findings past this many in one file are dropped (one finding says so): a runaway file stays bounded. */
export const STORY_PROBLEMS_CAP = 50_000;

/**
 * The findings of the files given, by file (sorted by URI), each with its LSP range; only the
 * confident ones carry their fix (`fix`), which "Fix all in story" applies.
 */
export function storyProblems(files: ReadonlyArray<{ uri: string; text: string }>, optionsFor: (uri: string) => AnalyzeOptions): StoryProblemsResult {
  const out: StoryProblemsResult = { files: [] };
  for (const f of [...files].sort((a, b) => a.uri.localeCompare(b.uri))) {
    const analyzer = new Analyzer({ ...optionsFor(f.uri), maxFindings: STORY_PROBLEMS_CAP });
    const result = analyzer.analyze(f.text);
    const lines = new LineIndex(f.text);
    out.files.push({
      uri: f.uri,
      problems: result.findings.map((x) => ({
        rule: x.rule,
        severity: x.severity,
        message: x.message,
        range: lines.range(x.range),
        ...(x.confident && x.rule !== CAPPED_RULE && x.suggestions.length > 0 ? { fix: x.suggestions[0] } : {}),
      })),
    });
  }
  return out;
}
