/**
 * The language server's one state: the open documents and their analyzers, the settings, the
 * dictionaries, each story's `fanfic.json` and its names across files. Features read it; only the
 * check queue (`check`) changes an analysis, and every feature asks for results through it.
 *
 * A keystroke: `documents` changes → `enqueue` → (next tick) `check` → `Analyzer.analyze` →
 * the story's names updated by difference → `onChecked` listeners (diagnostics are published).
 */

import type { Connection } from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type FanficSettings, StoryConfigRequest, type StoryConfigResult, StoryFilesRequest, type StoryFilesResult } from '../common/protocol';
import {
  type AnalysisResult,
  type AnalyzeOptions,
  Analyzer,
  buildModel,
  createSpeller,
  defaultSettings,
  type DictionaryData,
  type DocumentModel,
  type FindingAction,
  isCharacter,
  LineIndex,
  type Locale,
  nameCountsOf,
  parseStoryConfig,
  RULE_IDS,
  SEVERITIES,
  type SeveritySetting,
  type Speller,
  Story,
  type StoryConfig,
  storyWordsOf,
  validateSettings,
} from '../core';
import { textEncodingNotice } from '../core/story-files';
import { toDiagnostic } from './convert';
import { sendRequest } from './rpc';
import { skipReason } from './skip';

/** What differs between the Node and the browser hosts. */
export interface ServerHost {
  /** Loads a Hunspell dictionary. */
  loadDictionary(locale: Locale): Promise<DictionaryData> | DictionaryData;
  /**
   * Reads a story from disk when the client does not answer the extension's own requests (an
   * editor other than VS Code with a plain LSP client). Only the Node host has a disk.
   */
  disk?: StoryDisk;
  /**
   * Told, when set, how long each check of a changed document took inside the server: from the
   * change to the diagnostics written, and the analysis alone (the Node entry sets it when
   * `FANFIC_TIMINGS=1`; `npm run bench` reads it to split the latency it measures).
   */
  timing?(line: string): void;
  /** A full garbage collection, called a moment after a large text is gone (Node only). */
  collectGarbage?(): void;
}

/** The story on disk, for clients that do not serve `fanfic/storyConfig` and `fanfic/storyFiles`. */
export interface StoryDisk {
  config(uri: string): Promise<StoryConfigResult> | StoryConfigResult;
  files(storyUri: string, recursive: boolean): Promise<StoryFilesResult> | StoryFilesResult;
}

/** A document's analysis state. */
export interface DocState {
  analyzer: Analyzer;
  result?: AnalysisResult;
  version: number;
  story?: StoryConfigResult;
  skipped?: string;
  /** Set once the document's encoding was checked (a notice, or false): told once per open. */
  encodingNotice?: string | false;
}

/** Told after each check of a document (diagnostics are published from here). */
export type CheckedListener = (uri: string, version: number, result: AnalysisResult | undefined, timing: { analysisMs: number; changedAt?: number }) => void;

/** A document that shrinks by this many characters, or closes this large, frees its memory. */
const LARGE_TEXT = 1 << 20;

/** Yields to the event loop (a web worker has no `setImmediate`). */
export const nextTick: (fn: () => void) => void = typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

const yieldNow = () => new Promise<void>((resolve) => nextTick(resolve));

