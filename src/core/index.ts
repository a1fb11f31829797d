/**
 * The pure analysis core of fanfic-writer: text and options in, plain data out. No editor, no
 * file system, no Node built-ins; the language server, the CLI and the tests all call this.
 */

export { analyze, Analyzer, CAPPED_RULE, inOrder, type AnalysisResult, type FindingGroups } from './analyzer';
export { addCounts, countNames, foldName, HONORIFICS, type NameCounts } from './characters/names';
export { CONFIG_RULE, emptyConfig, LOCALES, parseStoryConfig, SEVERITIES, type ConfigResult } from './config';
export { defaultSettings, LANGUAGES, validateSettings, type SettingsResult, type ValidSettings } from './settings';
export { addCharacter, addToList, newStoryConfigText, renameCharacterChanges, storyConfigEdit, type TextChange } from './config-edit';
export { buildModel, type Chapter, type DocumentModel, type Flashback, type Paragraph, type Scene } from './model/document';
export type { Block, BlockKind } from './model/blocks';
export type { Region, RegionKind, Token } from './model/paragraph';
export {
  isFailing,
  lessSevere,
  resolveOptions,
  type AnalyzeOptions,
  type Character,
  type Locale,
  type ResolvedOptions,
  type StoryConfig,
} from './options';
export { firstWords, outline, outlineOf, storyWordsIn } from './outline';
export { RULE_IDS, RULES, ruleById, type Rule } from './rules';
export { createSpeller, type DictionaryData, type Speller } from './speller';
export { stats, statsOf } from './stats';
export { suggest } from './suggest';
export { countWords, LineIndex, WORD_PATTERN } from './text';
export type * from './types';
export { inferNames, mentionAt, mentionsOf, nameCountsOf, type InferredName, type Mention } from './characters/mentions';
export { nameVerdicts, type NameVerdict } from './characters/verdict';
export { isCharacter, type CharacterOptions } from './characters/character';
export { checkStory, type NameChanges, Story, type StoryFile, type StoryText } from './story';
export { describeCharacter, type CharacterFacts } from './characters/describe';
export { attributeSpeakers, CONFIDENCE_FLOOR, type Quotation, type SpeakerCharacter, type SpeakerEvidence, type SpeakerOptions } from './dialogue/speakers';
export { storyReport, type ChapterReport, type ReportInput, type ReportOptions, type StoryReport } from './dialogue/report';
export { speakingNames } from './characters/mentions';
