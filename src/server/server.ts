/**
 * The fanfic language server, shared by the Node and the web-worker entries. Each handler is a
 * thin adapter from LSP to the core: diagnostics, quick fixes, document symbols, folding ranges,
 * word counts. Analysis runs one document at a time from a queue, yielding to the event loop
 * between documents, so a long chapter never stalls another document's requests.
 */

import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  type DocumentSymbol,
  type FoldingRange,
  FoldingRangeKind,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  Analyzer,
  type AnalysisResult,
  buildModel,
  CONFIG_RULE,
  createSpeller,
  type DictionaryData,
  type DocumentModel,
  type Finding,
  LineIndex,
  type Locale,
  type OutlineKind,
  type OutlineNode,
  outlineOf,
  parseStoryConfig,
  RULE_IDS,
  type Severity,
  type SeveritySetting,
  type Speller,
  type StoryConfig,
  storyWordsIn,
  suggest,
} from '../core';
import {
  Commands,
  type FanficSettings,
  StoryConfigChangedNotification,
  type StoryConfigChangedParams,
  StoryConfigRequest,
  type StoryConfigResult,
  WordCountRequest,
  type WordCountParams,
  type WordCountResult,
} from '../common/protocol';

/** What differs between the Node and the browser hosts. */
export interface ServerHost {
  /** Loads a Hunspell dictionary. */
  loadDictionary(locale: Locale): Promise<DictionaryData> | DictionaryData;
}

/** The diagnostic payload a code action reads back: a quick fix never re-runs analysis. */
interface DiagnosticData {
  suggestions: string[];
  confident?: boolean;
  lazy?: boolean;
  word?: string;
  apostrophe?: string;
  text: string;
}

/** Files larger than this are not analyzed; the user is told once. */
export const MAX_FILE_SIZE = 5 * 1024 * 1024;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL: Record<OutlineKind, SymbolKind> = {
  'front-matter': SymbolKind.File,
  chapter: SymbolKind.Module,
  scene: SymbolKind.Class,
  flashback: SymbolKind.Event,
  'authors-note': SymbolKind.String,
  'end-marker': SymbolKind.Constant,
};

/** Yields to the event loop (a web worker has no `setImmediate`). */
const nextTick: (fn: () => void) => void =
  typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

const DEFAULT_SETTINGS: FanficSettings = { languages: ['fanfic'], locale: 'en-US', words: [], rules: {}, maxFindings: 5000 };

interface DocState {
  analyzer: Analyzer;
  result?: AnalysisResult;
  version: number;
  lines?: LineIndex;
  story?: StoryConfigResult;
  skipped?: string;
}