export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  readonly states = new Map<string, DocState>();
  /** Each story, by its folder. */
  readonly stories = new Map<string, Story>();
  settings: FanficSettings = defaultSettings();
  /** Setting problems already shown (each is told once). */
  private readonly settingProblems = new Set<string>();
  private collectTimer?: ReturnType<typeof setTimeout>;
  /** Whether the client reads settings for the server (`workspace/configuration`). */
  configurable = false;
  /** The editor's workspace folders (URIs), as the client announced them. */
  roots: string[] = [];
  /** The action fixes the client can carry out (see `features/commands.ts`). */
  actions: ReadonlySet<FindingAction> = new Set();
  private readonly spellers = new Map<Locale, Promise<Speller | undefined>>();
  private readonly storyConfigs = new Map<string, StoryConfig>();
  private readonly queue = new Set<string>();
  private draining = false;
  private readonly listeners: CheckedListener[] = [];
  /** When each document's newest change arrived (for `host.timing`). */
  readonly changedAt = new Map<string, number>();

  constructor(
    readonly connection: Connection,
    readonly host: ServerHost,
  ) {}

  log(message: string): void {
    this.connection.console.log(`[fanfic] ${message}`);
  }

  onChecked(listener: CheckedListener): void {
    this.listeners.push(listener);
  }

  /** Reads the `fanfic.*` settings again (when the client serves them). */
  async refreshSettings(): Promise<void> {
    if (!this.configurable) return;
    try {
      // Never trusted as typed: a wrong setting takes its default and is told once (see validateSettings).
      const checked = validateSettings(await this.connection.workspace.getConfiguration('fanfic'), RULE_IDS);
      this.settings = checked.settings;
      for (const p of checked.problems) {
        if (this.settingProblems.has(p)) continue;
        this.settingProblems.add(p);
        void this.connection.window.showWarningMessage(`Fanfic: ${p}`);
      }
    } catch (error) {
      this.log(`could not read settings: ${String(error)}`);
    }
  }

  /** Every document's story is looked up again (a setting or a `fanfic.json` changed). */
  forgetStory(configUri?: string): void {
    if (configUri) this.storyConfigs.delete(configUri);
    for (const [uri, state] of this.states) {
      if (!configUri || !state.story || state.story.configUri === configUri || state.story.configUri === null) {
        state.story = undefined;
        this.enqueue(uri);
      }
    }
  }

  /** The server edited a story's `fanfic.json` for the client: the story goes on with the new text. */
  storyConfigEdited(config: StoryConfigResult): void {
    this.storyConfigs.delete(config.configUri!);
    for (const [uri, state] of this.states) {
      if (state.story?.storyUri === config.storyUri || state.story?.configUri === config.configUri) {
        state.story = config;
        this.enqueue(uri);
      }
    }
  }

  /** A story file changed on disk: its story is read again (an open document reports its own counts). */
  storyFileChanged(changed: string): void {
    if (this.documents.get(changed)) return;
    for (const [key, story] of this.stories) {
      if (story.files.has(changed) || changed.startsWith(`${key}/`)) {
        this.stories.delete(key);
        this.enqueueStory(key);
      }
    }
  }

  speller(locale: Locale): Promise<Speller | undefined> {
    let s = this.spellers.get(locale);
    if (!s) {
      s = Promise.resolve()
        .then(() => this.host.loadDictionary(locale))
        .then(createSpeller)
        .catch((error) => {
          this.connection.window.showErrorMessage(`Fanfic: the ${locale} dictionary could not be loaded, so spelling is off. ${String(error)}`);
          return undefined;
        });
      this.spellers.set(locale, s);
    }
    return s;
  }

  /** The `fanfic.json` that applies to a document: asked of the client, else read from disk. */
  async storyFor(uri: string, state: DocState): Promise<StoryConfigResult> {
    if (!state.story) {
      try {
        state.story = await sendRequest(this.connection, StoryConfigRequest, { uri });
      } catch {
        state.story = await this.fromDisk(() => this.host.disk?.config(uri), {
          configUri: null,
          text: null,
          storyUri: uri.slice(0, uri.lastIndexOf('/')) || uri,
        });
      }
    }
    return state.story;
  }

  /** The parsed `fanfic.json`; its problems are published as diagnostics in that file the first time. */
  storyConfig(result: StoryConfigResult): StoryConfig | undefined {
    if (!result.configUri || result.text === null) return undefined;
    let config = this.storyConfigs.get(result.configUri);
    if (!config) {
      const parsed = parseStoryConfig(result.text, RULE_IDS);
      config = parsed.config;
      this.storyConfigs.set(result.configUri, config);
      // A broken fanfic.json is a diagnostic in that file; the valid rest still applies.
      const lines = new LineIndex(result.text);
      void this.connection.sendDiagnostics({ uri: result.configUri, diagnostics: parsed.problems.map((p) => toDiagnostic(p, lines)) });
    }
    return config;
  }

  /** The story of a document; starts reading the story's other files the first time. */
  story(config: StoryConfigResult): Story {
    let story = this.stories.get(config.storyUri);
    if (!story) {
      story = new Story(config.storyUri);
      this.stories.set(config.storyUri, story);
    }
    if (!story.ready && !story.loading) story.loading = this.loadStory(story, config);
    return story;
  }

  private async loadStory(story: Story, config: StoryConfigResult): Promise<void> {
    const recursive = config.configUri !== null;
    try {
      let result: StoryFilesResult | null;
      try {
        result = await sendRequest(this.connection, StoryFilesRequest, { storyUri: story.root, recursive });
      } catch {
        result = await this.fromDisk(() => this.host.disk?.files(story.root, recursive), null);
      }
      const others = (result?.files ?? []).filter((f) => !this.documents.get(f.uri) && !skipReason(f.text));
      // Their words no tier knows too: a coinage the story repeats is its word in every file.
      const speller = await this.speller(this.localeOf(config));
      // One model of each file for both.
      const read = (text: string) => {
        const model = buildModel(text);
        return { counts: nameCountsOf(text, model), words: speller ? storyWordsOf(text, speller, model) : undefined };
      };
      await story.load(others, read, yieldNow);
      // Every open file of the story now sees the names of the others (if there are others).
      if (others.length > 0) this.enqueueStory(story.root);
    } catch (error) {
      this.log(`could not read the story's files under ${story.root}: ${String(error)}`);
      story.ready = true;
    }
  }

  private async fromDisk<T>(read: () => Promise<T> | T | undefined, fallback: T): Promise<T> {
    try {
      return (await read()) ?? fallback;
    } catch (error) {
      this.log(`could not read the story from disk: ${String(error)}`);
      return fallback;
    }
  }

  /** The story a document belongs to, if it was set up. */
  storyOf(uri: string): Story | undefined {
    const config = this.states.get(uri)?.story;
    return config ? this.stories.get(config.storyUri) : undefined;
  }

  /** Whether a folded name is a character of a document's story (of the document alone before its story is set up). */
  isCharacter(name: string, uri: string): boolean {
    const state = this.states.get(uri);
    if (!state) return false;
    const story = this.storyOf(uri);
    if (story) return story.isCharacter(name, state.analyzer.resolved);
    return isCharacter(name, state.result?.names.get(name) ?? 0, state.result?.namesMidSentence.get(name) ?? 0, state.analyzer.resolved);
  }

  /** The text of a story file: the open document's, else the one read from disk. */
  fileText(uri: string, story = this.storyOf(uri)): string | undefined {
    return this.documents.get(uri)?.getText() ?? story?.files.get(uri)?.text;
  }

  stateFor(uri: string): DocState {
    let state = this.states.get(uri);
    if (!state) {
      // Its options (speller, story, settings, error log) are set before each analysis.
      state = { analyzer: new Analyzer(), version: -1 };
      this.states.set(uri, state);
    }
    return state;
  }

  /**
   * The model of a document's current text, for a request about it. Fresh, it is the last
   * analysis's. Stale (the request came between a keystroke and the check it queued, as the
   * Outline's, the folding's and the semantic tokens' requests do), the queued check runs now and
   * its model is used: the incremental analysis of one edit, where building the model afresh took
   * ~100 ms on a 100,000-word chapter for every such request. A document the server does not
   * analyze (another language) gets a model built from its text; a skipped one (binary, too
   * large) none. Read it before the next `await`: a later analysis moves it.
   */
  async currentModel(uri: string): Promise<DocumentModel | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const state = this.states.get(uri);
    if (state?.result && state.version === document.version) return state.result.model;
    if (state) {
      const result = await this.currentResult(uri);
      if (result) return result.model;
    }
    const text = this.documents.get(uri)?.getText();
    if (text === undefined || skipReason(text)) return undefined;
    return buildModel(text);
  }

  /**
   * The analysis of a document as it is now: the last one when it is current, else one made now
   * (a quick fix asked for right after typing waits for the check the typing queued).
   */
  async currentResult(uri: string): Promise<AnalysisResult | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const state = this.states.get(uri);
    if (!state?.result || state.version !== document.version) {
      this.queue.delete(uri);
      await this.check(uri);
    }
    const after = this.states.get(uri);
    return after?.result && after.version === this.documents.get(uri)?.version ? after.result : undefined;
  }

  /** Queues a document's check; the queue runs one document at a time, yielding between them. */
  enqueue(uri: string): void {
    this.queue.add(uri);
    if (!this.draining) {
      this.draining = true;
      nextTick(() => void this.drain());
    }
  }

  /** Queues every open document of a story but `except`. */
  enqueueStory(root: string, except?: string): void {
    for (const [uri, st] of this.states) if (uri !== except && st.story?.storyUri === root) this.enqueue(uri);
  }

  /** A document closed: its state goes, its text stays with its story (a rename still reaches it). */
  close(uri: string, text: string): void {
    const entry = this.storyOf(uri)?.files.get(uri);
    if (entry) entry.text = text;
    if (text.length > LARGE_TEXT) this.collectSoon();
    this.states.delete(uri);
    this.queue.delete(uri);
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.size > 0) {
        const uri = this.queue.values().next().value as string;
        this.queue.delete(uri);
        await this.check(uri);
        // Let requests for other documents in before the next analysis.
        await yieldNow();
      }
    } finally {
      this.draining = false;
    }
  }

  /** Checks a document: its story and options first, then the analysis of its newest text. */
  private async check(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const state = this.stateFor(uri);
    const skip = skipReason(document.getText());
    if (skip) {
      if (state.skipped !== skip) {
        state.skipped = skip;
        this.connection.window.showInformationMessage(`Fanfic: ${uri.split('/').pop()} is not checked: ${skip}.`);
      }
      state.result = undefined;
      this.tell(uri, document.version, undefined, 0);
      return;
    }
    state.skipped = undefined;
    if (state.encodingNotice === undefined) {
      const notice = textEncodingNotice(document.getText());
      if (notice) this.connection.window.showWarningMessage(`Fanfic: ${decodeURIComponent(uri.split('/').pop() ?? uri)}: ${notice}.`);
      state.encodingNotice = notice ?? false;
    }
    const config = await this.storyFor(uri, state);
    const story = this.story(config);
    await this.configure(uri, state, config, story);
    // The document may have changed while we awaited: analyze the newest text.
    const current = this.documents.get(uri);
    if (!current) return;
    const started = performance.now();
    const result = state.analyzer.analyze(current.getText());
    const analysisMs = performance.now() - started;
    if ((state.result?.model.text.length ?? 0) - current.getText().length > LARGE_TEXT) this.collectSoon();
    state.result = result;
    state.version = current.version;
    this.tell(uri, current.version, result, analysisMs);
    // A name that appeared or vanished here changes what the story's other open files may report.
    // The story follows the edit by difference; a recount (or a file new to the story) replaces
    // the file's counts with copies of the analyzer's.
    const keysChanged =
      !result.nameChanges || !story.files.has(uri)
        ? story.set(uri, { total: new Map(result.names), mid: new Map(result.namesMidSentence) })
        : result.nameChanges.size > 0 && story.apply(uri, result.nameChanges);
    // So does a word no tier knows that it writes more or less often (the story's vocabulary),
    // counted only once the story has another file (a file joining it analyzes this one again).
    const wordsChanged = story.files.size > 1 && story.setWords(uri, result.storyWords);
    if (keysChanged || wordsChanged) this.enqueueStory(story.root, uri);
  }

  /** Frees a large text's memory once it is gone (see `ServerHost.collectGarbage`). */
  private collectSoon(): void {
    if (!this.host.collectGarbage || this.collectTimer) return;
    this.collectTimer = setTimeout(() => {
      this.collectTimer = undefined;
      this.host.collectGarbage?.();
    }, 2000);
  }

  private async configure(uri: string, state: DocState, config: StoryConfigResult, story: Story): Promise<void> {
    state.analyzer.setOptions({
      ...(await this.analyzeOptions(uri, config, story)),
      onRuleError: (rule, error) => this.log(`rule ${rule} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
  }

  /** The locale a story is checked in: its config's, else the settings'. */
  private localeOf(config: StoryConfigResult): Locale {
    return (this.storyConfig(config)?.locale ?? this.settings.locale ?? 'en-US') as Locale;
  }

  /** The options a story file is analyzed with: its story's config and names, the settings. */
  async analyzeOptions(uri: string, config: StoryConfigResult, story: Story): Promise<AnalyzeOptions> {
    return {
      speller: await this.speller(this.localeOf(config)),
      story: this.storyConfig(config),
      externalNames: story.external(uri),
      externalWords: story.externalWords(uri),
      userWords: this.settings.words,
      rules: sanitizeRules(this.settings.rules),
      maxFindings: this.settings.maxFindings,
    };
  }

  /** Every file of a document's story (open or read from disk), once the story is read. */
  async storyFiles(uri: string): Promise<{ config: StoryConfigResult; story: Story; files: Array<{ uri: string; text: string }> } | undefined> {
    const state = this.states.get(uri);
    const config = state?.story;
    if (!config) return undefined;
    const story = this.story(config);
    if (story.loading) await story.loading;
    const files = [...new Set([uri, ...story.files.keys()])].flatMap((file) => {
      const text = this.fileText(file, story);
      return text === undefined || skipReason(text) ? [] : [{ uri: file, text }];
    });
    return { config, story, files };
  }

  private tell(uri: string, version: number, result: AnalysisResult | undefined, analysisMs: number): void {
    const changedAt = this.changedAt.get(uri);
    this.changedAt.delete(uri);
    for (const listener of this.listeners) listener(uri, version, result, { analysisMs, changedAt });
  }
}

/** The rule severities of the settings, without values that are not severities. */
function sanitizeRules(rules: Record<string, string> | undefined): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const [id, v] of Object.entries(rules ?? {})) {
    if (SEVERITIES.includes(v as SeveritySetting)) out[id] = v as SeveritySetting;
  }
  return out;
}
