/**
 * A corpus document → the portal page the evaluation extracts from. Documents are kept as
 * collected (tests/corpus/docs/<id>.txt); this strips the collection's own marks (the URL and
 * RETRIEVED-AS lines, YAML front matter, Markdown `**` and `#`, a crawled reader page's
 * furniture such as 下载 / 打印 / 字号) and renders the rest as a government CMS page. A hand-made
 * `<id>.seed.txt` beside a document gives its tables as real tables (the collection flattened them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNotice } from '../../scripts/portal/render.mjs';

export interface CorpusPage {
  id: string;
  url: string | null;
  /** The document text after the collection's marks are stripped: what label quotes are checked against. */
  text: string;
  /** Seed text form (paragraph lines, tables as TAB cells) rendered into the page. */
  seed: string;
  title: string | undefined;
  html: string;
}

/** Short crawl furniture lines that precede the document on a reader page. */
const FURNITURE = /^(?:下载|打印|全屏|收藏|分享|【?字号[:：]?|加大|还原|减小|】|大|中|小|关闭窗口|\[?打印本页\]?|\[?关闭\]?)$/;

export function stripCollectionMarks(raw: string): { url: string | null; title: string | undefined; text: string } {
  let lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let url: string | null = null;
  if (/^URL:/.test(lines[0] ?? '')) {
    url = lines[0].replace(/^URL:\s*/, '').trim() || null;
    lines = lines.slice(1);
  }
  if (/^RETRIEVED-AS:/.test(lines[0] ?? '')) lines = lines.slice(1);
  let title: string | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      for (const l of lines.slice(1, end)) {
        const m = /^title:\s*(.+)$/.exec(l);
        if (m) title = m[1].trim().replace(/^["']|["']$/g, '');
        const s = /^source:\s*(\S+)/.exec(l);
        if (s && !url) url = s[1];
      }
      lines = lines.slice(end + 1);
    }
  }
  lines = lines.map((l) => l.replace(/\*\*/g, '').replace(/^#{1,6}\s+/, ''));
  // Furniture only before the document starts.
  let start = 0;
  while (start < lines.length && (lines[start].trim() === '' || FURNITURE.test(lines[start].trim()))) start++;
  const text = lines.slice(start).join('\n').trim();
  // A title only in the front matter is the page's heading: put it first, as the page shows it.
  const body = title && !text.slice(0, 300).replace(/\s/g, '').includes(title.replace(/\s/g, '')) ? `${title}\n${text}` : text;
  return { url, title, text: body };
}

/** Paragraph lines of the seed form: one paragraph per non-empty line. */
function seedFromText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s+/, ''))
    .filter((l) => l.length > 0)
    .join('\n');
}

function hostOf(url: string | null): string | undefined {
  const m = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url) : null;
  return m ? m[1].toLowerCase() : undefined;
}

const TITLE_LINE = /(?:通知|报告|公报|纲要|分解|分解表|计划|情况表|进展情况)(?:[（(][^）)]{1,8}[）)])?$/;

function docTitle(text: string): string | undefined {
  for (const line of text.split('\n').slice(0, 20)) {
    const l = line.trim().replace(/\s*\|\s*$/, '');
    if (l.length >= 8 && l.length <= 90 && !/[。；>»]/.test(l) && TITLE_LINE.test(l)) return l;
  }
  return undefined;
}

/** `labelTitle`: the page's title from the labels (`pageTitle`), for excerpts whose capture lost it. */
export function corpusPage(dir: string, id: string, labelTitle?: string): CorpusPage {
  const raw = readFileSync(join(dir, `${id}.txt`), 'utf8');
  const { url, title, text } = stripCollectionMarks(raw);
  const sidecar = join(dir, `${id}.seed.txt`);
  const seed = existsSync(sidecar) ? stripCollectionMarks(readFileSync(sidecar, 'utf8')).text : seedFromText(text);
  const host = hostOf(url);
  // The page's own title: the front matter's, else the first early line that ends like a document
  // title (excerpts may start with a breadcrumb or a header block), else the label's reconstruction.
  const pageTitle = title ?? docTitle(text) ?? labelTitle;
  const html = renderNotice(seed, { url: url ?? undefined, host: host ?? 'www.example.com', ...(pageTitle ? { title: pageTitle } : {}), source: '' });
  return { id, url, text, seed, title, html };
}
