// Realism noise for rendered text (design.md §3): text split across nested, inline-styled <span>s,
// Latin/digit runs in their own "Times New Roman" span (as Word-pasted CMS content has them),
// spaces as &nbsp;. It never adds, drops or reorders a character: the textContent of the output
// is the input (with U+0020 turned into U+00A0 where &nbsp; is used).
import { escapeHtml } from './escape.mjs';

/**
 * Small deterministic PRNG (mulberry32), seeded from the text, so a page renders the same bytes
 * every time (committed fixtures stay up to date).
 * @param {string} seedText
 * @returns {() => number} numbers in [0, 1)
 */
export function randomFor(seedText) {
  let h = 2166136261;
  for (let i = 0; i < seedText.length; i++) {
    h ^= seedText.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CJK_STYLES = [
  'font-family:仿宋_GB2312;font-size:12pt',
  'font-size:12pt',
  'font-family:仿宋_GB2312',
  'font-family:宋体;color:#000000',
];

/** Runs of spaces, of printable ASCII, or of anything else (one class each: no overlap). */
const RUN = /( +|\u00a0+|[\x21-\x7e]+|[^\x20-\x7e\u00a0]+)/g;

/**
 * @param {string} chunk
 * @param {() => number} rand
 */
function wrapCjk(chunk, rand) {
  const text = escapeHtml(chunk);
  const r = rand();
  if (r < 0.35) return text;
  const outer = CJK_STYLES[Math.floor(rand() * CJK_STYLES.length)];
  if (r < 0.7) return `<span style="${outer}">${text}</span>`;
  return `<span style="${outer}"><span style="font-family:仿宋_GB2312">${text}</span></span>`;
}

/**
 * Split a run of non-ASCII text at random code-point boundaries (never inside a surrogate pair).
 * @param {string} run
 * @param {() => number} rand
 */
function splitRun(run, rand) {
  const chars = Array.from(run);
  /** @type {string[]} */
  const chunks = [];
  let i = 0;
  while (i < chars.length) {
    const size = 4 + Math.floor(rand() * 28);
    chunks.push(chars.slice(i, i + size).join(''));
    i += size;
  }
  return chunks;
}

/**
 * Render one line of text as inline HTML with noise.
 * @param {string} text
 * @param {() => number} rand
 * @returns {string}
 */
export function noisyInline(text, rand) {
  /** @type {string[]} */
  const out = [];
  const runs = text.match(RUN) ?? [];
  runs.forEach((run, index) => {
    if (run.startsWith(' ') || run.startsWith('\u00a0')) {
      // A lone space between Latin words stays a space; leading, trailing or repeated ones are &nbsp;.
      const inner = index > 0 && index < runs.length - 1 && run === ' ' && !run.startsWith('\u00a0');
      out.push(inner && rand() < 0.5 ? ' ' : '&nbsp;'.repeat(run.length));
    } else if (/^[\x21-\x7e]/.test(run)) {
      out.push(rand() < 0.6 ? `<span style="font-family:'Times New Roman'">${escapeHtml(run)}</span>` : escapeHtml(run));
    } else {
      for (const chunk of splitRun(run, rand)) out.push(wrapCjk(chunk, rand));
    }
  });
  return out.join('');
}
