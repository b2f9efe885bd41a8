// The page around an article, as Zhejiang government CMS sites serve it (design.md §3): the
// standard government-site head metas, a header and menu, breadcrumb, the 信息公开 index block,
// the title, the 发布日期 / 信息来源 line, the body (#zoom, given as HTML) and the footer.
import { escapeHtml } from './escape.mjs';
import { siteFor } from './sites.mjs';

/**
 * @typedef {object} PageOptions
 * @property {string} host
 * @property {string} title
 * @property {string} pubDate          YYYY-MM-DD HH:mm
 * @property {string} source           信息来源 / ContentSource
 * @property {string[]} breadcrumb     after 首页
 * @property {[string, string][] | null} [indexBlock]  label/value pairs (索引号, 发文文号, 成文日期 …)
 * @property {string} bodyHtml         the article body's inner HTML (already escaped)
 * @property {string} [url]
 * @property {string} [comment]        an HTML comment placed first (e.g. "composed test fixture")
 * @property {string} [footnoteHtml]   below the body (e.g. 责任编辑)
 */

const STYLE = `
body{margin:0;background:#f2f2f2;font-family:"Microsoft YaHei","微软雅黑","WenQuanYi Micro Hei","Noto Sans CJK SC",SimSun,sans-serif;color:#333;font-size:14px}
a{color:#333;text-decoration:none}
.top-bar{background:#fff;border-bottom:1px solid #ddd;font-size:12px;color:#666}
.top-bar .w{display:flex;justify-content:space-between;padding:6px 0}
.w{width:1000px;margin:0 auto}
.header{background:linear-gradient(#c9151e,#a50d14);color:#fff}
.header .w{height:110px;display:flex;align-items:center;justify-content:space-between}
.logo{font-size:34px;font-weight:bold;letter-spacing:4px;text-shadow:0 2px 2px rgba(0,0,0,.3)}
.logo small{display:block;font-size:13px;letter-spacing:1px;font-weight:normal;opacity:.85}
.search input{width:220px;height:28px;border:0;padding:0 8px}
.search button{height:30px;border:0;background:#fbd34d;color:#a50d14;padding:0 12px}
.nav{background:#8e0b11}
.nav ul{list-style:none;margin:0 auto;padding:0;display:flex;width:1000px}
.nav li{flex:1;text-align:center}
.nav a{display:block;color:#fff;line-height:44px;font-size:17px}
.nav li.on a{background:#c9151e}
.main{background:#fff;padding:10px 40px 40px;margin-top:16px;min-height:600px}
.crumb{line-height:40px;border-bottom:1px solid #e5e5e5;font-size:13px;color:#666}
.crumb a{color:#666}
table.xxgk{width:100%;border-collapse:collapse;margin:18px 0;font-size:13px;background:#fafafa}
table.xxgk td{border:1px solid #e1e1e1;padding:6px 10px}
table.xxgk td.t{width:90px;color:#555;font-weight:bold;background:#f3f3f3}
h1.title{font-size:24px;color:#b3060f;text-align:center;line-height:1.5;margin:26px 20px 10px}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:12px;margin-bottom:20px}
.info span{margin:0 10px}
#zoom{font-size:16px;line-height:2;color:#222}
#zoom p{margin:0 0 6px}
#zoom table{border-collapse:collapse;margin:10px auto;width:90%}
#zoom td{border:1px solid #000;padding:2px 6px;vertical-align:middle}
#zoom td p{margin:0;line-height:1.6}
.tools{margin-top:30px;text-align:right;font-size:13px;color:#666}
.tools a{margin-left:16px}
.footer{background:#3b3b3b;color:#ccc;font-size:12px;text-align:center;line-height:2;padding:20px 0;margin-top:20px}
.footer a{color:#ccc}
`;

/**
 * @param {string} name
 * @param {string} content
 */
const meta = (name, content) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`;

/**
 * Render a whole article page.
 * @param {PageOptions} options
 * @returns {string}
 */
export function renderPage(options) {
  const site = siteFor(options.host);
  const column = options.breadcrumb[options.breadcrumb.length - 1] ?? '';
  const crumbs = ['首页', ...options.breadcrumb]
    .map((c) => `<a href="/">${escapeHtml(c)}</a>`)
    .join('&nbsp;&gt;&nbsp;');
  const indexRows = (options.indexBlock ?? []).reduce((rows, pair, i) => {
    // Two label/value pairs per row, as the 信息公开 index block lays them out.
    if (i % 2 === 0) rows.push([]);
    rows[rows.length - 1].push(pair);
    return rows;
  }, /** @type {[string, string][][]} */ ([]));
  const indexHtml = indexRows.length
    ? `<table class="xxgk"><tbody>${indexRows
        .map((row) => `<tr>${row.map(([k, v]) => `<td class="t">${escapeHtml(k)}</td><td>${escapeHtml(v)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '';
  const menu = ['首页', '新闻动态', '政务公开', '政务服务', '互动交流', '走进' + site.name.replace(/人民政府$/, '')];
  const current = Math.max(1, menu.indexOf(options.breadcrumb[0] ?? ''));
  return `<!DOCTYPE html>
${options.comment ? `<!-- ${options.comment.replace(/--/g, '—')} -->\n` : ''}<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${escapeHtml(options.title)}</title>
${meta('SiteName', site.name)}
${meta('SiteDomain', site.host)}
${meta('SiteIDCode', site.siteCode)}
${meta('ColumnName', column)}
${meta('ArticleTitle', options.title)}
${meta('PubDate', options.pubDate)}
${meta('ContentSource', options.source)}
${meta('Keywords', '')}
${meta('Url', options.url ?? '')}
<style>${STYLE}</style>
</head>
<body>
<div class="top-bar"><div class="w"><span>欢迎访问${escapeHtml(site.name)}门户网站</span><span><a href="/">无障碍浏览</a>&nbsp;|&nbsp;<a href="/">长者模式</a>&nbsp;|&nbsp;<a href="/">English</a></span></div></div>
<div class="header"><div class="w"><div class="logo">${escapeHtml(site.name)}<small>${escapeHtml(site.host)}</small></div><form class="search" action="/" onsubmit="return false"><input type="text" placeholder="请输入关键词" aria-label="站内搜索"><button type="button">搜索</button></form></div></div>
<div class="nav"><ul>${menu.map((m, i) => `<li${i === current ? ' class="on"' : ''}><a href="/">${escapeHtml(m)}</a></li>`).join('')}</ul></div>
<div class="w main">
<div class="crumb">当前位置：${crumbs}</div>
${indexHtml}
<h1 class="title">${escapeHtml(options.title)}</h1>
<div class="info"><span>发布日期：${escapeHtml(options.pubDate)}</span><span>信息来源：${escapeHtml(options.source)}</span><span>浏览次数：<b id="hits">1024</b></span><span>字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>
<div id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
${options.bodyHtml}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
${options.footnoteHtml ?? ''}
<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办单位：${escapeHtml(site.org)}&nbsp;&nbsp;承办单位：${escapeHtml(site.operator)}</p>
<p>网站标识码：${escapeHtml(site.siteCode)}&nbsp;&nbsp;浙ICP备00000000号&nbsp;&nbsp;浙公网安备 00000000000000号</p>
<p><a href="/">网站地图</a>&nbsp;|&nbsp;<a href="/">联系我们</a>&nbsp;|&nbsp;<a href="/">隐私声明</a></p>
</div>
<script>function doZoom(size){var z=document.getElementById('zoom');if(z){z.style.fontSize=size+'px';}}</script>
</body>
</html>
`;
}
