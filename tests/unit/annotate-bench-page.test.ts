// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { benchTerms, bigNoticePage, newsPage, noticePage, readSeed2024 } from '../bench/annotate-page.mjs';
import { buildMatcher } from '@/lib/annotate/matcher';
import { wrapMentions } from '@/lib/annotate/wrap';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('benchmark page generators', () => {
  it('news page: about 200 KB, deterministic, not the notice', () => {
    const html = newsPage();
    expect(bytes(html)).toBeGreaterThanOrEqual(200 * 1024);
    expect(bytes(html)).toBeLessThan(201 * 1024);
    expect(newsPage()).toBe(html);
    expect(html).not.toContain('国民经济和社会发展计划');
    expect(html).toContain('<div id="zoom">');
  });

  it('2 MB notice: the seed repeated as paragraphs, at least 2 MB and at most one copy more', () => {
    const html = bigNoticePage();
    const one = bytes(bigNoticePage({ bytes: 0 }));
    const perCopy = bytes(bigNoticePage({ bytes: one + 2 })) - one;
    const copies = html.split('<p>一、着力扩大有效需求</p>').length - 1;
    expect(copies).toBeGreaterThan(100);
    expect(bytes(html)).toBe(one + (copies - 1) * perCopy);
    expect(bytes(html)).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    expect(bytes(html) - perCopy).toBeLessThan(2 * 1024 * 1024);
  });

  it('bench terms are the 20 table names; the seed page gets 25 mentions', () => {
    const terms = benchTerms();
    expect(terms.length).toBe(20);
    expect(terms[0]).toBe('地区生产总值');
    expect(terms).toContain('实际利用外资');
    document.documentElement.innerHTML = new DOMParser().parseFromString(noticePage(), 'text/html').documentElement.innerHTML;
    const zoom = document.getElementById('zoom')!;
    const res = wrapMentions(zoom, buildMatcher(terms.map((t) => ({ text: t, key: t }))));
    expect(res.mentions).toBe(25);
    expect(readSeed2024().length).toBeGreaterThan(5000);
  });
});
