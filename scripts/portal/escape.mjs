// HTML escaping for the fixture portal: every piece of text goes through here, so a notice that
// contains & < > " renders as the same characters, never as markup.

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escape text for use in HTML content and double-quoted attribute values.
 * @param {string} text
 * @returns {string}
 */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (ch) => ENTITIES[ch] ?? ch);
}
