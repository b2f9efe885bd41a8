/**
 * The fixture portal: pages by Host header, 404 elsewhere, runtime pages, the non-government copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { hostResolverRules, startPortal, type Portal } from '../../scripts/portal/server.mjs';
import { fixtureHtml, loadManifest } from '../../scripts/portal/fixtures.mjs';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** GET through the portal as the browser would (resolver rules map the host to 127.0.0.1). */
function get(url: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const { host, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: portal.port, path: pathname, method, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('fixture portal', () => {
  it.each([
    [2024, /^http:\/\/www\.jiaxing\.gov\.cn\/art\/2024\/2\/8\/art_1229426397_\d+\.html$/, '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知'],
    [2022, /^http:\/\/www\.jiaxing\.gov\.cn\/art\/2022\/5\/14\/art_1229426397_\d+\.html$/, '嘉兴市人民政府关于下达2022年嘉兴市国民经济和社会发展计划的通知'],
  ])('serves the %i seed notice on www.jiaxing.gov.cn', async (year, pattern, title) => {
    expect(portal.seedUrl(year)).toMatch(pattern);
    const res = await get(portal.seedUrl(year));
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(titleOf(res.body)).toBe(title);
    expect(res.body).toContain('<div id="zoom">');
  });

  it('serves each manifest fixture at its host and path, byte for byte', async () => {
    for (const entry of loadManifest()) {
      const res = await get(portal.fixtureUrl(entry.name));
      expect(res.status).toBe(200);
      expect(res.body).toBe(fixtureHtml(entry));
    }
  });

  it('answers by Host: the same path on another government host is a 404', async () => {
    const path = new URL(portal.seedUrl(2024)).pathname;
    expect((await get(`http://www.sx.gov.cn${path}`)).status).toBe(404);
    expect((await get('http://www.jiaxing.gov.cn/art/2024/2/8/art_1_1.html')).status).toBe(404);
  });

  it('serves a copy of the 2024 notice on the non-government host', async () => {
    const mirror = await get(portal.mirrorUrl(2024));
    expect(portal.mirrorUrl(2024)).toMatch(/^http:\/\/www\.example\.com\/art\//);
    expect(mirror.status).toBe(200);
    expect(titleOf(mirror.body)).toBe('嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知');
  });

  it('lists the pages on an index', async () => {
    const res = await get(`http://127.0.0.1:${portal.port}/`);
    expect(res.status).toBe(200);
    for (const page of portal.pages()) expect(res.body).toContain(`/_/${page.host}${page.path}`);
    const site = await get('http://www.huzhou.gov.cn/');
    expect(site.body).toContain('湖州市人民政府办公室关于印发2024年《政府工作报告》重点工作任务责任分解的通知');
    expect(site.body).not.toContain('嘉兴市人民政府关于下达');
  });

  it('lets tests add, replace and remove pages at runtime', async () => {
    const url = portal.url('www.jiaxing.gov.cn', '/art/2024/9/9/art_1_2.html');
    expect((await get(url)).status).toBe(404);
    portal.setPage('www.jiaxing.gov.cn', '/art/2024/9/9/art_1_2.html', '<p>v1</p>');
    expect((await get(url)).body).toBe('<p>v1</p>');
    portal.setPage('www.jiaxing.gov.cn', '/art/2024/9/9/art_1_2.html', '<p>v2</p>');
    expect((await get(url)).body).toBe('<p>v2</p>');
    portal.removePage('www.jiaxing.gov.cn', '/art/2024/9/9/art_1_2.html');
    expect((await get(url)).status).toBe(404);
  });

  it('reaches pages without resolver rules through /_/<host><path>', async () => {
    const direct = new URL(portal.directUrl('www.jiaxing.gov.cn', new URL(portal.seedUrl(2022)).pathname));
    expect(direct.host).toBe(`127.0.0.1:${portal.port}`);
    const res = await get(`http://127.0.0.1${direct.pathname}`);
    expect(titleOf(res.body)).toBe('嘉兴市人民政府关于下达2022年嘉兴市国民经济和社会发展计划的通知');
  });

  it('refuses other methods and gives Chromium a rule for every host it serves', async () => {
    expect((await get(portal.seedUrl(2024), 'POST')).status).toBe(405);
    expect(hostResolverRules(4321)).toBe('MAP *.gov.cn 127.0.0.1:4321, MAP www.example.com 127.0.0.1:4321');
  });
});
