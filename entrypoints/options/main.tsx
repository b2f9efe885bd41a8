import { render } from 'preact';
import { EXTENSION_CSS } from '@/components/styles';
import { PAGE_LAYOUT_CSS } from '@/lib/page-styles';
import { App } from './App';

render(
  <>
    <style>{EXTENSION_CSS + PAGE_LAYOUT_CSS}</style>
    <App />
  </>,
  document.getElementById('app')!,
);
