/** The desktop entry: the language server runs as a Node process. */

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../common/server-flags';
import { createExclusiveFile, realPath } from '../node/exclusive';
import { activateWith, type FanficApi, type StoryFsExtras } from './activate';

/**
 * On the desktop the lock on fanfic.json is a file created with `O_CREAT | O_EXCL`, exclusive
 * across windows; `workspace.fs` offers nothing atomic. Other schemes (virtual folders) have no
 * Node path: the in-process queue serializes their edits.
 */
const nodeExtras: StoryFsExtras = {
  createExclusive: async (uri, text) => {
    const u = vscode.Uri.parse(uri);
    return u.scheme === 'file' ? createExclusiveFile(u.fsPath, text) : undefined;
  },
  realPath: async (uri) => {
    const u = vscode.Uri.parse(uri);
    return u.scheme === 'file' ? vscode.Uri.file(await realPath(u.fsPath)).toString() : uri;
  },
};

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FanficApi> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'server.js').fsPath;
  return activateWith(
    context,
    (options: LanguageClientOptions) => {
      client = new LanguageClient(
        'fanfic',
        'Fanfic',
        {
          run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS] } },
          debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6029'] } },
        },
        options,
      );
      return client;
    },
    nodeExtras,
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
