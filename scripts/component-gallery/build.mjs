// Bundles gallery.tsx into test-output/component-gallery/gallery.html (one self-contained file).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const out = join(root, 'test-output/component-gallery');

const result = await build({
  entryPoints: [join(here, 'gallery.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { '@': root },
  logLevel: 'warning',
});
mkdirSync(out, { recursive: true });
const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>PlanLens components</title>
<style>:root{color-scheme:light dark}body{margin:24px;font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;background:#f3f4f6;color:#111}
@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}}
h2{font-size:13px;color:#888;font-weight:500;margin:28px 0 8px}.row{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.row h2{flex-basis:100%}
.popup{width:380px;border:1px solid rgba(128,128,128,.3);border-radius:10px;padding:6px}</style></head>
<body><div id="gallery"></div><script>${js}</script></body></html>`;
writeFileSync(join(out, 'gallery.html'), html);
console.log(join(out, 'gallery.html'));
