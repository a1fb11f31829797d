/** Which documents the server does not analyze, and why (the user is told once). */

/** Files larger than this are not analyzed. */
export const MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Why a text is not analyzed (too large, binary), or undefined. */
export function skipReason(text: string): string | undefined {
  if (text.length > MAX_FILE_SIZE) return `it is larger than 5 MB (${(text.length / 1048576).toFixed(1)} MB)`;
  // NUL characters mean a binary file opened as text.
  const probe = text.length > 8192 ? text.slice(0, 8192) : text;
  if (probe.includes('\u0000')) return 'it looks like a binary file';
  return undefined;
}
