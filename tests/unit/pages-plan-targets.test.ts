import { describe, expect, it } from 'vitest';
import { capturePlan } from '@/lib/db/capture';
import { planTargets } from '@/lib/db/plan-targets';
import { PlanLensError } from '@/lib/db/errors';
import { JX2024, freshDb, notice } from './db-fixtures';

describe('planTargets', () => {
  it("returns one plan's targets in notice order, and nothing of other plans", async () => {
    const db = freshDb('plan-targets');
    await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: null });
    await capturePlan(db, notice('湖州市', 2024, JX2024.slice(0, 2)), { url: null });
    const list = await planTargets(db, '嘉兴市/2024/annual-plan');
    expect(list.map((t) => t.name)).toEqual(JX2024.map((r) => r.name));
    expect(list.every((t) => t.planId === '嘉兴市/2024/annual-plan' && t.region === '嘉兴市')).toBe(true);
    const positions = list.map((t) => t.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await planTargets(db, '湖州市/2024/annual-plan')).toHaveLength(2);
  });

  it('is not-found for an unknown plan', async () => {
    const db = freshDb('plan-targets');
    await expect(planTargets(db, '嘉兴市/1999/annual-plan')).rejects.toThrow(PlanLensError);
    await expect(planTargets(db, '嘉兴市/1999/annual-plan')).rejects.toMatchObject({ code: 'not-found' });
  });
});
