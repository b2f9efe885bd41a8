/**
 * Browser finder: a browser that can load an unpacked extension, never branded Chrome.
 */
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../scripts/portal/browser.mjs';

const PW = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome';
const CFT = '/home/u/.cache/puppeteer/chrome/linux-140.0.7339.0/chrome-linux64/chrome';

describe('findBrowser', () => {
  it.each<[string, Record<string, string>, string[], ReturnType<typeof findBrowser>]>([
    ['CHROME_PATH wins', { CHROME_PATH: '/opt/c/chrome' }, ['/opt/c/chrome', '/usr/bin/chromium'], { executablePath: '/opt/c/chrome', source: 'CHROME_PATH' }],
    ['a CHROME_PATH that does not exist is an error, not a silent fallback', { CHROME_PATH: '/opt/none' }, ['/usr/bin/chromium'], null],
    ['system Chromium', {}, ['/usr/bin/chromium', PW], { executablePath: '/usr/bin/chromium', source: 'system' }],
    ['Debian’s real binary when the wrapper is missing', {}, ['/usr/lib/chromium/chromium'], { executablePath: '/usr/lib/chromium/chromium', source: 'system' }],
    ['Playwright’s cached Chromium', {}, [PW], { executablePath: PW, source: 'cache' }],
    ['a cached Chrome for Testing', {}, [CFT], { executablePath: CFT, source: 'cache' }],
    ['never branded Google Chrome', {}, ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'], null],
    ['nothing installed', {}, [], null],
  ])('%s', (_name, env, present, expected) => {
    const cache = (dir: string) => present.filter((p) => p.startsWith(dir));
    const found = findBrowser({
      env,
      home: '/home/u',
      exists: (path) => present.includes(path),
      // Directory listing of the caches, from the same list.
      list: (dir: string) => [...new Set(cache(dir).map((p) => p.slice(dir.length + 1).split('/')[0]))],
    });
    expect(found).toEqual(expected);
  });
});
