import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allRegions,
  ancestors,
  findRegionMention,
  HOST_REGIONS,
  parentLabelOf,
  parentOf,
  regionByCode,
  regionCodeOf,
  regionFromHost,
  regionLabel,
  regionMentions,
  regionsByName,
  resolveRegion,
  type Region,
} from '@/lib/regions';
import { regionFromText, regionFromUrl } from '@/lib/notice/regions';

const root = join(__dirname, '../..');
const byCode = (code: string) => regionByCode(code)!;
const labelOf = (r: Region | null) => (r ? regionLabel(r) : null);

describe('the registry', () => {
  const all = allRegions();
  const count = (level: Region['level']) => all.filter((r) => r.level === level).length;

  it.each([
    ['country', (n: number) => n === 1],
    ['province', (n: number) => n === 31],
    ['prefecture', (n: number) => n >= 330],
    ['county', (n: number) => n >= 2800],
  ] as const)('%s-level units', (level, ok) => {
    expect(ok(count(level)), `${count(level)} ${level}-level units`).toBe(true);
  });

  it.each([
    ['330114', '钱塘区', 'county', '330100'],
    ['330100', '杭州市', 'prefecture', '330000'],
    ['330000', '浙江省', 'province', null],
    ['110105', '朝阳区', 'county', '110000'],
    ['211300', '朝阳市', 'prefecture', '210000'],
    ['500101', '万州区', 'county', '500000'],
    ['500229', '城口县', 'county', '500000'],
    ['310115', '浦东新区', 'county', '310000'],
    ['429004', '仙桃市', 'county', '420000'],
    ['441900', '东莞市', 'prefecture', '440000'],
    ['150000', '内蒙古自治区', 'province', null],
    ['100000', '全国', 'country', null],
  ])('%s is %s (%s), parent %s', (code, name, level, parent) => {
    expect(regionByCode(code)).toEqual({ code, name, level, parent });
  });

  it('has no placeholder, repeated or functional-zone rows', () => {
    const names = new Set(all.map((r) => r.name));
    for (const n of ['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划', '苏州工业园区', '合肥高新技术产业开发区']) expect(names.has(n), n).toBe(false);
    expect(regionsByName('东莞市').map((r) => r.code)).toEqual(['441900']);
    expect(regionsByName('嘉峪关市').map((r) => r.code)).toEqual(['620200']);
  });

  it('gives every unit a parent that exists, one level up (provinces and 全国: none)', () => {
    const rank = { country: 0, province: 1, prefecture: 2, county: 3 };
    for (const r of all) {
      const p = parentOf(r);
      if (r.level === 'province' || r.level === 'country') expect(p, r.name).toBeNull();
      else expect(p && rank[p.level] < rank[r.level] && p.level !== 'country', `${r.code} ${r.name}`).toBe(true);
    }
  });

  it('walks ancestors nearest first', () => {
    expect(ancestors(byCode('330114')).map((r) => r.code)).toEqual(['330100', '330000']);
    expect(ancestors(byCode('500101')).map((r) => r.name)).toEqual(['重庆市']);
    expect(ancestors(byCode('330000'))).toEqual([]);
  });

  it('puts every district of the municipalities under the municipality itself', () => {
    for (const [prefix, name] of [['11', '北京市'], ['12', '天津市'], ['31', '上海市'], ['50', '重庆市']]) {
      const units = all.filter((r) => r.code.startsWith(prefix) && r.level !== 'province');
      expect(units.length).toBeGreaterThan(10);
      for (const r of units) expect(parentOf(r)?.name, r.name).toBe(name);
    }
  });

  it('finds all units of a name', () => {
    expect(regionsByName('西湖区').map((r) => r.code)).toEqual(['330106', '360103']);
    expect(regionsByName('朝阳区').map((r) => r.code)).toEqual(['110105', '220104']);
    expect(regionsByName('鼓楼区')).toHaveLength(4);
    expect(regionsByName('无此地')).toEqual([]);
  });
});

