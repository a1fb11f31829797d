/**
 * The extension, shared by the desktop (Node) and web (worker) entries: starts the language
 * client, answers the server's questions about the workspace's files, and owns the commands and
 * the status bar. Activation does no analysis; the server does it all.
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import {
  Commands,
  ConvertQuotesRequest,
  type InitializationOptions,
  StoryConfigChangedNotification,
  type StoryConfigParams,
  StoryConfigRequest,
  type StoryConfigResult,
  StoryFileChangedNotification,
  type StoryFilesParams,
  StoryFilesRequest,
  type StoryFilesResult,
  WordCountRequest,
} from '../common/protocol';
import { serialized } from '../common/serial';
import { editStoryFile, type StoryFs } from '../common/story-file';
import { storyConfigEdit } from '../core/config-edit';
import { validateSettings } from '../core/settings';
import { type EditStory, registerCharacters } from './characters';
import { type Dashboard, registerDashboard } from './dashboard';
import { type ExportApi, registerExport } from './export';
import { findStoryFiles, readText, storyExtensions } from './files';
import { type Goals, registerGoals } from './goals';
import { registerStoryProblems, type StoryProblems } from './problems';
import { renameOnCurrentConfig } from './rename';
import { onRequest, sendNotification, sendRequest } from './rpc';
import { registerGoToScene } from './scenes';

export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/** What the extension exports to other extensions (and to its integration tests). */
export interface FanficApi {
  /** How long `activate` took, in milliseconds (the budget is 50 ms). */
  activationMs: number;
  /** The status-bar word count as shown ("1,234 words", "56 of 1,234 words"), or undefined when hidden. */
  wordCountText(): string | undefined;
  /** The AO3 preview and limit warning (`export.ts`). */
  ao3: ExportApi;
  /** The writing goals (status bar, day history). */
  goals: Goals;
  /** The Story Dashboard. */
  dashboard: Dashboard;
  /** The Story Problems view. */
  storyProblems: StoryProblems;
}

const CONFIG_FILE = 'fanfic.json';
const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** Keeps a byte-order mark as U+FEFF, so an edit of fanfic.json writes it back. */
const bomKeepingDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * What the host adds to `vscode.workspace.fs` for safe fanfic.json edits: the desktop entry gives
 * an exclusive create (Node `open(…, 'wx')`) and `realpath`; the web entry nothing (the extension
 * host there is the only writer, and the in-process queue serializes its edits).
 */
export type StoryFsExtras = Pick<StoryFs, 'createExclusive' | 'realPath'>;

/** `vscode.workspace.fs` as the story-file port. */
const workspaceFs: StoryFs = {
  async read(path) {
    try {
      return bomKeepingDecoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(path)));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  },
  async write(path, text) {
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(path), encoder.encode(text));
  },
  async rename(from, to, overwrite) {
    await vscode.workspace.fs.rename(vscode.Uri.parse(from), vscode.Uri.parse(to), { overwrite });
  },
  async delete(path) {
    await vscode.workspace.fs.delete(vscode.Uri.parse(path));
  },
  async age(path) {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(path));
      return Date.now() - stat.mtime;
    } catch {
      return undefined;
    }
  },
};

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The nearest `fanfic.json` above a document, up to its workspace folder. */
export async function findStoryConfig(document: vscode.Uri): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.getWorkspaceFolder(document)?.uri;
  let dir = vscode.Uri.joinPath(document, '..');
  for (let depth = 0; depth < 32; depth++) {
    const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE);
    if (await exists(candidate)) return candidate;
    if (root && dir.toString() === root.toString()) return undefined;
    const parent = vscode.Uri.joinPath(dir, '..');
    if (parent.toString() === dir.toString()) return undefined;
    dir = parent;
  }
  return undefined;
}

/** Where a story's `fanfic.json` is, or will be created: the nearest one, else beside the document. */
async function storyConfigUri(document: vscode.Uri): Promise<vscode.Uri> {
  return (await findStoryConfig(document)) ?? vscode.Uri.joinPath(document, '..', CONFIG_FILE);
}

/** The languages checked: always `fanfic`, plus `plaintext`/`markdown` when the writer opts in. */
function checkedLanguages(): string[] {
  // Validated like every setting: `"fanfic.languages": 5` must not break activation.
  return validateSettings({ languages: vscode.workspace.getConfiguration('fanfic').get('languages') }).settings.languages;
}

function selector(): DocumentSelector {
  return checkedLanguages().flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
    { language, scheme: 'vscode-remote' },
    { language, scheme: 'vscode-vfs' },
    { language, scheme: 'vscode-test-web' },
    { language, scheme: 'memfs' },
  ]);
}

