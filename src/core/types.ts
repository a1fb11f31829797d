/**
 * Plain data shared by every layer. The core takes text and options and returns these; nothing
 * here knows about an editor, a file system or a protocol.
 */

/** How loudly a finding speaks. The names are LSP's, so the server maps them one to one. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A severity a user may set for a rule, `off` silencing it. */
export type SeveritySetting = Severity | 'off';

/** A span of the text in UTF-16 code units (JS string indices); `end` is exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** One thing a rule found. */
export interface Finding {
  /** The rule id, as shown in the Problems panel and used in settings. */
  rule: string;
  severity: Severity;
  /** Names what was found and what is expected. */
  message: string;
  range: Range;
  /**
   * Replacements for `range`, best first. May be empty when they are computed lazily
   * (`lazy` is then set) — see `suggest()`.
   */
  suggestions: string[];
  /** The first suggestion is safe to apply without reading it (quick fix `isPreferred`, fix-all). */
  confident?: boolean;
  /** Suggestions are not computed yet; `suggest()` fills them on demand. */
  lazy?: boolean;
  /** Rule-specific facts a code action may need (the word, the dictionary form, …). */
  data?: Record<string, unknown>;
  /** Fixes that are actions rather than edits ("Add to the story dictionary"), best first. */
  commands?: FindingCommand[];
}

/** The actions a finding may offer besides replacing its text; a host maps each to its command. */
export type FindingAction = 'addToStoryDictionary' | 'addToUserDictionary' | 'ignoreInStory' | 'addAlias' | 'addCharacter';

/**
 * A fix that is not an edit of the text: the rule names the action and its arguments, and the host
 * (the language server) turns it into the editor's command, adding the document where the action
 * needs it. A new kind of fix is a new action here and a command in the client; no host code
 * branches on a rule's id.
 */
export interface FindingCommand {
  /** What the editor shows: `Add “Hermoine” as an alias of Hermione`. */
  title: string;
  action: FindingAction;
  /** The action's arguments, before the document's uri. */
  arguments: string[];
}

/** A position in LSP terms: zero-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

/** What an outline node stands for. */
export type OutlineKind = 'front-matter' | 'chapter' | 'scene' | 'flashback' | 'authors-note' | 'end-marker';

/** One entry of the story's structure: chapter → scene → flashback, plus notes and matter. */
export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  /** A short description: a scene's first words, a chapter's title, a flashback's opening. */
  detail: string;
  /** The whole extent of the node. */
  range: Range;
  /** The header line, or the first line when there is no header. */
  selectionRange: Range;
  /** Story words inside the node (author's notes, headings and matter excluded). */
  words: number;
  children: OutlineNode[];
}

/** Counts for a file, as a writer's archive would count them. */
export interface Stats {
  /** Words of story text: everything but author's notes, front matter, headings, breaks, end markers. */
  words: number;
  /** Story words inside dialogue quotes. */
  dialogueWords: number;
  /** dialogueWords / words, 0 when there are no words. */
  dialogueShare: number;
  chapters: number;
  scenes: number;
  flashbacks: number;
  authorsNoteWords: number;
  paragraphs: number;
}
