import { afterEach, describe, expect, it, vi } from 'vitest';
import { ambitionLabel, changeLabel, kindLabel, t, uiLanguage } from '@/lib/i18n';

afterEach(() => vi.unstubAllGlobals());

describe('i18n', () => {
  it.each([
    ['raised', '上调', 'raised'],
    ['lowered', '下调', 'lowered'],
    ['unchanged', '持平', 'unchanged'],
    ['reworded', '表述调整', 'reworded'],
    ['quantified', '改为量化', 'now quantified'],
    ['dequantified', '不再量化', 'no longer quantified'],
    ['rebased', '口径变化', 'different basis'],
    ['new', '新增', 'new'],
    ['dropped', '取消', 'dropped'],
  ] as const)('change %s: %s / %s', (kind, zh, en) => {
    expect(changeLabel(kind, 'zh')).toBe(zh);
    expect(changeLabel(kind, 'en')).toBe(en);
  });

  it('labels ambition and document kinds', () => {
    expect([ambitionLabel('more', 'zh'), ambitionLabel('less', 'zh'), ambitionLabel('same', 'zh')]).toEqual(['要求更高', '要求降低', '要求不变']);
    expect([ambitionLabel('more', 'en'), ambitionLabel('less', 'en'), ambitionLabel('same', 'en')]).toEqual(['asks for more', 'asks for less', 'same ask']);
    expect(
      (['annual-plan', 'work-report', 'work-report-tasks', 'plan-execution', 'statistical-bulletin', 'five-year-plan'] as const).map((k) => kindLabel(k, 'zh')),
    ).toEqual(['计划', '政府工作报告', '任务分解', '执行情况', '统计公报', '五年规划']);
    expect(t('card.thisNotice', 'zh')).toBe('本通知');
    expect(t('card.noHistory', 'zh')).toBe('暂无往年数据');
    expect(t('card.actual', 'zh')).toBe('实际完成');
    expect(t('card.noHistory', 'en')).toBe('no earlier years known');
  });

  it('fills placeholders as text and leaves unknown ones', () => {
    expect(t('search.noResults', 'zh', { query: '<b>GDP</b>' })).toBe('没有找到与“<b>GDP</b>”相关的指标、原文或标注。');
    expect(t('card.vs', 'en', { year: 2022 })).toBe('vs 2022');
    expect(t('card.vs', 'zh')).toBe('较{year}年');
  });

  it('picks English for en* browser languages only', () => {
    for (const [language, lang] of [
      ['en-US', 'en'],
      ['en', 'en'],
      ['EN-gb', 'en'],
      ['zh-CN', 'zh'],
      ['fr-FR', 'zh'],
      ['', 'zh'],
    ]) {
      vi.stubGlobal('navigator', { language });
      expect(uiLanguage()).toBe(lang);
      expect(t('card.thisNotice')).toBe(lang === 'en' ? 'this notice' : '本通知');
    }
    vi.stubGlobal('navigator', undefined);
    expect(uiLanguage()).toBe('zh');
  });
});