/** Activates the extension with a client made by `createClient`. */
export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory, fsExtras: StoryFsExtras = {}): Promise<FanficApi> {
  const started = Date.now();
  const storyFs: StoryFs = { ...workspaceFs, ...fsExtras };
  const output = vscode.window.createOutputChannel('Fanfic', { log: true });
  context.subscriptions.push(output);

  const client = createClient({
    documentSelector: selector(),
    outputChannel: output,
    synchronize: { configurationSection: 'fanfic' },
    // The extension carries out the commands of the server's quick fixes itself.
    initializationOptions: { extensionCommands: true } satisfies InitializationOptions,
    diagnosticPullOptions: undefined,
    middleware: {
      // The character list's part of a rename is made from fanfic.json as it is now (see rename.ts).
      provideRenameEdits: async (document, position, newName, token, next) => {
        const edit = await next(document, position, newName, token);
        return edit ? renameOnCurrentConfig(edit, document, position, await findStoryConfig(document.uri)) : edit;
      },
    },
  });

  serveStoryFiles(client, output);
  const configChanged = watchStory(context, client);

  /** Edits the story's fanfic.json safely, then tells the server at once (not waiting for the watcher). */
  const editStory = async (documentUri: string, edit: (text: string) => string, done: string) => {
    const config = await storyConfigUri(vscode.Uri.parse(documentUri));
    try {
      const changed = await editStoryFile(storyFs, config.toString(), edit);
      configChanged(config);
      if (changed) vscode.window.setStatusBarMessage(done, 3000);
    } catch (error) {
      vscode.window.showErrorMessage(
        `Fanfic: ${config.fsPath || config.toString()} was not changed. ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  registerDictionaryCommands(context, editStory);

  const wordCount = registerStatusBar(context, client);
  registerCharacters(context, client, editStory, findStoryConfig);
  registerGoToScene(context, client);
  const ao3 = registerExport(context, findStoryConfig);
  const isChecked = (document: vscode.TextDocument) => checkedLanguages().includes(document.languageId);
  const goals = registerGoals(context, client, isChecked, findStoryConfig);
  const dashboard = registerDashboard(context, client, goals, isChecked);
  const storyProblems = registerStoryProblems(context, client, isChecked);

  registerQuoteCommands(context, client);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('fanfic.languages')) {
        void vscode.window
          .showInformationMessage('Fanfic: reload the window to check the newly selected languages.', 'Reload')
          .then((choice) => choice && vscode.commands.executeCommand('workbench.action.reloadWindow'));
      }
    }),
  );

  // Activation does not wait for the server: it starts in the background and the editor stays
  // responsive; diagnostics arrive when it is ready.
  client.start().catch((error) => output.error(`the language server did not start: ${String(error)}`));
  context.subscriptions.push({ dispose: () => void client.stop() });
  // Shows the Characters view once the extension is active.
  void vscode.commands.executeCommand('setContext', 'fanfic.active', true);
  return {
    activationMs: Date.now() - started,
    ao3,
    wordCountText: () => (wordCount.visible ? wordCount.item.text.replace(/^\$\(book\) /, '') : undefined),
    goals,
    dashboard,
    storyProblems,
  };
}

/** Answers the server's questions about the workspace's files (their `fanfic.json`, a story's chapters). */
function serveStoryFiles(client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  onRequest(client, StoryConfigRequest, async (params: StoryConfigParams): Promise<StoryConfigResult> => {
    const uri = vscode.Uri.parse(params.uri);
    const config = await findStoryConfig(uri);
    if (!config) return { configUri: null, text: null, storyUri: vscode.Uri.joinPath(uri, '..').toString() };
    let text: string | null = null;
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(config));
    } catch (error) {
      output.warn(`could not read ${config.toString()}: ${String(error)}`);
    }
    return { configUri: config.toString(), text, storyUri: vscode.Uri.joinPath(config, '..').toString() };
  });

  onRequest(client, StoryFilesRequest, async (params: StoryFilesParams): Promise<StoryFilesResult> => {
    const uris = await findStoryFiles(vscode.Uri.parse(params.storyUri), params.recursive);
    const files: StoryFilesResult['files'] = [];
    for (const uri of uris) {
      const text = await readText(uri);
      if (text !== undefined) files.push({ uri: uri.toString(), text });
    }
    return { files };
  });
}

/**
 * Tells the server of story files and `fanfic.json` files changed outside the editor (another
 * tool, a git checkout), so the story's names follow; returns how to tell it of a config change.
 */
function watchStory(context: vscode.ExtensionContext, client: BaseLanguageClient): (uri: vscode.Uri) => void {
  const storyWatcher = vscode.workspace.createFileSystemWatcher(
    `**/*.{${storyExtensions()
      .map((e) => e.slice(1))
      .join(',')}}`,
  );
  const storyChanged = (uri: vscode.Uri) => void sendNotification(client, StoryFileChangedNotification, { uri: uri.toString() });
  storyWatcher.onDidChange(storyChanged);
  storyWatcher.onDidCreate(storyChanged);
  storyWatcher.onDidDelete(storyChanged);
  // A folder deleted whole reports the folder alone, not the chapters in it. (A name with an
  // extension is a file: the story's own are watched above, and fanfic.json's lock and temporary
  // files come and go with every dictionary add.)
  const folderWatcher = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  folderWatcher.onDidDelete((uri) => !/\.[^/]*$/.test(uri.path) && storyChanged(uri));
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  const configChanged = (uri: vscode.Uri) => void sendNotification(client, StoryConfigChangedNotification, { configUri: uri.toString() });
  watcher.onDidChange(configChanged);
  watcher.onDidCreate(configChanged);
  watcher.onDidDelete(configChanged);
  context.subscriptions.push(storyWatcher, folderWatcher, watcher);
  return configChanged;
}

/** The quick fixes' word commands: the story's dictionary and ignore list, and the user's dictionary. */
function registerDictionaryCommands(context: vscode.ExtensionContext, editStory: EditStory): void {
  const storyCommand = (action: 'addToStoryDictionary' | 'ignoreInStory', done: (text: string) => string) =>
    vscode.commands.registerCommand(Commands[action], (text: string, documentUri?: string) => {
      const uri = documentUri ?? vscode.window.activeTextEditor?.document.uri.toString();
      const edit = typeof text === 'string' && uri ? storyConfigEdit(action, [text]) : undefined;
      if (!edit || !uri) return;
      return editStory(uri, edit, done(text));
    });
  context.subscriptions.push(
    storyCommand('addToStoryDictionary', (word) => `Added "${word}" to the story dictionary`),
    storyCommand('ignoreInStory', (text) => `"${text}" is ignored in this story`),
    vscode.commands.registerCommand(Commands.addToUserDictionary, (word: string) =>
      // A setting is read, then written: two adds interleaved would both write the old list plus
      // their own word. The queue runs one add at a time, each re-reading what the last one wrote.
      serialized('user-dictionary', async () => {
        if (typeof word !== 'string' || !word.trim()) return;
        const config = vscode.workspace.getConfiguration('fanfic');
        const saved = config.inspect<unknown>('words')?.globalValue;
        const current = Array.isArray(saved) ? saved.filter((w): w is string => typeof w === 'string') : [];
        if (current.includes(word)) return;
        await config.update('words', [...current, word], vscode.ConfigurationTarget.Global);
        vscode.window.setStatusBarMessage(`Added "${word}" to the user dictionary`, 3000);
      }),
    ),
  );
}

/** "Convert Quotes to Curly / Straight": one undoable edit of the whole file. */
function registerQuoteCommands(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const convertQuotes = async (style: 'curly' | 'straight') => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const edits = await sendRequest(client, ConvertQuotesRequest, { uri: editor.document.uri.toString(), style });
    if (edits.length === 0) {
      void vscode.window.showInformationMessage(`Fanfic: the quotes are already ${style}.`);
      return;
    }
    // One undoable edit of the whole file.
    await editor.edit((builder) => {
      for (const e of edits) builder.replace(new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    });
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('fanfic.convertQuotesToCurly', () => convertQuotes('curly')),
    vscode.commands.registerCommand('fanfic.convertQuotesToStraight', () => convertQuotes('straight')),
  );
}

/** The status-bar word count: the story words of the file, and of the selection when there is one. */
function registerStatusBar(context: vscode.ExtensionContext, client: BaseLanguageClient): { item: vscode.StatusBarItem; visible: boolean } {
  const item = vscode.window.createStatusBarItem('fanfic.wordCount', vscode.StatusBarAlignment.Right, 100);
  const state = { item, visible: false };
  item.name = 'Fanfic Word Count';
  item.tooltip = "Story words (author's notes, headings and front matter not counted)";
  context.subscriptions.push(item);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !checkedLanguages().includes(editor.document.languageId)) {
      item.hide();
      state.visible = false;
      return;
    }
    const mine = ++generation;
    try {
      const result = await sendRequest(client, WordCountRequest, {
        uri: editor.document.uri.toString(),
        selections: editor.selections.map((s) => ({ start: s.start, end: s.end })),
      });
      if (mine !== generation) return;
      const words = result.words.toLocaleString('en-US');
      item.text = result.selectionWords === null ? `$(book) ${words} words` : `$(book) ${result.selectionWords.toLocaleString('en-US')} of ${words} words`;
      item.show();
      state.visible = true;
    } catch {
      // The server is restarting; the next event will update the count.
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.window.onDidChangeTextEditorSelection(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  schedule();
  return state;
}
