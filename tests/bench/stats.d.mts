/** Types for stats.mjs. */
export function percentile(xs: number[], p: number): number;
export function median(xs: number[]): number;
export function fmt(x: number, digits?: number): string;
export function table(rows: { figure: string; how: string; measured: string; goal: string; verdict: string }[]): string;
