/** The web entry (vscode.dev): the language server runs in a web worker. */

import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activateWith, type FanficApi } from './activate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FanficApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'server.browser.js');
  return activateWith(context, (options: LanguageClientOptions) => {
    client = new LanguageClient('fanfic', 'Fanfic', new Worker(serverMain.toString(true)), options);
    return client;
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
