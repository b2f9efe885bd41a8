/** Dates as notices print them → ISO YYYY-MM-DD (design.md §4 `issued`). */

const CN_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** 二〇二四年二月八日 → 2024年2月8日 (十 as in 十二月, 二十八日). */
function chineseDigits(text: string): string {
  return text.replace(/[〇零Ｏ一二三四五六七八九十]{1,4}(?=[年月日])/g, (run) => {
    if (!run.includes('十')) return [...run].map((c) => CN_DIGITS[c] ?? c).join('');
    const [tens, ones] = run.split('十');
    const t = tens ? Number(CN_DIGITS[tens] ?? 1) : 1;
    const o = ones ? Number(CN_DIGITS[ones] ?? 0) : 0;
    return String(t * 10 + o);
  });
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** The first date in `text` (2024-02-08, 2024/2/8, 2024年2月8日, 二〇二四年二月八日), or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = DATE.exec(chineseDigits(text.slice(0, 200)));
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A line that is nothing but a date: the signature date at the end of a notice. */
export function dateLine(line: string): string | null {
  const t = chineseDigits(line.replace(/\s/g, ''));
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The date printed after a label such as 成文日期 or 发布日期, or null. */
export function labelledDate(text: string, labels: RegExp): string | null {
  const m = labels.exec(text);
  if (!m) return null;
  return parseDate(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
}

/** The date in a Zhejiang CMS article URL: /art/2024/2/8/art_… */
export function dateFromUrl(url: string | null | undefined): string | null {
  const m = url ? /\/art\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//.exec(url) : null;
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
