/**
 * Sites: the global switch, a switch per known government site (settings.disabledHosts), and
 * extra non-gov.cn hosts granted as optional permissions (the background registers the content
 * script on them, lib/extra-hosts.ts). permissions.request must run inside the click handler.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SwitchToggle } from '@/components/SwitchToggle';
import { t, type Lang } from '@/lib/i18n';
import { type Settings, hostToMatchPattern, isActiveOn, withHostSwitched } from '@/lib/settings';
import { coveredByDefault, hostOfPattern } from './data-view';

export interface SitesSectionProps {
  settings: Settings;
  save: (next: Settings) => Promise<void>;
  hosts: string[];
  lang: Lang;
}

type Msg = { kind: 'ok' | 'error'; text: string } | null;

function ExtraHosts({ settings, save, lang }: Omit<SitesSectionProps, 'hosts'>) {
  const [input, setInput] = useState('');
  const [msg, setMsg] = useState<Msg>(null);
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  useEffect(() => {
    let live = true;
    Promise.all(
      settings.extraHosts.map(async (h) => {
        const pattern = hostToMatchPattern(h);
        return [h, !!pattern && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false))] as const;
      }),
    )
      .then((pairs) => live && setGranted(Object.fromEntries(pairs)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [settings.extraHosts.join('\n')]);

  const request = (pattern: string, host: string) =>
    // Called synchronously from a click: the permission prompt needs the user's gesture.
    browser.permissions.request({ origins: [pattern] }).then(
      async (ok) => {
        if (!ok) return setMsg({ kind: 'error', text: t('options.permissionDenied', lang, { host }) });
        setMsg(null);
        setInput('');
        await save({ ...settings, extraHosts: [...new Set([...settings.extraHosts, host])] });
        setGranted((g) => ({ ...g, [host]: true }));
      },
      (err: unknown) => setMsg({ kind: 'error', text: String(err instanceof Error ? err.message : err) }),
    );

  const add = (e: Event) => {
    e.preventDefault();
    const pattern = hostToMatchPattern(input);
    if (!pattern) return setMsg({ kind: 'error', text: t('options.badHost', lang, { input: input.trim() }) });
    const host = hostOfPattern(pattern);
    if (coveredByDefault(host)) return setMsg({ kind: 'error', text: t('options.hostCovered', lang, { host }) });
    void request(pattern, host);
  };

  const remove = (host: string) => {
    const pattern = hostToMatchPattern(host);
    const drop = () => save({ ...settings, extraHosts: settings.extraHosts.filter((h) => h !== host) });
    if (!pattern) return void drop();
    browser.permissions.remove({ origins: [pattern] }).then(drop, drop);
  };

  return (
    <div class="pl-subsection" data-section="extra-hosts">
      <h3>{t('options.extraHosts', lang)}</h3>
      <p class="pl-muted pl-small">{t('options.extraIntro', lang)}</p>
      <form class="pl-bar" onSubmit={add}>
        <input
          class="pl-input pl-grow"
          name="extra-host"
          aria-label={t('options.hostLabel', lang)}
          placeholder={t('options.hostPlaceholder', lang)}
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="pl-btn pl-btn--primary" data-action="add-host">
          {t('options.addHost', lang)}
        </button>
      </form>
      {msg && (
        <p class={msg.kind === 'error' ? 'pl-msg pl-msg--error' : 'pl-msg pl-msg--ok'} role="alert">
          {msg.text}
        </p>
      )}
      {settings.extraHosts.length === 0 ? (
        <p class="pl-muted pl-small">{t('options.noExtraHosts', lang)}</p>
      ) : (
        <ul class="pl-list">
          {settings.extraHosts.map((host) => (
            <li key={host} data-extra-host={host}>
              <span class="pl-grow">{host}</span>
              {granted[host] ? (
                <span class="pl-chip pl-chip--ok">{t('options.granted', lang)}</span>
              ) : (
                <>
                  <span class="pl-chip pl-chip--warn">{t('options.notGranted', lang)}</span>
                  <button type="button" class="pl-btn" onClick={() => void request(hostToMatchPattern(host) ?? '', host)}>
                    {t('options.grant', lang)}
                  </button>
                </>
              )}
              <button type="button" class="pl-btn pl-btn--danger" data-action="remove-host" onClick={() => remove(host)}>
                {t('options.remove', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SitesSection(props: SitesSectionProps) {
  const { settings, save, hosts, lang } = props;
  return (
    <section class="pl-section" aria-labelledby="pl-sites" data-section="sites">
      <h2 id="pl-sites">{t('options.sites', lang)}</h2>
      <p class="pl-muted pl-small">{t('options.sitesIntro', lang)}</p>
      <SwitchToggle checked={settings.enabled} label={t('options.enabled', lang)} lang={lang} name="enabled" onChange={(on) => void save({ ...settings, enabled: on })} />
      <div class="pl-subsection">
        <h3>{t('options.siteList', lang)}</h3>
        {hosts.length === 0 ? (
          <p class="pl-muted pl-small">{t('options.noSites', lang)}</p>
        ) : (
          <ul class="pl-list">
            {hosts.map((host) => (
              <li key={host} data-host={host}>
                <SwitchToggle
                  checked={isActiveOn({ ...settings, enabled: true }, host)}
                  label={host}
                  lang={lang}
                  disabled={!settings.enabled}
                  onChange={(on) => void save(withHostSwitched(settings, host, on))}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <ExtraHosts settings={settings} save={save} lang={lang} />
    </section>
  );
}
