/**
 * The pure analysis core of fanfic-writer: text and options in, plain data out. No editor, no
 * file system, no Node built-ins; the language server, the CLI and the tests all call this.
 */

export { Analyzer, CAPPED_RULE, analyze, inOrder, type AnalysisResult, type FindingGroups } from './analyzer';
export { isCharacter, type CharacterOptions } from './characters/character';
export { describeCharacter, type CharacterFacts } from './characters/describe';
export { inferNames, mentionAt, mentionsOf, nameCountsOf, nameSlips, speakingNames, type InferredName, type Mention } from './characters/mentions';
export { HONORIFICS, addCounts, countNames, foldName, type NameCounts } from './characters/names';
export { nameVerdicts, type NameVerdict } from './characters/verdict';
export { CONFIG_RULE, LOCALES, SEVERITIES, emptyConfig, parseStoryConfig, type ConfigResult } from './config';
export { addCharacter, addToList, newStoryConfigText, renameCharacterChanges, storyConfigEdit, type TextChange } from './config-edit';
export { loadModels } from './context/model';
export { storyReport, type ChapterReport, type ReportInput, type ReportOptions, type StoryReport } from './dialogue/report';
export { CONFIDENCE_FLOOR, attributeSpeakers, type Quotation, type SpeakerCharacter, type SpeakerEvidence, type SpeakerOptions } from './dialogue/speakers';
export type { Block, BlockKind } from './model/blocks';
export { buildModel, type Chapter, type DocumentModel, type Flashback, type Paragraph, type Scene } from './model/document';
export type { Region, RegionKind, Token } from './model/paragraph';
export { isFailing, lessSevere, resolveOptions, type AnalyzeOptions, type Character, type Locale, type ResolvedOptions, type StoryConfig } from './options';
export { firstWords, outline, outlineOf, storyWordsIn } from './outline';
export { RULES, RULE_IDS, ruleById, type Rule } from './rules';
export { firstIndex } from './search';
export { LANGUAGES, defaultSettings, validateSettings, type SettingsResult, type ValidSettings } from './settings';
export { createSpeller, type DictionaryData, type Speller } from './speller';
export { stats, statsOf } from './stats';
export { Story, checkStory, storyWordsOf, type NameChanges, type StoryFile, type StoryText } from './story';
export { suggest } from './suggest';
export { LineIndex, countWords } from './text';
export type * from './types';
