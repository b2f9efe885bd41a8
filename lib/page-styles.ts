/**
 * Layout of the extension's own pages (popup, side panel, options, reader). Each page puts it
 * after the components' EXTENSION_CSS, whose colour tokens it uses. Scoped under `.pl`.
 */
const BASE = `
.pl-page{min-height:100vh}
.pl-app{display:flex;flex-direction:column;gap:12px;padding:12px 14px 16px}
.pl-app h1,.pl-app h2,.pl-app h3{margin:0;line-height:1.35}
.pl-app h1{font-size:16px;font-weight:650}
.pl-app h2{font-size:14px;font-weight:650}
.pl-app h3{font-size:13px;font-weight:600}
.pl-bar{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.pl-bar--end{justify-content:flex-end}
.pl-grow{flex:1 1 auto;min-width:0}
.pl-brand{display:flex;align-items:center;gap:8px;font-weight:650;font-size:15px}
.pl-logo{display:inline-grid;place-items:center;width:22px;height:22px;border-radius:6px;background:var(--pl-accent);color:#fff;font-size:12px;font-weight:700}
.pl-muted{color:var(--pl-muted)}
.pl-app a:not(.pl-btn):not(.pl-entry-text):not(.pl-source){color:var(--pl-accent);text-decoration:none}
.pl-app a:not(.pl-btn):hover{text-decoration:underline}
.pl-small{font-size:12px}
.pl-btn{display:inline-flex;align-items:center;gap:6px;font:inherit;font-size:12.5px;line-height:1.4;padding:4px 11px;border-radius:6px;border:1px solid var(--pl-border);background:var(--pl-subtle);color:var(--pl-fg);cursor:pointer;text-decoration:none;white-space:nowrap}
.pl-btn:hover{background:var(--pl-hover)}
.pl-btn:disabled{opacity:.55;cursor:default}
.pl-btn--primary{background:var(--pl-accent);border-color:var(--pl-accent);color:#fff}
.pl-btn--primary:hover{background:var(--pl-accent);filter:brightness(1.08)}
.pl-btn--danger{color:var(--pl-danger)}
.pl-btn--danger-solid{background:var(--pl-danger);border-color:var(--pl-danger);color:#fff}
.pl-btn--link{border-color:transparent;background:none;color:var(--pl-accent);padding:4px 6px}
.pl-btn--link:hover{background:var(--pl-accent-bg)}
.pl-input,.pl-select{font:inherit;font-size:13px;color:var(--pl-fg);background:var(--pl-bg);border:1px solid var(--pl-border);border-radius:6px;padding:5px 8px}
.pl-input:focus,.pl-select:focus{outline:2px solid var(--pl-focus);outline-offset:0;border-color:transparent}
.pl-msg{margin:0;padding:7px 10px;border-radius:6px;font-size:12.5px;background:var(--pl-subtle);color:var(--pl-fg);border:1px solid var(--pl-border)}
.pl-msg--error{color:var(--pl-danger);border-color:currentColor;background:transparent}
.pl-msg--ok{color:var(--pl-more);border-color:currentColor;background:var(--pl-more-bg)}
.pl-section{display:flex;flex-direction:column;gap:10px;padding:14px 16px;border:1px solid var(--pl-border);border-radius:10px;background:var(--pl-bg)}
.pl-section > p{margin:0}
.pl-chip{display:inline-block;padding:0 7px;border-radius:999px;border:1px solid var(--pl-border);font-size:11.5px;color:var(--pl-muted);white-space:nowrap}
.pl-chip--ok{color:var(--pl-more);border-color:var(--pl-more-bg);background:var(--pl-more-bg)}
.pl-chip--warn{color:var(--pl-less);border-color:var(--pl-less-bg);background:var(--pl-less-bg)}
.pl-dialog{border:1px solid var(--pl-border);border-radius:12px;padding:18px 20px;max-width:420px;background:var(--pl-bg);color:var(--pl-fg);box-shadow:var(--pl-shadow)}
.pl-dialog::backdrop{background:rgba(0,0,0,.35)}
.pl-dialog p{margin:8px 0 16px}
`;

