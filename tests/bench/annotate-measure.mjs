/**
 * One-off measurement of lib/annotate in real Chromium (design.md §7 figures 3 and 4),
 * for the annotate author and the lead: `node tests/bench/annotate-measure.mjs`.
 * Not the benchmark runner (tests/bench/run.mjs measures the built extension); this
 * bundles lib/annotate alone, so it isolates mention finding + wrapping.
 *
 * Per page (the seed notice, the 2 MB notice): min and median of 9 runs of
 *   - a bare TreeWalker pass over #zoom's text (reading every Text node's data),
 *   - PlanLens: buildMatcher + wrapMentions on #zoom, then unwrap (checked exact),
 *   - mark.js marking the same terms (separateWordSearch off, acrossElements on),
 * each on a fresh copy of the page body.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTerms, bigNoticePage, noticePage } from './annotate-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

const bundle = await build({
  entryPoints: [resolve(repo, 'lib/annotate/index.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'PlanLensAnnotate',
  minify: true,
  write: false,
  alias: { '@': repo },
});
const annotateJs = bundle.outputFiles[0].text;
const markJs = readFileSync(resolve(repo, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const terms = benchTerms();

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [name, html] of [['seed notice', noticePage()], ['2 MB notice', bigNoticePage()]]) {
    await page.setContent(html);
    await page.addScriptTag({ content: annotateJs });
    await page.addScriptTag({ content: markJs });
    const r = await page.evaluate(async (terms) => {
      const A = globalThis.PlanLensAnnotate;
      const zoom = () => document.getElementById('zoom');
      const pristine = zoom().cloneNode(true);
      const fresh = () => zoom().replaceWith(pristine.cloneNode(true));
      const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
      const stats = (xs) => ({ min: Math.min(...xs), med: median(xs) });
      const walk = [], wrap = [], unwrap = [], mark = [];
      let marks = 0, exact = true, markjs = 0;
      for (let i = 0; i < 9; i++) {
        fresh();
        let t = performance.now();
        const w = document.createTreeWalker(zoom(), NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let n = w.nextNode(); n; n = w.nextNode()) chars += n.data.length;
        walk.push(performance.now() - t);
        if (chars === 0) throw new Error('no text');

        fresh();
        const before = zoom().innerHTML;
        t = performance.now();
        const res = A.wrapMentions(zoom(), A.buildMatcher(terms.map((x) => ({ text: x, key: x }))));
        wrap.push(performance.now() - t);
        marks = res.marks.length;
        t = performance.now();
        res.unwrap();
        unwrap.push(performance.now() - t);
        exact = exact && zoom().innerHTML === before;

        fresh();
        t = performance.now();
        await new Promise((done) => new globalThis.Mark(zoom()).mark(terms, { separateWordSearch: false, acrossElements: true, done }));
        mark.push(performance.now() - t);
        markjs = zoom().querySelectorAll('mark').length;
      }
      return { walk: stats(walk), wrap: stats(wrap), unwrap: stats(unwrap), mark: stats(mark), marks, markjs, exact, chars: zoom().textContent.length };
    }, terms);
    const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
    const both = (k) => `${f(r[k].min)}/${f(r[k].med)} ms`;
    console.log(
      `${name}: ${r.chars} chars, ${r.marks} marks (mark.js ${r.markjs}), exact restore ${r.exact} [min/median]\n` +
        `  TreeWalker ${both('walk')}; PlanLens wrap ${both('wrap')} = ${f(r.wrap.min / r.walk.min)}×/${f(r.wrap.med / r.walk.med)}× walk; ` +
        `unwrap ${both('unwrap')}; mark.js ${both('mark')} = ${f(r.mark.min / r.wrap.min)}×/${f(r.mark.med / r.wrap.med)}× PlanLens`,
    );
  }
} finally {
  await browser.close();
}
