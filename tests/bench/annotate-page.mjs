/**
 * Benchmark page generators (design.md §7). Each returns an HTML string shaped like a
 * Zhejiang government CMS page (head metas, breadcrumb, index block, #zoom body).
 *
 *   newsPage()        ~200 KB non-notice government page (news article + column lists):
 *                     the gate must say "not a notice" quickly.
 *   noticePage()      the 2024 seed notice as a page (the "annotate the seed" figure).
 *   bigNoticePage()   ~2 MB notice: the 2024 seed's text repeated as <p> paragraphs.
 *   benchTerms()      the indicator names of the seed's attachment table: the terms
 *                     PlanLens and mark.js both highlight in the comparison.
 *
 * CLI: `node tests/bench/annotate-page.mjs <out-dir>` writes the three pages there.
 * Text is escaped; all randomness is seeded, so every run gets the same pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved from this file's path (not `new URL`: test DOMs replace the global URL).
const SEED_2024 = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds/jiaxing-2024-plan.txt');

export function readSeed2024() {
  return readFileSync(SEED_2024, 'utf8');
}

export function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shell({ title, pubDate, source, column, body, sidebar = '' }) {
  const t = escapeHtml(title);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${t}</title>
<meta name="ArticleTitle" content="${t}">
<meta name="PubDate" content="${pubDate} 09:30">
<meta name="ContentSource" content="${escapeHtml(source)}">
<style>body{font:16px/1.8 sans-serif;margin:0}.main{width:1000px;margin:0 auto}.side{float:right;width:260px}</style>
<script>var _hmt = _hmt || []; /* site statistics */</script>
</head><body>
<div class="header"><a href="/">嘉兴市人民政府</a><ul class="nav"><li><a href="/col/col1.html">首页</a></li><li><a href="/col/col2.html">政务公开</a></li><li><a href="/col/col3.html">政务服务</a></li><li><a href="/col/col4.html">互动交流</a></li></ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2.html">政务公开</a> &gt; <span>${escapeHtml(column)}</span></div>
<table class="index"><tbody><tr><td>索引号：</td><td>002597299/2024-${String(pubDate).slice(5, 7)}-0001</td><td>发布机构：</td><td>${escapeHtml(source)}</td></tr>
<tr><td>成文日期：</td><td>${pubDate}</td><td>发文文号：</td><td></td></tr></tbody></table>
${sidebar}
<div class="article"><div class="title">${t}</div>
<div class="info">发布日期：${pubDate}\u3000信息来源：${escapeHtml(source)}</div>
<div id="zoom">
${body}
</div></div></div>
<div class="footer">主办：嘉兴市人民政府办公室\u3000<a href="/sitemap.html">网站地图</a></div>
</body></html>`;
}

const SUBJECTS = ['市发展改革委', '市经信局', '市商务局', '市统计局', '南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市', '市科技局', '市住建局'];
const VERBS = ['召开', '举办', '开展', '部署', '推进', '调研', '督查', '座谈', '发布', '启动'];
const TOPICS = ['一季度经济形势分析会', '重大项目集中开工活动', '营商环境优化提升专项行动', '科技创新券发放工作', '外贸企业稳订单拓市场服务', '民生实事项目进度通报', '安全生产大检查', '数字经济发展大会', '长三角一体化示范区建设推进会', '城乡居民增收行动'];
const CLAUSES = [
  '会议听取了有关部门的工作汇报',
  '全市上下要进一步统一思想、凝聚共识',
  '前三季度全市地区生产总值同比增长6.1%',
  '固定资产投资保持较快增长，其中制造业投资增长12.3%',
  '社会消费品零售总额稳步回升',
  '要坚持问题导向，抓好各项任务落实',
  '各地各部门要压实责任、细化举措',
  '进一步优化营商环境，激发市场主体活力',
  '城镇新增就业人数完成年度目标的八成以上',
  '要聚焦重点领域和关键环节，持续用力',
  '加快推进重大项目建设，确保早开工、早见效',
  '统筹抓好发展和安全两件大事',
  '进一步提升群众的获得感、幸福感、安全感',
  '会议强调，要以更大力度推动高质量发展',
];

function sentence(r) {
  const n = 2 + Math.floor(r() * 3);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(CLAUSES[Math.floor(r() * CLAUSES.length)]);
  return parts.join('，') + '。';
}

function headline(r) {
  return SUBJECTS[Math.floor(r() * SUBJECTS.length)] + VERBS[Math.floor(r() * VERBS.length)] + TOPICS[Math.floor(r() * TOPICS.length)];
}

function day(r) {
  return `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
}

