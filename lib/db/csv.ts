import Dexie from 'dexie';
import type { TargetRecord } from '../types';
import { getIndicatorInfo } from './registry';
import type { PlanLensDB } from './schema';

/**
 * Indicator × year panel of one region as CSV (RFC 4180: CRLF lines, fields with commas,
 * quotes or line breaks quoted, quotes doubled), with a UTF-8 BOM so Excel reads Chinese.
 */

/** Excel runs cells starting with = + - @ as formulas: page-derived text must not (CSV injection). */
function defuse(cell: string): string {
  const first = cell.charAt(0);
  if (first === '=' || first === '@' || first === '\t' || first === '\r') return `'${cell}`;
  if ((first === '+' || first === '-') && !isNumberLike(cell.slice(1))) return `'${cell}`;
  return cell;
}

function isNumberLike(s: string): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!((c >= '0' && c <= '9') || c === '.' || c === ',' || c === '%')) return false;
  return true;
}

export function csvField(value: string): string {
  const cell = defuse(value);
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

interface Row {
  key: string;
  role: TargetRecord['role'];
  targets: TargetRecord[];
}

/** Rows in the order of the latest notice that has them, then by name. */
function orderRows(rows: Row[]): Row[] {
  const rank = (r: Row) => {
    const latest = Math.max(...r.targets.map((t) => t.year));
    const position = Math.min(...r.targets.filter((t) => t.year === latest).map((t) => t.position));
    return { latest, position };
  };
  return rows
    .map((r) => ({ r, k: rank(r) }))
    .sort((a, b) => b.k.latest - a.k.latest || a.k.position - b.k.position || (a.r.role === 'target' ? -1 : 1))
    .map((x) => x.r);
}

/** CSV text (BOM included) of every indicator of a region: rows = indicator and role, columns = years. */
export async function exportCsv(db: PlanLensDB, region: string): Promise<string> {
  const targets = await db.targets.where('[region+indicator]').between([region, Dexie.minKey], [region, Dexie.maxKey]).toArray();
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => a - b);
  const rows = new Map<string, Row>();
  for (const t of targets) {
    const id = `${t.indicator}\n${t.role}`;
    const row = rows.get(id) ?? { key: t.indicator, role: t.role, targets: [] };
    row.targets.push(t);
    rows.set(id, row);
  }
  const lines = [csvLine(['指标', 'Indicator', 'key', 'role', ...years.map(String)])];
  for (const row of orderRows([...rows.values()])) {
    const info = getIndicatorInfo(row.key);
    const latest = row.targets.reduce((a, b) => (b.year > a.year || (b.year === a.year && b.position < a.position) ? b : a));
    const cells = years.map((y) => [...new Set(row.targets.filter((t) => t.year === y).map((t) => t.text))].join('; '));
    lines.push(csvLine([info?.zh ?? latest.name, info?.en ?? '', row.key, row.role, ...cells]));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