describe('labels', () => {
  it.each([
    ['330106', '杭州市西湖区'],
    ['360103', '南昌市西湖区'],
    ['110105', '北京市朝阳区'],
    ['220104', '长春市朝阳区'],
    ['211300', '朝阳市'],
    ['330114', '钱塘区'],
    ['330110', '余杭区'],
    ['330402', '南湖区'],
    ['500000', '重庆市'],
    ['100000', '全国'],
  ])('%s → %s', (code, label) => {
    expect(regionLabel(byCode(code))).toBe(label);
  });

  it('are unique across the country and resolve back to their unit', () => {
    const all = allRegions();
    const labels = all.map(regionLabel);
    expect(new Set(labels).size).toBe(all.length);
    for (const r of all) expect(resolveRegion(regionLabel(r)), regionLabel(r)).toBe(r);
  });

  it.each([
    ['杭州', '330100'],
    ['安徽', '340000'],
    ['内蒙古', '150000'],
    ['广西', '450000'],
    ['浙江省杭州市', '330100'],
    ['杭州市余杭区', '330110'],
    ['杭州西湖区', '330106'],
    ['浙江省杭州市西湖区', '330106'],
    ['西湖区', null],
    ['吉林', null],
    ['江干区', null],
    ['', null],
  ])('resolveRegion(%s) → %s', (label, code) => {
    expect(resolveRegion(label)?.code ?? null).toBe(code);
  });

  it('give codes and parents by label', () => {
    expect(regionCodeOf('钱塘区')).toBe('330114');
    expect(regionCodeOf('杭州市西湖区')).toBe('330106');
    expect(regionCodeOf('全国')).toBe('100000');
    expect(regionCodeOf('江干区')).toBeNull();
    expect(parentLabelOf('钱塘区')).toBe('杭州市');
    expect(parentLabelOf('杭州市')).toBe('浙江省');
    expect(parentLabelOf('浙江省')).toBeNull();
    expect(parentLabelOf('北京市朝阳区')).toBe('北京市');
    expect(parentLabelOf(null)).toBeNull();
  });
});

describe('region mentions', () => {
  it.each([
    ['2026年安徽省政府工作报告', '安徽省'],
    ['安徽省2026年国民经济和社会发展计划', '安徽省'],
    ['安徽2026年政府工作报告', '安徽省'],
    ['内蒙古自治区人民政府关于…', '内蒙古自治区'],
    ['2025年内蒙古政府工作报告', '内蒙古自治区'],
    ['杭州市钱塘区2024年政府工作报告', '钱塘区'],
    ['关于余杭区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '余杭区'],
    ['嘉兴市南湖区人民政府关于下达2024年国民经济和社会发展计划的通知', '南湖区'],
    ['嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知', '嘉兴市'],
    ['重庆市人民政府', '重庆市'],
    ['苏州市2023年国民经济和社会发展计划', '苏州市'],
    ['向大会报告苏州市2023年国民经济和社会发展计划执行情况', '苏州市'],
    ['杭州2024年政府工作报告', '杭州市'],
    ['浙江省杭州市余杭区人民政府', '余杭区'],
    ['杭州西湖区人民政府', '杭州市西湖区'],
    ['南昌市西湖区2024年政府工作报告', '南昌市西湖区'],
    ['西湖区人民政府办公室 南昌市', '南昌市西湖区'],
    ['北京市朝阳区统计局', '北京市朝阳区'],
    ['朝阳市人民政府', '朝阳市'],
    ['盘锦大洼区2024年', '大洼区'],
    ['阳泉市城区人民政府', '阳泉市城区'],
    ['鞍山市海城市人民政府', '海城市'],
    ['吉林省人民政府', '吉林省'],
    ['吉林市人民政府', '吉林市'],
    ['关于印发《政府工作报告》的通知', null],
    ['text without any region', null],
    ['', null],
  ])('%s → %s', (text, label) => {
    expect(labelOf(findRegionMention(text))).toBe(label);
  });

  it.each([
    ['推进沿海城市建设', null],
    ['提高县域经济发展水平', null],
    ['扩大城区面积', null],
    ['连续5年排名山区26县第一', null],
    ['推进南部滨海新区开发建设', null],
    ['加快南昌都市圈建设', null],
    ['实施迎亚运城市环境品质提升', null],
    ['培育海南区域协调发展', null],
    ['2026年湖南省政府工作报告：湖南县域经济', '湖南省'],
  ])('does not take a word for a place: %s → %s', (text, label) => {
    expect(labelOf(findRegionMention(text))).toBe(label);
  });

  it('settles an ambiguous name with the hint, else by code', () => {
    expect(labelOf(findRegionMention('西湖区人民政府关于下达2024年计划的通知'))).toBe('杭州市西湖区');
    expect(labelOf(findRegionMention('西湖区人民政府关于下达2024年计划的通知', { hint: '360100' }))).toBe('南昌市西湖区');
    expect(labelOf(findRegionMention('西湖区人民政府关于下达2024年计划的通知', { hint: '360000' }))).toBe('南昌市西湖区');
    expect(labelOf(findRegionMention('西湖区人民政府关于下达2024年计划的通知', { hint: '330106' }))).toBe('杭州市西湖区');
    // A parent named in the text beats the hint.
    expect(labelOf(findRegionMention('杭州西湖区人民政府', { hint: '360100' }))).toBe('杭州市西湖区');
  });

  it('prefers the earliest mention heading a phrase, else the earliest', () => {
    expect(labelOf(findRegionMention('根据浙江省部署，宁波市人民政府关于…'))).toBe('宁波市');
    expect(labelOf(findRegionMention('浙江省和宁波市的计划'))).toBe('浙江省');
    expect(regionMentions('浙江省和宁波市，杭州市钱塘区').map((m) => regionLabel(m.region))).toEqual(['浙江省', '宁波市', '钱塘区']);
  });

  it('scans a long page quickly', () => {
    const page = '各县（市、区）人民政府，市政府直属各单位：现将计划印发给你们。'.repeat(400) + '丽水市人民政府';
    findRegionMention('warm up');
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) expect(labelOf(findRegionMention(page))).toBe('丽水市');
    expect((performance.now() - t0) / 20).toBeLessThan(50);
  });
});

