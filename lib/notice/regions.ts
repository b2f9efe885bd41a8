/**
 * Regions of notices (design.md §3): the region a government host belongs to, and the region a
 * title, issuer or heading names, as the labels PlanLens stores (see lib/regions: every province-,
 * prefecture- and county-level unit, 全国 for national documents).
 * A subdomain belongs to its parent (wzfgw.wenzhou.gov.cn → 温州市); a district is its own region
 * (杭州市钱塘区… → 钱塘区).
 *
 * Not imported by the content script (it carries the whole registry).
 */
import { findRegionMention, regionFromHost, regionLabel } from '../regions';

export { HOST_REGIONS } from '../regions/hosts';

function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/([^/?#:]{1,253})/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/\.$/, '') : null;
}

/** The region a government host belongs to, or null. */
export function regionFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const host = hostOf(url);
  return host ? regionFromHost(host) : null;
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
 * The label of the region named in `text` (lib/regions findRegionMention: 杭州市钱塘区2024年… → 钱塘区),
 * else a short Chinese place name the registry does not know followed by 人民政府 / a year /
 * 国民经济…, as in 江干区人民政府. Null when none.
 */
export function regionFromText(input: string): string | null {
  const text = input.slice(0, 4000);
  const found = findRegionMention(text);
  if (found) return regionLabel(found);
  // Names the registry does not know (units abolished since, like 江干区): a short Chinese place name
  // followed by 人民政府 / a year / 国民经济…; two-character names first, then three (a longer window would swallow
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