/** A ~`bytes` (UTF-8) news page: one article plus long column link lists, as portals have. */
export function newsPage({ bytes = 200 * 1024, seed = 2024 } = {}) {
  const r = rng(seed);
  const title = '嘉兴市' + VERBS[1] + TOPICS[0];
  const paras = [];
  for (let i = 0; i < 24; i++) paras.push(`<p style="text-indent:2em"><span>${escapeHtml(sentence(r))}</span>${escapeHtml(sentence(r))}</p>`);
  const body = paras.join('\n');
  const base = shell({ title, pubDate: '2024-04-18', source: '市发展改革委', column: '工作动态', body, sidebar: '<div class="side">%LIST%</div>' });
  const items = [];
  let size = Buffer.byteLength(base, 'utf8');
  let i = 0;
  while (size < bytes) {
    const item = `<li><a href="/art/2024/4/${1 + (i % 28)}/art_1229${String(i).padStart(6, '0')}.html" title="${escapeHtml(headline(r))}">${escapeHtml(headline(r))}</a><span class="date">${day(r)}</span></li>\n`;
    size += Buffer.byteLength(item, 'utf8');
    items.push(item);
    i++;
  }
  return base.replace('%LIST%', `<ul class="list">\n${items.join('')}</ul>`);
}

/** The notice's lines as <p> paragraphs (a table cell line is a paragraph too). */
function paragraphs(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
}

const NOTICE_TITLE = '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知';

/** The 2024 seed as one notice page. */
export function noticePage({ text = readSeed2024() } = {}) {
  return shell({ title: NOTICE_TITLE, pubDate: '2024-02-08', source: '嘉兴市人民政府', column: '政府文件', body: paragraphs(text) });
}

/** A ≥ `bytes` (UTF-8) notice: the seed's text repeated as <p> paragraphs. */
export function bigNoticePage({ bytes = 2 * 1024 * 1024, text = readSeed2024() } = {}) {
  const once = paragraphs(text);
  const head = shell({ title: NOTICE_TITLE, pubDate: '2024-02-08', source: '嘉兴市人民政府', column: '政府文件', body: '%BODY%' });
  const fixed = Buffer.byteLength(head, 'utf8') - '%BODY%'.length;
  const per = Buffer.byteLength(once, 'utf8') + 1;
  const copies = Math.max(1, Math.ceil((bytes - fixed) / per));
  return head.replace('%BODY%', Array.from({ length: copies }, () => once).join('\n'));
}

/** Indicator names from the seed's attachment table (`\t12.单位地区生产总值用水量`), notes stripped. */
export function benchTerms(text = readSeed2024()) {
  const names = [];
  for (const line of text.split('\n')) {
    const m = /^\t\d+\.(\D[^（(]*)/.exec(line);
    if (m) names.push(m[1].trim());
  }
  return [...new Set(names)];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'test-output/bench-pages';
  mkdirSync(out, { recursive: true });
  const pages = { 'news-200k.html': newsPage(), 'notice-2024.html': noticePage(), 'notice-2mb.html': bigNoticePage() };
  for (const [name, html] of Object.entries(pages)) {
    writeFileSync(join(out, name), html);
    console.log(`${name}\t${Buffer.byteLength(html, 'utf8')} bytes`);
  }
}
