/** The desktop entry: the language server runs as a Node process. */

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, TransportKind } from 'vscode-languageclient/node';
import { activateWith, type FanficApi } from './activate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FanficApi> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'server.js').fsPath;
  return activateWith(context, (options: LanguageClientOptions) => {
    client = new LanguageClient(
      'fanfic',
      'Fanfic',
      {
        run: { module, transport: TransportKind.stdio },
        debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
      },
      options,
    );
    return client;
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
