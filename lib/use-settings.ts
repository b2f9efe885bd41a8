/**
 * Settings for the extension pages as a Preact hook: loaded once, kept in step with changes made
 * in any other context (popup ↔ options ↔ content scripts), and the UI language they pick.
 */
import { useEffect, useState } from 'preact/hooks';
import { uiLanguage, type Lang } from './i18n';
import type { Settings } from './settings';
import { loadSettings, onSettingsChanged, saveSettings } from './settings-store';

export function langOf(settings: Pick<Settings, 'language'> | null): Lang {
  return settings && settings.language !== 'auto' ? settings.language : uiLanguage();
}

/** [settings (null until loaded), save]. Saving also updates the returned value at once. */
export function useSettings(): [Settings | null, (next: Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((s) => live && setSettings(s))
      .catch(() => undefined);
    const off = onSettingsChanged((s) => setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  const save = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
  };
  return [settings, save];
}

/** Keeps <html lang> in step with the UI language (fonts and screen readers follow it). */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}
