import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EXTRA_HOSTS_SCRIPT_ID, type ExtraHostsApi, extraHostPatterns, grantedPatterns, syncExtraHostScripts } from '@/lib/extra-hosts';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { saveSettings } from '@/lib/settings-store';

type Script = Parameters<ExtraHostsApi['scripting']['registerContentScripts']>[0][number];

/** A scripting + permissions fake that behaves like Chrome's (register twice throws). */
function fakeApi(granted: string[]) {
  const scripts = new Map<string, Script>();
  const calls: string[] = [];
  const api: ExtraHostsApi = {
    scripting: {
      async getRegisteredContentScripts(filter) {
        return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => ({ ...s }));
      },
      async registerContentScripts(list) {
        calls.push('register');
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, { ...s });
        }
      },
      async updateContentScripts(list) {
        calls.push('update');
        for (const s of list) {
          if (!scripts.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
          scripts.set(s.id, { ...scripts.get(s.id), ...s });
        }
      },
      async unregisterContentScripts(filter) {
        calls.push('unregister');
        for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
      },
    },
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
  };
  return { api, scripts, calls, granted };
}

describe('extra hosts', () => {
  it('turns stored hosts into match patterns, once each, skipping non-hosts', () => {
    expect(extraHostPatterns(['plans.example.org', '*.example.net', 'PLANS.example.org', 'not a host'])).toEqual([
      '*://plans.example.org/*',
      '*://*.example.net/*',
    ]);
  });

  it('keeps only the patterns the browser confirms', async () => {
    const { api } = fakeApi(['*://a.example.org/*']);
    expect(await grantedPatterns(['a.example.org', 'b.example.org'], api)).toEqual(['*://a.example.org/*']);
  });

  it('registers, updates, leaves alone and unregisters the notice script (idempotent)', async () => {
    const f = fakeApi(['*://a.example.org/*', '*://b.example.org/*']);
    expect(await syncExtraHostScripts({ api: f.api, settings: { extraHosts: [] } })).toEqual({ action: 'none', matches: [] });
    expect(await syncExtraHostScripts({ api: f.api, settings: { extraHosts: ['a.example.org', 'c.example.org'] } })).toEqual({
      action: 'registered',
      matches: ['*://a.example.org/*'],
    });
    expect(f.scripts.get(EXTRA_HOSTS_SCRIPT_ID)).toEqual({
      id: 'planlens-extra-hosts',
      matches: ['*://a.example.org/*'],
      js: ['content-scripts/notice.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    // Same hosts again: nothing to do (a second register would throw in Chrome).
    expect((await syncExtraHostScripts({ api: f.api, settings: { extraHosts: ['a.example.org'] } })).action).toBe('none');
    expect(await syncExtraHostScripts({ api: f.api, settings: { extraHosts: ['b.example.org', 'a.example.org'] } })).toEqual({
      action: 'updated',
      matches: ['*://b.example.org/*', '*://a.example.org/*'],
    });
    expect(f.scripts.get(EXTRA_HOSTS_SCRIPT_ID)?.matches).toEqual(['*://b.example.org/*', '*://a.example.org/*']);
    // The user revoked both permissions in the browser: the script goes.
    f.granted.length = 0;
    expect(await syncExtraHostScripts({ api: f.api, settings: { extraHosts: ['b.example.org', 'a.example.org'] } })).toEqual({
      action: 'unregistered',
      matches: [],
    });
    expect(f.scripts.size).toBe(0);
    expect(f.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('reads the extra hosts from stored settings when none are passed', async () => {
    fakeBrowser.reset();
    await saveSettings({ ...DEFAULT_SETTINGS, extraHosts: ['plans.example.org'] });
    const f = fakeApi(['*://plans.example.org/*']);
    expect(await syncExtraHostScripts({ api: f.api })).toEqual({ action: 'registered', matches: ['*://plans.example.org/*'] });
  });
});
