/**
 * Custom messages between the extension and the language server, beside standard LSP. The client
 * owns the workspace's files (it reads them through `vscode.workspace.fs`, which works on the
 * desktop, on vscode.dev and in virtual workspaces); the server owns analysis.
 */

/** Server → client: find and read the `fanfic.json` that applies to a document (nearest above it). */
export const StoryConfigRequest = 'fanfic/storyConfig';
export interface StoryConfigParams {
  uri: string;
}
export interface StoryConfigResult {
  /** The `fanfic.json` found, or null when there is none up to the workspace folder. */
  configUri: string | null;
  text: string | null;
  /** The story folder: the `fanfic.json` folder, else the document's folder. */
  storyUri: string;
}

/** Client → server: a `fanfic.json` was created, changed or deleted. */
export const StoryConfigChangedNotification = 'fanfic/storyConfigChanged';
export interface StoryConfigChangedParams {
  configUri: string;
}

/** Client → server: word counts for the status bar. */
export const WordCountRequest = 'fanfic/wordCount';
export interface WordCountParams {
  uri: string;
  /** Selections, as LSP ranges; the count of their story words is returned too. */
  selections: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>;
}
export interface WordCountResult {
  words: number;
  selectionWords: number | null;
}

/** Command ids the server's code actions invoke; the client implements them. */
export const Commands = {
  addToStoryDictionary: 'fanfic.addToStoryDictionary',
  addToUserDictionary: 'fanfic.addToUserDictionary',
  ignoreInStory: 'fanfic.ignoreInStory',
} as const;

/** Settings under `fanfic.*` the server reads. */
export interface FanficSettings {
  languages: string[];
  locale: 'en-US' | 'en-GB';
  words: string[];
  rules: Record<string, string>;
  maxFindings: number;
}
