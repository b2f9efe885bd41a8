/**
 * Traditional → simplified folding for matching only (mirror sites republish notices in
 * Traditional script). Covers the characters of document-kind words, labels, region names and
 * the verbs around targets; one character for one, so offsets hold. The notice's own text is
 * never changed.
 */
const PAIRS =
  '國国經经濟济會会發发計计劃划執执報报規规綱纲統统關关於于達达麗丽區区縣县務务點点與与況况實实際际書书' +
  '項项責责進进長长產产業业總总額额資资寧宁溫温興兴紹绍華华門门廣广東东蘇苏陝陕雲云貴贵遼辽龍龙維维爾尔' +
  '壯壮內内鄉乡鎮镇時时間间開开條条號号屆届數数據据佈布機机構构來来審审議议準准劃划與与務务屬属單单位位' +
  '預预簽签歲岁億亿萬万論论順顺穩稳爭争確确現现動动減减過过於于維维均均';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i], PAIRS[i + 1]);

export function foldTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}

/** Pinyin that mirror sites' converters leave after characters: 關(guān)于 → 關于. For matching only. */
export function dropPinyinDebris(text: string): string {
  return text.indexOf('(') < 0 ? text : text.replace(/\(([a-z\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u00fc\u01d6\u01d8\u01da\u01dc]{1,6})\)/g, '');
}
