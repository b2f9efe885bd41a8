/**
 * Edit distances anchored at one end, for scoring anchor candidates (anchor-score.ts).
 * Pure; small dynamic programmes over Int32Array rows (contexts are ≤ 32 characters, quotes
 * are aligned only inside a window a little longer than themselves).
 *
 * "Anchored" means one end of the pattern is pinned to a point of the text and the other end
 * may stop anywhere: a prefix must END where a candidate starts, a suffix must START where it
 * ends, but either may have gained or lost characters on its far side.
 */

/**
 * Fewest edits turning `pattern` into some text that starts at `at` (the text after it is
 * free): min over e of ED(pattern, text[at, e)), e ≤ at + window. Also returns that `e`
 * (the shortest on ties). Characters past the text's end simply are not there (they cost).
 */
export function alignFromStart(pattern: string, text: string, at: number, window: number): { errors: number; end: number } {
  const m = pattern.length;
  const n = Math.max(0, Math.min(window, text.length - at));
  if (m === 0) return { errors: 0, end: at };
  // Column c = text characters consumed; row i = pattern characters consumed.
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m];
  let bestEnd = at;
  for (let c = 1; c <= n; c++) {
    const t = text.charCodeAt(at + c - 1);
    cur[0] = c;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    if (cur[m] < best) {
      best = cur[m];
      bestEnd = at + c;
    }
    [prev, cur] = [cur, prev];
  }
  return { errors: best, end: bestEnd };
}

/**
 * Same, with the pattern's END pinned at `end` (the text before it is free): min over s of
 * ED(pattern, text[s, end)), s ≥ end − window. Returns that `s`.
 */
export function alignToEnd(pattern: string, text: string, end: number, window: number): { errors: number; start: number } {
  const m = pattern.length;
  const n = Math.max(0, Math.min(window, end));
  if (m === 0) return { errors: 0, start: end };
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m];
  let bestStart = end;
  for (let c = 1; c <= n; c++) {
    const t = text.charCodeAt(end - c);
    cur[0] = c;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pattern.charCodeAt(m - i) === t ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    if (cur[m] < best) {
      best = cur[m];
      bestStart = end - c;
    }
    [prev, cur] = [cur, prev];
  }
  return { errors: best, start: bestStart };
}

/** Plain Levenshtein distance (for tests and short strings). */
export function editDistance(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
