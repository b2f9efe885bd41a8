import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, hostToMatchPattern, isActiveOn, normalizeSettings, withHostSwitched } from '@/lib/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '@/lib/settings-store';

describe('settings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    [{ enabled: false }, { ...DEFAULT_SETTINGS, enabled: false }],
    [{ disabledHosts: ['a.gov.cn', 3], language: 'fr' }, { ...DEFAULT_SETTINGS, disabledHosts: ['a.gov.cn'] }],
  ])('normalizes %j', (raw, expected) => {
    expect(normalizeSettings(raw)).toEqual(expected);
  });

  it('switches one host off and on again', () => {
    const off = withHostSwitched(DEFAULT_SETTINGS, 'WWW.Jiaxing.gov.cn', false);
    expect(isActiveOn(off, 'www.jiaxing.gov.cn')).toBe(false);
    expect(isActiveOn(off, 'www.huzhou.gov.cn')).toBe(true);
    expect(isActiveOn(withHostSwitched(off, 'www.jiaxing.gov.cn', true), 'www.jiaxing.gov.cn')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'www.huzhou.gov.cn')).toBe(false);
  });

  it.each([
    ['www.example.org', '*://www.example.org/*'],
    ['https://plans.example.org/a/b?c', '*://plans.example.org/*'],
    ['*.example.org', '*://*.example.org/*'],
    ['not a host', null],
    ['', null],
    ['javascript:alert(1)', null],
  ])('host %s → pattern %s', (input, pattern) => {
    expect(hostToMatchPattern(input)).toBe(pattern);
  });

  it('persists and notifies', async () => {
    fakeBrowser.reset();
    const seen: boolean[] = [];
    const off = onSettingsChanged((s) => seen.push(s.enabled));
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect((await loadSettings()).enabled).toBe(false);
    expect(seen).toEqual([false]);
    off();
  });
});
