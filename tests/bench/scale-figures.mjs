// Research-scale figures (design.md §7, issue 13): the background's memory through the Chrome
// DevTools Protocol, a worker restart, and the SVG chart of latency and memory against size.

/**
 * A CDP session on the service worker, reached through a page's session (Target.attachToTarget,
 * non-flattened: messages go through Target.sendMessageToTarget).
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page any page of the context
 * @param {string} extensionId
 */
export async function workerSession(context, page, extensionId) {
  const cdp = await context.newCDPSession(page);
  let next = 1;
  /** @type {Map<number, (msg: any) => void>} */
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message);
    const done = waiting.get(msg.id);
    if (done) {
      waiting.delete(msg.id);
      done(msg);
    }
  });
  let sessionId = null;
  const attach = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!sw) throw new Error('the extension has no running service worker');
    ({ sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false }));
  };
  /** @param {string} method @param {object} [params] */
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 60_000);
      waiting.set(id, (msg) => {
        clearTimeout(timer);
        if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
        else resolve(msg.result);
      });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  return {
    /** The worker's JS heap after two full collections (bytes): what the background keeps. */
    async heap() {
      await attach();
      await send('HeapProfiler.enable');
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
      const { usedSize, totalSize } = /** @type {any} */ (await send('Runtime.getHeapUsage'));
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      return { usedSize, totalSize };
    },
    /**
     * A CPU profile of the worker (CDP Profiler) while `run` runs: the raw profile, for
     * `topSelfTime`. Sampling every 100 µs.
     * @param {() => Promise<unknown>} run
     */
    async cpuProfile(run) {
      await attach();
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: 100 });
      await send('Profiler.start');
      let profile = null;
      try {
        await run();
      } finally {
        ({ profile } = /** @type {any} */ (await send('Profiler.stop')));
        await send('Profiler.disable').catch(() => undefined);
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      }
      return profile;
    },
    /** Stops every service worker (the next message starts the background afresh: nothing in memory). */
    async stopWorkers() {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

/**
 * Self time per function of a CDP CPU profile, largest first: `{ fn, where, ms, share }` (share of
 * the sampled time, idle and program excluded from nothing: they are rows too).
 * @param {{ nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }[], samples: number[], timeDeltas: number[] }} profile
 * @param {number} [top]
 */
export function topSelfTime(profile, top = 20) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<string, { fn: string, where: string, ms: number }>} */
  const rows = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const file = f.url ? f.url.split('/').slice(-1)[0] : '';
    const where = file ? `${file}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName}\n${where}`;
    const row = rows.get(key) ?? { fn: f.functionName || '(anonymous)', where, ms: 0 };
    row.ms += ms;
    rows.set(key, row);
  });
  return [...rows.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
    .map((r) => ({ ...r, share: total > 0 ? r.ms / total : 0 }));
}

/**
 * One search through runtime.sendMessage, timed from the page (ms) — for the first query after a restart.
 * @param {import('playwright-core').Page} page an extension page
 * @param {string} query
 */
export function timeOneSearch(page, query) {
  return page.evaluate(async (query) => {
    const t = performance.now();
    const reply = await /** @type {any} */ (globalThis).chrome.runtime.sendMessage({ protocol: 'planlens/1', type: 'search', payload: { query, limit: 10 } });
    return { ms: performance.now() - t, ok: Boolean(reply?.ok), first: reply?.ok ? (reply.value.indicators[0]?.indicator ?? null) : null };
  }, query);
}

/**
 * SVG chart: search p50/p95 (ms, left axis) and the background's heap (MB, right axis) against
 * the number of targets (log scale). Self-contained, no fonts or scripts.
 * @param {{ targets: number, p50: number, p95: number, heapMB: number }[]} points
 * @param {string} caption
 */
export function scaleChart(points, caption) {
  const W = 640, H = 360, L = 60, R = 70, T = 40, B = 60;
  const xs = points.map((p) => Math.log10(p.targets));
  const [x0, x1] = [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))];
  const msMax = Math.max(5, ...points.map((p) => p.p95)) * 1.15;
  const mbMax = Math.max(10, ...points.map((p) => p.heapMB)) * 1.15;
  const X = (t) => L + ((Math.log10(t) - x0) / Math.max(1e-9, x1 - x0)) * (W - L - R);
  const Yms = (v) => H - B - (v / msMax) * (H - T - B);
  const Ymb = (v) => H - B - (v / mbMax) * (H - T - B);
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const line = (pts, color, dash = '') => `<polyline fill="none" stroke="${color}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''} points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>` + pts.map(([x, y]) => `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" fill="${color}"/>`).join('');
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${esc(caption)}</text>`);
  for (let e = x0; e <= x1; e++) {
    const x = X(10 ** e);
    out.push(`<line x1="${x}" y1="${T}" x2="${x}" y2="${H - B}" stroke="#eee"/><text x="${x}" y="${H - B + 16}" text-anchor="middle">${e >= 6 ? `${10 ** (e - 6)}M` : e >= 3 ? `${10 ** (e - 3)}k` : 10 ** e}</text>`);
  }
  for (let i = 0; i <= 4; i++) {
    const y = H - B - (i / 4) * (H - T - B);
    out.push(`<line x1="${L}" y1="${y}" x2="${W - R}" y2="${y}" stroke="#eee"/>`);
    out.push(`<text x="${L - 6}" y="${y + 4}" text-anchor="end" fill="#1f77b4">${((msMax * i) / 4).toFixed(1)}</text>`);
    out.push(`<text x="${W - R + 6}" y="${y + 4}" fill="#d62728">${((mbMax * i) / 4).toFixed(0)}</text>`);
  }
  out.push(`<text x="${W / 2}" y="${H - 22}" text-anchor="middle">targets in the database (log scale)</text>`);
  out.push(`<text x="16" y="${(H - B + T) / 2}" transform="rotate(-90 16 ${(H - B + T) / 2})" text-anchor="middle" fill="#1f77b4">search latency via messaging (ms)</text>`);
  out.push(`<text x="${W - 14}" y="${(H - B + T) / 2}" transform="rotate(90 ${W - 14} ${(H - B + T) / 2})" text-anchor="middle" fill="#d62728">background JS heap (MB)</text>`);
  out.push(line(points.map((p) => [X(p.targets), Yms(p.p95)]), '#1f77b4'));
  out.push(line(points.map((p) => [X(p.targets), Yms(p.p50)]), '#1f77b4', '4 3'));
  out.push(line(points.map((p) => [X(p.targets), Ymb(p.heapMB)]), '#d62728'));
  out.push(`<g transform="translate(${L + 10},${T + 8})"><line x1="0" y1="0" x2="24" y2="0" stroke="#1f77b4" stroke-width="2"/><text x="30" y="4">p95</text><line x1="70" y1="0" x2="94" y2="0" stroke="#1f77b4" stroke-width="2" stroke-dasharray="4 3"/><text x="100" y="4">p50</text><line x1="140" y1="0" x2="164" y2="0" stroke="#d62728" stroke-width="2"/><text x="170" y="4">heap</text></g>`);
  out.push('</svg>');
  return out.join('\n');
}
