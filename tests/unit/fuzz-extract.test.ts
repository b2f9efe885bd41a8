/**
 * Fuzzing the extractor (RELIABILITY.md F1–F2) with fast-check: FUZZ_RUNS (default 10,000)
 * generated notices in the seeds' text form and as random portal-like pages (tables with random
 * row/col spans, cell text split across spans, &nbsp;, inline elements nested up to 6 deep, <br>).
 * Properties: never throws; every figure's quote sits at its position in the notice text; the
 * output satisfies the message schema the background validates; and on pages, how the text is cut
 * into inline elements does not change what is extracted.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText } from '../../lib/notice/extract';
import { ExtractedNoticeSchema } from '../../lib/db/validate';
import type { ExtractedNotice } from '../../lib/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);

const REGIONS = ['嘉兴市', '杭州市', '浙江省', '绍兴市', '余杭区'];
const KINDS = ['国民经济和社会发展计划的通知', '国民经济和社会发展计划执行情况与', '政府工作报告', '国民经济和社会发展统计公报'];
const NAMES = ['地区生产总值', '固定资产投资', '社会消费品零售总额', '城镇调查失业率', '居民消费价格', '一般公共预算收入', '研究与试验发展经费支出占生产总值比重', '新增城镇就业', '重点项目', '单位GDP能耗'];
const VALUES = ['增长5.5%左右', '6%以上', '控制在5%以内', '3%左右', '8万人', '下降3%', '2.5个百分点', '120亿元以上', '与经济增长同步', '按省下达', '-1.2%', '１０％', '5.5', '左右', '以上'];
const NOISE = ['，', '。', '；', '（一）', '一、', '\u00a0', ' ', '<', '&', '"', '2023年', '较2020年', '“十四五”', '%', '增长', '亿元', '\u200b', '9'.repeat(30)];

const title = fc.tuple(fc.constantFrom(...REGIONS), fc.integer({ min: 2015, max: 2030 }), fc.constantFrom(...KINDS)).map(([r, y, k]) => `${r}人民政府关于下达${y}年${r}${k}`);
const target = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VALUES)).map(([n, val]) => n + val);
const phrase = fc.oneof({ arbitrary: target, weight: 4 }, { arbitrary: fc.constantFrom(...NOISE), weight: 2 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 });
const sentence = fc.array(phrase, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const cellText = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...VALUES), fc.constantFrom('%', '亿元', '', '1', '2024年目标'), fc.string({ maxLength: 4 }));

// ── text form ──
const tableText = fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((rows) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n') + '\n\n');
const noticeText = fc
  .tuple(title, fc.array(fc.oneof(sentence, sentence, tableText), { maxLength: 7 }))
  .map(([t, parts]) => [t, ...parts].join('\n'));

/** What the generated cases exercised (printed, for RELIABILITY.md). */
const stats = { notices: 0, none: 0, targets: 0 };

function checkNotice(n: ExtractedNotice | null): void {
  if (!n) {
    stats.none++;
    return;
  }
  stats.notices++;
  stats.targets += n.targets.length;
  const text = n.blocks.map((b) => b.text).join('\n');
  for (const t of n.targets) {
    expect(text.slice(t.position, t.position + t.quote.length)).toBe(t.quote);
    expect(Number.isFinite(t.value.number ?? 0)).toBe(true);
  }
  // Finding (RELIABILITY.md F2): an article of only invisible characters gives a notice with no
  // blocks, which the capture schema refuses; the content script skips such a reading (session.ts).
  if (n.blocks.length === 0) {
    expect(n.targets).toEqual([]);
    return;
  }
  const parsed = v.safeParse(ExtractedNoticeSchema, n);
  if (!parsed.success) throw new Error(`schema: ${v.getDotPath(parsed.issues[0])}: ${parsed.issues[0].message}`);
}

