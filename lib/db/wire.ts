import type { PlanLensErrorCode } from './errors';

/**
 * The envelope of every PlanLens message, kept apart from the request schemas so a content
 * script that only sends messages does not bundle them (lib/messages.ts has the protocol).
 */

/** Marks our messages so other listeners' traffic is left alone, and versions the wire format. */
export const PROTOCOL = 'planlens/1';

export type WireResponse<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: PlanLensErrorCode; message: string } };

export function isWireRequest(message: unknown): message is { protocol: string; type: unknown; payload: unknown } {
  return !!message && typeof message === 'object' && (message as { protocol?: unknown }).protocol === PROTOCOL;
}

export function isWireResponse(reply: unknown): reply is WireResponse {
  if (!reply || typeof reply !== 'object') return false;
  const r = reply as { ok?: unknown; error?: unknown };
  return r.ok === true || (r.ok === false && !!r.error && typeof r.error === 'object');
}
