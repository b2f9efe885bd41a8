/** Types for scale-figures.mjs (the parts usable without a browser). */
export function scaleChart(points: { targets: number; p50: number; p95: number; heapMB: number }[], caption: string): string;
export function workerSession(context: unknown, page: unknown, extensionId: string): Promise<{ heap(): Promise<{ usedSize: number; totalSize: number }>; stopWorkers(): Promise<void>; cpuProfile(run: () => Promise<unknown>): Promise<unknown>; close(): Promise<void> }>;
export function timeOneSearch(page: unknown, query: string): Promise<{ ms: number; ok: boolean; first: string | null }>;
export function topSelfTime(profile: unknown, top?: number): { fn: string; where: string; ms: number; share: number }[];
