/**
 * Numbering and footnote-marker patterns (part of the lexicon, lexicon.ts re-exports them): kept in
 * their own module because the content script's page reader (normalize.ts) needs them and nothing
 * else of the lexicon.
 */
/** Item numbering before a name (1. / （1） / 一、 / （一）): never part of it, never a figure. */
export const NUMBERING = /^(?:\d{1,3}\s*[.．、](?!\d)|[（(]\s*\d{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;
/** Numbering of a category heading (一、经济发展 / （一）). */
export const CATEGORY_NUMBERING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;
/** Footnote markers as pages print them after names and inside figures ([2], ①, *, ※): one at the end. */
export const FOOTNOTE_MARKER = /(?:\[\d{1,3}\]|[\u2460-\u2473]|[*※])$/;
/** The same markers anywhere in a text (removed from names and from a value's text). */
export const FOOTNOTE_MARKERS = /\[\d{1,3}\]|[\u2460-\u2473]|[*※]/g;
