/**
 * Words of views held: the participles that report one after the noun they describe, the verbs
 * that need "as", what one sees in how things stand, and how a view is held.
 */

/** Participles of a view held of a noun before them: "a state seen as critical". */
export const VIEWED_AS = new Set(['bill', 'brand', 'characterise', 'characterize', 'consider', 'deem', 'describe', 'hail', 'perceive', 'portray', 'regard', 'see', 'tout', 'view']);
/** Verbs that report a view only with "as": "sees the calendar as favourable". */
export const AS_VERBS = new Set(['paint', 'perceive', 'refer', 'see', 'view']);
/** What one sees in how things stand: "sees parallels", "see a path", "saw an opening". */
export const SEEN = new Set('advantage advantages benefit benefits chance chances connection danger dangers evidence future hope link links merit merits need opening opportunities opportunity parallel parallels path point problem problems prospect prospects reason reasons risk risks sign signs similarities similarity threat threats truth value way'.split(' '));
/** How a view is held: "viewed him favorably". */
export const VIEW_ADVERBS = new Set(['differently', 'favorably', 'favourably', 'kindly', 'negatively', 'positively', 'sceptically', 'skeptically', 'unfavorably', 'unfavourably', 'warily']);
