/** Public surface of lib/annotate: mention finding, marks, selectors, anchoring, highlights. */
export { buildMatcher, findAll, type Match, type MatchPattern, type Matcher } from './matcher';
export { collectText, rawText, matchingView, locate, MARK_TAG, HIGHLIGHT_TAG, type TextMap } from './textmap';
export { rangeToOffsets, offsetsToRange } from './offsets';
export { wrapMentions, markPass, unwrapAll, findMentions, type MarkPass, type Mention, type WrapOptions, type WrapResult } from './wrap';
export { isOwnNode } from './dom-split';
export { describeRange, describeOffsets, CONTEXT_CHARS } from './selectors';
export { anchor, anchorAll, anchorInText, prepareText, type Anchored, type AnchorMethod, type TextAnchor } from './anchor';
export { wrapHighlight, wrapHighlightAt, removeHighlight, removeAllHighlights } from './highlight-dom';
