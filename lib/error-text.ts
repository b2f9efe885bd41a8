/**
 * What an extension page tells the user when a PlanLens operation fails: the code decides the
 * wording (a full disk is explained, not reported as a stack trace), the message says what exactly.
 */
import { PlanLensError } from './db/errors';
import { t, type Lang } from './i18n';

export function errorMessage(err: unknown, lang: Lang): string {
  const message = err instanceof Error ? err.message : String(err);
  if (!(err instanceof PlanLensError)) return t('error.internal', lang, { message });
  switch (err.code) {
    case 'quota':
      return t('error.quota', lang);
    case 'timeout':
      return t('error.timeout', lang);
    case 'closed':
      return t('error.closed', lang);
    case 'blocked':
      return t('error.blocked', lang, { message });
    case 'not-found':
      return t('error.notFound', lang, { message });
    case 'invalid':
      return t('error.invalid', lang, { message });
    default:
      return t('error.internal', lang, { message });
  }
}
