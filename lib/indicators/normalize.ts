/**
 * Indicator names → the form they are matched and hashed in (design.md §6: `x-` keys hash this
 * form, so changing it changes every derived key — treat edits here as a breaking change).
 */

/** Roman numerals of water grades (Ⅲ类) read as the Chinese numerals body text uses (三类). */
const ROMAN: Record<string, string> = { Ⅰ: '一', Ⅱ: '二', Ⅲ: '三', Ⅳ: '四', Ⅴ: '五', Ⅵ: '六' };

/** Wordings that differ between years without changing what is measured. */
const SYNONYMS: [string, string][] = [
  ['水体', '水质'],
  ['年均浓度', '平均浓度'],
  ['光伏并网容量', '光伏装机'],
  ['光伏并网装机', '光伏装机'],
  ['安全生产事故', '生产安全事故'],
  ['规模以上', '规上'],
];

/**
 * Verbs that open a body target's name (新增国家高新技术企业700家) but are not part of the thing
 * counted. Longest first so 新引进 goes before 引进.
 */
const LEADING_VERBS = [
  '新引进', '新开通', '新认定', '新增', '新建', '全年', '全市', '引进', '建成', '完成', '实现', '增加', '确保', '力争',
  '开通', '认定', '争创',
];

export function normalizeIndicatorName(name: string): string {
  let s = name.replace(/[ⅠⅡⅢⅣⅤⅥ]/g, (c) => ROMAN[c] ?? c).normalize('NFKC');
  s = s.replace(/\s/g, '').replace(/["'“”‘’「」『』《》]/g, '');
  // （注）, （部口径）, （按三口之家计算）: notes and scope remarks, not the subject.
  s = s.replace(/\([^()]*\)/g, '').replace(/【[^【】]*】/g, '');
  s = s.replace(/^(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[.、](?!\d)/, '');
  s = s.replace(/III(?=类)/g, '三');
  s = s.replace(/[—–―~〜]/g, '-').replace(/(\d)万?[-至到](?=\d)/g, '$1-');
  s = s.toLowerCase();
  for (const [from, to] of SYNONYMS) s = s.split(from).join(to);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const verb of LEADING_VERBS) {
      if (s.startsWith(verb) && s.length - verb.length >= 2) {
        s = s.slice(verb.length);
        stripped = true;
        break;
      }
    }
  }
  return s.replace(/[:：,，。;；、]+$/, '');
}
