/**
 * Which plan-family document a title names (design.md §3). Shared by the cheap gate and full
 * detection so the two always agree. Input should be folded to simplified script first.
 */
import type { PlanKind } from '../types';

/** How far into a notice its title may start: the window both the gate and detection read. */
export const LEAD_CHARS = 600;

/** Checked in order: the more specific kinds first (an execution report also names a 计划). */
const KIND_PATTERNS: ReadonlyArray<readonly [PlanKind, RegExp]> = [
  ['plan-execution', /计划执行情况|执行情况.{0,40}计划草案|计划草案.{0,8}的报告/],
  ['statistical-bulletin', /统计公报/],
  ['work-report-tasks', /政府工作报告.{0,24}(?:分解|任务清单|责任)|重点工作.{0,16}(?:分解|进展情况|责任|清单)|目标任务责任分解/],
  ['work-report', /政府工作报告/],
  ['five-year-plan', /五年规划|规划纲要|十[一二三四五六]五.{0,8}规划/],
  ['annual-plan', /国民经济和社会发展.{0,6}计划|经济社会发展计划|国民经济计划/],
];

export function kindOf(text: string): PlanKind | null {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(text)) return kind;
  return null;
}

/** Title-ish words of pages that only report on a document (news, briefings, explainers). */
const NEWS = /召开|会议|部署|解读|图解|读懂|一图|发布会|记者|专访|访谈|热议|聚焦|视频|直播|代表委员|审议通过|学习|座谈|摘要|要点|速览|看点|划重点|综述|报道|快讯|新闻|作(?:《)?政府工作报告|报告(?:》)?(?:提出|指出|明确)/;
/** How a plan-family document's own title ends. */
const DOCUMENT_END = /(?:通知|计划|草案|报告|公报|纲要|规划|情况表|情况|分解|分解表|任务|清单|目标|意见|决定)$/;
/** A short parenthetical after a title: (书面), （草案）. */
const TRAILING_NOTE = /[（(][^（()）]{1,8}[）)]$/;

/** Endings that only a document's own title has (a news title may well end in 计划). */
const STRONG_END = /(?:通知|报告|公报|纲要|草案|分解|分解表|情况表)$/;

/** A news page that quotes a plan is not the plan: a news word and no document ending. */
export function looksLikeNews(title: string): boolean {
  return NEWS.test(title) && !STRONG_END.test(title.trim().replace(TRAILING_NOTE, ''));
}

/** Whether a line reads like the end of a document title. */
export function endsLikeDocumentTitle(line: string): boolean {
  return DOCUMENT_END.test(line.trim().replace(TRAILING_NOTE, ''));
}

/** A byline of a news desk (来源：XX融媒体中心 / 记者 / 通讯员) in the page's header: a story, not the document. */
const NEWS_BYLINE = /(?:来源|稿源|作者)[:：]?\s*[^\n]{0,20}?(?:融媒体中心|新闻网|新闻中心|电视台|广播电视|日报社|记者)|(?:^|\s)(?:记者|通讯员)[:：\s]|本报记者|本报讯|本网讯|记者\s?[\u4e00-\u9fa5]{2,3}\s?(?:摄|报道)/;

export function hasNewsByline(header: string): boolean {
  return NEWS_BYLINE.test(header);
}
