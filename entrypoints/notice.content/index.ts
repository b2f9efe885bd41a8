import { looksLikePlanFamily } from '@/lib/notice/gate';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    performance.mark('planlens:gate-start');
    const lead = document.body?.textContent?.slice(0, 600) ?? '';
    const isNotice = looksLikePlanFamily(document.title, lead);
    performance.measure('planlens:gate', 'planlens:gate-start');
    document.documentElement.dataset.planlens = isNotice ? 'notice' : 'page';
  },
});
