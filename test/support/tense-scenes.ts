/** Scenes the tense rules' tests put a sentence after, so the scene's tense is clear. */

/** A scene told in the past: ten narration sentences about Kagome and Inuyasha. */
export const PAST_SCENE = [
  'Kagome climbed out of the well and looked around. The forest was quiet.',
  'She walked to the village. Inuyasha followed her, his hands in his sleeves. He said nothing.',
  'They reached the hut before noon. Kaede was waiting by the fire. She smiled at them.',
  'Kagome sat down and opened her bag. She took out the ramen and handed it to Inuyasha.',
  'He ate it in silence. Shippo watched them from the doorway. Nobody spoke for a long time.',
].join('\n\n');
