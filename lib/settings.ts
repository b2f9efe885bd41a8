/**
 * User settings (on/off switches, extra hosts, language). Stored in browser.storage.local so the
 * content script can read them without waking the database; pure helpers here, storage in settings-store.ts.
 */
export interface Settings {
  /** Global switch: false unwraps every mark on every page. */
  enabled: boolean;
  /** Hosts (exact host names) the user switched off. */
  disabledHosts: string[];
  /** Extra hosts the user added in options (granted as optional host permissions). */
  extraHosts: string[];
  /** UI language: follow the browser, or force one. */
  language: 'auto' | 'zh' | 'en';
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledHosts: [], extraHosts: [], language: 'auto' };

/** Merge stored (possibly partial or stale-shaped) settings over the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledHosts: strings(r.disabledHosts),
    extraHosts: strings(r.extraHosts),
    language: r.language === 'zh' || r.language === 'en' ? r.language : 'auto',
  };
}

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledHosts.includes(host.toLowerCase());
}

export function withHostSwitched(settings: Settings, host: string, on: boolean): Settings {
  const h = host.toLowerCase();
  const rest = settings.disabledHosts.filter((x) => x !== h);
  return { ...settings, disabledHosts: on ? rest : [...rest, h] };
}

/**
 * A user-typed host ("www.example.org", "https://example.org/path", "*.example.org") → the
 * match pattern to request as an optional permission, or null when it is not a host.
 */
export function hostToMatchPattern(input: string): string | null {
  let s = input.trim().toLowerCase();
  s = s.replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '');
  const wildcard = s.startsWith('*.');
  if (wildcard) s = s.slice(2);
  const labels = s.split('.');
  const isHost = labels.length >= 2 && labels.every((l) => /^[a-z0-9-]{1,63}$/.test(l));
  if (!isHost && s !== 'localhost') return null;
  return `*://${wildcard ? '*.' : ''}${s}/*`;
}
