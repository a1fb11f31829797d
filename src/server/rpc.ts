/** The protocol's typed messages (`common/protocol`) on the server's connection. */

import type { Connection } from 'vscode-languageserver';
import type { Notification, Request } from '../common/protocol';

export function onRequest<P, R>(connection: Connection, request: Request<P, R>, handler: (params: P) => R | Promise<R>): void {
  connection.onRequest(request.method, async (params: P): Promise<unknown> => handler(params));
}

export function sendRequest<P, R>(connection: Connection, request: Request<P, R>, params: P): Promise<R> {
  return connection.sendRequest<R>(request.method, params);
}

export function onNotification<P>(connection: Connection, notification: Notification<P>, handler: (params: P) => void): void {
  connection.onNotification(notification.method, (params: P) => handler(params));
}
