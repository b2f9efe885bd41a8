import { describe, expect, it } from 'vitest';
import { targetsFromRows, type RowAt } from '@/lib/notice/table';

/** Rows as the readers give them, at made-up offsets 100, 200, … */
function rows(...cells: string[][]): RowAt[] {
  return cells.map((c, i) => ({ cells: c, text: c.join('\t'), offset: (i + 1) * 100 }));
}

const brief = (r: RowAt[], year?: number) =>
  targetsFromRows(r, { year }).map((t) => [t.category, t.name, t.text, t.role, t.year ?? null]);

describe('主要目标 tables', () => {
  it('reads categories, numbering, （注）, sub-rows under an empty-target parent and unnumbered own rows', () => {
    const table = rows(
      ['指标名称', '2022年目标'],
      ['一、综合发展'],
      ['1.地区生产总值(注)', '增长6%以上'],
      ['8.货物进出口总额', '占全国份额保持稳定'],
      ['货物出口总额', '占全国份额保持稳定'],
      ['二、民生福祉'],
      ['15.家庭可支配收入（按三口之家计算）', ''],
      ['10-50万元群体比例', '提高3个百分点'],
      ['20-60万元群体比例', '提高3个百分点'],
      ['16.城镇调查失业率', '控制在5.5%以内'],
      ['城镇新增就业人数', '10万人'],
    );
    expect(brief(table)).toEqual([
      ['综合发展', '地区生产总值', '增长6%以上', 'target', 2022],
      ['综合发展', '货物进出口总额', '占全国份额保持稳定', 'target', 2022],
      ['综合发展', '货物出口总额', '占全国份额保持稳定', 'target', 2022],
      ['民生福祉', '家庭可支配收入（按三口之家计算）10-50万元群体比例', '提高3个百分点', 'target', 2022],
      ['民生福祉', '家庭可支配收入（按三口之家计算）20-60万元群体比例', '提高3个百分点', 'target', 2022],
      ['民生福祉', '城镇调查失业率', '控制在5.5%以内', 'target', 2022],
      ['民生福祉', '城镇新增就业人数', '10万人', 'target', 2022],
    ]);
  });

  it('reads a category row repeated by colspan as one category', () => {
    const table = rows(['指标名称', '2024年目标'], ['一、经济发展', '一、经济发展'], ['1.地区生产总值（注）', '增长6%左右']);
    expect(brief(table)).toEqual([['经济发展', '地区生产总值', '增长6%左右', 'target', 2024]]);
  });

  it('gives the quote (the row) and its position', () => {
    const [t] = targetsFromRows(rows(['指标名称', '2024年目标'], ['4.固定资产投资', '增长6%以上']));
    expect(t.quote).toBe('4.固定资产投资\t增长6%以上');
    expect(t.position).toBe(200);
    expect(t.origin).toBe('table');
  });

  it('reads a separate 序号 and 单位 column (绍兴 style) and composes the value text', () => {
    const table = rows(
      ['序号', '指标名称', '单位', '2022年计划'],
      ['一、经济发展'],
      ['1', '地区生产总值增长', '%', '6.5左右'],
      ['6', '新增高新技术企业', '家', '370'],
    );
    const out = targetsFromRows(table, { year: 2022 });
    expect(out.map((t) => [t.category, t.name, t.text, t.valueText, t.keyName ?? null])).toEqual([
      ['经济发展', '地区生产总值增长', '6.5左右', '增长6.5%左右', '地区生产总值'],
      ['经济发展', '新增高新技术企业', '370', '370家', null],
    ]);
  });
});

