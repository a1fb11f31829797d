/** Which documents the server does not analyze, and why (the user is told once): the shared policy. */

import { MAX_FILE_SIZE as STORY_MAX_FILE_SIZE, textSkipReason } from '../core/story-files';

/** Files larger than this are not analyzed (the policy is in core/story-files). */
export const MAX_FILE_SIZE = STORY_MAX_FILE_SIZE;

/** Why a text is not analyzed (too large, binary), or undefined. */
export const skipReason = textSkipReason;
