import * as v from 'valibot';
import { PlanLensError } from './errors';

/**
 * valibot schemas of the shared data contracts (lib/types.ts). Everything that crosses a trust
 * boundary — messages from content scripts, imported files — is parsed with these before a
 * single write. `v.object` drops unknown keys, so nothing unexpected is ever stored.
 */

const text = v.string();
const nonEmpty = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const finite = v.pipe(v.number(), v.finite());
const year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const isoDate = v.pipe(v.string(), v.isoDate('must be an ISO date YYYY-MM-DD'));
/**
 * Page addresses are shown as links in the extension's pages: only http(s) ones are stored, so an
 * imported `javascript:` or `data:` address can never become a link (RELIABILITY.md, hostile content).
 */
const webUrl = v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\/[^\s]/i, 'must be an http(s) address'));

export const PlanKindSchema = v.picklist([
  'annual-plan',
  'work-report',
  'work-report-tasks',
  'plan-execution',
  'statistical-bulletin',
  'five-year-plan',
]);

export const TargetValueSchema = v.object({
  metric: v.picklist(['growth', 'level', 'share', 'count', 'change', 'qualitative', 'deferred']),
  number: v.optional(finite),
  min: v.optional(finite),
  max: v.optional(finite),
  unit: v.optional(text),
  bound: v.optional(v.picklist(['about', 'at-least', 'at-most', 'exact', 'above', 'below'])),
  base: v.optional(v.object({ year })),
});

export const PlanMetaSchema = v.object({
  id: nonEmpty,
  region: nonEmpty,
  year,
  kind: PlanKindSchema,
  title: text,
  issued: v.nullable(isoDate),
  url: v.nullable(webUrl),
});

export const ExtractedTargetSchema = v.object({
  indicator: nonEmpty,
  name: nonEmpty,
  category: v.nullable(text),
  text,
  value: TargetValueSchema,
  origin: v.picklist(['table', 'body']),
  role: v.picklist(['target', 'actual']),
  quote: text,
  position: count,
  // The figure's own year, period and region (design.md §4). Optional on input: files and
  // messages written before figures had them fall back to the plan's.
  year: v.optional(year),
  period: v.optional(v.object({ from: year, to: year })),
  horizon: v.optional(v.literal('multi-year')),
  region: v.optional(nonEmpty),
});

export const BlockSchema = v.object({
  type: v.picklist(['paragraph', 'row']),
  text,
  cells: v.optional(v.array(text)),
});

export const ExtractedNoticeSchema = v.object({
  plan: PlanMetaSchema,
  targets: v.array(ExtractedTargetSchema),
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'a notice has at least one block')),
});

/** What a content script read from a page (lib/notice/read-page.ts), for extraction in the background. */
export const PageReadingSchema = v.object({
  title: v.nullable(v.pipe(v.string(), v.maxLength(2000))),
  metas: v.record(v.pipe(v.string(), v.maxLength(200)), v.pipe(v.string(), v.maxLength(5000))),
  headerText: v.pipe(v.string(), v.maxLength(5000)),
  blocks: v.pipe(v.array(BlockSchema), v.maxLength(200_000)),
});

export const PlanRecordSchema = v.object({
  ...PlanMetaSchema.entries,
  source: v.picklist(['bundled', 'captured', 'imported']),
  capturedAt: finite,
  hash: text,
  paragraphs: v.array(text),
});

export const TargetRecordSchema = v.object({
  ...ExtractedTargetSchema.entries,
  id: nonEmpty,
  planId: nonEmpty,
  region: nonEmpty,
  year,
  planYear: v.optional(year),
  kind: PlanKindSchema,
});

export const SelectorSchema = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: text, prefix: text, suffix: text }),
  v.object({ type: v.literal('TextPositionSelector'), start: count, end: count, counting: v.optional(v.picklist(['page-text', 'all-text', 'unknown'])) }),
  v.object({
    type: v.literal('RangeSelector'),
    startContainer: v.pipe(v.string(), v.maxLength(2000)),
    startOffset: count,
    endContainer: v.pipe(v.string(), v.maxLength(2000)),
    endOffset: count,
  }),
]);

export const HighlightRecordSchema = v.object({
  id: nonEmpty,
  url: webUrl,
  planId: v.nullable(text),
  selectors: v.array(SelectorSchema),
  exact: nonEmpty,
  note: text,
  tags: v.array(text),
  color: text,
  createdAt: finite,
  updatedAt: finite,
});

/** What a context sends to save a highlight; the database stamps the times. */
export const HighlightInputSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200))),
  url: webUrl,
  planId: v.nullable(v.string()),
  selectors: v.pipe(v.array(SelectorSchema), v.minLength(1, 'a highlight needs at least one selector')),
  exact: v.pipe(v.string(), v.nonEmpty()),
  note: v.optional(v.string(), ''),
  tags: v.optional(v.array(v.string()), []),
  color: v.optional(v.string(), 'yellow'),
});
export type HighlightInput = v.InferInput<typeof HighlightInputSchema>;

export const HighlightPatchSchema = v.object({
  note: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
  color: v.optional(v.string()),
});
export type HighlightPatch = v.InferOutput<typeof HighlightPatchSchema>;

/** Parses or throws PlanLensError('invalid') naming the record and the field, e.g. `targets[3].value.metric: Invalid option…`. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new PlanLensError('invalid', describeIssue(what, result.issues[0]));
}

export function describeIssue(what: string, issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const where = path ? `${what}.${path}` : what;
  return `${where.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}: ${issue.message}`;
}
