/**
 * One-shot analysis of a whole story (the CLI, tests): every file analyzed with the names of the
 * others, as the language server analyzes each open file with its story's other files.
 */

import { type AnalysisResult, Analyzer } from '../analyzer';
import type { AnalyzeOptions } from '../options';
import { Story } from './story';

/** A file of the story to check. */
export interface StoryText {
  /** Its key in the story (a path or a URI). */
  uri: string;
  text: string;
}

/**
 * Analyzes each file of one story with the name counts and the unknown words of the others. A story of one file is
 * analyzed once; a longer one twice per file (its own names first, then with the story's), the
 * second time from the analyzer's caches.
 */
export function checkStory(files: readonly StoryText[], options: AnalyzeOptions, root = ''): { story: Story; results: AnalysisResult[] } {
  const story = new Story(root);
  const analyzers = files.map(() => new Analyzer(options));
  if (files.length === 1) return { story, results: [analyzers[0].analyze(files[0].text)] };
  files.forEach((f, i) => {
    const first = analyzers[i].analyze(f.text);
    story.set(f.uri, { total: new Map(first.names), mid: new Map(first.namesMidSentence) });
    story.setWords(f.uri, first.storyWords);
  });
  const results = files.map((f, i) => {
    analyzers[i].setOptions({ ...options, externalNames: story.external(f.uri), externalWords: story.externalWords(f.uri) });
    return analyzers[i].analyze(f.text);
  });
  return { story, results };
}
