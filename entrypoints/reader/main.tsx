import { render } from 'preact';
import { EXTENSION_CSS } from '@/components/styles';
import { PAGE_LAYOUT_CSS } from '@/lib/page-styles';
import { Reader } from './Reader';

render(
  <>
    <style>{EXTENSION_CSS + PAGE_LAYOUT_CSS}</style>
    <Reader search={location.search} />
  </>,
  document.getElementById('app')!,
);
