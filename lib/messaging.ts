import { browser } from 'wxt/browser';
import { PlanLensError, type PlanLensErrorCode } from './db/errors';
import { PROTOCOL, isWireResponse } from './db/wire';
import type { MessageType, Requests, Responses, WireRequest } from './messages';

/**
 * Messaging between contexts (design.md §1, §8), client side: what content scripts and
 * extension pages call. It imports only types from the protocol, so a content script does not
 * bundle the request schemas (≈ 1 KB gz instead of ≈ 4). The background side, `createRouter`,
 * is in lib/db/router.ts.
 */
export { PlanLensError, type PlanLensErrorCode };

const DEFAULT_TIMEOUT_MS = 15_000;
/** Whole-database operations may take a while on a big database. */
const SLOW: ReadonlySet<MessageType> = new Set<MessageType>(['exportBackup', 'exportJson', 'importBackup', 'clearAll', 'exportCsv']);

export interface SendOptions {
  timeoutMs?: number;
}

/** Transport failures (no background, extension reloaded) → 'closed'; anything else → 'internal'. */
function transportError(err: unknown): PlanLensError {
  const message = err instanceof Error ? err.message : String(err);
  if (/Receiving end does not exist|context invalidated|Could not establish connection|No listeners/i.test(message)) {
    return new PlanLensError('closed', 'PlanLens is not running in this page any more (it was updated or reloaded). Reload the page and try again.');
  }
  return new PlanLensError('internal', `PlanLens could not deliver the message: ${message}`);
}

/**
 * Asks the background to do `type`. Resolves with the typed result or rejects with a
 * PlanLensError; never hangs (a timeout rejects with code 'timeout').
 */
export async function sendMessage<K extends MessageType>(type: K, payload: Requests[K], options: SendOptions = {}): Promise<Responses[K]> {
  const timeoutMs = options.timeoutMs ?? (SLOW.has(type) ? 120_000 : DEFAULT_TIMEOUT_MS);
  const request: WireRequest<K> = { protocol: PROTOCOL, type, payload };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PlanLensError('timeout', `PlanLens did not answer "${type}" within ${Math.round(timeoutMs / 1000)} s. Try again.`)), timeoutMs);
  });
  try {
    const reply: unknown = await Promise.race([browser.runtime.sendMessage(request).catch((err: unknown) => Promise.reject(transportError(err))), timeout]);
    if (!isWireResponse(reply)) throw new PlanLensError('closed', 'The PlanLens background did not answer. Reload the page and try again.');
    if (reply.ok) return reply.value as Responses[K];
    throw new PlanLensError(reply.error.code, reply.error.message);
  } finally {
    clearTimeout(timer);
  }
}
