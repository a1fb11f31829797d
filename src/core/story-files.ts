/**
 * Which files are story files, and which are skipped and why: the one policy the CLI, the
 * language server and the extension's folder walker share. Pure: names, sizes and bytes in,
 * decisions out. The Node walker (`src/node/story-walk.ts`) and the editor apply it to disks.
 *
 * Decoding: chapters come from many editors. UTF-8 (with or without a byte-order mark) is read as
 * is; UTF-16 with a byte-order mark (Windows Notepad's "Unicode") is decoded; bytes that are not
 * valid UTF-8 are read as Windows-1252, the superset of Latin-1 that old Windows editors wrote
 * ("Café" as `43 61 66 E9`), with a notice, instead of replacement characters nobody asked for.
 */

/** The extensions of story files; more (`.txt`, `.md`) when the writer opts in. */
export const STORY_EXTENSIONS: readonly string[] = ['.fic', '.fanfic'];

/** The story's settings file. */
export const CONFIG_FILE = 'fanfic.json';

/** Files over this size are not read (a story file is rarely a tenth of it). */
export const MAX_FILE_SIZE = 5 * 1024 * 1024;

/** How much of a file is probed for NUL bytes (binary files have them near the start). */
const PROBE = 8192;

/** Whether a file name has one of `extensions` (case-insensitive). */
export function isStoryFileName(name: string, extensions: readonly string[] = STORY_EXTENSIONS): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e.toLowerCase()));
}

/** Whether a folder walk skips a folder by its name alone: hidden folders and `node_modules`. */
export function isSkippedFolderName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Why a file of `size` bytes is not read, or undefined. */
export function sizeSkipReason(size: number): string | undefined {
  return size > MAX_FILE_SIZE ? `larger than 5 MB (${(size / 1048576).toFixed(1)} MB)` : undefined;
}

/** The kinds of directory entries a walk may meet. */
export type EntryKind = 'file' | 'folder' | 'fifo' | 'socket' | 'device' | 'other';

/** Why an entry that is not a regular file or folder is never opened (opening a FIFO blocks). */
export function kindSkipReason(kind: EntryKind): string | undefined {
  switch (kind) {
    case 'file':
    case 'folder':
      return undefined;
    case 'fifo':
      return 'not a regular file (a named pipe); it is never opened';
    case 'socket':
      return 'not a regular file (a socket); it is never opened';
    case 'device':
      return 'not a regular file (a device); it is never opened';
    default:
      return 'not a regular file; it is never opened';
  }
}

/** Whether `path` is `root` or inside it; both are real, absolute paths with `sep` separators. */
export function isInside(root: string, path: string, sep = '/'): boolean {
  if (path === root) return true;
  return path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/** Why a link is not followed: it leads outside the story's folder. */
export function outsideReason(target: string, root: string): string {
  return `a link to ${target}, outside the story folder ${root}; files outside the story are read only when named on the command line`;
}

export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; notice?: string } | { skip: string };

/**
 * Decodes a story file's bytes, or says why it is skipped (binary). A notice says when the file
 * was not UTF-8, so the writer knows the CLI and the editor read it in another encoding.
 */
export function decodeStory(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      notice: 'read as UTF-16 LE (it starts with that byte-order mark)',
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      notice: 'read as UTF-16 BE (it starts with that byte-order mark)',
    };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.subarray(0, PROBE).includes(0)) return { skip: 'looks like a binary file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      notice: 'not valid UTF-8; read as Windows-1252 (Latin-1). Save it as UTF-8 to be sure',
    };
  }
}

/** Why a text (an open document) is not analyzed: too large or binary; else undefined. */
export function textSkipReason(text: string): string | undefined {
  if (text.length > MAX_FILE_SIZE) return `it is larger than 5 MB (${(text.length / 1048576).toFixed(1)} MB)`;
  // NUL characters mean a binary file opened as text.
  const probe = text.length > PROBE ? text.slice(0, PROBE) : text;
  if (probe.includes('\u0000')) return 'it looks like a binary file';
  return undefined;
}

/**
 * A notice for an open document whose text holds replacement characters (U+FFFD): the editor
 * read bytes that are not UTF-8, so words around them are garbled; else undefined.
 */
export function textEncodingNotice(text: string): string | undefined {
  const probe = text.length > 65536 ? text.slice(0, 65536) : text;
  if (!probe.includes('\uFFFD')) return undefined;
  return 'it holds characters that are not valid UTF-8 (shown as �); it may be Latin-1 or UTF-16: use "Reopen with Encoding", then save it as UTF-8';
}
