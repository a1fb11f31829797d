/**
 * Reading story files through `vscode.workspace.fs`, which works on the desktop, on vscode.dev and
 * in virtual workspaces alike (no Node `fs`, no search provider needed).
 */

import * as vscode from 'vscode';
import { validateSettings } from '../core/settings';

const decoder = new TextDecoder();
/** Files over this size are not read for the story index (the server skips them anyway). */
const MAX_SIZE = 5 * 1024 * 1024;

/** The file extensions of story files: `.fic`, `.fanfic`, and `.txt`/`.md` when those languages are opted in. */
export function storyExtensions(): string[] {
  const languages = validateSettings({ languages: vscode.workspace.getConfiguration('fanfic').get('languages') }).settings.languages;
  return ['.fic', '.fanfic', ...(languages.includes('plaintext') ? ['.txt'] : []), ...(languages.includes('markdown') ? ['.md'] : [])];
}

/** Story files under `folder`, recursively when asked; hidden folders and node_modules are skipped. */
export async function findStoryFiles(folder: vscode.Uri, recursive: boolean, limit = 5000): Promise<vscode.Uri[]> {
  const extensions = storyExtensions();
  const out: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri, depth: number) => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (out.length >= limit) return;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (recursive && depth < 8) await walk(uri, depth + 1);
      } else if (extensions.some((e) => name.toLowerCase().endsWith(e))) {
        out.push(uri);
      }
    }
  };
  await walk(folder, 0);
  return out;
}

/** The text of a file: the open document's (unsaved edits included), else the file on disk. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_SIZE) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) return undefined;
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
