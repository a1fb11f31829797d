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
  addAlias: 'fanfic.addAlias',
  addCharacter: 'fanfic.addCharacter',
} as const;

/** Settings under `fanfic.*` the server reads. */
export interface FanficSettings {
  languages: string[];
  locale: 'en-US' | 'en-GB';
  words: string[];
  rules: Record<string, string>;
  maxFindings: number;
}

/** Server → client: the story files under a story folder (recursively), with their text. */
export const StoryFilesRequest = 'fanfic/storyFiles';
export interface StoryFilesParams {
  storyUri: string;
  /** True when the story has a fanfic.json (its folder and subfolders); else only the folder itself. */
  recursive: boolean;
}
export interface StoryFilesResult {
  files: Array<{ uri: string; text: string }>;
}

/** Client → server: a story file changed or was deleted on disk. */
export const StoryFileChangedNotification = 'fanfic/storyFileChanged';
export interface StoryFileChangedParams {
  uri: string;
}

/** Client → server: the characters of the story a document belongs to, for the Characters view. */
export const CharactersRequest = 'fanfic/characters';
export interface CharactersParams {
  uri: string;
}
export interface CharacterInfo {
  name: string;
  count: number;
  roster: boolean;
  aliases: string[];
  description?: string;
  pronouns?: string;
  variants: Array<{ name: string; count: number; kind: string }>;
  files: Array<{ uri: string; count: number }>;
}
export interface CharactersResult {
  storyUri: string;
  configUri: string | null;
  characters: CharacterInfo[];
}

/** Client → server: where a name is mentioned in one file (LSP ranges). */
export const MentionsRequest = 'fanfic/mentions';
export interface MentionsParams {
  uri: string;
  name: string;
}
export interface MentionsResult {
  ranges: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>;
}

/** Client → server: the outline of a file's text, for "Go to Scene…" across the workspace. */
export const OutlineRequest = 'fanfic/outline';
export interface OutlineParams {
  uri: string;
  text: string;
}
export interface SceneEntry {
  kind: string;
  name: string;
  detail: string;
  chapter: string;
  line: number;
  words: number;
}
export interface OutlineResult {
  scenes: SceneEntry[];
}

/** Client → server: convert a document's quotes; returns the edits. */
export const ConvertQuotesRequest = 'fanfic/convertQuotes';
export interface ConvertQuotesParams {
  uri: string;
  style: 'curly' | 'straight';
}

/**
 * Client → server: the story report of the story a document belongs to (every story file, open
 * or on disk): per chapter file its words, scenes, dialogue share and characters; per character
 * totals. The shape of `fanfic report --format json`, with file URIs for paths.
 */
export const ReportRequest = 'fanfic/report';
export interface ReportParams {
  uri: string;
  /** List every quotation with its speaker. */
  lines?: boolean;
}
export interface ReportResult {
  version: 1;
  chapters: Array<{
    path: string;
    title: string;
    words: number;
    scenes: number;
    dialogueShare: number;
    characters: Record<string, { mentions: number; spokenWords: number }>;
    dialogue?: Array<{ offset: { start: number; end: number }; speaker: string | null; words: number }>;
  }>;
  characters: Array<{ name: string; mentions: number; spokenWords: number; chapters: string[] }>;
}

/**
 * Client → server: every finding of the story a document belongs to, each story file analyzed
 * (open or on disk), for the Story Problems view. `fix` is the confident fix, when there is one.
 */
export const StoryProblemsRequest = 'fanfic/storyProblems';
export interface StoryProblemsParams {
  uri: string;
}
export interface StoryProblemsResult {
  files: Array<{
    uri: string;
    problems: Array<{
      rule: string;
      severity: string;
      message: string;
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      fix?: string;
    }>;
  }>;
}
