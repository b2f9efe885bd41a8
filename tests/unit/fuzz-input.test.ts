/**
 * Fuzzing the value parser, the anchoring code and the import validator (RELIABILITY.md F3–F5)
 * with fast-check, FUZZ_RUNS (default 10,000) cases each.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { anchorInText, describeOffsets } from '../../lib/annotate';
import { BACKUP_FORMAT, parseBackup } from '../../lib/db/backup';
import { PlanLensError } from '../../lib/db/errors';
import { TargetValueSchema } from '../../lib/db/validate';
import { parseValue } from '../../lib/notice/value';
import type { Selector } from '../../lib/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const opts = { numRuns: RUNS, seed: SEED };

describe('parseValue fuzzing', () => {
  const piece = fc.constantFrom('增长', '下降', '6', '.', '5', '0', '%', '％', '１', '万', '亿', '人', '以上', '左右', '以内', '不低于', '-', '－', '～', '~', '至', '较', '2020年', '个百分点', '控制在', '超', '/', '元', '按省下达', ' ', '\u00a0', 'PM2.5', '累计', '1e308', '9'.repeat(40), '，', '（', '）', '倍');
  it(`${RUNS} value texts: never throws, always a valid value with finite numbers in order`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), fc.string({ maxLength: 30 })), (text) => {
        const value = parseValue(text);
        const parsed = v.safeParse(TargetValueSchema, value);
        expect(parsed.success).toBe(true);
        for (const n of [value.number, value.min, value.max]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
        if (value.min !== undefined && value.max !== undefined) expect(value.min).toBeLessThanOrEqual(value.max);
      }),
      opts,
    );
  });
});

describe('anchoring fuzzing', () => {
  let orphaned = 0;
  let fuzzy = 0;
  const unit = fc.constantFrom('固', '定', '资', '产', '投', '增', '长', '6', '%', '，', '。', ' ', '\n', '\u00a0', 'a', 'b');
  const textArb = fc.string({ unit, minLength: 1, maxLength: 160 });

  it(`${RUNS} texts and spans: unchanged text → the same span; an edit outside the quote → the same quote; any selectors → null or a range inside the text`, () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.string({ unit, maxLength: 20 }), fc.nat(), (text, a, b, insert, at) => {
        const s = a % text.length;
        const e = Math.min(text.length, s + 1 + (b % 30));
        const quote = text.slice(s, e);
        if (!quote.trim()) return;
        const selectors = describeOffsets(text, s, e);
        // Unchanged text: the same span (whitespace at its edges may be left out).
        const same = anchorInText(text, selectors);
        expect(same).not.toBeNull();
        expect(same!.start).toBeGreaterThanOrEqual(s);
        expect(same!.end).toBeLessThanOrEqual(e);
        expect(text.slice(same!.start, same!.end).replace(/\s/g, '')).toBe(quote.replace(/\s/g, ''));
        // An insertion before or after the quote (never inside it): the quote text is found again.
        const cut = at % (text.length + 1) <= s ? at % (s + 1) : e + (at % (text.length - e + 1));
        const edited = text.slice(0, cut) + insert + text.slice(cut);
        const moved = anchorInText(edited, selectors);
        const squeezed = quote.replace(/\s/g, '');
        // An 'exact' placement always spells the quote; a 'fuzzy' one is shown dashed for the user to
        // check; unplaced is kept as an orphan. Never silently placed on other words.
        if (!moved) orphaned++;
        else if (moved.state === 'exact') expect(edited.slice(moved.start, moved.end).replace(/\s/g, '')).toBe(squeezed);
        else fuzzy++;
      }),
      opts,
    );
    console.log(`anchoring fuzz: of ${RUNS} edited cases, ${fuzzy} placed fuzzily (flagged), ${orphaned} left unplaced (orphans); no exact misplacement`);
    // A 16-character alphabet makes the texts far more repetitive than any notice: a regression guard, not a target.
    expect(orphaned + fuzzy).toBeLessThan(RUNS * 0.3);
  });

  // Finding (RELIABILITY.md F4), found by the property above: in repetitive text a quote that
  // still occurs exactly once, whose recorded context changed, is left unplaced (an orphan, not
  // lost). lib/annotate/anchor.ts is being reworked elsewhere; this flips to failing once fixed.
  it.fails('known weakness: a unique 4-character quote in repetitive text after an edit before it', () => {
    const text = '固固固固固固固';
    const selectors = describeOffsets(text, 3, 7);
    const edited = `固固固。固固固投固定${text.slice(3)}`;
    const found = anchorInText(edited, selectors);
    expect(found && edited.slice(found.start, found.end)).toBe('固固固固');
  });

  it(`${RUNS} hostile selectors: never throw, never point outside the text`, () => {
    const selector: fc.Arbitrary<Selector> = fc.oneof(
      fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: fc.string({ maxLength: 40 }), prefix: fc.string({ maxLength: 40 }), suffix: fc.string({ maxLength: 40 }) }),
      fc.record({ type: fc.constant('TextPositionSelector' as const), start: fc.integer({ min: -5, max: 1e9 }), end: fc.integer({ min: -5, max: 1e9 }) }),
    );
    fc.assert(
      fc.property(textArb, fc.array(selector, { maxLength: 3 }), (text, selectors) => {
        const r = anchorInText(text, selectors);
        if (r) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
      }),
      opts,
    );
  });
});

describe('import validator fuzzing', () => {
  const valid = {
    format: BACKUP_FORMAT,
    version: 1,
    plans: [{ id: '嘉兴市/2024/annual-plan', region: '嘉兴市', year: 2024, kind: 'annual-plan', title: 't', issued: null, url: 'https://www.jiaxing.gov.cn/a.html', source: 'captured', capturedAt: 1, hash: 'h', paragraphs: ['p'] }],
    targets: [
      { id: 't1', planId: '嘉兴市/2024/annual-plan', indicator: 'gdp', name: '地区生产总值', category: null, text: '增长5%', value: { metric: 'growth', number: 5, unit: '%' }, origin: 'table', role: 'target', quote: 'q', position: 0, region: '嘉兴市', year: 2024, kind: 'annual-plan' },
    ],
    highlights: [{ id: 'h1', url: 'https://www.jiaxing.gov.cn/a.html', planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 1 }], exact: 'x', note: '', tags: [], color: 'yellow', createdAt: 1, updatedAt: 1 }],
  };
  const good = JSON.stringify(valid);

  /** Mutations of a valid file: replace a value anywhere, drop a key, truncate, splice bytes. */
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string({ maxLength: 8 }), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3 })),
  })).value;
  const mutated = fc.oneof(
    fc.tuple(fc.nat(), json).map(([i, val]) => {
      const paths: (string | number)[][] = [];
      const walk = (o: unknown, path: (string | number)[]) => {
        paths.push(path);
        if (o && typeof o === 'object') for (const [k, x] of Object.entries(o)) walk(x, [...path, Array.isArray(o) ? Number(k) : k]);
      };
      walk(valid, []);
      const copy = structuredClone(valid) as Record<string, unknown>;
      const path = paths[1 + (i % (paths.length - 1))];
      let o = copy as Record<string | number, unknown>;
      for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
      if (i % 5 === 0) delete o[path[path.length - 1]];
      else o[path[path.length - 1]] = val;
      return JSON.stringify(copy);
    }),
    fc.nat().map((n) => good.slice(0, n % good.length)),
    fc.tuple(fc.nat(), fc.string({ maxLength: 6 })).map(([n, s]) => good.slice(0, n % good.length) + s + good.slice(n % good.length)),
    fc.string({ maxLength: 200 }),
    json.map((x) => JSON.stringify(x) ?? ''),
  );

  it(`${RUNS} mutated files: accepted only when valid, otherwise refused as 'invalid' in one line`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        try {
          const { content } = parseBackup(text);
          accepted++;
          // Whatever passes is well-formed: every target's plan is in the file.
          const ids = new Set(content.plans.map((p) => p.id));
          for (const t of content.targets) expect(ids.has(t.planId)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(PlanLensError);
          expect((err as PlanLensError).code).toBe('invalid');
          expect((err as Error).message).not.toMatch(/[\n\r]/);
          expect((err as Error).message.length).toBeLessThan(400);
        }
      }),
      opts,
    );
    expect(parseBackup(good).content.plans).toHaveLength(1);
    console.log(`import fuzz: ${accepted} of ${RUNS} mutated files accepted (valid), the rest refused`);
  });
});
