/**
 * Region registry (design.md §3): government hosts → regions, and region names found in text.
 * A subdomain belongs to its parent (wzfgw.wenzhou.gov.cn → 温州市).
 */

export const HOST_REGIONS: ReadonlyArray<readonly [host: string, region: string]> = [
  ['zj.gov.cn', '浙江省'],
  ['hangzhou.gov.cn', '杭州市'],
  ['ningbo.gov.cn', '宁波市'],
  ['wenzhou.gov.cn', '温州市'],
  ['jiaxing.gov.cn', '嘉兴市'],
  ['huzhou.gov.cn', '湖州市'],
  ['sx.gov.cn', '绍兴市'],
  ['jinhua.gov.cn', '金华市'],
  ['qz.gov.cn', '衢州市'],
  ['zhoushan.gov.cn', '舟山市'],
  ['zjtz.gov.cn', '台州市'],
  ['lishui.gov.cn', '丽水市'],
  ['nanhu.gov.cn', '南湖区'],
  ['xiuzhou.gov.cn', '秀洲区'],
  ['jiashan.gov.cn', '嘉善县'],
  ['haiyan.gov.cn', '海盐县'],
  ['haining.gov.cn', '海宁市'],
  ['pinghu.gov.cn', '平湖市'],
  ['tx.gov.cn', '桐乡市'],
];

/** Region names looked for in titles and issuers; longer names first so 嘉兴市 wins over 嘉兴. */
const KNOWN_NAMES: string[] = [
  ...new Set([
    ...HOST_REGIONS.map(([, region]) => region),
    // Provinces and provincial-level cities, so pages of other provinces name their own region.
    '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省',
    '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省',
    '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '内蒙古自治区', '广西壮族自治区', '西藏自治区',
    '宁夏回族自治区', '新疆维吾尔自治区',
  ]),
].sort((a, b) => b.length - a.length);

function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/([^/?#:]{1,253})/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/\.$/, '') : null;
}

/** The region a government host belongs to, or null. */
export function regionFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const host = hostOf(url);
  if (!host) return null;
  for (const [suffix, region] of HOST_REGIONS) {
    if (host === suffix || host.endsWith('.' + suffix)) return region;
  }
  return null;
}

/** Words that precede a region name in a title but are not part of it. */
const LEAD_WORDS = ['关于', '下达', '印发', '转发', '批转', '全'];

/** What may follow a region's name in a title or heading. */
const AFTER_REGION = /^(?:人民政府|政府|国民经济|\d{4}年|统计局|发展和改革|发改|经济社会|人大)/;

const SUFFIXES = ['自治区', '自治州', '省', '市', '区', '县', '州', '盟', '旗'];

function strip(name: string): string {
  for (const w of LEAD_WORDS) if (name.startsWith(w) && name.length > w.length + 1) return name.slice(w.length);
  return name;
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}

/**
 * A region named in `text`: a registry name first, else a short Chinese place name followed by
 * 人民政府 / a year / 国民经济…, as in 咸阳市人民政府 or 关于苏州市2023年. Null when none.
 */
export function regionFromText(input: string): string | null {
  const text = input.slice(0, 4000);
  // Registry names: the earliest one that heads a phrase (嘉兴市南湖区人民政府 → 南湖区), else the earliest.
  let heading: { at: number; name: string } | null = null;
  let any: { at: number; name: string } | null = null;
  for (const name of KNOWN_NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!any || at < any.at) any = { at, name };
      const end = at + name.length;
      if (AFTER_REGION.test(text.slice(end, end + 8)) && (!heading || at < heading.at)) heading = { at, name };
    }
  }
  if (heading) return heading.name;
  if (any) return any.name;
  // Unknown regions: try two-character names first, then three (a longer window would swallow
  // the words before the name).
  for (const stem of [2, 3]) {
    for (let i = 0; i + stem < text.length; i++) {
      let ok = true;
      for (let k = 0; k < stem; k++) if (!isHan(text.charCodeAt(i + k))) ok = false;
      if (!ok) continue;
      for (const suffix of SUFFIXES) {
        if (!text.startsWith(suffix, i + stem)) continue;
        const end = i + stem + suffix.length;
        if (AFTER_REGION.test(text.slice(end, end + 8))) return strip(text.slice(i, end));
      }
    }
  }
  return null;
}