describe('execution tables (预期目标 | 实际完成)', () => {
  it('gives every year’s target and the actual, each with its own year, the plan year’s column first', () => {
    const table = rows(
      ['指标', '2019年预期目标', '2019年实际完成', '2020年预期目标'],
      ['地区生产总值', '增长7%左右', '增长6.8%', '增长6.5%左右'],
      ['城镇登记失业率', '控制在3.5%以内', '1.68%', '控制在3.5%以内'],
    );
    expect(brief(table, 2020)).toEqual([
      [null, '地区生产总值', '增长6.5%左右', 'target', 2020],
      [null, '地区生产总值', '增长7%左右', 'target', 2019],
      [null, '地区生产总值', '增长6.8%', 'actual', 2019],
      [null, '城镇登记失业率', '控制在3.5%以内', 'target', 2020],
      [null, '城镇登记失业率', '控制在3.5%以内', 'target', 2019],
      [null, '城镇登记失业率', '1.68%', 'actual', 2019],
    ]);
  });

  it('reads the unit from the header: 7左右 under 目标增长(%) is growth 7% about', () => {
    const table = rows(['指标名称', '2019年目标增长(%)', '2019年实际增长(%)', '指标属性'], ['地区生产总值', '7左右', '6.8', '预期性']);
    const out = targetsFromRows(table, { year: 2019 });
    expect(out.map((t) => [t.text, t.valueText, t.role])).toEqual([
      ['7左右', '增长7%左右', 'target'],
      ['6.8', '增长6.8%', 'actual'],
    ]);
  });

  it('takes a rowspan category column (指标分类) as the category', () => {
    const table = rows(
      ['指标分类', '序号', '指标名称', '2023年预期目标', '2023年完成情况'],
      ['经济发展实力', '1', '地区生产总值', '增长5%左右', '增长4.6%'],
      ['经济发展实力', '2', '固定资产投资', '增长5%左右', '增长5%'],
    );
    expect(brief(table, 2023).filter((r) => r[3] === 'target')).toEqual([
      ['经济发展实力', '地区生产总值', '增长5%左右', 'target', 2023],
      ['经济发展实力', '固定资产投资', '增长5%左右', 'target', 2023],
    ]);
  });
});

describe('task-breakdown tables', () => {
  it('reads targets inside the task sentences, two in one cell', () => {
    const table = rows(
      ['序号', '主要工作任务', '责任单位'],
      ['一、主要预期目标'],
      ['5', '城镇新增就业11万人，调查失业率控制在5%以内。', '市人力社保局'],
      ['9', '深入实施“8+4”经济政策体系。', '市发展改革委'],
    );
    const out = targetsFromRows(table);
    expect(out.map((t) => [t.category, t.name, t.text, t.origin])).toEqual([
      ['主要预期目标', '城镇新增就业', '11万人', 'table'],
      ['主要预期目标', '调查失业率', '控制在5%以内', 'table'],
    ]);
    // The quote is the task sentence; its position points at it inside the row.
    const row = table[2];
    expect(out[0].quote).toBe('城镇新增就业11万人，调查失业率控制在5%以内。');
    expect(row.text.slice(out[0].position - row.offset).startsWith(out[0].quote)).toBe(true);
  });

  it('reads 目标任务 | 责任领导 | 责任单位 (台州 style) as a task table', () => {
    const table = rows(['目标任务', '责任领导', '责任单位'], ['一、主要预期指标'], ['1. 生产总值增长7.5%以上。', '某某', '市发改委']);
    expect(brief(table)).toEqual([['主要预期指标', '生产总值', '增长7.5%以上', 'target', null]]);
  });
});

describe('tables that hold no targets', () => {
  it('ignores a 房屋征收计划表 and rows without a header', () => {
    const table = rows(
      ['序号', '所属板块（或行政区域）', '所属地块', '四至范围', '土地面积（亩）', '公共利益类型', '建设活动组织实施单位'],
      ['1', '城东板块', '虹桥新村地块', '东至原南湖法院围墙', '42.84', '旧城区改建', '嘉兴市嘉城城市更新建设有限公司'],
      ['总计', '253.68', '', ''],
    );
    expect(targetsFromRows(table)).toEqual([]);
    expect(targetsFromRows(rows(['', '抄送：市委各部门，市人大常委会', '']))).toEqual([]);
  });
});

describe('cells as real pages fill them', () => {
  const rowsOf = (...cells: string[][]): RowAt[] => cells.map((c, i) => ({ cells: c, text: c.join('\t'), offset: (i + 1) * 100 }));
  it('one cell with two figures gives two, a pending value (待省反馈) none, a name repeated into a short row none', () => {
    const out = targetsFromRows(
      rowsOf(
        ['指标名称', '2023年预期目标', '2023年完成情况'],
        ['户籍人口', '增长26万左右,年末户籍人口800万左右', '增长11.9万人,年末户籍人口786.7万人'],
        ['工业战略性新兴产业产值占比', '提高1个百分点', '待省反馈'],
        ['工业增加值率', '工业增加值率', '工业增加值率'],
      ),
      { year: 2023 },
    );
    expect(out.map((t) => [t.name, t.text, t.role])).toEqual([
      ['户籍人口', '增长26万左右', 'target'],
      ['年末户籍人口', '800万左右', 'target'],
      ['户籍人口', '增长11.9万人', 'actual'],
      ['年末户籍人口', '786.7万人', 'actual'],
      ['工业战略性新兴产业产值占比', '提高1个百分点', 'target'],
    ]);
  });
});
