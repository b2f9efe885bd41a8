// Small statistics and formatting helpers for the benchmark runner (numbers are reported, never asserted).

/** @param {number[]} xs @param {number} p 0..100 (nearest rank) */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** @param {number[]} xs */
export const median = (xs) => percentile(xs, 50);

/** @param {number} x @param {number} [digits] */
export function fmt(x, digits = 2) {
  if (!Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(digits);
}

/**
 * One fixed-width table (figure | how | measured | goal | ratio/ok).
 * @param {{ figure: string, how: string, measured: string, goal: string, verdict: string }[]} rows
 */
export function table(rows) {
  const head = { figure: 'figure', how: 'how', measured: 'measured', goal: 'goal', verdict: 'ratio/ok' };
  const cols = /** @type {const} */ (['figure', 'how', 'measured', 'goal', 'verdict']);
  // East Asian characters take two columns in a terminal.
  const width = (/** @type {string} */ s) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  const w = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => width(r[c])))]));
  const line = (/** @type {Record<string, string>} */ r) => cols.map((c) => r[c] + ' '.repeat(w[c] - width(r[c]))).join(' | ').trimEnd();
  return [line(head), cols.map((c) => '-'.repeat(w[c])).join('-|-'), ...rows.map(line)].join('\n');
}
