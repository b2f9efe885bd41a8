/**
 * The current plan's table rows from the background: the plan's own targets (planTargets, in
 * notice order) joined with every year of those indicators in the region (historyForKeys).
 */
import type { ComparisonRow } from '@/components/comparisonRows';
import { sendMessage } from '@/lib/messaging';
import { planKeys, rowsFromTargets } from './rows';

export async function loadRows(planId: string, region: string): Promise<ComparisonRow[]> {
  const targets = await sendMessage('planTargets', { planId });
  const keys = planKeys(targets);
  const histories = keys.length ? await sendMessage('historyForKeys', { region, keys }) : [];
  return rowsFromTargets(targets, histories);
}
