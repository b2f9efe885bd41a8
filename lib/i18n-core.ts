/**
 * The UI strings the content script needs (hover card, change badges, selection toolbar) and the
 * translation helpers. Kept apart from the extension pages' strings (lib/i18n.ts) so the content
 * script, which runs on every government page, carries only these.
 */
import type { Ambition, ChangeKind, PlanKind } from './types';

export type Lang = 'zh' | 'en';

export const coreZh = {
  'app.name': '计划透镜',
  'change.raised': '上调',
  'change.lowered': '下调',
  'change.unchanged': '持平',
  'change.reworded': '表述调整',
  'change.quantified': '改为量化',
  'change.dequantified': '不再量化',
  'change.rebased': '口径变化',
  'change.new': '新增',
  'change.dropped': '取消',
  'ambition.more': '要求更高',
  'ambition.less': '要求降低',
  'ambition.same': '要求不变',
  'kind.annual-plan': '计划',
  'kind.work-report': '政府工作报告',
  'kind.work-report-tasks': '任务分解',
  'kind.plan-execution': '执行情况',
  'kind.statistical-bulletin': '统计公报',
  'kind.five-year-plan': '五年规划',
  'card.thisNotice': '本通知',
  'card.noHistory': '暂无往年数据',
  'card.noHistoryDetail': '只知道本年的目标，还没有往年的数据可比。',
  'card.actual': '实际完成',
  'card.gap.met': '达到目标',
  'card.gap.near': '接近目标',
  'card.gap.missed': '未达目标',
  'card.gap.vs': '较目标',
  'card.source': '原文',
  'card.sourceTitle': '打开原文并定位到这句话',
  'card.trend': '历年目标走势',
  'card.vs': '较{year}年',
  'card.year': '{year}年',
  'toolbar.save': '保存标注',
  'toolbar.color': '标注颜色',
  'color.yellow': '黄色',
  'color.green': '绿色',
  'color.blue': '蓝色',
  'color.pink': '粉色',
} as const;

export type CoreKey = keyof typeof coreZh;

export const coreEn: Record<CoreKey, string> = {
  'app.name': 'PlanLens',
  'change.raised': 'raised',
  'change.lowered': 'lowered',
  'change.unchanged': 'unchanged',
  'change.reworded': 'reworded',
  'change.quantified': 'now quantified',
  'change.dequantified': 'no longer quantified',
  'change.rebased': 'different basis',
  'change.new': 'new',
  'change.dropped': 'dropped',
  'ambition.more': 'asks for more',
  'ambition.less': 'asks for less',
  'ambition.same': 'same ask',
  'kind.annual-plan': 'annual plan',
  'kind.work-report': 'government work report',
  'kind.work-report-tasks': 'task breakdown',
  'kind.plan-execution': 'plan execution report',
  'kind.statistical-bulletin': 'statistical bulletin',
  'kind.five-year-plan': 'five-year plan',
  'card.thisNotice': 'this notice',
  'card.noHistory': 'no earlier years known',
  'card.noHistoryDetail': 'Only this year’s target is known; there is nothing earlier to compare with yet.',
  'card.actual': 'actual',
  'card.gap.met': 'target met',
  'card.gap.near': 'near target',
  'card.gap.missed': 'target missed',
  'card.gap.vs': 'vs target',
  'card.source': 'source',
  'card.sourceTitle': 'Open the source at this sentence',
  'card.trend': 'Targets over the years',
  'card.vs': 'vs {year}',
  'card.year': '{year}',
  'toolbar.save': 'Save highlight',
  'toolbar.color': 'Highlight color',
  'color.yellow': 'yellow',
  'color.green': 'green',
  'color.blue': 'blue',
  'color.pink': 'pink',
};

/** The UI language from the browser: English for any `en*` locale, Chinese otherwise. */
export function uiLanguage(): Lang {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return /^en\b/i.test(nav?.language ?? '') ? 'en' : 'zh';
}

/** `{name}` placeholders filled from `vars` (values are inserted as text). */
export function fill(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const tables: Record<Lang, Record<CoreKey, string>> = { zh: coreZh, en: coreEn };

/** A content-script UI string (see lib/i18n.ts for the extension pages' full set). */
export function t(key: CoreKey, lang: Lang = uiLanguage(), vars?: Record<string, string | number>): string {
  return fill(tables[lang][key] ?? coreZh[key], vars);
}

export function changeLabel(change: ChangeKind, lang?: Lang): string {
  return t(`change.${change}`, lang);
}

export function ambitionLabel(ambition: Exclude<Ambition, null>, lang?: Lang): string {
  return t(`ambition.${ambition}`, lang);
}

export function kindLabel(kind: PlanKind, lang?: Lang): string {
  return t(`kind.${kind}`, lang);
}
