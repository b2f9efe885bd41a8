// Screenshots the gallery in light and dark with the system Chromium (playwright-core).
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findBrowser } from '../portal/browser.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../test-output/component-gallery');
const browser = await chromium.launch({ executablePath: findBrowser().executablePath, args: ['--no-sandbox'] });
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, colorScheme: scheme, deviceScaleFactor: 2 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(join(out, 'gallery.html')).href);
    await page.screenshot({ path: join(out, `gallery-${scheme}.png`), fullPage: true });
    // A close-up of the first card at 2× for typography.
    const card = page.locator('planlens-card').first();
    await page.setViewportSize({ width: 1600, height: 900 });
    await card.screenshot({ path: join(out, `card-${scheme}.png`), scale: 'device' });
    await page.locator('.popup').first().screenshot({ path: join(out, `search-${scheme}.png`), scale: 'css' });
    await page.locator('.pl-compare').screenshot({ path: join(out, `table-${scheme}.png`), scale: 'css' });
    console.log(`gallery-${scheme}.png`, errors.length ? errors : 'no page errors');
    await page.close();
  }
} finally {
  await browser.close();
}
