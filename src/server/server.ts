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
  type Hover,
  MarkupKind,
  SemanticTokensBuilder,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { modify, applyEdits, findNodeAtLocation, parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  Analyzer,
  type AnalysisResult,
  buildModel,
  CAPPED_RULE,
  CONFIG_RULE,
  inOrder,
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
  SEVERITIES,
  type Severity,
  type SeveritySetting,
  type Speller,
  type StoryConfig,
  storyWordsIn,
  suggest,
  mentionAt,
  mentionsOf,
  inferNames,
  foldName,
} from '../core';
import { convertQuotes } from '../core/quotes';
import { StoryIndex } from './story';
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
  StoryFilesRequest,
  type StoryFilesResult,
  StoryFileChangedNotification,
  type StoryFileChangedParams,
  CharactersRequest,
  type CharactersParams,
  type CharactersResult,
  type CharacterInfo,
  MentionsRequest,
  type MentionsParams,
  type MentionsResult,
  OutlineRequest,
  type OutlineParams,
  type OutlineResult,
  type SceneEntry,
  ConvertQuotesRequest,
  type ConvertQuotesParams,
  ReportRequest,
  type ReportParams,
  type ReportResult,
  StoryProblemsRequest,
  type StoryProblemsParams,
  type StoryProblemsResult,
} from '../common/protocol';
import { storyProblems } from './features/problems';
import { quotationAt, quotationsOf, reportOf, SPEAKER_MODIFIERS, speakerHover, type Token as SpeakerToken, withDialogueTokens } from './features/speakers';

