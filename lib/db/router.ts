import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type PlanLensErrorCode, toPlanLensError } from './errors';
import { pageUrl } from './url';
import { describeIssue } from './validate';
import { type WireResponse, isWireRequest } from './wire';
import { CONTENT_SCRIPT_OPERATIONS, type MessageType, type Responses, type ValidRequests, requestSchemas } from '../messages';

/** The background side of the protocol (the client side is lib/messaging.ts). */

export interface SenderContext {
  /** 'extension': a page of this extension (popup, side panel, options, reader); 'content': a content script in a web page. */
  kind: 'extension' | 'content';
  tabId: number | null;
  /** The sender's page URL without its fragment (for content scripts, the page they run in). */
  url: string | null;
}

export type Handlers = {
  [K in MessageType]: (payload: ValidRequests[K], ctx: SenderContext) => Promise<Responses[K]> | Responses[K];
};

/** The parts of runtime.MessageSender the router reads. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

export interface RouterOptions {
  /** This extension's id (default browser.runtime.id). */
  extensionId?: () => string;
  /** URL prefix of this extension's pages (default browser.runtime.getURL('/')). */
  extensionBase?: () => string;
  /** Runs before every accepted operation, e.g. lazy seeding after a worker restart. */
  before?: () => Promise<void>;
}

function failure(code: PlanLensErrorCode, message: string): WireResponse<never> {
  return { ok: false, error: { code, message } };
}

/** The page URL a content script's request acts on, when it names one (checked against the sender). */
function urlActedOn(type: MessageType, payload: unknown): string | null | undefined {
  const p = payload as Record<string, unknown>;
  switch (type) {
    case 'capturePlan':
      return (p.url as string | null) ?? (p.notice as { plan: { url: string | null } }).plan.url;
    case 'saveHighlight':
      return (p.highlight as { url: string }).url;
    case 'listHighlights':
      return p.url as string;
    case 'setTabState':
      return (p.state as { url: string }).url;
    default:
      return undefined;
  }
}

function classify(sender: MessageSenderLike, base: string): SenderContext | null {
  const senderUrl = sender.url ?? sender.tab?.url;
  if (senderUrl && base && senderUrl.startsWith(base)) {
    return { kind: 'extension', tabId: sender.tab?.id ?? null, url: pageUrl(senderUrl) };
  }
  if (sender.tab && typeof sender.tab.id === 'number' && senderUrl && /^https?:/i.test(senderUrl)) {
    return { kind: 'content', tabId: sender.tab.id, url: pageUrl(senderUrl) };
  }
  return null;
}

export interface Router {
  /** Answers one message: undefined when it is not a PlanLens message (other listeners may answer it). */
  handle(message: unknown, sender: MessageSenderLike): Promise<WireResponse | undefined>;
  /** For runtime.onMessage: answers through sendResponse (returning true keeps the channel open in Chrome and Firefox). */
  listener(message: unknown, sender: MessageSenderLike, sendResponse: (reply: unknown) => void): true | undefined;
}

/**
 * The background's dispatcher: checks the sender is this extension and the operation is
 * allowed from that context, validates the payload with its schema, runs the handler and maps
 * every error to a PlanLensError code (nothing thrown escapes to the messaging layer).
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const extensionId = options.extensionId ?? (() => browser.runtime.id);
  const extensionBase = options.extensionBase ?? (() => (browser.runtime.getURL as (p: string) => string)('/'));

  async function handle(message: unknown, sender: MessageSenderLike): Promise<WireResponse | undefined> {
    if (!isWireRequest(message)) return undefined;
    if (!sender || sender.id !== extensionId()) return failure('blocked', 'Refused: the message does not come from PlanLens itself.');
    const ctx = classify(sender, extensionBase());
    if (!ctx) return failure('blocked', 'Refused: the message comes from a context PlanLens does not accept.');
    const type = message.type as MessageType;
    if (typeof message.type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
      return failure('invalid', `Unknown PlanLens operation "${String(message.type)}".`);
    }
    if (ctx.kind === 'content' && !CONTENT_SCRIPT_OPERATIONS.has(type)) {
      return failure('blocked', `Refused: "${type}" is only available from PlanLens's own pages.`);
    }
    const parsed = v.safeParse(requestSchemas[type], message.payload);
    if (!parsed.success) return failure('invalid', `Invalid "${type}" request: ${describeIssue('payload', parsed.issues[0])}`);
    if (ctx.kind === 'content') {
      const acted = urlActedOn(type, parsed.output);
      if (acted !== undefined && (acted === null || pageUrl(acted) !== ctx.url)) {
        return failure('blocked', `Refused: a page may only act on its own address (${type}).`);
      }
    }
    try {
      await options.before?.();
      const handler = handlers[type] as (payload: unknown, ctx: SenderContext) => unknown;
      return { ok: true, value: await handler(parsed.output, ctx) };
    } catch (err) {
      const e = toPlanLensError(err);
      return failure(e.code, e.message);
    }
  }

  return {
    handle,
    listener(message, sender, sendResponse) {
      if (!isWireRequest(message)) return undefined;
      void handle(message, sender).then(sendResponse);
      return true;
    },
  };
}
