/**
 * A page showing every component with the test fixtures, for screenshots (build.mjs bundles it,
 * screenshot.mjs opens it in Chromium in light and dark). Not shipped in the extension.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { TargetCard } from '@/components/TargetCard';
import { SearchResults, type SearchResult } from '@/components/SearchResults';
import { ComparisonTable } from '@/components/ComparisonTable';
import { HighlightList } from '@/components/HighlightList';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { SwitchToggle } from '@/components/SwitchToggle';
import type { HighlightColor } from '@/components/highlightColors';
import { CARD_CSS, EXTENSION_CSS, PAGE_CSS, TOOLBAR_CSS } from '@/components/styles';
import type { ChangeKind, HighlightRecord } from '@/lib/types';
import { fai, goldCompare, income, newJobs, onlyCurrent, readerUrl, unemployment, urbanization, P2024, T2024 } from '../../tests/unit/components-fixtures';

function style(css: string, into: Document | ShadowRoot) {
  const el = document.createElement('style');
  el.textContent = css;
  (into instanceof Document ? into.head : into).append(el);
}

function shadowHost(tag: string, css: string, parent: HTMLElement): HTMLElement {
  const host = document.createElement(tag);
  host.style.position = 'static';
  parent.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  style(css, shadow);
  const mount = document.createElement('div');
  shadow.append(mount);
  return mount;
}

const section = (title: string) => {
  const s = document.createElement('section');
  const h = document.createElement('h2');
  h.textContent = title;
  s.append(h);
  document.getElementById('gallery')!.append(s);
  return s;
};

const highlights: HighlightRecord[] = [
  {
    id: 'a',
    url: 'https://www.jiaxing.gov.cn/',
    planId: P2024,
    selectors: [],
    exact: '固定资产投资增长6%以上',
    note: '比2022年的8%低两个百分点',
    tags: ['投资', '对比'],
    color: 'yellow',
    createdAt: 1,
    updatedAt: 1,
  },
  { id: 'b', url: 'https://www.jiaxing.gov.cn/', planId: P2024, selectors: [], exact: '城镇调查失业率控制在5%以内', note: '比上年更严格', tags: ['就业'], color: 'green', createdAt: 1, updatedAt: 1 },
];

const results: SearchResult[] = [
  { type: 'indicator', indicator: 'fixed-asset-investment', region: '嘉兴市', name: '固定资产投资', en: 'Fixed-asset investment', entries: fai.entries },
  { type: 'passage', planId: P2024, title: T2024, region: '嘉兴市', year: 2024, kind: 'annual-plan', url: null, index: 3, text: '全年固定资产投资增长6%以上，其中制造业投资增长8%以上，新开工、竣工亿元以上产业项目各400个。', offset: 2, length: 6 },
  { type: 'highlight', ...highlights[0] },
];

function Table() {
  const [category, setCategory] = useState('');
  const [change, setChange] = useState<ChangeKind | ''>('');
  return (
    <ComparisonTable
      rows={[
        { indicator: 'urbanization-rate', zhName: '常住人口城镇化率', category: '综合发展', history: urbanization },
        { indicator: 'fixed-asset-investment', zhName: '固定资产投资', category: '质量效益', history: fai },
        { indicator: 'urban-surveyed-unemployment-rate', zhName: '城镇调查失业率', category: '民生福祉', history: unemployment },
        { indicator: 'per-capita-disposable-income', zhName: '居民人均可支配收入', category: '民生福祉', history: income },
        { indicator: 'x-gsgyzjz', zhName: '规上工业增加值', category: null, history: onlyCurrent },
      ]}
      lang="zh"
      currentYear={2024}
      readerUrl={readerUrl}
      categoryFilter={category}
      changeFilter={change}
      onCategoryFilterChange={setCategory}
      onChangeFilterChange={setChange}
      compare={goldCompare}
    />
  );
}

function Toolbar() {
  const [color, setColor] = useState<HighlightColor>('yellow');
  return <SelectionToolbar lang="zh" color={color} onColorChange={setColor} onSave={() => undefined} />;
}

style(PAGE_CSS + EXTENSION_CSS, document);

const page = section('页面标记 PAGE_CSS');
const p = document.createElement('p');
p.append('全年');
const mark = document.createElement('planlens-mark');
mark.setAttribute('tabindex', '0');
mark.textContent = '固定资产投资';
p.append(mark, '增长6%以上，');
const hl = document.createElement('planlens-highlight');
hl.textContent = '城镇调查失业率控制在5%以内';
p.append(hl, '。');
page.append(p);

const cards = section('TargetCard');
cards.classList.add('row');
render(<TargetCard history={fai} zhName="固定资产投资" enName="Fixed-asset investment" currentYear={2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />, shadowHost('planlens-card', CARD_CSS, cards));
render(<TargetCard history={newJobs} zhName="城镇新增就业人数" enName="New urban jobs" currentYear={2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />, shadowHost('planlens-card', CARD_CSS, cards));
render(<TargetCard history={income} zhName="居民人均可支配收入" enName="Per-capita disposable income" currentYear={2024} lang="en" readerUrl={readerUrl} compare={goldCompare} />, shadowHost('planlens-card', CARD_CSS, cards));
render(<TargetCard history={onlyCurrent} zhName="规上工业增加值" currentYear={2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />, shadowHost('planlens-card', CARD_CSS, cards));

render(<Toolbar />, shadowHost('planlens-toolbar', TOOLBAR_CSS, section('SelectionToolbar')));

const search = section('SearchResults');
search.classList.add('row');
const popup = document.createElement('div');
popup.className = 'popup pl pl-page';
search.append(popup);
render(<SearchResults state="results" results={results} query="固定资产投资" lang="zh" onOpen={() => undefined} compare={goldCompare} />, popup);
const empty = document.createElement('div');
empty.className = 'popup pl pl-page';
search.append(empty);
render(<SearchResults state="empty" results={[]} query="火星" lang="zh" onOpen={() => undefined} databaseEmpty />, empty);

const tableMount = document.createElement('div');
section('ComparisonTable').append(tableMount);
render(<Table />, tableMount);
const side = section('HighlightList + SwitchToggle');
const sideMount = document.createElement('div');
sideMount.className = 'popup pl pl-page';
side.append(sideMount);
render(
  <div class="pl">
    <SwitchToggle checked label="在本站启用计划透镜" lang="zh" onChange={() => undefined} />
    <HighlightList highlights={highlights} orphanIds={['b']} lang="zh" onNoteChange={() => undefined} onTagsChange={() => undefined} onJump={() => undefined} onDelete={() => undefined} />
  </div>,
  sideMount,
);
