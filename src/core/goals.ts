/**
 * Writing goals: the words written each day and the story's progress. The history is plain data
 * the client keeps per workspace (never in the story's files); these functions only compute.
 */

/** One day's story words: those added (net of deletions) and those excluded (a pasted chapter). */
export interface DayRecord {
  added: number;
  excluded: number;
}

/** The days written, by local date `YYYY-MM-DD`. */
export type History = Record<string, DayRecord>;

/** A single insertion of at least this many words is a paste, which the writer may exclude. */
export const PASTE_WORDS = 200;

/** The local date of `date` as `YYYY-MM-DD`. */
export function dayKey(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

/** The history with `delta` story words added on `day` (a deletion is a negative delta). */
export function recordWords(history: History, day: string, delta: number): History {
  const r = history[day] ?? { added: 0, excluded: 0 };
  return { ...history, [day]: { added: r.added + delta, excluded: r.excluded } };
}

/** The history with `words` of `day` excluded (a pasted chapter is not today's writing). */
export function excludeWords(history: History, day: string, words: number): History {
  const r = history[day] ?? { added: 0, excluded: 0 };
  return { ...history, [day]: { added: r.added, excluded: r.excluded + words } };
}

/** The words written on `day`: added less excluded, never below zero. */
export function wordsOn(history: History, day: string): number {
  const r = history[day];
  return r ? Math.max(0, r.added - r.excluded) : 0;
}

/** The days of the history with words written, oldest first. */
export function writtenDays(history: History): Array<{ day: string; words: number }> {
  return Object.keys(history)
    .filter((d) => /^\d{4}-\d\d-\d\d$/.test(d))
    .sort()
    .map((day) => ({ day, words: wordsOn(history, day) }));
}

/** What the goal status is computed from. */
export interface GoalInput {
  /** Today, `YYYY-MM-DD`. */
  day: string;
  /** Words written today. */
  today: number;
  /** The daily goal (`fanfic.goals.daily`); 0 or less for none. */
  daily: number;
  /** The story's words now, when known. */
  storyWords?: number;
  /** The story's goal (fanfic.json `goal`). */
  goal?: { words: number; deadline?: string };
}

/** The status bar's goal text and tooltip, or undefined when there is no goal. */
export function goalStatus(input: GoalInput): { text: string; tooltip: string } | undefined {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const parts: string[] = [];
  const tips: string[] = [];
  if (input.daily > 0) {
    parts.push(`${n(input.today)}/${n(input.daily)} today`);
    tips.push(input.today >= input.daily ? `Today's goal reached: ${n(input.today)} words.` : `${n(input.daily - input.today)} words to today's goal.`);
  } else if (input.goal) {
    parts.push(`${n(input.today)} today`);
  }
  if (input.goal && input.storyWords !== undefined) {
    const pct = Math.min(100, Math.floor((input.storyWords / input.goal.words) * 100));
    parts.push(`${n(input.storyWords)}/${n(input.goal.words)} (${pct} %)`);
    const left = input.goal.words - input.storyWords;
    if (left <= 0) tips.push(`The story's goal of ${n(input.goal.words)} words is reached.`);
    else if (input.goal.deadline) {
      const days = Math.round((Date.parse(input.goal.deadline) - Date.parse(input.day)) / 86_400_000) + 1;
      tips.push(
        days > 0
          ? `${n(left)} words to the story's goal by ${input.goal.deadline}: ${n(Math.ceil(left / days))} a day for ${days} day${days === 1 ? '' : 's'}.`
          : `The deadline ${input.goal.deadline} has passed; ${n(left)} words to the goal.`,
      );
    } else tips.push(`${n(left)} words to the story's goal.`);
  }
  if (parts.length === 0) return undefined;
  return { text: parts.join(' · '), tooltip: tips.join('\n') };
}
