import { render } from 'preact';
import { EXTENSION_CSS } from '@/components/styles';
import { PAGE_LAYOUT_CSS } from '@/lib/page-styles';
import { Panel } from './Panel';

render(
  <>
    <style>{EXTENSION_CSS + PAGE_LAYOUT_CSS}</style>
    <Panel search={location.search} />
  </>,
  document.getElementById('app')!,
);
