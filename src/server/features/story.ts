/**
 * The story as a whole: the report of who speaks how much where (`fanfic/report`, the Story
 * Dashboard) and every finding of every story file (`fanfic/storyProblems`, the Story Problems
 * view), each over all the story's files, open or on disk.
 */

import { ReportRequest, StoryProblemsRequest } from '../../common/protocol';
import { onRequest } from '../rpc';
import type { Workspace } from '../workspace';
import { storyProblems } from './problems';
import { reportOf } from './speakers';

export function registerStory(ws: Workspace): void {
  onRequest(ws.connection, ReportRequest, async (params) => {
    const state = ws.states.get(params.uri);
    const whole = await ws.storyFiles(params.uri);
    if (!state || !whole) return { version: 1, chapters: [], characters: [] };
    return reportOf(whole.files, state.analyzer.resolved, params.lines === true);
  });

  onRequest(ws.connection, StoryProblemsRequest, async (params) => {
    const whole = await ws.storyFiles(params.uri);
    if (!whole) return { files: [] };
    const options = new Map(await Promise.all(whole.files.map(async (f) => [f.uri, await ws.analyzeOptions(f.uri, whole.config, whole.story)] as const)));
    return storyProblems(whole.files, (uri) => options.get(uri)!);
  });
}
