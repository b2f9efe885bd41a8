/**
 * The cheap gate (design.md §1 step 1): runs on every government page, so it reads only the
 * title and the first few hundred characters of text. Full detection lives in detect.ts.
 */
const FAMILY = /(国民经济和社会发展.{0,12}计划|计划执行情况|政府工作报告|统计公报|五年规划|重点工作任务|主要目标任务)/;

export function looksLikePlanFamily(title: string, leadText: string): boolean {
  return FAMILY.test(title) || FAMILY.test(leadText.slice(0, 600));
}
