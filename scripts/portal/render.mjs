// Renders notices and news as a Zhejiang government CMS page would serve them (design.md §3), for
// the fixture portal, the e2e tests, the demo and the benchmarks. Plain ESM with JSDoc types so
// node scripts and TypeScript tests (through render.d.mts) share it. Strings only, no DOM.
//
// Invariant (tests/unit/portal-render.test.ts): inside #zoom, each seed paragraph line is the text
// of one <p> (lines of one <p> separated by <br>), each seed cell the text of one <td>; the noise
// (spans, &nbsp;, <br>) never changes a character.
import { escapeHtml } from './escape.mjs';
import { noisyInline, randomFor } from './noise.mjs';
import { renderPage } from './page-chrome.mjs';
import { cellText, parseSeed } from './seed-format.mjs';

export { escapeHtml } from './escape.mjs';
export { parseSeed, cellText } from './seed-format.mjs';

/**
 * @typedef {import('./seed-format.mjs').SeedItem} SeedItem
 * @typedef {import('./seed-format.mjs').Cell} Cell
 */

/**
 * @typedef {object} NoticeOptions
 * @property {string} [title]      defaults to the document's own title lines
 * @property {string} [pubDate]    YYYY-MM-DD HH:mm (发布日期, meta PubDate)
 * @property {string} [source]     信息来源 (meta ContentSource)
 * @property {string} [url]
 * @property {string} [column]     CMS column, last breadcrumb entry
 * @property {string} [host]       decides the site chrome (default www.jiaxing.gov.cn)
 * @property {string} [indexNo]    索引号
 * @property {string} [docNo]      发文文号
 * @property {string} [issued]     成文日期 (default: the date of pubDate)
 * @property {string} [publisher]  发布机构 (default: source)
 * @property {string} [topic]      主题分类
 * @property {string} [comment]    HTML comment at the top of the page
 */

/** A line that ends a document title, used to default the page title. */
const TITLE_END = /(通知|报告|决定|意见|计划|方案|公报|纲要|分解)$/;

/**
 * The document's own title: its leading paragraph lines up to one that ends like a title.
 * @param {SeedItem[]} items
 */
function titleOf(items) {
  /** @type {string[]} */
  const parts = [];
  for (const item of items.slice(0, 3)) {
    if (item.type !== 'paragraph') break;
    parts.push(item.lines[0].trim());
    if (TITLE_END.test(item.lines[0].trim())) return parts.join('');
  }
  const first = items[0];
  return first && first.type === 'paragraph' ? first.lines[0].trim() : '';
}

/**
 * How many leading paragraphs form the heading (before the salutation line ending in a colon).
 * @param {SeedItem[]} items
 */
function headingCount(items) {
  for (let i = 0; i < Math.min(items.length, 4); i++) {
    const item = items[i];
    if (item.type !== 'paragraph') return 0;
    if (/[：:]\s*$/.test(item.lines[0])) return i;
  }
  return 0;
}

/**
 * @param {string[]} lines
 * @param {() => number} rand
 */
const inlineLines = (lines, rand) => lines.map((line) => noisyInline(line, rand)).join('<br>');

/**
 * @param {string[]} lines
 * @param {boolean} heading
 * @param {() => number} rand
 */
function paragraphHtml(lines, heading, rand) {
  const first = lines[0];
  const inner = inlineLines(lines, rand);
  if (heading) return `<p style="text-align:center;font-size:22px;line-height:1.6"><strong>${inner}</strong></p>`;
  if (/^\s/.test(first)) return `<p style="text-align:right;padding-right:4em">${inner}</p>`;
  const short = first.trim().length <= 26 && !/[。；：:]$/.test(first.trim());
  if (short) return `<p style="text-indent:2em"><strong><span style="font-family:黑体">${inner}</span></strong></p>`;
  return `<p style="text-indent:2em;text-align:justify">${inner}</p>`;
}

/**
 * A cell's content: a <p> per part after a blank line, a <br> where the text had a line break.
 * @param {Cell} cell
 * @param {boolean} center
 * @param {() => number} rand
 */
function cellHtml(cell, center, rand) {
  if (cellText(cell) === '') return '<p><br></p>';
  /** @type {string[][]} */
  const paragraphs = [];
  cell.parts.forEach((part, i) => {
    if (i === 0 || part.gap > 0) paragraphs.push([part.text]);
    else paragraphs[paragraphs.length - 1].push(part.text);
  });
  const align = center ? ' style="text-align:center"' : '';
  return paragraphs.map((lines) => `<p${align}>${inlineLines(lines, rand)}</p>`).join('');
}

/**
 * A seed table as the CMS shows it: a header row, category rows spanning the table, data rows.
 * @param {Cell[][]} rows
 * @param {() => number} rand
 */