const POPUP = `
.pl-popup{width:400px;min-height:0}
.pl-popup .pl-app{gap:10px;padding:10px 12px 12px}
.pl-tab{display:flex;flex-direction:column;gap:6px;padding:9px 11px;border-radius:10px;background:var(--pl-subtle);border:1px solid var(--pl-border)}
.pl-tab-line{display:flex;align-items:center;flex-wrap:wrap;gap:4px 8px;font-size:12.5px}
.pl-tab-title{font-size:12px;color:var(--pl-muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.pl-dot{width:8px;height:8px;border-radius:50%;background:var(--pl-faint);flex:none}
.pl-dot--on{background:var(--pl-more)}
.pl-search-field{width:100%;font-size:14px;padding:8px 11px;border-radius:8px}
.pl-popup .pl-search{max-height:440px;overflow:auto;margin:0 -6px}
`;

const PANEL = `
.pl-sidepanel .pl-app{padding:12px}
.pl-sidepanel .pl-table td{min-width:6.5em}
.pl-sidepanel .pl-table tbody th{min-width:8em}
.pl-sidepanel .pl-row-en{overflow-wrap:break-word}
.pl-sidepanel .pl-table th,.pl-sidepanel .pl-table td{padding:6px 6px}
.pl-plan-head{display:flex;flex-direction:column;gap:2px}
.pl-plan-title{font-size:13px;font-weight:600;line-height:1.45}
.pl-hl-section{display:flex;flex-direction:column;gap:8px;border-top:1px solid var(--pl-border);padding-top:12px}
.pl-file{position:relative;overflow:hidden}
.pl-file input[type="file"]{position:absolute;inset:0;opacity:0;cursor:pointer;font-size:0}
`;

const OPTIONS = `
.pl-options .pl-app{max-width:880px;margin:0 auto;padding:24px 20px 48px;gap:16px}
.pl-options h1{font-size:20px}
.pl-subsection{display:flex;flex-direction:column;gap:8px;padding-top:6px}
.pl-subsection p{margin:0}
.pl-options .pl-select{align-self:flex-start;min-width:14em}
.pl-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column}
.pl-list > li{display:flex;align-items:center;gap:10px;padding:6px 0;border-top:1px solid var(--pl-border)}
.pl-list > li:first-child{border-top:0}
.pl-plans{border-collapse:collapse;width:100%;font-size:12.5px;table-layout:fixed}
.pl-plans th:nth-child(1){width:4.5em}.pl-plans th:nth-child(2){width:7em}.pl-plans th:nth-child(4){width:7em}.pl-plans th:nth-child(5){width:4.5em}.pl-plans th:nth-child(6){width:5.5em}
.pl-plans th,.pl-plans td{padding:5px 8px;border-bottom:1px solid var(--pl-border);text-align:left;vertical-align:top}
.pl-plans thead th{color:var(--pl-muted);font-weight:600;font-size:12px}
.pl-plans td.pl-num{text-align:right;font-variant-numeric:tabular-nums}
.pl-region-head{display:flex;align-items:center;gap:10px;margin-top:6px}
.pl-meter{height:6px;border-radius:999px;background:var(--pl-subtle);border:1px solid var(--pl-border);overflow:hidden}
.pl-meter > span{display:block;height:100%;background:var(--pl-accent)}
`;

const READER = `
.pl-reader .pl-app{max-width:760px;margin:0 auto;padding:28px 24px 64px}
.pl-reader h1{font-size:20px;line-height:1.5}
.pl-meta{display:grid;grid-template-columns:auto 1fr;gap:2px 14px;margin:0;font-size:12.5px;color:var(--pl-muted)}
.pl-meta dt{font-weight:600}
.pl-meta dd{margin:0}
.pl-text{font-size:15px;line-height:1.9}
.pl-text p{margin:0 0 .7em;padding:2px 8px;border-radius:6px;text-indent:2em}
.pl-text .pl-row{display:grid;grid-template-columns:repeat(auto-fit,minmax(90px,1fr));gap:0 10px;margin:0;padding:3px 8px;border-top:1px solid var(--pl-border);font-size:13.5px;line-height:1.6;text-indent:0}
.pl-text [data-target]{background:var(--pl-accent-bg);box-shadow:0 0 0 2px var(--pl-accent-bg);outline:none}
.pl-text mark{background:rgba(255,214,10,.45);color:inherit;border-radius:2px;padding:1px 0}
`;

export const PAGE_LAYOUT_CSS = BASE + POPUP + PANEL + OPTIONS + READER;
