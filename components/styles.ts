/**
 * CSS strings: CARD_CSS and TOOLBAR_CSS go into the shadow roots of <planlens-card> and
 * <planlens-toolbar>; EXTENSION_CSS into the extension's own pages; PAGE_CSS is the only CSS
 * that reaches a government page, and it selects planlens-* elements only (design.md §8).
 * Everything else is scoped under `.pl` so it cannot touch anything it did not render.
 */
import { HIGHLIGHT_COLORS, HIGHLIGHT_PALETTE } from './highlightColors';

const FONT = `system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif`;

/**
 * Colour tokens, light then dark. Ambition colours: more = green, less = amber, not judged = grey.
 * An extension page's body is `<body class="pl pl-page">` so it takes the theme's background.
 */
const TOKENS = `
.pl{
  --pl-font:${FONT};
  --pl-bg:#ffffff; --pl-fg:#1f2328; --pl-muted:#656d76; --pl-faint:#8c959f;
  --pl-border:rgba(31,35,40,.12); --pl-subtle:#f6f8fa; --pl-hover:#eef2f7;
  --pl-accent:#0b63ce; --pl-accent-bg:rgba(11,99,206,.10); --pl-focus:rgba(11,99,206,.55);
  --pl-more:#1a7f37; --pl-more-bg:rgba(26,127,55,.11);
  --pl-less:#9a6700; --pl-less-bg:rgba(212,167,44,.18);
  --pl-same:#57606a; --pl-same-bg:rgba(87,96,106,.10);
  --pl-grey:#6e7781; --pl-grey-bg:rgba(110,119,129,.12);
  --pl-danger:#cf222e;
  --pl-shadow:0 8px 28px rgba(31,35,40,.16),0 1px 3px rgba(31,35,40,.10);
  color-scheme:light dark;
  font-family:var(--pl-font); color:var(--pl-fg); font-size:13px; line-height:1.55;
  -webkit-font-smoothing:antialiased; text-align:left; letter-spacing:normal; word-break:normal; overflow-wrap:anywhere;
}
@media (prefers-color-scheme: dark){
  .pl{
    --pl-bg:#1d2125; --pl-fg:#e6edf3; --pl-muted:#9aa4ae; --pl-faint:#7d8590;
    --pl-border:rgba(230,237,243,.14); --pl-subtle:#262b31; --pl-hover:#2d333b;
    --pl-accent:#58a6ff; --pl-accent-bg:rgba(88,166,255,.14); --pl-focus:rgba(88,166,255,.6);
    --pl-more:#4ac26b; --pl-more-bg:rgba(74,194,107,.15);
    --pl-less:#d4a72c; --pl-less-bg:rgba(212,167,44,.18);
    --pl-same:#9aa4ae; --pl-same-bg:rgba(154,164,174,.14);
    --pl-grey:#8c959f; --pl-grey-bg:rgba(140,149,159,.16);
    --pl-danger:#ff7b72;
    --pl-shadow:0 8px 28px rgba(0,0,0,.5),0 1px 3px rgba(0,0,0,.4);
  }
}
.pl-page{margin:0;background:var(--pl-bg)}
.pl *,.pl *::before,.pl *::after{box-sizing:border-box}
.pl :focus-visible{outline:2px solid var(--pl-focus);outline-offset:1px}
.pl-visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

const BADGE = `
.pl-badge{display:inline-flex;align-items:baseline;gap:.3em;padding:1px 7px;border-radius:999px;font-size:12px;line-height:1.5;font-weight:500;white-space:nowrap;background:var(--pl-same-bg);color:var(--pl-same)}
.pl-badge-arrow{font-weight:700}
.pl-badge-delta{font-variant-numeric:tabular-nums}
.pl-badge-ambition{opacity:.85;font-weight:400}
.pl-badge-ambition::before{content:"· "}
.pl-badge--more{background:var(--pl-more-bg);color:var(--pl-more)}
.pl-badge--less{background:var(--pl-less-bg);color:var(--pl-less)}
.pl-badge--muted{background:var(--pl-grey-bg);color:var(--pl-grey)}
`;

/** Year rows shared by the card and search results. */
const YEARS = `
.pl-years{list-style:none;margin:0;padding:0}
.pl-year{padding:7px 0;border-top:1px solid var(--pl-border)}
.pl-year:first-child{border-top:0}
.pl-year-head{display:flex;align-items:center;justify-content:space-between;gap:8px;margin-bottom:2px}
.pl-year-num{font-weight:600;font-variant-numeric:tabular-nums;color:var(--pl-muted)}
.pl-year--current .pl-year-num{color:var(--pl-fg)}
.pl-doc + .pl-doc{margin-top:4px}
.pl-doc-head{display:flex;align-items:center;gap:6px;font-size:11.5px;color:var(--pl-faint)}
.pl-this{padding:0 6px;border-radius:4px;background:var(--pl-accent-bg);color:var(--pl-accent);font-size:11px;font-weight:600}
.pl-entry{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 8px}
.pl-entry-name{color:var(--pl-muted);font-size:12px}
.pl-entry-text{font-size:14px;font-weight:600;color:var(--pl-fg);text-decoration:none}
.pl-entry--actual .pl-entry-text{font-weight:500;font-size:13px}
.pl-gap{font-size:11px;border-radius:4px;padding:0 5px;margin-left:4px;white-space:nowrap}.pl-gap--met{color:var(--pl-more);background:var(--pl-more-bg)}.pl-gap--near{color:var(--pl-less);background:var(--pl-less-bg)}.pl-gap--missed{color:var(--pl-danger);background:var(--pl-grey-bg)}.pl-gap--unjudged{color:var(--pl-muted)}
.pl-entry-role{font-size:11px;color:var(--pl-muted);border:1px solid var(--pl-border);border-radius:4px;padding:0 5px}
.pl-source{margin-left:auto;font-size:11.5px;color:var(--pl-accent);text-decoration:none;white-space:nowrap}
.pl-source::after{content:" ↗"}
.pl-source:hover,.pl-cell .pl-entry-text:hover{text-decoration:underline}
.pl-spark{display:block;margin:6px 0 2px;color:var(--pl-accent);overflow:visible}
.pl-spark-line{stroke:currentColor;stroke-width:1.5;stroke-linejoin:round;stroke-linecap:round}
.pl-spark-dot{fill:var(--pl-bg);stroke:currentColor;stroke-width:1}
.pl-spark-last{fill:currentColor}
`;

const CARD = `
.pl-card{width:348px;max-width:min(380px,calc(100vw - 16px));max-height:min(440px,calc(100vh - 16px));overflow:auto;
  padding:12px 14px 8px;background:var(--pl-bg);border:1px solid var(--pl-border);border-radius:10px;box-shadow:var(--pl-shadow)}
