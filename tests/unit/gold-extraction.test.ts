// @vitest-environment happy-dom
/**
 * Scores the extractor against the hand-checked gold (tests/fixtures/gold/jiaxing-gold.json) on both
 * forms of each bundled notice: the seed text and the portal page rendered from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedNotice, ExtractedTarget } from '@/lib/types';
import { extractFromDocument, extractFromText } from '@/lib/notice/extract';
import { renderNotice } from '@/scripts/portal/render.mjs';

const root = join(__dirname, '../..');
const goldPath = join(root, 'tests/fixtures/gold/jiaxing-gold.json');

interface GoldPlan {
  file: string;
  region: string;
  year: number;
  kind: string;
  issued: string;
  title: string;
  table: Array<{ category: string; name: string; target: string }>;
}
interface Gold {
  plans: GoldPlan[];
  bodyTargets: Record<string, string[]>;
}
interface Labels {
  labels: Array<{ name: string; text: string; target: boolean }>;
}

const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
const labels = JSON.parse(readFileSync(join(root, 'tests/fixtures/labels/jiaxing-2024-body-labels.json'), 'utf8')) as Labels;

function fromText(plan: GoldPlan): ExtractedNotice {
  const notice = extractFromText(readFileSync(join(root, 'seeds', plan.file), 'utf8'));
  if (!notice) throw new Error(`${plan.file}: not detected`);
  return notice;
}

function fromPage(plan: GoldPlan): ExtractedNotice {
  // The page as the portal serves it, with no PubDate: the issue date must come from the notice.
  const html = renderNotice(readFileSync(join(root, 'seeds', plan.file), 'utf8'), { url: 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_1.html' });
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const notice = extractFromDocument(doc, { url: 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_1.html' });
  if (!notice) throw new Error(`${plan.file} (page): not detected`);
  return notice;
}

/** The gold's rule: T.text (with a digit) inside the item, and the item holds T.name's last four characters. */
function found(item: string, body: ExtractedTarget[]): boolean {
  return body.some((t) => /\d/.test(t.text) && item.includes(t.text) && item.includes(t.name.slice(-4)));
}

const forms: Array<[string, (plan: GoldPlan) => ExtractedNotice]> = [
  ['seed text', fromText],
  ['rendered page', fromPage],
];

describe.each(forms)('gold, %s', (form, read) => {
  const notices = new Map(gold.plans.map((p) => [p.file, read(p)]));

  it.each(gold.plans.map((p) => [p.file, p] as const))('plan meta of %s', (_file, plan) => {
    const { id, region, year, kind, issued, title } = notices.get(plan.file)!.plan;
    expect({ id, region, year, kind, issued, title }).toEqual({
      id: `${plan.region}/${plan.year}/${plan.kind}`,
      region: plan.region,
      year: plan.year,
      kind: plan.kind,
      issued: plan.issued,
      title: plan.title,
    });
  });

  it('every 主要目标 row: exact name, category and target text (48 rows)', () => {
    let exact = 0;
    let total = 0;
    for (const plan of gold.plans) {
      const rows = notices
        .get(plan.file)!
        .targets.filter((t) => t.origin === 'table' && t.role === 'target')
        .map((t) => ({ category: t.category, name: t.name, target: t.text }));
      expect(rows).toEqual(plan.table);
      total += plan.table.length;
      exact += plan.table.filter((g, i) => JSON.stringify(rows[i]) === JSON.stringify(g)).length;
    }
    console.log(`[gold ${form}] table rows exact: ${exact}/${total}`);
    expect(total).toBe(48);
  });

  it('body-target recall ≥ 95% by the gold’s scoring rule', () => {
    let hit = 0;
    let total = 0;
    for (const plan of gold.plans) {
      const body = notices.get(plan.file)!.targets.filter((t) => t.origin === 'body');
      const items = gold.bodyTargets[String(plan.year)];
      const missed = items.filter((item) => !found(item, body));
      console.log(`[gold ${form}] ${plan.year} body recall: ${items.length - missed.length}/${items.length}${missed.length ? ' missed: ' + missed.join(' | ') : ''}`);
      hit += items.length - missed.length;
      total += items.length;
    }
    console.log(`[gold ${form}] body recall: ${((100 * hit) / total).toFixed(1)}% (${hit}/${total})`);
    expect(hit / total).toBeGreaterThanOrEqual(0.95);
  });

  it('positions point at the quotes in the notice text', () => {
    for (const notice of notices.values()) {
      const text = notice.blocks.map((b) => b.text).join('\n');
      for (const t of notice.targets) expect(text.slice(t.position, t.position + t.quote.length)).toBe(t.quote);
    }
  });
});

describe('body-target precision (hand labels, 2024 seed)', () => {
  it('every body target returned is labelled, and ≥ 90% of them are targets', () => {
    const plan = gold.plans.find((p) => p.year === 2024)!;
    const body = fromText(plan).targets.filter((t) => t.origin === 'body');
    const key = (x: { name: string; text: string }) => `${x.name}|${x.text}`;
    const byKey = new Map(labels.labels.map((l) => [key(l), l.target]));
    const unlabelled = body.filter((t) => !byKey.has(key(t))).map(key);
    expect(unlabelled).toEqual([]);
    const correct = body.filter((t) => byKey.get(key(t))).length;
    console.log(`[gold] 2024 body precision: ${((100 * correct) / body.length).toFixed(1)}% (${correct}/${body.length})`);
    expect(body.length).toBe(labels.labels.length);
    expect(correct / body.length).toBeGreaterThanOrEqual(0.9);
  });

  it('the same targets come from the page as from the text', () => {
    for (const plan of gold.plans) {
      const strip = (n: ExtractedNotice) => n.targets.map(({ name, text, origin, role, category, position }) => ({ name, text, origin, role, category, position }));
      expect(strip(fromPage(plan))).toEqual(strip(fromText(plan)));
    }
  });
});
