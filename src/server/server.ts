/**
 * The fanfic language server, shared by the Node and the web-worker entries: one workspace state
 * (`Workspace`) and one provider a feature over it (`features/`), each a thin adapter from LSP to
 * the core. Analysis runs one document at a time from a queue, yielding to the event loop between
 * documents, so a long chapter never stalls another document's requests.
 */

import { type Connection, TextDocumentSyncKind } from 'vscode-languageserver';
import { type InitializationOptions, StoryConfigChangedNotification, StoryFileChangedNotification } from '../common/protocol';
import { loadModels } from '../core';
import { registerCharacters } from './features/characters';
import { CODE_ACTION_KINDS, registerCodeActions } from './features/code-actions';
import { commandSupport, registerCommands } from './features/commands';
import { registerDiagnostics } from './features/diagnostics';
import { registerQuotes } from './features/quotes';
import { registerSemanticTokens, SEMANTIC_LEGEND } from './features/semantic-tokens';
import { registerStory } from './features/story';
import { registerStructure } from './features/structure';
import { onNotification } from './rpc';
import { type ServerHost, Workspace } from './workspace';

export { diagnosticsOf, toDiagnostic } from './convert';
export { SEMANTIC_LEGEND } from './features/semantic-tokens';
export { MAX_FILE_SIZE, skipReason } from './skip';
export type { ServerHost, StoryDisk } from './workspace';

/** Starts the server on `connection`. */
export function startServer(connection: Connection, host: ServerHost): Workspace {
  const ws = new Workspace(connection, host);

  connection.onInitialize((params) => {
    ws.configurable = Boolean(params.capabilities.workspace?.configuration);
    ws.roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const { actions, serverCommands } = commandSupport(params.capabilities, params.initializationOptions as InitializationOptions | undefined);
    ws.actions = actions;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        documentSymbolProvider: { label: 'Fanfic' },
        foldingRangeProvider: true,
        hoverProvider: true,
        renameProvider: { prepareProvider: true },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        ...(serverCommands.length > 0 ? { executeCommandProvider: { commands: serverCommands } } : {}),
      },
      serverInfo: { name: 'fanfic-language-server' },
    };
  });
  connection.onInitialized(() => {
    // The settings are asked of the client; the shipped models are decoded while it answers
    // (before, the first chapter's check decoded them).
    const settings = ws.refreshSettings();
    loadModels();
    return settings;
  });
  connection.onDidChangeConfiguration(async () => {
    await ws.refreshSettings();
    ws.forgetStory();
  });
  onNotification(connection, StoryConfigChangedNotification, (params) => ws.forgetStory(params.configUri));
  onNotification(connection, StoryFileChangedNotification, (params) => ws.storyFileChanged(params.uri));

  const { documents } = ws;
  documents.onDidOpen((e) => ws.enqueue(e.document.uri));
  documents.onDidChangeContent((e) => {
    if (host.timing) ws.changedAt.set(e.document.uri, performance.now());
    ws.enqueue(e.document.uri);
  });
  documents.onDidClose((e) => ws.close(e.document.uri, e.document.getText()));

  registerDiagnostics(ws);
  registerCodeActions(ws);
  registerStructure(ws);
  registerCharacters(ws);
  registerSemanticTokens(ws);
  registerQuotes(ws);
  registerCommands(ws);
  registerStory(ws);

  documents.listen(connection);
  connection.listen();
  return ws;
}
