/**
 * Highlights out of and into files the user keeps elsewhere: Markdown for notes, and W3C Web
 * Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) for other annotation tools.
 * Pure; the side panel downloads the strings and sends what it reads back to the database.
 *
 * JSON-LD shape written (and read back):
 *   AnnotationCollection { @context, type, label?, total, first: AnnotationPage { items: Annotation[] } }
 *   Annotation { id: "urn:planlens:highlight:<id>", motivation, created, modified,
 *     body?: [TextualBody purpose "commenting" (the note), TextualBody purpose "tagging" (each tag)],
 *     target: { source: <page URL>, selector: [TextQuoteSelector, TextPositionSelector],
 *               styleClass?: <color>, scope?: "urn:planlens:plan:<plan id>" } }
 * The colour rides on the model's own styleClass and the plan on scope, so the file keeps the
 * plain anno.jsonld context and still round-trips.
 *
 * Reading other tools' files (issue 14): a TextPositionSelector is tagged with how its tool
 * counted (`counting`, lib/annotation-tools.ts: by generator/creator/id, else 'unknown' and the
 * anchoring tries both), and a RangeSelector — Hypothesis's flat form, or the W3C form with
 * XPathSelector start/end refined by character positions — is kept as one more hint.
 */
import * as v from 'valibot';
import type { HighlightRecord, RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from './types';
import { countingOf } from './annotation-tools';
import { textFragmentUrl } from './format';
import { t, type Lang } from './i18n';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const HIGHLIGHT_URN = 'urn:planlens:highlight:';
const PLAN_URN = 'urn:planlens:plan:';

// ---- Markdown ----

/** Backslash-escapes what Markdown would read as markup, so page text stays literal text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/^(\s*)([#+=-]|\d+[.)])/gm, '$1\\$2');
}

/** A link destination Markdown cannot misread: spaces, brackets and parentheses percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[\s()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export interface MarkdownOptions {
  title?: string;
  lang?: Lang;
}

/**
 * One section per highlight: the text as a `>` quote, the note, the tags and a source link
 * that opens the page at the passage (text fragment). Highlights in the order given.
 */
export function highlightsToMarkdown(list: readonly HighlightRecord[], options: MarkdownOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const colon = lang === 'zh' ? '：' : ':';
  const label = (key: 'export.note' | 'export.tags') => `**${t(key, lang)}${colon}**`;
  const blocks = list.map((h) => {
    const parts = [h.exact.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`).join('\n')];
    const note = h.note.trim();
    // Two trailing spaces: a hard line break, so a note's own lines stay lines.
    if (note) parts.push(`${label('export.note')} ${note.split(/\r?\n/).map(escapeMarkdown).join('  \n')}`);
    if (h.tags.length) parts.push(`${label('export.tags')} ${h.tags.map((x) => `\`${x.replace(/`/g, "'")}\``).join(' ')}`);
    parts.push(`[${t('export.source', lang)}](${markdownUrl(textFragmentUrl(h.url, h.exact))})`);
    return parts.join('\n\n');
  });
  const title = `# ${escapeMarkdown(options.title?.trim() || t('export.highlights', lang))}`;
  return [title, ...(blocks.length ? [blocks.join('\n\n---\n\n')] : [])].join('\n\n') + '\n';
}

// ---- JSON-LD out ----

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: Selector[];
    styleClass?: string;
    scope?: string;
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Quote selector first (it survives page edits), then the position selector, then a kept RangeSelector. */
function orderedSelectors(selectors: readonly Selector[]): Selector[] {
  const quote = selectors.filter((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.filter((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const range = selectors.filter((s): s is RangeSelector => s.type === 'RangeSelector');
  return [...quote, ...position, ...range].map((s) => ({ ...s }));
}

export function highlightToAnnotation(h: HighlightRecord): WebAnnotation {
  const body: TextualBody[] = [];
  if (h.note) body.push({ type: 'TextualBody', value: h.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: HIGHLIGHT_URN + encodeURIComponent(h.id),
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: new Date(h.createdAt).toISOString(),
    modified: new Date(h.updatedAt).toISOString(),
    ...(body.length ? { body } : {}),
    target: {
      source: h.url,
      selector: orderedSelectors(h.selectors),
      ...(h.color ? { styleClass: h.color } : {}),
      ...(h.planId ? { scope: PLAN_URN + encodeURIComponent(h.planId) } : {}),
    },
  };
}

export function highlightsToJsonLd(list: readonly HighlightRecord[], options: { label?: string } = {}): AnnotationCollection {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    ...(options.label ? { label: options.label } : {}),
    total: list.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: list.map(highlightToAnnotation) },
  };
}

// ---- JSON-LD in ----

/** A highlight read from a file: what saveHighlight takes, plus the file's times when it has them. */
export interface ImportedHighlight {
  id: string;
  url: string;
  planId: string | null;
  selectors: Selector[];
  exact: string;
  note: string;
  tags: string[];
  color: string;
  createdAt?: number;
  updatedAt?: number;
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const xpath = v.pipe(v.string(), v.maxLength(2000));
const SelectorIn = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(v.string(), v.nonEmpty('must not be empty')), prefix: v.optional(v.string(), ''), suffix: v.optional(v.string(), '') }),
  v.object({ type: v.literal('TextPositionSelector'), start: count, end: count, counting: v.optional(v.picklist(['page-text', 'all-text', 'unknown'])) }),
]);
/** Hypothesis's flat RangeSelector. */
const FlatRangeIn = v.object({ type: v.literal('RangeSelector'), startContainer: xpath, startOffset: count, endContainer: xpath, endOffset: count });
/** The W3C form: start and end XPathSelectors, each refined by a TextPositionSelector (its start is the offset). */
const PointIn = v.looseObject({ type: v.literal('XPathSelector'), value: xpath, refinedBy: v.optional(v.looseObject({ type: v.literal('TextPositionSelector'), start: count })) });
const W3cRangeIn = v.looseObject({ type: v.literal('RangeSelector'), startSelector: PointIn, endSelector: PointIn });

/** A RangeSelector in either form, as stored; null when it does not say where (it is only a hint). */
function rangeSelector(s: unknown): RangeSelector | null {
  const flat = v.safeParse(FlatRangeIn, s);
  if (flat.success) return flat.output;
  const w3c = v.safeParse(W3cRangeIn, s);
  if (!w3c.success) return null;
  const { startSelector: a, endSelector: b } = w3c.output;
  if (!a.refinedBy || !b.refinedBy) return null;
  return { type: 'RangeSelector', startContainer: a.value, startOffset: a.refinedBy.start, endContainer: b.value, endOffset: b.refinedBy.start };
}
/** Other tools' selectors (XPath, CSS, RangeSelector…) are allowed and skipped. */
const AnySelector = v.looseObject({ type: v.string() });
const BodyIn = v.looseObject({
  type: v.optional(v.string()),
  value: v.optional(v.string()),
  purpose: v.optional(v.string()),
});
// Arrays first: an array is also an object to v.looseObject.
const one = <T extends v.GenericSchema>(s: T) => v.union([v.array(s), s]);
const TargetIn = v.looseObject({
  source: v.pipe(v.string(), v.url('must be a URL')),
  selector: one(AnySelector),
  styleClass: v.optional(v.string()),
  scope: v.optional(v.string()),
});
const AnnotationIn = v.looseObject({
  id: v.optional(v.string()),
  type: v.union([v.literal('Annotation'), v.pipe(v.array(v.string()), v.includes('Annotation', 'must include "Annotation"'))], 'must be "Annotation"'),
  created: v.optional(v.string()),
  modified: v.optional(v.string()),
  generator: v.optional(v.unknown()),
  creator: v.optional(v.unknown()),
  body: v.optional(one(BodyIn)),
  target: one(v.union([TargetIn, v.string()], 'must be an object with source and selector')),
});
const PageIn = v.looseObject({ type: v.optional(v.string()), items: v.array(v.unknown()) });
const CollectionIn = v.looseObject({ type: v.optional(v.union([v.string(), v.array(v.string())])), first: v.optional(PageIn), items: v.optional(v.array(v.unknown())) });

const arr = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function where(path: string, issue: v.BaseIssue<unknown>): string {
  const dot = v.getDotPath(issue);
  return `${path}${dot ? '.' + dot : ''}: ${issue.message}`.replace(/\.(\d+)(?=\.|:)/g, '[$1]');
}

function time(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = Date.parse(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The stable id of an imported annotation: ours back as it was, others' ids as they are (≤ 200 chars). */
function idOf(raw: string | undefined, index: number, seed: string): string {
  if (raw?.startsWith(HIGHLIGHT_URN)) {
    const id = decodeURIComponent(raw.slice(HIGHLIGHT_URN.length));
    if (id && id.length <= 200) return id;
  }
  if (raw && raw.length <= 200) return raw;
  return `import-${seed}-${index}`;
}

function fromAnnotation(raw: unknown, path: string, index: number, seed: string): ImportedHighlight {
  const parsed = v.safeParse(AnnotationIn, raw);
  if (!parsed.success) throw new Error(where(path, parsed.issues[0]));
  const a = parsed.output;
  const targets = arr(a.target);
  const target = targets.find((x): x is v.InferOutput<typeof TargetIn> => typeof x === 'object');
  if (!target) throw new Error(`${path}.target: must name a source page and selectors (a bare URL is not a highlight)`);
  const selectors: Selector[] = [];
  // Positions read the way the writing tool counted: ours as they are, others tagged.
  const counting = countingOf(a);
  for (const [i, s] of arr(target.selector).entries()) {
    if (s.type === 'RangeSelector') {
      const range = rangeSelector(s);
      if (range && !selectors.some((x) => x.type === 'RangeSelector')) selectors.push(range);
      continue;
    }
    if (s.type !== 'TextQuoteSelector' && s.type !== 'TextPositionSelector') continue;
    const sel = v.safeParse(SelectorIn, s);
    if (!sel.success) throw new Error(where(`${path}.target.selector[${i}]`, sel.issues[0]));
    const out = sel.output;
    if (out.type === 'TextPositionSelector' && out.counting === undefined && counting !== 'page-text') selectors.push({ ...out, counting });
    else selectors.push(out);
  }
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quote) throw new Error(`${path}.target.selector: a TextQuoteSelector is needed (the highlighted text)`);
  const bodies = arr(a.body);
  const text = (b: (typeof bodies)[number]) => (typeof b.value === 'string' ? b.value : '');
  const notes = bodies.filter((b) => b.purpose !== 'tagging' && (b.type === undefined || b.type === 'TextualBody')).map(text).filter((x) => x);
  const tags = [...new Set(bodies.filter((b) => b.purpose === 'tagging').map((b) => text(b).trim()).filter((x) => x))];
  const scope = target.scope?.startsWith(PLAN_URN) ? decodeURIComponent(target.scope.slice(PLAN_URN.length)) : null;
  const createdAt = time(a.created);
  const updatedAt = time(a.modified) ?? createdAt;
  return {
    id: idOf(a.id, index, seed),
    url: target.source,
    planId: scope || null,
    selectors,
    exact: quote.exact,
    note: notes.join('\n\n'),
    tags,
    color: target.styleClass || 'yellow',
    ...(createdAt !== undefined ? { createdAt } : {}),
    ...(updatedAt !== undefined ? { updatedAt } : {}),
  };
}

/**
 * A JSON-LD file's text or parsed value → highlights, all or nothing: a collection (items in
 * `first`), a page, a bare array or one annotation. Throws an Error naming the first bad place,
 * e.g. `items[2].target.selector[0].exact: must not be empty`.
 */
export function jsonLdToHighlights(json: unknown): ImportedHighlight[] {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch (err) {
      throw new Error(`not JSON (${(err as Error).message})`, { cause: err });
    }
  }
  let items: unknown[];
  let path: string;
  let single = false;
  if (Array.isArray(data)) {
    [items, path] = [data, 'items'];
  } else if (data && typeof data === 'object' && arr((data as { type?: unknown }).type as string | string[]).includes('Annotation')) {
    [items, path, single] = [[data], 'annotation', true];
  } else {
    const c = v.safeParse(CollectionIn, data);
    if (!c.success || !(c.output.first ?? c.output.items)) {
      throw new Error('not a Web Annotation file (expected an AnnotationCollection, an AnnotationPage or annotations)');
    }
    [items, path] = c.output.first ? [c.output.first.items, 'first.items'] : [c.output.items!, 'items'];
  }
  if (items.length === 0) throw new Error('the file holds no annotations');
  const seed = Date.now().toString(36);
  const at = (i: number) => (single ? path : `${path}[${i}]`);
  const out = items.map((raw, i) => fromAnnotation(raw, at(i), i, seed));
  const seen = new Set<string>();
  for (const [i, h] of out.entries()) {
    if (seen.has(h.id)) throw new Error(`${at(i)}.id: "${h.id}" appears twice`);
    seen.add(h.id);
  }
  return out;
}

// ---- Into the database ----

/**
 * Imported highlights as a `planlens-backup` file with highlights only (lib/db/backup.ts), so
 * `importBackup` (merge) writes them all in one transaction — the protocol has no bulk
 * saveHighlight — and keeps the file's creation times. URLs lose their fragment (pageUrl).
 */
export function highlightsBackupText(list: readonly ImportedHighlight[], now = Date.now()): string {
  const highlights = list.map((h) => {
    const createdAt = h.createdAt ?? now;
    const hash = h.url.indexOf('#');
    return {
      id: h.id,
      url: hash >= 0 ? h.url.slice(0, hash) : h.url,
      planId: h.planId,
      selectors: h.selectors,
      exact: h.exact,
      note: h.note,
      tags: h.tags,
      color: h.color,
      createdAt,
      updatedAt: Math.max(h.updatedAt ?? createdAt, createdAt),
    };
  });
  return JSON.stringify({ format: 'planlens-backup', version: 1, plans: [], targets: [], highlights });
}
