/** Pure helpers of the options page: plans grouped by region, the hosts to list, byte sizes. */
import type { PlanSummary } from '@/lib/db/plans';

export interface RegionGroup {
  region: string;
  plans: PlanSummary[];
  targets: number;
}

/** Regions by name (Chinese collation), each region's plans newest year first. */
export function plansByRegion(plans: readonly PlanSummary[]): RegionGroup[] {
  const groups = new Map<string, PlanSummary[]>();
  for (const p of plans) groups.set(p.region, [...(groups.get(p.region) ?? []), p]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([region, list]) => ({
      region,
      plans: [...list].sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind)),
      targets: list.reduce((n, p) => n + p.targets, 0),
    }));
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The sites worth a switch: those switched off, and those plans were captured on. Sorted. */
export function knownHosts(disabledHosts: readonly string[], plans: readonly Pick<PlanSummary, 'url'>[]): string[] {
  const hosts = new Set(disabledHosts.map((h) => h.toLowerCase()));
  for (const p of plans) {
    const h = hostOf(p.url);
    if (h) hosts.add(h);
  }
  return [...hosts].sort();
}

/** True when the manifest's *.gov.cn host permission already covers a host (or `*.host` pattern). */
export function coveredByDefault(host: string): boolean {
  const h = host.replace(/^\*\./, '').toLowerCase();
  return h === 'gov.cn' || h.endsWith('.gov.cn');
}

/** `*://host/*` → `host` (the form kept in settings.extraHosts). */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

/** 1536 → "1.5 KB"; binary units as storage quotas are. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(n < 10 ? 1 : 0)} ${units[i]}`;
}