function tableHtml(rows, rand) {
  const columns = Math.max(...rows.map((r) => r.length));
  const body = rows
    .map((row, r) => {
      const header = r === 0 && columns > 1;
      const cells = row.map((cell, c) => {
        // A row with fewer cells than the table (a category row) spans the rest with its last cell.
        const span = c === row.length - 1 && row.length < columns ? ` colspan="${columns - row.length + 1}"` : '';
        const style = header ? ' style="background:#f2f2f2;font-weight:bold"' : row.length === 1 && columns > 1 ? ' style="font-weight:bold"' : '';
        const width = header && c === 0 && columns === 2 ? ' width="60%"' : '';
        return `<td${span}${width}${style} valign="middle">${cellHtml(cell, header || c > 0, rand)}</td>`;
      });
      return `<tr>\n${cells.join('\n')}\n</tr>`;
    })
    .join('\n');
  return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * The inner HTML of #zoom for seed-format text.
 * @param {string} seedText
 * @returns {string}
 */
export function renderSeedBody(seedText) {
  const items = parseSeed(seedText);
  const rand = randomFor(seedText);
  const headings = headingCount(items);
  return items
    .map((item, i) => (item.type === 'paragraph' ? paragraphHtml(item.lines, i < headings, rand) : tableHtml(item.rows, rand)))
    .join('\n');
}

/**
 * A plan-family notice page (seed text form in, full HTML page out).
 * @param {string} seedText
 * @param {NoticeOptions} [options]
 * @returns {string}
 */
export function renderNotice(seedText, options = {}) {
  const items = parseSeed(seedText);
  const title = options.title ?? titleOf(items);
  const pubDate = options.pubDate ?? '';
  const source = options.source ?? '市政府办公室';
  return renderPage({
    host: options.host ?? 'www.jiaxing.gov.cn',
    title,
    pubDate,
    source,
    url: options.url,
    comment: options.comment,
    breadcrumb: ['政务公开', '政府信息公开', '政策文件', options.column ?? '市政府文件'],
    indexBlock: [
      ['索引号', options.indexNo ?? ''],
      ['公开方式', '主动公开'],
      ['发布机构', options.publisher ?? source],
      ['成文日期', options.issued ?? pubDate.slice(0, 10)],
      ['主题分类', options.topic ?? '国民经济发展规划、计划'],
      ['发文文号', options.docNo ?? ''],
    ],
    bodyHtml: renderSeedBody(seedText),
  });
}

/**
 * @typedef {object} NewsOptions
 * @property {string} title
 * @property {string[]} paragraphs
 * @property {string} [pubDate]
 * @property {string} [source]   e.g. 嘉兴日报
 * @property {string} [column]   e.g. 嘉兴要闻
 * @property {string} [host]
 * @property {string} [url]
 * @property {string} [editor]   责任编辑
 * @property {string} [comment]
 */

/**
 * A government news article (not a notice: it may quote targets, it is never a plan).
 * @param {NewsOptions} options
 * @returns {string}
 */
export function renderNews(options) {
  const rand = randomFor(options.title + options.paragraphs.join('\n'));
  const body = options.paragraphs.map((p) => `<p style="text-indent:2em">${noisyInline(p, rand)}</p>`).join('\n');
  return renderPage({
    host: options.host ?? 'www.jiaxing.gov.cn',
    title: options.title,
    pubDate: options.pubDate ?? '',
    source: options.source ?? '',
    url: options.url,
    comment: options.comment,
    breadcrumb: ['新闻动态', options.column ?? '嘉兴要闻'],
    indexBlock: null,
    bodyHtml: body,
    footnoteHtml: options.editor ? `<p style="text-align:right;color:#666">责任编辑：${escapeHtml(options.editor)}</p>` : '',
  });
}

/**
 * @typedef {object} FixtureEntry  one entry of tests/fixtures/pages/manifest.json
 * @property {string} name
 * @property {string} file         the HTML file, beside the manifest
 * @property {string} source       the seed-format text it is rendered from, relative to the manifest
 * @property {'notice' | 'news'} render
 * @property {string} host
 * @property {string} path
 * @property {string} title
 * @property {string} pubDate
 * @property {string} contentSource
 * @property {string} column
 * @property {string} [indexNo]
 * @property {string} [docNo]
 * @property {string} [issued]
 * @property {string} [publisher]
 * @property {string} [topic]
 * @property {string} [editor]
 * @property {boolean} isNotice
 * @property {string | null} kind  PlanKind, or null for a page that is not a plan-family document
 * @property {string} region
 * @property {number} year
 * @property {string} what
 */

/** Every composed fixture carries this comment so nobody mistakes it for a real notice. */
export const COMPOSED_COMMENT = 'PlanLens test fixture: composed for tests from the structure of real pages. NOT a real government document.';

/**
 * Render one manifest entry from its source text.
 * @param {FixtureEntry} entry
 * @param {string} sourceText
 * @returns {string}
 */
export function renderFixture(entry, sourceText) {
  const url = `http://${entry.host}${entry.path}`;
  if (entry.render === 'news') {
    return renderNews({
      title: entry.title,
      paragraphs: sourceText.split(/\r?\n/).filter((l) => l.trim() !== ''),
      pubDate: entry.pubDate,
      source: entry.contentSource,
      column: entry.column,
      host: entry.host,
      url,
      editor: entry.editor,
      comment: `${COMPOSED_COMMENT} (${entry.what})`,
    });
  }
  return renderNotice(sourceText, {
    title: entry.title,
    pubDate: entry.pubDate,
    source: entry.contentSource,
    column: entry.column,
    host: entry.host,
    url,
    indexNo: entry.indexNo,
    docNo: entry.docNo,
    issued: entry.issued,
    publisher: entry.publisher,
    topic: entry.topic,
    comment: `${COMPOSED_COMMENT} (${entry.what})`,
  });
}
