// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractedNotice } from '@/lib/types';
import { extractFromBlocks, extractFromDocument, extractFromText } from '@/lib/notice/extract';
import { blocksFromText } from '@/lib/notice/blocks';

const root = join(__dirname, '../..');
const pages = join(root, 'tests/fixtures/pages');
interface Entry {
  name: string;
  file: string;
  isNotice: boolean;
  kind: string | null;
  region: string;
  year: number;
  title: string;
  host: string;
  path: string;
}
const manifest = JSON.parse(readFileSync(join(pages, 'manifest.json'), 'utf8')) as Entry[];

function page(entry: Entry): ExtractedNotice | null {
  const doc = new DOMParser().parseFromString(readFileSync(join(pages, entry.file), 'utf8'), 'text/html') as unknown as Document;
  return extractFromDocument(doc, { url: `https://${entry.host}${entry.path}` });
}
const find = (n: ExtractedNotice, name: string, role = 'target') => n.targets.filter((t) => t.name === name && t.role === role).map((t) => [t.text, t.origin]);

describe('fixture pages (tests/fixtures/pages)', () => {
  it.each(manifest.map((e) => [e.name, e] as const))('%s: detected as the manifest says', (_name, entry) => {
    const notice = page(entry);
    if (!entry.isNotice) {
      expect(notice).toBeNull();
      return;
    }
    expect(notice && [notice.plan.region, notice.plan.year, notice.plan.kind, notice.plan.title]).toEqual([entry.region, entry.year, entry.kind, entry.title]);
  });

  const byName = (name: string) => page(manifest.find((e) => e.name === name)!)!;

  it('task breakdown: targets inside task sentences, two in one cell', () => {
    const n = byName('huzhou-2024-tasks');
    expect(find(n, '城镇调查失业率')).toEqual([['控制在5%以内', 'table']]);
    expect(find(n, '新增城镇就业')).toEqual([['6万人以上', 'table']]);
    expect(find(n, '制造业投资')).toEqual([['增长10%以上', 'table']]);
    expect(n.targets.every((t) => t.origin === 'table' && t.category !== null)).toBe(true);
  });

  it('execution report: the plan year’s targets, the executed year’s targets and outcomes, each under its own year', () => {
    const n = byName('hangzhou-2019-execution');
    const gdp = n.targets.filter((t) => t.name === '地区生产总值' && t.role === 'target').map((t) => [t.text, t.origin, t.year]);
    expect(gdp).toEqual([['增长6.5%左右', 'table', 2020], ['增长7%左右', 'table', 2019], ['增长6.5%左右', 'body', 2020]]);
    const actual = n.targets.find((t) => t.name === '城镇登记失业率' && t.role === 'actual' && t.origin === 'table');
    expect(actual && [actual.text, actual.year, actual.value.number]).toEqual(['1.68%', 2019, 1.68]);
  });

  it('another city with a unit column: 6.5左右 in % reads as growth', () => {
    const n = byName('shaoxing-2022-plan');
    const gdp = n.targets.find((t) => t.origin === 'table' && t.name === '地区生产总值增长')!;
    expect([gdp.text, gdp.category, gdp.value.metric, gdp.value.number, gdp.value.unit, gdp.value.bound]).toEqual(['6.5左右', '经济发展', 'growth', 6.5, '%', 'about']);
    expect(find(n, '新增高新技术企业')).toEqual([['370家', 'body'], ['370', 'table']]);
  });
});

describe('extractFromText', () => {
  it('fills indicator and value for every target and points positions at quotes', () => {
    const n = extractFromText(readFileSync(join(root, 'seeds/jiaxing-2024-plan.txt'), 'utf8'))!;
    const text = n.blocks.map((b) => b.text).join('\n');
    for (const t of n.targets) {
      expect(t.indicator).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|x-[a-z0-9]+)$/);
      expect(t.value.metric).toBeTypeOf('string');
      expect(text.slice(t.position, t.position + t.quote.length)).toBe(t.quote);
    }
    const positions = n.targets.map((t) => t.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('marks a statistical bulletin’s numbers as outcomes', () => {
    const blocks = blocksFromText('2023年浙江省国民经济和社会发展统计公报\n全年城镇新增就业116.3万人。');
    const meta = { id: '浙江省/2023/statistical-bulletin', region: '浙江省', year: 2023, kind: 'statistical-bulletin' as const, title: 't', issued: null, url: null };
    expect(extractFromBlocks(blocks, meta).targets.map((t) => [t.name, t.text, t.role])).toEqual([['城镇新增就业', '116.3万人', 'actual']]);
  });

  it('returns null for what is not a notice', () => {
    expect(extractFromText('嘉兴市召开会议 部署2024年固定资产投资增长6%以上\n会议要求，固定资产投资增长6%以上。')).toBeNull();
  });
});

describe('never throws, stays linear', () => {
  const adversarial = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.stringMatching(/^[0-9.%\-—～增长以上左右万亿元个（）()“”、，。\t\n年月日]{0,400}$/),
    fc.array(fc.constantFrom('增长', '6', '%', '以上', '（', '）', '“', '”', '9'.repeat(50), '\t', '\n', '一、', '1.', '较2020年下降', '、', '，'), { maxLength: 200 }).map((a) => a.join('')),
  );
  it('on arbitrary and adversarial strings', () => {
    fc.assert(
      fc.property(adversarial, (s) => {
        const title = '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知\n';
        extractFromText(s);
        const n = extractFromText(title + s);
        expect(n).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('on adversarial pages', () => {
    fc.assert(
      fc.property(adversarial, fc.integer({ min: 1, max: 70000 }), (s, span) => {
        const html = `<title>2024年嘉兴市国民经济和社会发展计划</title><div id="zoom"><table><tr><td rowspan="${span}" colspan="${span}">${s}</td><td>${s}</td></tr><tr><td>${s}</td></tr></table><p>${s}<br>${s}</p></div>`;
        const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
        extractFromDocument(doc);
      }),
      { numRuns: 60 },
    );
  });

  it('on a long run of digits, 增长 and brackets, in time proportional to its size', () => {
    const head = '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知\n';
    const time = (n: number) => {
      const s = head + ('9'.repeat(1000) + '增长'.repeat(500) + '（'.repeat(500) + '“' + '%以上、'.repeat(200)).repeat(n);
      const t0 = performance.now();
      extractFromText(s);
      return performance.now() - t0;
    };
    time(1);
    const small = time(10);
    const large = time(40);
    expect(large).toBeLessThan(Math.max(small * 12, 200));
  });
});