/** Starts the server on `connection`. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const spellers = new Map<Locale, Promise<Speller | undefined>>();
  const storyConfigs = new Map<string, StoryConfig>();
  const queue = new Set<string>();
  let settings: FanficSettings = DEFAULT_SETTINGS;
  let draining = false;
  let hasConfigurationCapability = false;

  const log = (message: string) => connection.console.log(`[fanfic] ${message}`);

  connection.onInitialize((params) => {
    hasConfigurationCapability = Boolean(params.capabilities.workspace?.configuration);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll.concat('.fanfic')], resolveProvider: false },
        documentSymbolProvider: { label: 'Fanfic' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'fanfic-language-server' },
    };
  });

  connection.onInitialized(async () => {
    await refreshSettings();
  });

  async function refreshSettings(): Promise<void> {
    if (!hasConfigurationCapability) return;
    try {
      const s = (await connection.workspace.getConfiguration('fanfic')) as Partial<FanficSettings> | null;
      settings = { ...DEFAULT_SETTINGS, ...(s ?? {}) };
    } catch (error) {
      log(`could not read settings: ${String(error)}`);
    }
  }

  connection.onDidChangeConfiguration(async () => {
    await refreshSettings();
    for (const state of states.values()) state.story = undefined;
    for (const doc of documents.all()) enqueue(doc.uri);
  });

  connection.onNotification(StoryConfigChangedNotification, (params: StoryConfigChangedParams) => {
    storyConfigs.delete(params.configUri);
    for (const [uri, state] of states) {
      if (!state.story || state.story.configUri === params.configUri || state.story.configUri === null) {
        state.story = undefined;
        enqueue(uri);
      }
    }
  });

  function speller(locale: Locale): Promise<Speller | undefined> {
    let s = spellers.get(locale);
    if (!s) {
      s = Promise.resolve()
        .then(() => host.loadDictionary(locale))
        .then(createSpeller)
        .catch((error) => {
          connection.window.showErrorMessage(`Fanfic: the ${locale} dictionary could not be loaded, so spelling is off. ${String(error)}`);
          return undefined;
        });
      spellers.set(locale, s);
    }
    return s;
  }

  async function storyFor(uri: string, state: DocState): Promise<StoryConfigResult> {
    if (!state.story) {
      try {
        state.story = (await connection.sendRequest(StoryConfigRequest, { uri })) as StoryConfigResult;
      } catch {
        state.story = { configUri: null, text: null, storyUri: uri };
      }
    }
    return state.story;
  }

  function storyConfig(result: StoryConfigResult): StoryConfig | undefined {
    if (!result.configUri || result.text === null) return undefined;
    let config = storyConfigs.get(result.configUri);
    if (!config) {
      const parsed = parseStoryConfig(result.text, RULE_IDS);
      config = parsed.config;
      storyConfigs.set(result.configUri, config);
      // A broken fanfic.json is a diagnostic in that file; the valid rest still applies.
      const lines = new LineIndex(result.text);
      void connection.sendDiagnostics({
        uri: result.configUri,
        diagnostics: parsed.problems.map((p) => toDiagnostic(p, lines, result.text!)),
      });
    }
    return config;
  }

  function enqueue(uri: string): void {
    queue.add(uri);
    if (!draining) {
      draining = true;
      nextTick(() => void drain());
    }
  }

  async function drain(): Promise<void> {
    try {
      while (queue.size > 0) {
        const uri = queue.values().next().value as string;
        queue.delete(uri);
        await validate(uri);
        // Let requests for other documents in before the next analysis.
        await new Promise<void>((resolve) => nextTick(resolve));
      }
    } finally {
      draining = false;
    }
  }

  function stateFor(uri: string): DocState {
    let state = states.get(uri);
    if (!state) {
      state = {
        analyzer: new Analyzer({ onRuleError: (rule, error) => log(`rule ${rule} failed on ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`) }),
        version: -1,
      };
      states.set(uri, state);
    }
    return state;
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const state = stateFor(uri);
    const text = document.getText();
    const skip = skipReason(text);
    if (skip) {
      if (state.skipped !== skip) {
        state.skipped = skip;
        connection.window.showInformationMessage(`Fanfic: ${uri.split('/').pop()} is not checked: ${skip}.`);
      }
      state.result = undefined;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    state.skipped = undefined;
    const story = await storyFor(uri, state);
    const config = storyConfig(story);
    const locale = (config?.locale ?? settings.locale ?? 'en-US') as Locale;
    const sp = await speller(locale);
    state.analyzer.setOptions({
      speller: sp,
      story: config,
      userWords: settings.words,
      rules: sanitizeRules(settings.rules),
      maxFindings: settings.maxFindings,
      onRuleError: (rule, error) => log(`rule ${rule} failed on ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
    });
    // The document may have changed while we awaited: analyze the newest text.
    const current = documents.get(uri);
    if (!current) return;
    const currentText = current.getText();
    const result = state.analyzer.analyze(currentText);
    state.result = result;
    state.version = current.version;
    state.lines = result.model.lines;
    const diagnostics = result.findings.map((f) => toDiagnostic(f, result.model.lines, currentText, result.model.apostrophe));
    void connection.sendDiagnostics({ uri, version: current.version, diagnostics });
  }

  function sanitizeRules(rules: Record<string, string> | undefined): Record<string, SeveritySetting> {
    const out: Record<string, SeveritySetting> = {};
    for (const [id, v] of Object.entries(rules ?? {})) {
      if (['off', 'hint', 'information', 'warning', 'error'].includes(v)) out[id] = v as SeveritySetting;
    }
    return out;
  }

  /** The model of a document's current text: the analyzed one when fresh, else a quick rebuild. */
  function modelOf(uri: string): DocumentModel | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const state = states.get(uri);
    if (state?.result && state.version === document.version) return state.result.model;
    const text = document.getText();
    if (skipReason(text)) return undefined;
    return buildModel(text);
  }

  documents.onDidOpen((e) => enqueue(e.document.uri));
  documents.onDidChangeContent((e) => enqueue(e.document.uri));
  documents.onDidClose((e) => {
    states.delete(e.document.uri);
    queue.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => codeActions(params));

  function codeActions(params: CodeActionParams): CodeAction[] {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const uri = document.uri;
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => CodeActionKind.SourceFixAll.startsWith(k) || k.startsWith(CodeActionKind.SourceFixAll));
    if (wantsFixAll) {
      const edits = confidentEdits(uri);
      if (edits.length > 0) {
        actions.push({ title: 'Fix all confident fanfic findings', kind: CodeActionKind.SourceFixAll.concat('.fanfic'), edit: { changes: { [uri]: edits } } });
      }
      if (only && only.every((k) => k.startsWith(CodeActionKind.Source))) return actions;
    }
    const state = states.get(uri);
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'fanfic' || diagnostic.code === CONFIG_RULE) continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      if (!data) continue;
      let suggestions = data.suggestions;
      if (data.lazy && data.word) {
        const sp = state ? state.analyzer.resolved.speller : undefined;
        suggestions = suggest({ rule: String(diagnostic.code), severity: 'warning', message: '', range: { start: 0, end: 0 }, suggestions, lazy: true, data: { word: data.word, apostrophe: data.apostrophe } }, sp).suggestions;
      }
      suggestions.forEach((s, i) => {
        actions.push({
          title: s === '' ? `Remove \`${data.text}\`` : `Replace with \`${s}\``,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0 && Boolean(data.confident),
          edit: { changes: { [uri]: [TextEdit.replace(diagnostic.range, s)] } },
        });
      });
      if (suggestions.length > 0 && state?.result) {
        const all = sameFixes(uri, String(diagnostic.code), data.text, suggestions[0]);
        if (all.length > 1) {
          actions.push({
            title: `Fix all \`${data.text}\` → \`${suggestions[0]}\` in this file (${all.length})`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: all } },
          });
        }
      }
      if (diagnostic.code === 'spelling' && data.word) {
        actions.push(
          { title: `Add \`${data.word}\` to the story dictionary`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add to story dictionary', command: Commands.addToStoryDictionary, arguments: [data.word, uri] } },
          { title: `Add \`${data.word}\` to the user dictionary`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add to user dictionary', command: Commands.addToUserDictionary, arguments: [data.word] } },
        );
      }
      actions.push({
        title: `Ignore \`${data.text}\` in this story`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Ignore in this story', command: Commands.ignoreInStory, arguments: [data.text, uri] },
      });
    }
    return actions;
  }

  /** Edits replacing every finding of `rule` on `text` whose best fix is `fix`. */
  function sameFixes(uri: string, rule: string, text: string, fix: string): TextEdit[] {
    const state = states.get(uri);
    const document = documents.get(uri);
    if (!state?.result || !document || state.version !== document.version) return [];
    const lines = state.result.model.lines;
    const body = state.result.model.text;
    return state.result.findings
      .filter((f) => f.rule === rule && body.slice(f.range.start, f.range.end) === text && (f.suggestions[0] ?? '') === fix)
      .map((f) => TextEdit.replace(lines.range(f.range), fix));
  }

  /** Edits for every confident finding, non-overlapping, in order. */
  function confidentEdits(uri: string): TextEdit[] {
    const state = states.get(uri);
    const document = documents.get(uri);
    if (!state?.result || !document || state.version !== document.version) return [];
    const edits: TextEdit[] = [];
    let last = -1;
    for (const f of state.result.findings) {
      if (!f.confident || f.suggestions.length === 0 || f.range.start < last) continue;
      edits.push(TextEdit.replace(state.result.model.lines.range(f.range), f.suggestions[0]));
      last = f.range.end;
    }
    return edits;
  }

  connection.onDocumentSymbol((params) => {
    const model = modelOf(params.textDocument.uri);
    if (!model) return [];
    const toSymbol = (node: OutlineNode): DocumentSymbol => ({
      name: node.name || ' ',
      detail: node.detail,
      kind: SYMBOL[node.kind],
      range: model.lines.range(node.range),
      selectionRange: model.lines.range(node.selectionRange),
      children: node.children.map(toSymbol),
    });
    return outlineOf(model).map(toSymbol);
  });

  connection.onFoldingRanges((params) => {
    const model = modelOf(params.textDocument.uri);
    if (!model) return [];
    const ranges: FoldingRange[] = [];
    const add = (start: number, end: number, kind?: string) => {
      const startLine = model.lines.lineAt(start);
      const endLine = model.lines.lineAt(Math.max(start, end - 1));
      if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
    };
    for (const c of model.chapters) add(c.start, c.end, FoldingRangeKind.Region);
    for (const s of model.scenes) add(s.start, s.end, FoldingRangeKind.Region);
    for (const f of model.flashbacks) add(f.start, f.end, FoldingRangeKind.Region);
    for (const b of model.blocks) if (b.kind === 'authors-note') add(b.start, b.end, FoldingRangeKind.Comment);
    return ranges;
  });

  connection.onRequest(WordCountRequest, (params: WordCountParams): WordCountResult => {
    const model = modelOf(params.uri);
    if (!model) return { words: 0, selectionWords: null };
    const words = storyWordsIn(model, { start: 0, end: model.text.length });
    const nonEmpty = params.selections.filter((s) => s.start.line !== s.end.line || s.start.character !== s.end.character);
    const selectionWords =
      nonEmpty.length === 0
        ? null
        : nonEmpty.reduce((n, s) => n + storyWordsIn(model, { start: model.lines.offset(s.start), end: model.lines.offset(s.end) }), 0);
    return { words, selectionWords };
  });

  documents.listen(connection);
  connection.listen();
}

/** Why a text is not analyzed (too large, binary), or undefined. */
export function skipReason(text: string): string | undefined {
  if (text.length > MAX_FILE_SIZE) return `it is larger than 5 MB (${(text.length / 1048576).toFixed(1)} MB)`;
  // NUL characters mean a binary file opened as text.
  const probe = text.length > 8192 ? text.slice(0, 8192) : text;
  if (probe.includes('\u0000')) return 'it looks like a binary file';
  return undefined;
}

function toDiagnostic(f: Finding, lines: LineIndex, text: string, apostrophe: string = "'"): Diagnostic {
  const data: DiagnosticData = {
    suggestions: f.suggestions,
    text: text.slice(f.range.start, f.range.end),
    ...(f.confident ? { confident: true } : {}),
    ...(f.lazy ? { lazy: true } : {}),
    ...(typeof f.data?.word === 'string' ? { word: f.data.word } : {}),
    ...(f.lazy ? { apostrophe } : {}),
  };
  return {
    range: lines.range(f.range),
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'fanfic',
    message: f.message,
    data,
  };
}
