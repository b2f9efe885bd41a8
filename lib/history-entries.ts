/**
 * History entries shared by the background (lib/db/history.ts) and the content script, which
 * shows the notice being read from its own extraction without waiting for the database.
 */
import type { ExtractedNotice, HistoryEntry, PlanKind } from './types';

/** Order of documents within one year: the plan first, then what reports on it. */
const KIND_ORDER: Record<PlanKind, number> = {
  'five-year-plan': 0,
  'annual-plan': 1,
  'work-report': 2,
  'work-report-tasks': 3,
  'plan-execution': 4,
  'statistical-bulletin': 5,
};

export function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  return (
    a.year - b.year ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.role === b.role ? 0 : a.role === 'target' ? -1 : 1) ||
    a.position - b.position
  );
}

/**
 * A notice often states one target twice — in the body and in the attachment table — with the
 * same words: a reader wants it once per document. Different wording in one document is kept.
 */
export function withoutRepeats(entries: HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const id = `${e.planId}\n${e.role}\n${e.indicator ?? ''}\n${e.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The notice's own targets as history entries, by indicator key. */
export function entriesFromNotice(notice: ExtractedNotice, url: string | null): Map<string, HistoryEntry[]> {
  const { plan } = notice;
  const byKey = new Map<string, HistoryEntry[]>();
  for (const t of notice.targets) {
    const entry: HistoryEntry = {
      indicator: t.indicator,
      year: t.year ?? plan.year,
      kind: plan.kind,
      planId: plan.id,
      planTitle: plan.title,
      url,
      name: t.name,
      text: t.text,
      value: t.value,
      role: t.role,
      quote: t.quote,
      position: t.position,
    };
    const list = byKey.get(t.indicator);
    if (list) list.push(entry);
    else byKey.set(t.indicator, [entry]);
  }
  return byKey;
}

/**
 * The database's history with this notice's entries put in place of whatever the database held
 * for the same plan (an older copy, or nothing yet).
 */
export function withNotice(history: HistoryEntry[], planId: string, own: HistoryEntry[] | undefined): HistoryEntry[] {
  const others = history.filter((e) => e.planId !== planId);
  return withoutRepeats([...others, ...(own ?? [])].sort(compareEntries));
}
