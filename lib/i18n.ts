/**
 * UI strings in Chinese (default) and English. Pure data plus two small helpers; the only
 * browser global touched is `navigator.language`, guarded so the CLI and node tests can import it.
 */
import type { Ambition, ChangeKind, PlanKind } from './types';

export type Lang = 'zh' | 'en';

const zh = {
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
  'card.source': '原文',
  'card.sourceTitle': '打开原文并定位到这句话',
  'card.trend': '历年目标走势',
  'card.vs': '较{year}年',
  'card.year': '{year}年',

  'search.label': '搜索结果',
  'search.loading': '正在搜索…',
  'search.emptyDatabase': '还没有保存任何计划。打开一份政府计划通知，计划透镜会自动记录其中的目标。',
  'search.noResults': '没有找到与“{query}”相关的指标、原文或标注。',
  'search.noQuery': '输入指标名称或关键词，例如“固定资产投资”。',
  'search.error': '搜索出错：{message}',
  'search.errorGeneric': '搜索出错，请稍后重试。',
  'search.passage': '原文',
  'search.highlight': '标注',
  'search.count': '{count}条结果',

  'table.caption': '本通知目标与往年对比',
  'table.indicator': '指标',
  'table.category': '类别',
  'table.allCategories': '全部类别',
  'table.allChanges': '全部变化',
  'table.filterCategory': '按类别筛选',
  'table.filterChange': '按变化筛选',
  'table.noRows': '没有符合筛选条件的指标。',
  'table.uncategorized': '未分类',

  'highlights.title': '标注',
  'highlights.none': '本页还没有标注。选中文字后点击“保存标注”。',
  'highlights.note': '笔记',
  'highlights.tags': '标签（用逗号分隔）',
  'highlights.jump': '定位',
  'highlights.delete': '删除',
  'highlights.orphan': '未能在页面中找到这段文字（页面可能已修改），标注和笔记仍保留。',

  'toolbar.save': '保存标注',
  'toolbar.color': '标注颜色',
  'color.yellow': '黄色',
  'color.green': '绿色',
  'color.blue': '蓝色',
  'color.pink': '粉色',

  'switch.on': '已开启',
  'switch.off': '已关闭',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
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
  'card.source': 'source',
  'card.sourceTitle': 'Open the source at this sentence',
  'card.trend': 'Targets over the years',
  'card.vs': 'vs {year}',
  'card.year': '{year}',

  'search.label': 'Search results',
  'search.loading': 'Searching…',
  'search.emptyDatabase': 'No plans saved yet. Open a government plan notice and PlanLens will record its targets.',
  'search.noResults': 'No indicators, passages or highlights match “{query}”.',
  'search.noQuery': 'Type an indicator or a keyword, e.g. “固定资产投资” (fixed-asset investment).',
  'search.error': 'Search failed: {message}',
  'search.errorGeneric': 'Search failed. Please try again.',
  'search.passage': 'passage',
  'search.highlight': 'highlight',
  'search.count': '{count} results',

  'table.caption': 'This notice’s targets compared with earlier years',
  'table.indicator': 'Indicator',
  'table.category': 'Category',
  'table.allCategories': 'All categories',
  'table.allChanges': 'All changes',
  'table.filterCategory': 'Filter by category',
  'table.filterChange': 'Filter by change',
  'table.noRows': 'No indicators match these filters.',
  'table.uncategorized': 'Uncategorized',

  'highlights.title': 'Highlights',
  'highlights.none': 'No highlights on this page yet. Select text and press “Save highlight”.',
  'highlights.note': 'Note',
  'highlights.tags': 'Tags (comma-separated)',
  'highlights.jump': 'Jump to',
  'highlights.delete': 'Delete',
  'highlights.orphan': 'This text could not be found on the page (it may have changed); the highlight and note are kept.',

  'toolbar.save': 'Save highlight',
  'toolbar.color': 'Highlight color',
  'color.yellow': 'yellow',
  'color.green': 'green',
  'color.blue': 'blue',
  'color.pink': 'pink',

  'switch.on': 'on',
  'switch.off': 'off',
};

const tables: Record<Lang, Record<StringKey, string>> = { zh, en };

/** The UI language from the browser: English for any `en*` locale, Chinese otherwise. */
export function uiLanguage(): Lang {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return /^en\b/i.test(nav?.language ?? '') ? 'en' : 'zh';
}

/** A UI string; `{name}` placeholders are filled from `vars` (values are inserted as text). */
export function t(key: StringKey, lang: Lang = uiLanguage(), vars?: Record<string, string | number>): string {
  const template = tables[lang][key] ?? zh[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
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
