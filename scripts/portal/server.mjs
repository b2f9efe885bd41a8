// The fixture portal: one HTTP server on 127.0.0.1 that answers for several government hosts by
// the Host header (the browser reaches it through --host-resolver-rules). It serves the two
// bundled seed notices rendered on the fly, the composed fixture pages of the manifest, a copy of
// the 2024 notice on a non-government host, an index, and pages tests register at runtime.
// Humans without resolver rules can browse http://127.0.0.1:<port>/_/<host>/<path>.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from './escape.mjs';
import { fixtureHtml, loadManifest } from './fixtures.mjs';
import { renderNotice } from './render.mjs';
import { MIRROR_HOST, SEED_PAGES } from './sites.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @typedef {object} PortalPage
 * @property {string} host
 * @property {string} path
 * @property {string} title
 * @property {string} kind     'seed' | 'fixture' | 'mirror' | 'runtime'
 * @property {() => string} html
 */

/**
 * @typedef {object} Portal
 * @property {number} port
 * @property {string} origin                      http://127.0.0.1:<port>
 * @property {(host: string, path: string) => string} url   the page's address as the browser uses it
 * @property {(host: string, path: string) => string} directUrl  the same page without resolver rules
 * @property {(year: number) => string} seedUrl   the bundled notice of that year on www.jiaxing.gov.cn
 * @property {(name: string) => string} fixtureUrl  a manifest fixture by name
 * @property {(year: number) => string} mirrorUrl  the copy of a seed notice on the non-government host
 * @property {(host: string, path: string, html: string) => void} setPage  add or replace a page
 * @property {(host: string, path: string) => void} removePage
 * @property {() => PortalPage[]} pages
 * @property {() => Promise<void>} close
 */

/** @param {string} host @param {string} path */
const keyOf = (host, path) => `${host.toLowerCase()}${path}`;

/** @param {import('./sites.mjs').SeedPage} seed @param {string} host */
function seedPage(seed, host) {
  /** @type {string | null} */
  let cached = null;
  return () => {
    cached ??= renderNotice(readFileSync(join(ROOT, 'seeds', seed.file), 'utf8'), {
      title: seed.title,
      pubDate: seed.pubDate,
      source: seed.source,
      column: seed.column,
      indexNo: seed.indexNo,
      url: `http://${host}${seed.path}`,
    });
    return cached;
  };
}

/** @returns {Map<string, PortalPage>} */
function staticPages() {
  /** @type {Map<string, PortalPage>} */
  const pages = new Map();
  /** @param {PortalPage} page */
  const add = (page) => pages.set(keyOf(page.host, page.path), page);
  for (const seed of SEED_PAGES) {
    add({ host: seed.host, path: seed.path, title: seed.title, kind: 'seed', html: seedPage(seed, seed.host) });
    add({ host: MIRROR_HOST, path: seed.path, title: `${seed.title}（转载）`, kind: 'mirror', html: seedPage(seed, MIRROR_HOST) });
  }
  for (const entry of loadManifest()) {
    // Read per request, so a regenerated fixture shows without restarting the portal.
    add({ host: entry.host, path: entry.path, title: entry.title, kind: 'fixture', html: () => fixtureHtml(entry) });
  }
  return pages;
}

/** @param {PortalPage[]} pages @param {(host: string, path: string) => string} link */
function indexHtml(pages, link) {
  const items = pages
    .map((p) => `<li><a href="${escapeHtml(link(p.host, p.path))}">${escapeHtml(p.title)}</a> <small>${escapeHtml(p.kind)} · ${escapeHtml(p.host)}${escapeHtml(p.path)}</small></li>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>PlanLens fixture portal</title></head><body><h1>PlanLens fixture portal</h1><ul>\n${items}\n</ul></body></html>`;
}

/**
 * Start the portal.
 * @param {{ port?: number }} [options]
 * @returns {Promise<Portal>}
 */
export async function startPortal(options = {}) {
  const pages = staticPages();
  const server = createServer((req, res) => {
    let host = String(req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    let path = new URL(req.url ?? '/', 'http://x').pathname;
    const direct = /^\/_\/([^/]+)(\/.*)$/.exec(path);
    if (direct) {
      host = direct[1].toLowerCase();
      path = direct[2];
    }
    /** @param {number} status @param {string} body */
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const page = pages.get(keyOf(host, path));
    if (page) return send(200, page.html());
    if (path === '/' || path === '/index.html') {
      const local = host === '127.0.0.1' || host === 'localhost' || host === '';
      const listed = [...pages.values()].filter((p) => local || p.host === host);
      return send(200, indexHtml(listed, local ? (h, p) => `/_/${h}${p}` : (_h, p) => p));
    }
    return send(404, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body><h1>404 页面不存在</h1></body></html>');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  const manifest = loadManifest();
  /** @param {number} year */
  const seedOf = (year) => {
    const seed = SEED_PAGES.find((s) => s.year === year);
    if (!seed) throw new Error(`no bundled notice for ${year} (have ${SEED_PAGES.map((s) => s.year).join(', ')})`);
    return seed;
  };
  /** @type {Portal} */
  const portal = {
    port,
    origin,
    url: (host, path) => `http://${host}${path}`,
    directUrl: (host, path) => `${origin}/_/${host}${path}`,
    seedUrl: (year) => portal.url(seedOf(year).host, seedOf(year).path),
    mirrorUrl: (year) => portal.url(MIRROR_HOST, seedOf(year).path),
    fixtureUrl: (name) => {
      const entry = manifest.find((e) => e.name === name);
      if (!entry) throw new Error(`no fixture named ${name}`);
      return portal.url(entry.host, entry.path);
    },
    setPage: (host, path, html) => {
      pages.set(keyOf(host, path), { host: host.toLowerCase(), path, title: path, kind: 'runtime', html: () => html });
    },
    removePage: (host, path) => {
      pages.delete(keyOf(host, path));
    },
    pages: () => [...pages.values()],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return portal;
}

/** Chromium flag mapping every host the portal serves to it. */
/** @param {number} port */
export function hostResolverRules(port) {
  return `MAP *.gov.cn 127.0.0.1:${port}, MAP ${MIRROR_HOST} 127.0.0.1:${port}`;
}

// `node scripts/portal/server.mjs [port]`: run the portal by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const portal = await startPortal({ port: Number(process.argv[2] ?? 8377) });
  console.log(`PlanLens fixture portal on ${portal.origin}/ (Ctrl-C to stop)`);
}
