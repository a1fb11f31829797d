/** A story across its files: name totals, the one definition of a character, whole-story checks. */

export { checkStory, type StoryText } from './check';
export { Story, type NameChanges, type StoryFile } from './story';
export { storyWordsOf } from './words';
