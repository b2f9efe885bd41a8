/**
 * The notice content script on hosts the user added in the options page (design.md §8: other
 * sites only as optional permissions the user grants). For the BACKGROUND: the manifest only
 * declares *.gov.cn, so the script is registered dynamically on the granted extra hosts.
 * The browser APIs are passed in (default: wxt's browser) so tests can use fakes.
 */
import { browser } from 'wxt/browser';
import { hostToMatchPattern, type Settings } from './settings';
import { loadSettings } from './settings-store';

export const EXTRA_HOSTS_SCRIPT_ID = 'planlens-extra-hosts';
/** The built notice content script (entrypoints/notice.content → content-scripts/notice.js). */
export const NOTICE_SCRIPT = 'content-scripts/notice.js';

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The parts of browser.scripting / browser.permissions this module uses. */
export interface ExtraHostsApi {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
}

/** Match patterns of the extra hosts, de-duplicated, skipping entries that are not hosts. */
export function extraHostPatterns(extraHosts: readonly string[]): string[] {
  return [...new Set(extraHosts.map(hostToMatchPattern).filter((p): p is string => p !== null))];
}

/** The patterns the browser confirms the user granted (a revoked permission drops its host). */
export async function grantedPatterns(extraHosts: readonly string[], api: Pick<ExtraHostsApi, 'permissions'>): Promise<string[]> {
  const patterns = extraHostPatterns(extraHosts);
  const granted = await Promise.all(patterns.map((p) => api.permissions.contains({ origins: [p] }).catch(() => false)));
  return patterns.filter((_, i) => granted[i]);
}

export interface SyncResult {
  action: 'registered' | 'updated' | 'unregistered' | 'none';
  matches: string[];
}

/**
 * Makes the registered script match exactly the granted extra hosts: registers it, updates its
 * matches, or unregisters it when none is left. Idempotent; call on startup, install, settings
 * changes and permission changes.
 */
export async function syncExtraHostScripts(
  options: { api?: ExtraHostsApi; settings?: Pick<Settings, 'extraHosts'> } = {},
): Promise<SyncResult> {
  const api = options.api ?? (browser as unknown as ExtraHostsApi);
  const settings = options.settings ?? (await loadSettings());
  const matches = await grantedPatterns(settings.extraHosts, api);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [EXTRA_HOSTS_SCRIPT_ID] });
  const registered = existing.find((s) => s.id === EXTRA_HOSTS_SCRIPT_ID);
  if (matches.length === 0) {
    if (!registered) return { action: 'none', matches };
    await api.scripting.unregisterContentScripts({ ids: [EXTRA_HOSTS_SCRIPT_ID] });
    return { action: 'unregistered', matches };
  }
  const script: RegisteredScript = {
    id: EXTRA_HOSTS_SCRIPT_ID,
    matches,
    js: [NOTICE_SCRIPT],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (!registered) {
    await api.scripting.registerContentScripts([script]);
    return { action: 'registered', matches };
  }
  const same = [...(registered.matches ?? [])].sort().join('\n') === [...matches].sort().join('\n');
  if (same) return { action: 'none', matches };
  await api.scripting.updateContentScripts([script]);
  return { action: 'updated', matches };
}
