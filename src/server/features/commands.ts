/**
 * The story's commands for editors other than VS Code. The extension implements "Add to the story
 * dictionary", "Ignore in this story", "Add as an alias" and "Add as a character" itself (under a
 * lock, on disk); a plain LSP client does not, so the server offers them through
 * `workspace/executeCommand` and carries each out as a workspace edit of `fanfic.json` (created
 * beside the story when it has none), which the editor applies like any other edit.
 */

import type { ClientCapabilities, WorkspaceEdit } from 'vscode-languageserver';
import { Commands, type InitializationOptions } from '../../common/protocol';
import { type FindingAction, LineIndex, storyConfigEdit } from '../../core';
import type { Workspace } from '../workspace';

/** The actions a story edit carries out. */
const STORY_ACTIONS: readonly FindingAction[] = ['addToStoryDictionary', 'ignoreInStory', 'addAlias', 'addCharacter'];

/**
 * The actions the client can carry out, and the commands the server must offer for it: all of
 * them for the extension; the story's, done by the server, for a client that can apply edits.
 */
export function commandSupport(
  capabilities: ClientCapabilities,
  options: InitializationOptions | undefined,
): { actions: Set<FindingAction>; serverCommands: string[] } {
  if (options?.extensionCommands) return { actions: new Set(Object.keys(Commands) as FindingAction[]), serverCommands: [] };
  if (!capabilities.workspace?.applyEdit) return { actions: new Set(), serverCommands: [] };
  return { actions: new Set(STORY_ACTIONS), serverCommands: STORY_ACTIONS.map((a) => Commands[a]) };
}

export function registerCommands(ws: Workspace): void {
  ws.connection.onExecuteCommand(async (params) => {
    const action = STORY_ACTIONS.find((a) => Commands[a] === params.command);
    const args = (params.arguments ?? []).filter((a): a is string => typeof a === 'string');
    const uri = args.pop();
    const edit = action && uri ? storyConfigEdit(action, args) : undefined;
    if (!edit || !uri) return;
    const state = ws.stateFor(uri);
    const config = await ws.storyFor(uri, state);
    const configUri = config.configUri ?? `${config.storyUri}/fanfic.json`;
    let next: string;
    try {
      next = edit(config.text ?? '');
    } catch (error) {
      ws.connection.window.showErrorMessage(`Fanfic: ${configUri} was not changed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (config.text !== null && next === config.text) return;
    const change: WorkspaceEdit =
      config.text === null
        ? {
            documentChanges: [
              { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
              {
                textDocument: { uri: configUri, version: null },
                edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: next }],
              },
            ],
          }
        : { changes: { [configUri]: [{ range: new LineIndex(config.text).range({ start: 0, end: config.text.length }), newText: next }] } };
    const applied = await ws.connection.workspace.applyEdit({ label: 'Fanfic: edit fanfic.json', edit: change });
    // The editor may not have saved it yet: the story goes on with the text the edit made.
    if (applied.applied) ws.storyConfigEdited({ ...config, configUri, text: next });
  });
}
