/** Diagnostics: each check of a document publishes its findings; a closed document's are cleared. */

import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../../core';
import { diagnosticsOf } from '../convert';
import type { Workspace } from '../workspace';

export function registerDiagnostics(ws: Workspace): void {
  const { connection, host } = ws;
  /** The diagnostic last sent for each finding. */
  const made = new WeakMap<Finding, Diagnostic>();
  ws.onChecked((uri, version, result, { analysisMs, changedAt }) => {
    const diagnostics = result ? diagnosticsOf(result, made) : [];
    const sent = connection.sendDiagnostics({ uri, version, diagnostics });
    if (host.timing && changedAt !== undefined && result) {
      void sent.then(() =>
        host.timing?.(`fanfic-timing version=${version} changeToSent=${(performance.now() - changedAt).toFixed(2)} analysis=${analysisMs.toFixed(2)}`),
      );
    }
  });
  ws.documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
}
