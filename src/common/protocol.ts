/**
 * Custom messages between the extension and the language server, beside standard LSP. The client
 * owns the workspace's files (it reads them through `vscode.workspace.fs`, which works on the
 * desktop, on vscode.dev and in virtual workspaces); the server owns analysis. Each message is
 * typed (`RequestType<P, R>`), so neither side casts what it sends or receives. A plain LSP client
 * (another editor) answers none of the server's requests: the server then reads the story itself.
 */

/**
 * A request between the two sides: its method, typed by its params and result. Each side turns it
 * into its own library's `RequestType` (the server's and the client's are separate copies of the
 * protocol library, whose classes do not mix), so neither casts.
 */
export interface Request<P, R> {
  readonly method: string;
  /** Never set: carries the types. */
  readonly types?: (params: P) => R;
}

/** A notification between the two sides, typed by its params. */
export interface Notification<P> {
  readonly method: string;
  /** Never set: carries the type. */
  readonly types?: (params: P) => void;
}

import type { StoryReport } from '../core/dialogue/report';

const request = <P, R>(method: string): Request<P, R> => ({ method });
const notification = <P>(method: string): Notification<P> => ({ method });

/** Server → client: find and read the `fanfic.json` that applies to a document (nearest above it). */
export const StoryConfigRequest = request<StoryConfigParams, StoryConfigResult>('fanfic/storyConfig');
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
export const StoryConfigChangedNotification = notification<StoryConfigChangedParams>('fanfic/storyConfigChanged');
export interface StoryConfigChangedParams {
  configUri: string;
}

/** Client → server: word counts for the status bar. */
export const WordCountRequest = request<WordCountParams, WordCountResult>('fanfic/wordCount');
export interface WordCountParams {
  uri: string;
  /** Selections, as LSP ranges; the count of their story words is returned too. */
  selections: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>;
}
export interface WordCountResult {
  words: number;
  selectionWords: number | null;
}

/**
 * What the extension tells the server at start (`initializationOptions`): it implements the
 * commands below itself. Another editor's client does not say so, and the server carries out the
 * story's commands for it, as workspace edits of `fanfic.json`.
 */
export interface InitializationOptions {
  extensionCommands?: boolean;
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
export const StoryFilesRequest = request<StoryFilesParams, StoryFilesResult | null>('fanfic/storyFiles');
export interface StoryFilesParams {
  storyUri: string;
  /** True when the story has a fanfic.json (its folder and subfolders); else only the folder itself. */
  recursive: boolean;
}
export interface StoryFilesResult {
  files: Array<{ uri: string; text: string }>;
}

/** Client → server: a story file changed or was deleted on disk. */
export const StoryFileChangedNotification = notification<StoryFileChangedParams>('fanfic/storyFileChanged');
export interface StoryFileChangedParams {
  uri: string;
}

/** Client → server: the characters of the story a document belongs to, for the Characters view. */
export const CharactersRequest = request<CharactersParams, CharactersResult>('fanfic/characters');
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
export const MentionsRequest = request<MentionsParams, MentionsResult>('fanfic/mentions');
export interface MentionsParams {
  uri: string;
  name: string;
}
export interface MentionsResult {
  ranges: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>;
}

/** Client → server: the outline of a file's text, for "Go to Scene…" across the workspace. */
export const OutlineRequest = request<OutlineParams, OutlineResult>('fanfic/outline');
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
export const ConvertQuotesRequest = request<ConvertQuotesParams, TextEditResult[]>('fanfic/convertQuotes');
export interface ConvertQuotesParams {
  uri: string;
  style: 'curly' | 'straight';
}

/** An LSP range, as plain data. */
export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A text edit, as plain data (LSP's `TextEdit`). */
export interface TextEditResult {
  range: LspRange;
  newText: string;
}

/**
 * Client → server: the story report of the story a document belongs to (every story file, open
 * or on disk): per chapter file its words, scenes, dialogue share and characters; per character
 * totals. The shape of `fanfic report --format json`, with file URIs for paths.
 */
export const ReportRequest = request<ReportParams, ReportResult>('fanfic/report');
export interface ReportParams {
  uri: string;
  /** List every quotation with its speaker. */
  lines?: boolean;
}
/** The shape of `fanfic report --format json`, from the core. */
export type ReportResult = StoryReport;

/**
 * Client → server: every finding of the story a document belongs to, each story file analyzed
 * (open or on disk), for the Story Problems view. `fix` is the confident fix, when there is one.
 */
export const StoryProblemsRequest = request<StoryProblemsParams, StoryProblemsResult>('fanfic/storyProblems');
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
