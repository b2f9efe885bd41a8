/**
 * Is this page a plan-family document, and which (design.md §3, §4)? Region, year, kind, title
 * and issue date from the page's title, head metas, header labels, body and URL.
 */
import type { PlanKind, PlanMeta } from '../types';
import { dateFromUrl, dateLine, labelledDate, parseDate } from './dates';
import { dropPinyinDebris } from './fold';
import { toSimplified } from './simplify';

/** Text as detection reads it: Simplified script, without mirror sites' pinyin debris. */
const readable = (s: string): string => toSimplified(dropPinyinDebris(s));
import { endsLikeDocumentTitle, hasNewsByline, kindOf, LEAD_CHARS, looksLikeNews } from './kinds';
import { normalizeText } from './normalize';
import { regionFromText, regionFromUrl } from './regions';

export interface DetectInput {
  /** The page's `<title>` (or null for a text file). */
  title?: string | null;
  /** Head metas by name: ArticleTitle, PubDate, ContentSource… */
  metas?: Record<string, string | undefined>;
  url?: string | null;
  /** The notice text: blocks' text joined by '\n'. */
  text: string;
  /** Page text around the notice (breadcrumb, 索引号 / 成文日期 / 发布机构 block), if any. */
  headerText?: string;
}

export { LEAD_CHARS };

const MAX_TITLE = 120;

function meta(input: DetectInput, name: string): string | null {
  const metas = input.metas ?? {};
  const key = Object.keys(metas).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key ? metas[key] : undefined;
  return value && value.trim() ? normalizeText(value) : null;
}

/**
 * The notice's own heading within its first lines: a line (or two lines joined, as printed titles
 * wrap) that names a plan-family document and ends like a title.
 */
export function headingFromText(text: string): string | null {
  const lines = text
    .slice(0, LEAD_CHARS)
    .split('\n')
    .map((l) => normalizeText(l))
    // Breadcrumbs (首页 > 政务公开 > …) name documents too, but are not the heading.
    .filter((l) => l.length > 0 && !/[>»|｜]|^当前位置/.test(l));
  for (let i = 0; i < lines.length; i++) {
    const candidates = [lines[i]];
    // A wrapped title's first line reads like one (…人民政府关于下达2024年嘉兴市), not a label line.
    if (i + 1 < lines.length && !/[:：|｜]/.test(lines[i]) && /关于|印发|下达|[省市县区年]$/.test(lines[i])) {
      candidates.unshift(lines[i] + lines[i + 1]);
    }
    for (const c of candidates) {
      if (c.length > MAX_TITLE || /[。；]/.test(c)) continue;
      const folded = readable(c);
      if (kindOf(folded) && endsLikeDocumentTitle(folded)) return c;
    }
  }
  return null;
}

/** 《政府工作报告》… and similar: a site's `<title>` minus its " - 嘉兴市人民政府" suffix. */
function pageTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const first = normalizeText(title.split(/\s[-_|－—–]\s|_|\||｜/)[0] ?? '');
  return first || null;
}

/** 十四五 / 第十四个五年规划 → its first year. */
const FIVE_YEAR_START: Record<string, number> = { 一: 2006, 二: 2011, 三: 2016, 四: 2021, 五: 2026, 六: 2031 };

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 二〇一九年 → 2019年 (datelines of work reports are written in Chinese numerals). Same length, so offsets hold. */
export function arabicYears(text: string): string {
  return text.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (m) => [...m].map((c) => CN_DIGIT[c]).join(''));
}

/** The dateline of a report delivered to a congress (——2019年1月9日在…人民代表大会…上): the report's year. */
function sessionYear(lead: string): number | null {
  const m = /((?:19|20)\d{2})年\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日在[^\n]{0,40}?(?:人民代表大会|人代会)/.exec(arabicYears(lead));
  return m ? Number(m[1]) : null;
}

function yearOf(text: string, kind: PlanKind): number | null {
  const years = (text.match(/(?:19|20)\d{2}(?=\s?年)/g) ?? []).map(Number);
  // An execution report (2019年…执行情况与2020年…草案) is the plan of the year it drafts.
  if (years.length > 0) return kind === 'plan-execution' ? Math.max(...years) : years[0];
  if (kind === 'five-year-plan') {
    const f = /十([一二三四五六])个?五/.exec(text);
    if (f) return FIVE_YEAR_START[f[1]] ?? null;
  }
  return null;
}

const ISSUED_LABEL = /成文日期/;
const PUBLISHED_LABEL = /发布日期|发布时间|发文日期|印发日期|时间[:：]/;
const ISSUER_LABEL = /发布机构|发文机关|信息来源|来源/;

function issuerRegion(headerText: string): string | null {
  const m = ISSUER_LABEL.exec(headerText);
  if (!m) return null;
  const start = m.index + m[0].length;
  return regionFromText(headerText.slice(start, start + 24));
}

function issuedDate(input: DetectInput, lead: string): string | null {
  const header = readable(input.headerText ?? '');
  const fromMeta = parseDate(meta(input, 'PubDate'));
  if (fromMeta) return fromMeta;
  const written = labelledDate(header, ISSUED_LABEL) ?? labelledDate(lead, ISSUED_LABEL);
  if (written) return written;
  // The signature date: the first line of the notice that is nothing but a date.
  for (const line of input.text.split('\n')) {
    if (line.length > 20) continue;
    const d = dateLine(line);
    if (d) return d;
  }
  return labelledDate(header, PUBLISHED_LABEL) ?? labelledDate(lead, PUBLISHED_LABEL) ?? dateFromUrl(input.url);
}

export function detectNotice(input: DetectInput): PlanMeta | null {
  const text = input.text ?? '';
  const lead = readable(text.slice(0, LEAD_CHARS));
  const articleTitle = meta(input, 'ArticleTitle');
  const heading = headingFromText(text);
  const title = articleTitle ?? heading ?? pageTitle(input.title);
  if (!title) return null;
  const folded = readable(title);
  if (looksLikeNews(folded)) return null;
  // A news desk's byline and a title that does not end as a document's own: a story about it.
  const header = readable(input.headerText ?? '');
  if (hasNewsByline(header + '\n' + lead.slice(0, 300)) && !/(?:通知|报告|公报|纲要|草案|分解|分解表|情况表|计划)$/.test(folded.replace(/[（(][^（()）]{1,8}[）)]$/, ''))) return null;
  // The kind comes from the title; a page title that names no document is not a notice.
  const kind = kindOf(folded) ?? (heading ? kindOf(readable(heading)) : null);
  if (!kind) return null;

  const region =
    regionFromText(folded) ??
    issuerRegion(header) ??
    regionFromText(meta(input, 'ContentSource') ?? '') ??
    issuerRegion(lead) ??
    regionFromUrl(input.url) ??
    regionFromText(lead);
  if (!region) return null;

  const issued = issuedDate(input, lead);
  const year = yearOf(folded, kind) ?? sessionYear(lead) ?? (heading ? yearOf(readable(heading), kind) : null) ?? yearOf(lead, kind) ?? (issued ? Number(issued.slice(0, 4)) : null);
  if (!year) return null;

  return { id: `${region}/${year}/${kind}`, region, year, kind, title, issued, url: input.url ?? null };
}
