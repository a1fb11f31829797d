/**
 * The archive's limits on a posted chapter, and the problems a chapter that breaks them has.
 *
 * From otwcode/otwarchive: `config/config.yml` (commit 4ae69df3ea7d6383fc9676befa20df3169664286:
 * TITLE_MAX 255, SUMMARY_MAX 1250, CONTENT_MIN 10, CONTENT_MAX 500000), applied by
 * `validates_length_of :summary / :notes / :endnotes, maximum: ArchiveConfig.SUMMARY_MAX /
 * NOTES_MAX` in `app/models/work.rb` and the chapter's content check. That commit's NOTES_MAX is
 * 2500; the archive has since raised it to 5000, the figure its posting form states today.
 * Lengths count characters (Ruby string length: code points), of the field as posted (HTML).
 */

/** AO3's limits, in characters. */
export const AO3_LIMITS = {
  title: 255,
  summary: 1250,
  notes: 5000,
  contentMin: 10,
  contentMax: 500000,
} as const;

/** A limit a chapter breaks, in the field the archive's form would refuse. */
export interface ExportProblem {
  field: 'title' | 'chapterTitle' | 'summary' | 'notes.beginning' | 'notes.end' | 'html';
  message: string;
}

/** Characters as the archive counts them: code points, so an emoji is one. */
export function archiveLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** The problem of a field over its limit, or undefined. */
export function overLimit(field: ExportProblem['field'], label: string, text: string, max: number): ExportProblem | undefined {
  const length = archiveLength(text);
  if (length <= max) return undefined;
  return { field, message: `The ${label} is ${fmt(length)} characters; AO3 takes at most ${fmt(max)} (${fmt(length - max)} over).` };
}