.pl-card-head{display:flex;align-items:flex-start;justify-content:space-between;gap:10px;margin-bottom:4px}
.pl-card-names{display:flex;flex-direction:column;min-width:0}
.pl-card-title{font-size:15px;font-weight:650;line-height:1.4}
.pl-card-en{font-size:12px;color:var(--pl-muted);line-height:1.35}
.pl-card-region{flex:none;font-size:11.5px;color:var(--pl-muted);padding:1px 7px;border:1px solid var(--pl-border);border-radius:999px}
.pl-card-nohistory{margin:6px 0;padding:6px 8px;border-radius:6px;background:var(--pl-subtle);color:var(--pl-muted);font-size:12px}
.pl-card-nohistory strong{display:block;color:var(--pl-fg);font-weight:600}
`;

const SEARCH = `
.pl-search{font-size:13px}
.pl-search-status{margin:16px 12px;color:var(--pl-muted);text-align:center}
.pl-search-error{color:var(--pl-danger)}
.pl-results{list-style:none;margin:0;padding:4px;outline:none}
.pl-results:focus-visible{outline:2px solid var(--pl-focus);outline-offset:-2px}
.pl-result{padding:8px 10px;border-radius:8px;cursor:pointer;border:1px solid transparent}
.pl-result + .pl-result{margin-top:2px}
.pl-result:hover{background:var(--pl-hover)}
.pl-result--active{background:var(--pl-accent-bg);border-color:var(--pl-focus)}
.pl-result-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 8px;margin-bottom:2px}
.pl-result-title{font-weight:600;font-size:14px}
.pl-result-en,.pl-result-region{font-size:12px;color:var(--pl-muted)}
.pl-result-kind{font-size:11px;color:var(--pl-muted);border:1px solid var(--pl-border);border-radius:4px;padding:0 5px}
.pl-result .pl-year{padding:4px 0}
.pl-snippet{color:var(--pl-fg)}
.pl-snippet mark{background:rgba(255,214,10,.4);color:inherit;border-radius:2px}
.pl-result-note{margin:4px 0 0;padding-left:8px;border-left:2px solid var(--pl-border);color:var(--pl-muted);white-space:pre-wrap}
.pl-result-tags{margin:2px 0 0;font-size:12px;color:var(--pl-accent)}
`;

const TABLE = `
.pl-filters{display:flex;flex-wrap:wrap;gap:8px 14px;margin:0 0 8px}
.pl-filter{display:flex;align-items:center;gap:6px;font-size:12px;color:var(--pl-muted)}
.pl-filter select{font:inherit;color:var(--pl-fg);background:var(--pl-bg);border:1px solid var(--pl-border);border-radius:6px;padding:3px 6px}
.pl-table-scroll{overflow:auto}
.pl-table{border-collapse:collapse;width:100%;font-size:12.5px}
.pl-table caption{text-align:left;font-weight:600;padding:0 0 6px;color:var(--pl-muted);font-size:12px}
.pl-table th,.pl-table td{padding:6px 8px;border-bottom:1px solid var(--pl-border);vertical-align:top;text-align:left}
.pl-table thead th{font-weight:600;color:var(--pl-muted);white-space:nowrap;position:sticky;top:0;background:var(--pl-bg)}
.pl-table tbody th{font-weight:500;min-width:9em}
.pl-row-name{display:block}
.pl-row-en,.pl-row-category{display:block;font-size:11px;color:var(--pl-faint);font-weight:400}
.pl-col--current{color:var(--pl-fg)!important}
.pl-cell .pl-entry-text{font-size:13px}
.pl-cell .pl-badge{margin-top:3px}
.pl-cell--empty{color:var(--pl-faint)}
.pl-table-empty{color:var(--pl-muted);margin:12px 0}
`;

const HIGHLIGHTS = `
.pl-hl-list{list-style:none;margin:0;padding:0}
.pl-hl{padding:10px 0;border-top:1px solid var(--pl-border)}
.pl-hl:first-child{border-top:0}
.pl-hl-exact{margin:0 0 6px;padding:2px 0 2px 10px;border-left:3px solid ${HIGHLIGHT_PALETTE.yellow.edge};font-size:13px}
${HIGHLIGHT_COLORS.map((c) => `.pl-hl[data-color="${c}"] .pl-hl-exact{border-left-color:${HIGHLIGHT_PALETTE[c].edge}}`).join('\n')}
.pl-hl--orphan .pl-hl-exact{border-left-style:dashed;color:var(--pl-muted)}
.pl-hl-orphan{margin:0 0 6px;font-size:12px;color:var(--pl-less)}
.pl-hl--fuzzy .pl-hl-exact{border-left-style:dashed}
.pl-hl-fuzzy{display:flex;align-items:center;gap:8px;margin:0 0 6px;padding:5px 8px;border:1px dashed #c2410c;border-radius:6px;font-size:12px;color:var(--pl-fg);background:var(--pl-subtle)}
.pl-hl-fuzzy-text{flex:1}
.pl-hl-fuzzy button{flex:none;font:inherit;font-size:12px;padding:3px 10px;border-radius:6px;border:1px solid #c2410c;background:var(--pl-bg);color:#c2410c;cursor:pointer}
.pl-hl-fuzzy button:hover{background:#c2410c;color:#fff}
.pl-hl-field{display:block;font-size:11.5px;color:var(--pl-muted);margin:4px 0 2px}
.pl-hl textarea,.pl-hl input[type="text"]{display:block;width:100%;font:inherit;font-size:13px;color:var(--pl-fg);background:var(--pl-bg);border:1px solid var(--pl-border);border-radius:6px;padding:5px 7px;resize:vertical}
.pl-hl-actions{display:flex;gap:8px;margin-top:6px}
.pl-hl-actions button{font:inherit;font-size:12px;padding:3px 10px;border-radius:6px;border:1px solid var(--pl-border);background:var(--pl-subtle);color:var(--pl-fg);cursor:pointer}
.pl-hl-actions button:disabled{opacity:.5;cursor:default}
.pl-hl-actions .pl-danger{color:var(--pl-danger)}
.pl-hl-none{color:var(--pl-muted)}
`;

const SWITCH = `
.pl-switch{display:inline-flex;align-items:center;gap:8px;padding:2px;border:0;background:none;font:inherit;color:var(--pl-fg);cursor:pointer}
.pl-switch:disabled{opacity:.5;cursor:default}
.pl-switch-track{position:relative;flex:none;width:34px;height:20px;border-radius:999px;background:var(--pl-grey-bg);border:1px solid var(--pl-border);transition:background .15s}
.pl-switch-thumb{position:absolute;top:2px;left:2px;width:14px;height:14px;border-radius:50%;background:var(--pl-bg);box-shadow:0 1px 2px rgba(0,0,0,.3);transition:transform .15s}
.pl-switch[aria-checked="true"] .pl-switch-track{background:var(--pl-accent);border-color:var(--pl-accent)}
.pl-switch[aria-checked="true"] .pl-switch-thumb{transform:translateX(14px)}
.pl-switch-state{font-size:12px;color:var(--pl-muted)}
@media (prefers-reduced-motion: reduce){.pl-switch-track,.pl-switch-thumb{transition:none}}
`;

/** Swatches show their translucent fill over white: the colour as it lands on a page, legible on the dark toolbar too. */
const TOOLBAR = `
.pl-toolbar{display:inline-flex;align-items:center;gap:8px;padding:5px 6px 5px 8px;background:var(--pl-bg);border:1px solid var(--pl-border);border-radius:999px;box-shadow:var(--pl-shadow)}
.pl-swatches{display:inline-flex;gap:5px}
.pl-swatch{width:18px;height:18px;padding:0;border-radius:50%;border:1px solid var(--pl-border);background:linear-gradient(var(--pl-swatch),var(--pl-swatch)),#fff;cursor:pointer}
.pl-swatch[aria-pressed="true"]{box-shadow:0 0 0 2px var(--pl-bg),0 0 0 3.5px var(--pl-accent)}
.pl-save{font:inherit;font-size:12.5px;font-weight:600;padding:3px 11px;border-radius:999px;border:0;background:var(--pl-accent);color:#fff;cursor:pointer}
@media (prefers-color-scheme: dark){.pl-save{color:#0d1117}}
`;

/** Shadow-root hosts inherit nothing from the page (fonts, colours, line-height). */
const HOST_RESET = `:host{all:initial}`;

export const CARD_CSS = HOST_RESET + TOKENS + BADGE + YEARS + CARD;
export const TOOLBAR_CSS = HOST_RESET + TOKENS + TOOLBAR;
/** For popup, side panel, options and reader pages: every component's styles. */
export const EXTENSION_CSS = TOKENS + BADGE + YEARS + CARD + SEARCH + TABLE + HIGHLIGHTS + SWITCH + TOOLBAR;

/**
 * The only CSS injected into a government page: marks take no layout of their own (a dotted
 * underline), highlights only paint a background, and the two shadow hosts float above the page.
 */
export const PAGE_CSS = `
planlens-mark{display:inline;text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:rgba(11,99,206,.8);text-decoration-thickness:1.5px;text-underline-offset:.2em;cursor:help}
planlens-mark:hover{text-decoration-style:solid}
planlens-mark:focus{outline:none}
planlens-mark:focus-visible{outline:2px solid rgba(11,99,206,.55);outline-offset:1px;border-radius:2px}
planlens-highlight{display:inline;background:${HIGHLIGHT_PALETTE.yellow.fill};color:inherit;-webkit-box-decoration-break:clone;box-decoration-break:clone}
${HIGHLIGHT_COLORS.map((c) => `planlens-highlight[data-color="${c}"]{background:${HIGHLIGHT_PALETTE[c].fill}}`).join('\n')}
planlens-highlight[data-anchor="fuzzy"]{outline:1.5px dashed #c2410c;outline-offset:1px;border-radius:2px}
planlens-card,planlens-toolbar{position:absolute;top:0;left:0;z-index:2147483647}
`;