/** What differs between the Node and the browser hosts. */
export interface ServerHost {
  /** Loads a Hunspell dictionary. */
  loadDictionary(locale: Locale): Promise<DictionaryData> | DictionaryData;
  /**
   * Told, when set, how long each check of a changed document took inside the server: from the
   * change to the diagnostics written, and the analysis alone (the Node entry sets it when
   * `FANFIC_TIMINGS=1`; `npm run bench` reads it to split the latency it measures).
   */
  timing?(line: string): void;
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

/** Character names get their own semantic token type, so they stand out in every theme. */
export const SEMANTIC_LEGEND = { tokenTypes: ['character', 'dialogue'], tokenModifiers: ['roster', 'variant', ...SPEAKER_MODIFIERS] };

const DEFAULT_SETTINGS: FanficSettings = { languages: ['fanfic'], locale: 'en-US', words: [], rules: {}, maxFindings: 5000 };

interface DocState {
  analyzer: Analyzer;
  result?: AnalysisResult;
  version: number;
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
  const stories = new Map<string, StoryIndex>();
  let settings: FanficSettings = DEFAULT_SETTINGS;
  /** The diagnostic last sent for each finding. */
  const diagnosticOf = new WeakMap<Finding, Diagnostic>();
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
        hoverProvider: true,
        renameProvider: { prepareProvider: true },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
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
        diagnostics: parsed.problems.map((p) => toDiagnostic(p, lines)),
      });
    }
    return config;
  }

  /** The name index of a document's story; starts reading the story's files the first time. */
  function storyIndex(story: StoryConfigResult): StoryIndex {
    let index = stories.get(story.storyUri);
    if (!index) {
      index = new StoryIndex(story.storyUri);
      stories.set(story.storyUri, index);
    }
    if (!index.ready && !index.loading) {
      const idx = index;
      idx.loading = (async () => {
        try {
          const result = (await connection.sendRequest(StoryFilesRequest, { storyUri: story.storyUri, recursive: story.configUri !== null })) as StoryFilesResult | null;
          const others = (result?.files ?? []).filter((f) => !documents.get(f.uri));
          await idx.load(others, () => false, () => new Promise<void>((resolve) => nextTick(resolve)));
          // Every open file of the story now sees the names of the others (if there are others).
          if (others.length > 0) for (const [uri, st] of states) if (st.story?.storyUri === story.storyUri) enqueue(uri);
        } catch (error) {
          log(`could not read the story's files under ${story.storyUri}: ${String(error)}`);
          idx.ready = true;
        }
      })();
    }
    return index;
  }

  /** The story index a document belongs to, if it was set up. */
  function indexOf(uri: string): StoryIndex | undefined {
    const story = states.get(uri)?.story;
    return story ? stories.get(story.storyUri) : undefined;
  }

  connection.onNotification(StoryFileChangedNotification, (params: StoryFileChangedParams) => {
    // An open document reports its own counts; a file changed on disk is read again with its story.
    if (documents.get(params.uri)) return;
    for (const [key, index] of stories) {
      if (index.files.has(params.uri) || params.uri.startsWith(`${key}/`)) {
        stories.delete(key);
        for (const [uri, st] of states) if (st.story?.storyUri === key) enqueue(uri);
      }
    }
  });

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
      // Its options (speller, story, settings, error log) are set before each analysis.
      state = { analyzer: new Analyzer(), version: -1 };
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
    const index = storyIndex(story);
    state.analyzer.setOptions({
      speller: sp,
      story: config,
      externalNames: index.external(uri),
      userWords: settings.words,
      rules: sanitizeRules(settings.rules),
      maxFindings: settings.maxFindings,
      onRuleError: (rule, error) => log(`rule ${rule} failed on ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
    });
    // The document may have changed while we awaited: analyze the newest text.
    const current = documents.get(uri);
    if (!current) return;
    const currentText = current.getText();
    const analysisStart = performance.now();
    const result = state.analyzer.analyze(currentText);
    const analysisMs = performance.now() - analysisStart;
    state.result = result;
    state.version = current.version;
    const diagnostics = diagnosticsOf(result, diagnosticOf);
    const sent = connection.sendDiagnostics({ uri, version: current.version, diagnostics });
    const since = changedAt.get(uri);
    if (host.timing && since !== undefined) {
      changedAt.delete(uri);
      const version = current.version;
      void sent.then(() => host.timing?.(`fanfic-timing version=${version} changeToSent=${(performance.now() - since).toFixed(2)} analysis=${analysisMs.toFixed(2)}`));
    }
    // A name that appeared or vanished here changes what the story's other open files may report.
    // The story's name index follows the edit by difference; a recount (or a file new to the
    // index) replaces the file's counts with copies of the analyzer's.
    const keysChanged =
      !result.nameChanges || !index.files.has(uri)
        ? index.set(uri, { total: new Map(result.names), mid: new Map(result.namesMidSentence) })
        : result.nameChanges.size > 0 && index.apply(uri, result.nameChanges);
    if (keysChanged) {
      for (const [other, st] of states) if (other !== uri && st.story?.storyUri === story.storyUri) enqueue(other);
    }
  }

  function sanitizeRules(rules: Record<string, string> | undefined): Record<string, SeveritySetting> {
    const out: Record<string, SeveritySetting> = {};
    for (const [id, v] of Object.entries(rules ?? {})) {
      if (SEVERITIES.includes(v as SeveritySetting)) out[id] = v as SeveritySetting;
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
  /** When each document's newest change arrived (for `host.timing`). */
  const changedAt = new Map<string, number>();
  documents.onDidChangeContent((e) => {
    if (host.timing) changedAt.set(e.document.uri, performance.now());
    enqueue(e.document.uri);
  });
  documents.onDidClose((e) => {
    // The story index keeps a closed chapter's text, so a rename still reaches it.
    const entry = indexOf(e.document.uri)?.files.get(e.document.uri);
    if (entry) entry.text = e.document.getText();
    states.delete(e.document.uri);
    queue.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => codeActions(params));

  /**
   * The analysis of a document as it is now: the last one when it is current, else one made now
   * (a quick fix asked for right after typing waits for the check the typing queued).
   */
  async function currentResult(uri: string): Promise<AnalysisResult | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const state = states.get(uri);
    if (!state?.result || state.version !== document.version) {
      queue.delete(uri);
      await validate(uri);
    }
    const after = states.get(uri);
    return after?.result && after.version === documents.get(uri)?.version ? after.result : undefined;
  }

  /**
   * The finding a diagnostic shows, looked up in the current analysis by rule and range. A
   * diagnostic carries no fix data: its fixes are made from the text as it is now, and a stale
   * diagnostic (its finding gone) gets none, so a fix can never land on text that moved.
   */
  function findingOf(result: AnalysisResult, diagnostic: Diagnostic): Finding | undefined {
    const lines = result.model.lines;
    const start = lines.offset(diagnostic.range.start);
    const end = lines.offset(diagnostic.range.end);
    const findings = result.findings;
    let lo = 0;
    let hi = findings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (findings[mid].range.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < findings.length && findings[i].range.start === start; i++) {
      if (findings[i].range.end === end && findings[i].rule === diagnostic.code) return findings[i];
    }
    return undefined;
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const result = await currentResult(uri);
    const state = states.get(uri);
    if (!result || !state) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => CodeActionKind.SourceFixAll.startsWith(k) || k.startsWith(CodeActionKind.SourceFixAll));
    if (wantsFixAll) {
      const edits = confidentEdits(result);
      if (edits.length > 0) {
        actions.push({ title: 'Fix all confident fanfic findings', kind: CodeActionKind.SourceFixAll.concat('.fanfic'), edit: { changes: { [uri]: edits } } });
      }
      if (only && only.every((k) => k.startsWith(CodeActionKind.Source))) return actions;
    }
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'fanfic' || diagnostic.code === CONFIG_RULE || diagnostic.code === CAPPED_RULE) continue;
      const finding = findingOf(result, diagnostic);
      if (!finding) continue;
      const text = result.model.text.slice(finding.range.start, finding.range.end);
      const range = result.model.lines.range(finding.range);
      const word = typeof finding.data?.word === 'string' ? finding.data.word : undefined;
      const suggestions = suggest(finding, state.analyzer.resolved.speller, result.model.apostrophe).suggestions;
      suggestions.forEach((s, i) => {
        actions.push({
          title: s === '' ? `Remove “${text}”` : `Replace with “${s}”`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0 && Boolean(finding.confident),
          edit: { changes: { [uri]: [TextEdit.replace(range, s)] } },
        });
      });
      if (suggestions.length > 0) {
        const all = sameFixes(result, finding.rule, text, suggestions[0]);
        if (all.length > 1) {
          actions.push({
            title: `Fix all “${text}” → “${suggestions[0]}” in this file (${all.length})`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: all } },
          });
        }
      }
      const name = typeof finding.data?.name === 'string' ? finding.data.name : undefined;
      const target = typeof finding.data?.target === 'string' ? finding.data.target : undefined;
      if (finding.rule === 'character-name' && name && target) {
        actions.push(
          { title: `Add “${name}” as an alias of ${target}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add alias', command: Commands.addAlias, arguments: [name, target, uri] } },
          { title: `Add “${name}” as a new character`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add character', command: Commands.addCharacter, arguments: [name, uri] } },
        );
      }
      if (finding.rule === 'spelling' && word && /^\p{Lu}/u.test(word)) {
        const folded = foldName(word);
        actions.push({ title: `Add “${folded}” as a new character`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add character', command: Commands.addCharacter, arguments: [folded, uri] } });
      }
      if (finding.rule === 'spelling' && word) {
        actions.push(
          { title: `Add “${word}” to the story dictionary`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add to story dictionary', command: Commands.addToStoryDictionary, arguments: [word, uri] } },
          { title: `Add “${word}” to the user dictionary`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add to user dictionary', command: Commands.addToUserDictionary, arguments: [word] } },
        );
      }
      actions.push({
        title: `Ignore “${text}” in this story`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Ignore in this story', command: Commands.ignoreInStory, arguments: [text, uri] },
      });
    }
    return actions;
  }

  /** Edits replacing every finding of `rule` on `text` whose best fix is `fix`. */
  function sameFixes(result: AnalysisResult, rule: string, text: string, fix: string): TextEdit[] {
    const { lines, text: body } = result.model;
    return result.findings
      .filter((f) => f.rule === rule && body.slice(f.range.start, f.range.end) === text && (f.suggestions[0] ?? '') === fix)
      .map((f) => TextEdit.replace(lines.range(f.range), fix));
  }

  /** Edits for every confident finding, non-overlapping, in order. */
  function confidentEdits(result: AnalysisResult): TextEdit[] {
    const edits: TextEdit[] = [];
    let last = -1;
    for (const f of result.findings) {
      if (!f.confident || f.suggestions.length === 0 || f.range.start < last) continue;
      edits.push(TextEdit.replace(result.model.lines.range(f.range), f.suggestions[0]));
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

  /** The text of a story file: the open document's, else the one read from disk. */
  function storyFileText(uri: string, index: StoryIndex | undefined): string | undefined {
    return documents.get(uri)?.getText() ?? index?.files.get(uri)?.text;
  }

  /** Whether a folded name is a character of the story: in the roster, or used twice and not a plain word. */
  function isCharacter(name: string, state: DocState, index: StoryIndex | undefined): boolean {
    const options = state.analyzer.resolved;
    if (options.rosterNames.has(name)) return true;
    const count = index ? index.total.get(name) ?? 0 : state.result?.names.get(name) ?? 0;
    if (count < 2) return false;
    const sp = options.speller;
    if (!sp) return true;
    if (!sp.correct(name) && !sp.correct(name.toLowerCase())) return true;
    // A dictionary word is a name when it keeps its capital mid-sentence ("Will said", not "Will you").
    const mid = index ? index.totalMid.get(name) ?? 0 : state.result?.namesMidSentence.get(name) ?? 0;
    return mid >= count * 0.8;
  }

  connection.onHover((params): Hover | null => {
    const state = states.get(params.textDocument.uri);
    const model = modelOf(params.textDocument.uri);
    if (!state || !model) return null;
    const mention = mentionAt(model, model.lines.offset(params.position));
    const index = indexOf(params.textDocument.uri);
    const options = state.analyzer.resolved;
    const quotation = () => {
      const q = quotationAt(quotationsOf(model, options, index?.total ?? state.result?.names ?? new Map(), index?.totalMid ?? state.result?.namesMidSentence ?? new Map()), model.lines.offset(params.position));
      return q ? { contents: { kind: MarkupKind.Markdown, value: speakerHover(q) }, range: model.lines.range(q) } : null;
    };
    if (!mention) return quotation();
    const variantOf = options.variants.get(mention.name);
    const name = variantOf ?? mention.name;
    if (!variantOf && !isCharacter(name, state, index)) return quotation();
    const character = options.characters.find((c) => c.name === name || (c.aliases ?? []).includes(name));
    const inFile = mentionsOf(model, name);
    const inStory = index ? index.total.get(name) ?? 0 : inFile.length;
    const files = index ? [...index.files].filter(([, f]) => f.counts.total.has(name)).map(([u]) => u).sort() : [];
    const lines: string[] = [];
    lines.push(`**${character?.name ?? name}**${character?.pronouns ? ` (${character.pronouns})` : ''}${character ? '' : ' · not in the character list'}`);
    if (variantOf) lines.push(`\`${mention.name}\` is a variant this story spells \`${variantOf}\`.`);
    if (character?.aliases?.length) lines.push(`Also: ${character.aliases.join(', ')}`);
    if (character?.description) lines.push(character.description);
    lines.push(`Mentions: ${inFile.length} in this file · ${inStory} in the story${files.length > 1 ? ` (${files.length} files)` : ''}`);
    if (inFile.length > 0) {
      const first = model.lines.position(inFile[0].range.start);
      lines.push(`First appearance in this file: line ${first.line + 1}${files.length > 1 ? ` · in the story: ${decodeURIComponent(files[0].split('/').pop() ?? files[0])}` : ''}`);
    }
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: model.lines.range(mention.range) };
  });

  connection.onPrepareRename((params) => {
    const state = states.get(params.textDocument.uri);
    const model = modelOf(params.textDocument.uri);
    if (!state || !model) return null;
    const mention = mentionAt(model, model.lines.offset(params.position));
    if (!mention || !isCharacter(mention.name, state, indexOf(params.textDocument.uri))) {
      throw new Error('Only a character name can be renamed here: a name in the character list, or one the story uses twice.');
    }
    return { range: model.lines.range(mention.range), placeholder: mention.name };
  });

  connection.onRenameRequest(async (params): Promise<WorkspaceEdit | null> => {
    const state = states.get(params.textDocument.uri);
    const model = modelOf(params.textDocument.uri);
    if (!state || !model) return null;
    const mention = mentionAt(model, model.lines.offset(params.position));
    if (!mention) return null;
    const old = mention.name;
    const next = params.newName.trim();
    if (!next || /\s{2,}|[\r\n]/.test(next)) throw new Error('A name is one line of text.');
    const index = indexOf(params.textDocument.uri);
    if (index?.loading) await index.loading;
    const changes: Record<string, TextEdit[]> = {};
    const uris = new Set<string>([params.textDocument.uri, ...(index ? index.files.keys() : [])]);
    for (const uri of uris) {
      const text = storyFileText(uri, index);
      if (text === undefined || skipReason(text)) continue;
      const fileModel = uri === params.textDocument.uri ? model : buildModel(text);
      const edits = mentionsOf(fileModel, old, { headings: true }).map((m) => TextEdit.replace(fileModel.lines.range(m.range), next));
      if (edits.length > 0) changes[uri] = edits;
    }
    // The character list follows: the name, or the alias, is renamed in fanfic.json too.
    const story = state.story;
    if (story?.configUri && story.text) {
      const edited = renameInConfig(story.text, old, next);
      if (edited !== story.text) {
        const lines = new LineIndex(story.text);
        changes[story.configUri] = [TextEdit.replace(lines.range({ start: 0, end: story.text.length }), edited)];
      }
    }
    return { changes };
  });

  connection.languages.semanticTokens.on((params) => {
    const builder = new SemanticTokensBuilder();
    const state = states.get(params.textDocument.uri);
    const model = modelOf(params.textDocument.uri);
    if (!state || !model) return builder.build();
    const index = indexOf(params.textDocument.uri);
    const options = state.analyzer.resolved;
    const decided = new Map<string, number>();
    const names: SpeakerToken[] = [];
    for (const p of model.paragraphs) {
      for (const t of p.analysis.tokens) {
        const c = t.text.charCodeAt(0);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
        const name = foldName(t.text);
        let kind = decided.get(name);
        if (kind === undefined) {
          kind = options.variants.has(name) ? 2 : options.rosterNames.has(name) ? 1 : t.text[0] !== t.text[0].toLowerCase() && isCharacter(name, state, index) ? 0 : -1;
          decided.set(name, kind);
        }
        if (kind < 0) continue;
        const pos = model.lines.position(p.start + t.start);
        names.push([pos.line, pos.character, name.length, 0, kind === 1 ? 1 : kind === 2 ? 2 : 0]);
      }
    }
    const quotes = quotationsOf(model, options, index?.total ?? state.result?.names ?? new Map(), index?.totalMid ?? state.result?.namesMidSentence ?? new Map());
    for (const t of withDialogueTokens(model, quotes, options, names, 1, 2)) builder.push(...t);
    return builder.build();
  });

  connection.onRequest(ReportRequest, async (params: ReportParams): Promise<ReportResult> => {
    const state = states.get(params.uri);
    const index = state?.story ? storyIndex(state.story) : undefined;
    if (index?.loading) await index.loading;
    if (!state) return { version: 1, chapters: [], characters: [] };
    const uris = new Set([params.uri, ...(index ? index.files.keys() : [])]);
    const files = [...uris].flatMap((uri) => {
      const text = storyFileText(uri, index);
      return text === undefined || skipReason(text) ? [] : [{ uri, text }];
    });
    return reportOf(files, state.analyzer.resolved, params.lines === true);
  });

  connection.onRequest(StoryProblemsRequest, async (params: StoryProblemsParams): Promise<StoryProblemsResult> => {
    const state = states.get(params.uri);
    const story = state?.story;
    if (!state || !story) return { files: [] };
    const index = storyIndex(story);
    if (index.loading) await index.loading;
    const config = storyConfig(story);
    const sp = await speller((config?.locale ?? settings.locale ?? 'en-US') as Locale);
    const uris = new Set([params.uri, ...index.files.keys()]);
    const files = [...uris].flatMap((uri) => {
      const text = storyFileText(uri, index);
      return text === undefined || skipReason(text) ? [] : [{ uri, text }];
    });
    return storyProblems(files, (uri) => ({ speller: sp, story: config, externalNames: index.external(uri), userWords: settings.words, rules: sanitizeRules(settings.rules) }));
  });

  connection.onRequest(CharactersRequest, async (params: CharactersParams): Promise<CharactersResult> => {
    const state = states.get(params.uri);
    const story = state?.story;
    const index = indexOf(params.uri);
    if (index?.loading) await index.loading;
    if (!state || !story || !index) return { storyUri: story?.storyUri ?? '', configUri: story?.configUri ?? null, characters: [] };
    const options = state.analyzer.resolved;
    const inferred = inferNames(index.total, index.totalMid, options);
    const byName = new Map(inferred.map((n) => [n.name, n]));
    const characters: CharacterInfo[] = [];
    const files = (name: string) =>
      [...index.files]
        .map(([uri, f]) => ({ uri, count: f.counts.total.get(name) ?? 0 }))
        .filter((f) => f.count > 0)
        .sort((a, b) => a.uri.localeCompare(b.uri));
    for (const c of options.characters) {
      const n = byName.get(c.name);
      byName.delete(c.name);
      characters.push({ name: c.name, count: index.total.get(c.name) ?? 0, roster: true, aliases: c.aliases ?? [], description: c.description, pronouns: c.pronouns, variants: n?.variants ?? [], files: files(c.name) });
    }
    for (const n of byName.values()) {
      if (!isCharacter(n.name, state, index)) continue;
      characters.push({ name: n.name, count: n.count, roster: false, aliases: [], variants: n.variants, files: files(n.name) });
    }
    characters.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { storyUri: story.storyUri, configUri: story.configUri, characters };
  });

  connection.onRequest(MentionsRequest, (params: MentionsParams): MentionsResult => {
    const text = storyFileText(params.uri, indexOf(params.uri) ?? [...stories.values()].find((s) => s.files.has(params.uri)));
    if (text === undefined || skipReason(text)) return { ranges: [] };
    const model = modelOf(params.uri) ?? buildModel(text);
    return { ranges: mentionsOf(model, params.name).map((m) => model.lines.range(m.range)) };
  });

  connection.onRequest(OutlineRequest, (params: OutlineParams): OutlineResult => {
    if (skipReason(params.text)) return { scenes: [] };
    const model = documents.get(params.uri) ? modelOf(params.uri) ?? buildModel(params.text) : buildModel(params.text);
    const scenes: SceneEntry[] = [];
    const walk = (nodes: OutlineNode[], chapter: string) => {
      for (const n of nodes) {
        if (n.kind === 'scene' || n.kind === 'flashback' || n.kind === 'chapter') {
          scenes.push({ kind: n.kind, name: n.name, detail: n.detail, chapter, line: model.lines.lineAt(n.selectionRange.start), words: n.words });
        }
        walk(n.children, n.kind === 'chapter' ? n.name : chapter);
      }
    };
    walk(outlineOf(model), '');
    return { scenes };
  });

  connection.onRequest(ConvertQuotesRequest, (params: ConvertQuotesParams): TextEdit[] => {
    const document = documents.get(params.uri);
    if (!document) return [];
    const text = document.getText();
    const converted = convertQuotes(text, params.style);
    if (converted === text) return [];
    return [TextEdit.replace({ start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, converted)];
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

/**
 * The diagnostics of an analysis, in document order. Every keystroke sends all of them, so each
 * is made once: a paragraph's findings are the same objects while they do not change, wherever
 * the paragraph moves, and so is the diagnostic made of each (kept in `made`), as long as its
 * lines did not move.
 */
export function diagnosticsOf(result: AnalysisResult, made: WeakMap<Finding, Diagnostic>): Diagnostic[] {
  const lines = result.model.lines;
  const shown = (f: Finding, at: number): Diagnostic => {
    const known = made.get(f);
    if (known && lines.holds(known.range.start, at + f.range.start) && lines.holds(known.range.end, at + f.range.end)) return known;
    const d = toDiagnostic(f, lines, at);
    made.set(f, d);
    return d;
  };
  if (result.groups.capped) return result.findings.map((f) => shown(f, 0));
  const out: Diagnostic[] = [];
  inOrder(result.groups, (f, at) => out.push(shown(f, at)));
  return out;
}

/** The diagnostic of a finding whose range is relative to `at`. */
export function toDiagnostic(f: Finding, lines: LineIndex, at = 0): Diagnostic {
  // No `data`: a quick fix looks its finding up in the current analysis (see `findingOf`), so
  // the diagnostics of a long chapter, sent on every keystroke, carry only what is shown.
  return { range: lines.range({ start: at + f.range.start, end: at + f.range.end }), severity: SEVERITY[f.severity], code: f.rule, source: 'fanfic', message: f.message };
}

/** `fanfic.json` text with the character `from` (name or alias) renamed to `to`; the text itself if absent. */
export function renameInConfig(text: string, from: string, to: string): string {
  const root = parseTree(text);
  const list = root ? findNodeAtLocation(root, ['characters']) : undefined;
  if (!list || list.type !== 'array') return text;
  let out = text;
  for (let i = 0; i < (list.children ?? []).length; i++) {
    if (findNodeAtLocation(parseTree(out)!, ['characters', i, 'name'])?.value === from) {
      out = applyEdits(out, modify(out, ['characters', i, 'name'], to, {}));
    }
    const aliases = findNodeAtLocation(parseTree(out)!, ['characters', i, 'aliases'])?.children ?? [];
    for (let j = 0; j < aliases.length; j++) {
      if (aliases[j].value === from) out = applyEdits(out, modify(out, ['characters', i, 'aliases', j], to, {}));
    }
  }
  return out;
}
