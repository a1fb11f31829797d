/** The protocol's typed messages (`common/protocol`) on the client's connection. */

import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Notification, Request } from '../common/protocol';

export function onRequest<P, R>(client: BaseLanguageClient, request: Request<P, R>, handler: (params: P) => R | Promise<R>): void {
  client.onRequest(request.method, async (params: P): Promise<unknown> => handler(params));
}

export function sendRequest<P, R>(client: BaseLanguageClient, request: Request<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(request.method, params);
}

export function sendNotification<P>(client: BaseLanguageClient, notification: Notification<P>, params: P): Promise<void> {
  return client.sendNotification(notification.method, params);
}
