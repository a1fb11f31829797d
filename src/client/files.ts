/**
 * Reading story files through `vscode.workspace.fs`, which works on the desktop, on vscode.dev and
 * in virtual workspaces alike (no Node `fs`, no search provider needed).
 */

import * as vscode from 'vscode';
import { validateSettings } from '../core/settings';
import { CONFIG_FILE, decodeStory, isSkippedFolderName, isStoryFileName, sizeSkipReason } from '../core/story-files';

/** The file extensions of story files: `.fic`, `.fanfic`, and `.txt`/`.md` when those languages are opted in. */
export function storyExtensions(): string[] {
  const languages = validateSettings({ languages: vscode.workspace.getConfiguration('fanfic').get('languages') }).settings.languages;
  return ['.fic', '.fanfic', ...(languages.includes('plaintext') ? ['.txt'] : []), ...(languages.includes('markdown') ? ['.md'] : [])];
}

/**
 * Story files under `folder`, recursively when asked; hidden folders, node_modules and folders of
 * another story (with a fanfic.json of their own) are skipped.
 * `workspace.fs` has no `realpath`, so links are not followed at all (a linked folder or chapter
 * would be counted twice, or lead outside the story): `readDirectory` marks them with
 * `FileType.SymbolicLink`. Each folder is listed once and each file counted once.
 */
export async function findStoryFiles(folder: vscode.Uri, recursive: boolean, limit = 5000): Promise<vscode.Uri[]> {
  const extensions = storyExtensions();
  const out: vscode.Uri[] = [];
  const seen = new Set<string>();
  const walk = async (dir: vscode.Uri, depth: number) => {
    if (seen.has(dir.toString())) return;
    seen.add(dir.toString());
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    // A folder below the story's with a fanfic.json of its own is another story (as `fanfic check`
    // groups files by their nearest fanfic.json).
    if (depth > 0 && entries.some(([name, type]) => name === CONFIG_FILE && type & vscode.FileType.File)) return;
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (out.length >= limit) return;
      if (isSkippedFolderName(name) || type & vscode.FileType.SymbolicLink) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (recursive && depth < 8) await walk(uri, depth + 1);
      } else if (type & vscode.FileType.File && isStoryFileName(name, extensions) && !seen.has(uri.toString())) {
        seen.add(uri.toString());
        out.push(uri);
      }
    }
  };
  await walk(folder, 0);
  return out;
}

/** The text of a file: the open document's (unsaved edits included), else the file on disk, decoded by the shared policy. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File) || sizeSkipReason(stat.size)) return undefined;
    const decoded = decodeStory(await vscode.workspace.fs.readFile(uri));
    return 'skip' in decoded ? undefined : decoded.text;
  } catch {
    return undefined;
  }
}