describe('hosts', () => {
  it.each([
    ['www.jiaxing.gov.cn', '嘉兴市'],
    ['wzfgw.wenzhou.gov.cn', '温州市'],
    ['drc.hangzhou.gov.cn', '杭州市'],
    ['nbyz.gov.cn', '鄞州区'],
    ['www.yuhang.gov.cn', '余杭区'],
    ['www.qiantang.gov.cn', '钱塘区'],
    ['qiantang.hangzhou.gov.cn', '钱塘区'],
    ['www.gov.cn', '全国'],
    ['www.zhejiang.gov.cn', '浙江省'],
    ['www.ah.gov.cn', '安徽省'],
    ['www.cq.gov.cn', '重庆市'],
    ['www.zjtz.gov.cn', '台州市'],
    ['www.taizhou.gov.cn', '泰州市'],
    ['WWW.HEFEI.GOV.CN.', '合肥市'],
    ['www.xm.gov.cn:8080', '厦门市'],
    ['gov.cn', null],
    ['notjiaxing.gov.cn', null],
    ['unknown.example.com', null],
    ['', null],
  ])('%s → %s', (host, label) => {
    expect(regionFromHost(host)).toBe(label);
  });

  it('lists only labels the registry resolves, each host once', () => {
    for (const [host, label] of HOST_REGIONS) expect(resolveRegion(label), `${host} ${label}`).not.toBeNull();
    expect(new Set(HOST_REGIONS.map(([h]) => h)).size).toBe(HOST_REGIONS.length);
    const provinces = new Set(HOST_REGIONS.map(([, l]) => resolveRegion(l)!).filter((r) => r.level === 'province'));
    expect(provinces.size).toBe(31);
  });
});

describe('lib/notice/regions on the registry', () => {
  it.each([
    ['杭州市钱塘区2024年政府工作报告', '钱塘区'],
    ['余杭区人民政府', '余杭区'],
    ['杭州市西湖区人民政府', '杭州市西湖区'],
    // Not in the registry (merged into 上城区 in 2021): still read as a place name before 人民政府.
    ['江干区人民政府', '江干区'],
    ['关于印发《政府工作报告》的通知', null],
  ])('regionFromText(%s) → %s', (text, label) => {
    expect(regionFromText(text)).toBe(label);
  });

  it.each([
    ['https://www.gov.cn/zhengce/a.html', '全国'],
    ['http://qiantang.hangzhou.gov.cn/art/2024/1/1/a.html', '钱塘区'],
    ['not a url', null],
  ])('regionFromUrl(%s) → %s', (url, label) => {
    expect(regionFromUrl(url)).toBe(label);
  });
});

describe('the content script does not carry the registry', () => {
  /** Files imported from `file`, transitively (relative and @/ imports of .ts/.tsx files). */
  function closure(entry: string): Set<string> {
    const seen = new Set<string>();
    const stack = [entry];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/gm)) {
        if (/^import\s+type\s/.test(m[0].trim())) continue;
        const spec = m[1];
        const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
        if (!base) continue;
        const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => existsSync(p) && !p.endsWith('/'));
        if (hit && /\.tsx?$/.test(hit)) stack.push(hit);
      }
    }
    return seen;
  }

  it('imports neither lib/regions nor lib/notice/regions.ts', () => {
    const files = [...closure(join(root, 'entrypoints/notice.content/index.ts'))].map((f) => f.slice(root.length + 1));
    expect(files).toContain('lib/notice/read-page.ts');
    expect(files.filter((f) => f.startsWith('lib/regions/') || f === 'lib/notice/regions.ts')).toEqual([]);
  });

  it('carries neither the search terms nor @floating-ui/dom (size: design.md §7, ≤ 40 KB gzip)', () => {
    const files = [...closure(join(root, 'entrypoints/notice.content/index.ts'))];
    expect(files.map((f) => f.slice(root.length + 1))).not.toContain('lib/indicators/search-terms.ts');
    expect(files.filter((f) => /from\s+['"]@floating-ui\/dom['"]/.test(readFileSync(f, 'utf8')))).toEqual([]);
    expect(files.some((f) => /from\s+['"]@floating-ui\/core['"]/.test(readFileSync(f, 'utf8')))).toBe(true);
  });
});
