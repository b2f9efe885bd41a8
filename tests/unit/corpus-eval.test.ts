/**
 * The labelled real-document corpus (tests/corpus) scored as `npm run eval` scores it, with
 * floors: a change that makes the extractor read real documents worse fails here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEval } from '../corpus/run';
import { matchFigures, scoreDocument, type DocLabels } from '../corpus/score';
import { corpusPage } from '../corpus/page';
import type { ExtractedNotice, ExtractedTarget } from '@/lib/types';

const floors = JSON.parse(readFileSync(join(__dirname, '../corpus/floors.json'), 'utf8')) as Record<string, number>;

describe('extraction quality on the labelled corpus', () => {
  const report = runEval();
  const t = report.totals as unknown as Record<string, number>;

  it('covers every kind of document, news pages included', () => {
    expect(report.totals.planFamily).toBeGreaterThanOrEqual(45);
    expect(report.totals.news).toBeGreaterThanOrEqual(5);
    expect(report.totals.counts.labels).toBeGreaterThanOrEqual(2000);
  });

  it.each(Object.entries(floors).filter(([k]) => k !== 'about'))('%s stays at or above its floor', (name, floor) => {
    expect(t[name]).toBeGreaterThanOrEqual(floor);
  });

  it('every label quote occurs in its document (labels stay honest)', () => {
    const bad: string[] = [];
    for (const s of report.scores) {
      const labels = JSON.parse(readFileSync(join(__dirname, '../corpus/labels', `${s.doc}.json`), 'utf8')) as DocLabels;
      const text = corpusPage(join(__dirname, '../corpus/docs'), s.doc).text.replace(/\s/g, '');
      for (const f of labels.figures) if (!text.includes(f.quote.replace(/\s/g, ''))) bad.push(`${s.doc}: ${f.quote}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('the scorer', () => {
  const fig = (over: Partial<ExtractedTarget>): ExtractedTarget => ({
    indicator: 'gdp', name: '地区生产总值', category: null, text: '增长5.5%', value: { metric: 'growth', number: 5.5, unit: '%' },
    origin: 'body', role: 'actual', quote: '全省地区生产总值5.3万亿元、增长5.5%。', position: 0, year: 2025, region: '安徽省', ...over,
  });
  const label = { name: '地区生产总值', text: '增长5.5%', role: 'actual' as const, year: 2025, quote: '地区生产总值5.3万亿元、增长5.5%' };

  it('matches by quote, number and name, and judges role and year', () => {
    expect(matchFigures([label], [fig({})]).get(0)).toBe(0);
    expect(matchFigures([label], [fig({ text: '增长5%' })]).size).toBe(0);
    expect(matchFigures([label], [fig({ name: '一般公共预算收入' })]).size).toBe(0);
    const notice = { plan: { id: 'x', region: '安徽省', year: 2026, kind: 'work-report', title: 't', issued: null, url: null }, targets: [fig({ role: 'target', year: 2026 })], blocks: [] } as ExtractedNotice;
    const s = scoreDocument({ doc: 'd', planFamily: true, region: '安徽省', kind: 'work-report', year: 2026, exhaustive: true, figures: [label] }, notice);
    expect([s.matched, s.roleYearOk, s.wrong.length, s.extractedMatched]).toEqual([1, 0, 1, 1]);
  });

  it('counts a stored news page against detection', () => {
    const notice = { plan: { id: 'x', region: '安徽省', year: 2026, kind: 'work-report', title: 't', issued: null, url: null }, targets: [], blocks: [] } as ExtractedNotice;
    expect(scoreDocument({ doc: 'n', planFamily: false, region: '安徽省', kind: 'work-report', year: 2026, exhaustive: false, figures: [] }, notice).detectionOk).toBe(false);
  });
});
