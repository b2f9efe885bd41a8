/**
 * Manifest and code review (RELIABILITY.md rows M1–M3): least privilege (government hosts only at
 * install, everything else optional), no externally_connectable, no loosened content security
 * policy, no web-accessible resources, and no remote or dynamically evaluated code anywhere in
 * the extension's sources or (when built) its output.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = join(__dirname, '../..');
type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[]; optional_permissions?: string[] };

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const m = (config as unknown as { manifest: (env: { browser: string }) => Manifest }).manifest;
  const saved = process.env.PLANLENS_TEST_HOSTS;
  delete process.env.PLANLENS_TEST_HOSTS;
  try {
    return m({ browser });
  } finally {
    if (saved !== undefined) process.env.PLANLENS_TEST_HOSTS = saved;
  }
}

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

const ALL_HOSTS = /<all_urls>|^\*:\/\/\*\/\*$|^https?:\/\/\*\/\*$/;

describe('manifest: least privilege', () => {
  it.each(['chrome', 'firefox'] as const)('%s: only *.gov.cn at install; other hosts optional; nothing external', (browser) => {
    const m = manifestFor(browser);
    expect(m.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(m.permissions).toEqual(['storage', 'unlimitedStorage', 'contextMenus', 'scripting', ...(browser === 'chrome' ? ['sidePanel'] : [])]);
    for (const p of m.permissions ?? []) expect(p).not.toMatch(ALL_HOSTS);
    for (const p of ['tabs', 'history', 'cookies', 'webRequest', 'webRequestBlocking', 'downloads', 'management', 'nativeMessaging', 'debugger', 'clipboardRead']) {
      expect(m.permissions).not.toContain(p);
    }
    const optional = browser === 'chrome' ? m.optional_host_permissions : m.optional_permissions;
    expect(optional).toEqual(['*://*/*']);
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('content_security_policy');
    expect(m.web_accessible_resources).toEqual([]);
  });

  it('the content script matches government hosts only, in the top frame', () => {
    const src = readFileSync(join(ROOT, 'entrypoints/notice.content/index.ts'), 'utf8');
    expect(src).toMatch(/matches: \['\*:\/\/\*\.gov\.cn\/\*'\]/);
    expect(src).not.toMatch(/allFrames|all_frames|matchAboutBlank/);
  });

  it('the built manifest (when .output exists) says the same, with the default MV3 CSP', () => {
    const built = join(ROOT, '.output/chrome-mv3/manifest.json');
    if (!existsSync(built)) return; // unit tests do not build; test:e2e builds and this runs then too
    const m = JSON.parse(readFileSync(built, 'utf8')) as Manifest;
    expect(m.manifest_version).toBe(3);
    for (const p of m.host_permissions ?? []) expect(p === '*://*.gov.cn/*' || !ALL_HOSTS.test(p)).toBe(true);
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('content_security_policy');
  });
});

describe('no remote code', () => {
  const sources = ['lib', 'entrypoints', 'components'].flatMap((d) => files(join(ROOT, d), /\.(ts|tsx|html)$/)).filter((f) => !/divisions\.generated/.test(f));

  it('sources load no script from the network and evaluate no strings', () => {
    expect(sources.length).toBeGreaterThan(50);
    for (const f of sources) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/\beval\s*\(|new Function\s*\(|importScripts\s*\(|\bimport\s*\(\s*['"`]https?:|<script[^>]+src=["']?https?:|setTimeout\s*\(\s*['"`]/);
      expect(src, f).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource/);
    }
  });

  it('built bundles (when present) contain no remote script URL loaders', () => {
    const dir = join(ROOT, '.output/chrome-mv3');
    if (!existsSync(dir)) return;
    for (const f of files(dir, /\.(js|html)$/)) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/<script[^>]+src=["']?https?:|importScripts\s*\(\s*['"]https?:|\bimport\s*\(\s*['"]https?:/);
    }
  });
});
