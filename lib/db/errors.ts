/**
 * The error every PlanLens operation fails with, across contexts (design.md §8: clear,
 * user-facing reasons). Dexie / IndexedDB errors are mapped to a small set of codes.
 */
export type PlanLensErrorCode = 'invalid' | 'not-found' | 'quota' | 'blocked' | 'closed' | 'internal' | 'timeout';

export class PlanLensError extends Error {
  readonly code: PlanLensErrorCode;
  constructor(code: PlanLensErrorCode, message: string) {
    super(message);
    this.name = 'PlanLensError';
    this.code = code;
  }
  toJSON(): { code: PlanLensErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

const MESSAGES: Record<Exclude<PlanLensErrorCode, 'invalid' | 'not-found'>, string> = {
  quota: 'Browser storage is full: nothing was changed. Free some space (delete captured plans or export and clear highlights) and try again.',
  blocked: 'The PlanLens database is busy being upgraded in another window. Close other PlanLens pages and try again.',
  closed: 'The PlanLens database was closed (the extension may have been updated). Reload the page and try again.',
  internal: 'PlanLens hit an internal error; nothing already stored was changed.',
  timeout: 'PlanLens did not answer in time. Try again.',
};

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
}

/** Every error name reachable from err: Dexie wraps native errors in `inner` and bulk failures in `failures`. */
function errorNames(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 5) return [];
  const e = err as ErrorLike;
  const names = typeof e.name === 'string' ? [e.name] : [];
  names.push(...errorNames(e.inner, depth + 1));
  const failures = e.failures;
  if (Array.isArray(failures)) for (const f of failures) names.push(...errorNames(f, depth + 1));
  else if (failures && typeof failures === 'object') for (const f of Object.values(failures)) names.push(...errorNames(f, depth + 1));
  return names;
}

/** Any thrown value → PlanLensError with a code and a message a user can act on. */
export function toPlanLensError(err: unknown): PlanLensError {
  if (err instanceof PlanLensError) return err;
  const names = errorNames(err);
  const has = (n: string) => names.includes(n);
  if (has('QuotaExceededError')) return new PlanLensError('quota', MESSAGES.quota);
  if (has('VersionError') || has('BlockedError') || has('VersionChangeError')) return new PlanLensError('blocked', MESSAGES.blocked);
  if (has('DatabaseClosedError') || has('InvalidStateError')) return new PlanLensError('closed', MESSAGES.closed);
  if (has('TimeoutError')) return new PlanLensError('timeout', MESSAGES.timeout);
  if (has('ConstraintError') || has('DataError')) {
    return new PlanLensError('invalid', `The data was refused by the database: ${messageOf(err)}`);
  }
  return new PlanLensError('internal', `${MESSAGES.internal} (${messageOf(err)})`);
}

function messageOf(err: unknown): string {
  if (err && typeof err === 'object' && typeof (err as ErrorLike).message === 'string') return (err as { message: string }).message;
  return String(err);
}