describe('extractor fuzzing', () => {
  beforeEach(() => Object.assign(stats, { notices: 0, none: 0, targets: 0 }));

  it(`text form: ${RUNS} generated notices`, () => {
    fc.assert(
      fc.property(noticeText, (text) => checkNotice(extractFromText(text, { url: null }))),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`extractor fuzz (text): ${JSON.stringify(stats)}`);
    expect(stats.notices).toBeGreaterThan(RUNS / 2);
    expect(stats.targets).toBeGreaterThan(RUNS / 2);
  }, 600_000);

  // ── DOM form ──
  type Piece = { text: string; wrap: string[] };
  const INLINE = ['span', 'b', 'strong', 'font', 'em', 'u'];
  /** A small PRNG (mulberry32): the cuts come from one generated seed, which keeps generation cheap. */
  const prng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** One logical text cut into up to 4 pieces, each wrapped in up to 6 nested inline elements. */
  function cutText(text: string, rand: () => number): Piece[] {
    const points = [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => Math.floor(rand() * (text.length + 1))))].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    let last = 0;
    for (const p of [...points, text.length]) {
      pieces.push({ text: text.slice(last, p), wrap: Array.from({ length: Math.floor(rand() * rand() * 7) }, () => INLINE[Math.floor(rand() * INLINE.length)]) });
      last = p;
    }
    return pieces;
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const html = (pieces: Piece[], plain: boolean) =>
    plain
      ? esc(pieces.map((p) => p.text).join(''))
      : pieces.map((p) => p.wrap.map((t) => `<${t}>`).join('') + esc(p.text) + [...p.wrap].reverse().map((t) => `</${t}>`).join('')).join('');

  type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: { text: string; rowspan: number; colspan: number }[][] };
  const block: fc.Arbitrary<Block> = fc.oneof(
    sentence.map((text) => ({ kind: 'p' as const, text })),
    fc
      .array(fc.array(fc.record({ text: cellText, rowspan: fc.constantFrom(1, 1, 1, 2, 3), colspan: fc.constantFrom(1, 1, 1, 2) }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
      .map((rows) => ({ kind: 'table' as const, rows })),
  );
  const page = fc.tuple(title, fc.array(block, { minLength: 1, maxLength: 6 }), fc.integer()).map(([t, blocks, seed]) => {
    const rand = prng(seed);
    const texts = blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : b.rows.flat().map((c) => c.text)));
    return [t, blocks, texts.map((x) => cutText(x, rand))] as const;
  });

  function render(t: string, blocks: readonly Block[], cuts: readonly Piece[][], plain: boolean, br: boolean): string {
    let i = 0;
    const body = blocks
      .map((b) =>
        b.kind === 'p'
          ? `<p>${html(cuts[i++], plain)}${br && !plain ? '<br>' : ''}</p>`
          : `<table><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td rowspan="${c.rowspan}" colspan="${c.colspan}"><p>${html(cuts[i++], plain)}</p></td>`).join('')}</tr>`).join('')}</tbody></table>`,
      )
      .join('\n');
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(t)}</title><meta name="ArticleTitle" content="${esc(t)}"></head><body><div class="crumb">首页 &gt; 政府文件</div><div id="zoom">${body}</div></body></html>`;
  }
  const extract = (markup: string) => extractFromDocument(parseHTML(markup).document as unknown as Document, { url: 'https://www.example.gov.cn/a.html' });
  const summary = (n: ExtractedNotice | null) => n && { plan: n.plan, targets: n.targets.map((x) => [x.name, x.text, x.role, x.year]) };

  it(`DOM form: ${RUNS} random portal pages; cutting text into nested inline elements changes nothing`, () => {
    fc.assert(
      fc.property(page, fc.boolean(), ([t, blocks, cuts], br) => {
        const cut = extract(render(t, blocks, cuts, false, br));
        checkNotice(cut);
        const plain = extract(render(t, blocks, cuts, true, false));
        expect(summary(cut)).toEqual(summary(plain));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`extractor fuzz (DOM): ${JSON.stringify(stats)}`);
    expect(stats.notices).toBeGreaterThan(RUNS / 2);
    expect(stats.targets).toBeGreaterThan(RUNS / 2);
  }, 600_000);
});
