/**
 * Targets stated in prose (design.md §4): each quantity that ends a clause, with its subject —
 * the words of the clause before it, minus leading verbs like 确保 / 力争 — and its sentence.
 * Used for the notice body and for the sentences in task-breakdown table cells.
 */
import { dropPinyinDebris } from './fold';
import { findQuantities, maskQuoted, type FoundQuantities } from './quantity';
import { COLLECTIVES, COMPARISON_SUBJECT, MEASURE_HEADS, PARALLEL_PREFIXES } from './lexicon';
import { FOOTNOTE_MARKERS, NUMBERING } from './markers';

export interface ProseTarget {
  /** Subject as written, e.g. 固定资产投资, 新增国家高新技术企业. */
  name: string;
  /** Value as written, e.g. 增长6%以上, 500家, 稳定在95%以上. */
  text: string;
  /** The sentence the target came from, and where it starts in the input. */
  quote: string;
  quoteStart: number;
  /** The sentence up to the figure: where its own time words (2025年，… / 到2030年) are read. */
  before: string;
  /** A relative target without a number (与经济增长同步, 高于全国平均水平): kept only where targets are set. */
  qualitative?: boolean;
  /** The text the value is read from when it is not `text`: a list's later values take the verb of its first (分别增长7%、8% → 增长8%). */
  valueText?: string;
}

/** Where a sentence ends. The clause marks (，、；) split subjects, not sentences. */
const SENTENCE_END_CODES = new Set([...'。！？!?；;\n'].map((c) => c.charCodeAt(0)));
/** Where a subject starts: after the previous clause mark. */
const CLAUSE_MARK = new Set([...'，,；;：:、。！？!?\n']);
const MAX_NAME = 40;

/** Words that open a clause but are not its subject. Checked repeatedly, longest first. */
const LEADING_WORDS = [
  '确保', '力争', '争取', '努力', '实现', '推动', '力求', '其中', '同时', '并且', '以及', '全年', '全市', '全省',
  '全区', '全县', '年内', '今年', '当年', '预计', '并', '将', '要',
];
/** Words between a subject and its value that are not part of the subject. */
const TRAILING_WORDS = ['分别', '总计', '合计', '力争', '均', '的', '为', '共', '都', '要', '将'];
const LEADING_YEAR = /^(?:到|至|在|于)?\d{4}年(?:年底|底|末|前|内)?/;

/** The tail of a from–to subject: 从/由, at most 24 characters (a ratio 由9.4:66.8:23.8调整为), no clause mark (checked for a digit). */
const FROM_TAIL = /[从由][^从由，,。；;]{1,24}$/;

export function cleanSubject(raw: string): string {
  // Mirror sites' pinyin debris (地區(qū)) and footnote markers ([2], ①, *) are no part of a name;
  // nor is the starting point of a from–to statement (比率从14.7%降至… → 比率).
  let name = dropPinyinDebris(raw)
    .replace(FOOTNOTE_MARKERS, '')
    .replace(FROM_TAIL, (tail) => (/\d/.test(tail) ? '' : tail))
    .replace(/[-−－]$/, '')
    .trim();
  for (let changed = true; changed && name.length > 0; ) {
    changed = false;
    const before = name;
    name = name.replace(NUMBERING, '').replace(LEADING_YEAR, '');
    // The text is read in Simplified script already (extract.ts converts it, positions kept).
    for (const w of LEADING_WORDS) if (name.length > w.length && name.startsWith(w)) name = name.slice(w.length);
    for (const w of TRAILING_WORDS) if (name.length > w.length && name.endsWith(w)) name = name.slice(0, -w.length);
    name = name.trim();
    changed = name !== before;
  }
  return /[\u4e00-\u9fffA-Za-z]/.test(name) ? name : '';
}

/** The clause before `start` in `sentence`, back to the previous clause mark (outside quotes). */
function subjectBefore(sentence: string, start: number, floor: number, mask: Uint8Array): string {
  let j = start - 1;
  const limit = Math.max(floor, start - 60);
  // A 、 before a number joins modifiers of one subject (10-50万元、20-60万元的群体比例), not two clauses.
  // A colon between digits is a ratio's (9.4:66.8:23.8), not a clause mark.
  const inRatio = (k: number) => /[:：∶]/.test(sentence[k]) && /\d/.test(sentence[k - 1] ?? '') && /\d/.test(sentence[k + 1] ?? '');
  const isMark = (k: number) => CLAUSE_MARK.has(sentence[k]) && !mask[k] && !(sentence[k] === '、' && /\d/.test(sentence[k + 1] ?? '')) && !inRatio(k);
  while (j >= limit && !isMark(j)) j--;
  // A 、 inside a list of names that shares the value (生态环保、城市更新和水利设施投资增长12.5%): the
  // items before it are short names, with no figure and no other clause mark, and the name after
  // it joins them with 和/及.
  // Not where the list spreads its values (均, 分别: listBefore reads those names one by one).
  const spread = /[均都]|分别/.test(sentence.slice(j + 1, start));
  while (!spread && j > limit && sentence[j] === '、' && /[和及]/.test(sentence.slice(j + 1, start))) {
    let k = j - 1;
    while (k >= limit && !isMark(k)) k--;
    const item = sentence.slice(k + 1, j);
    if (item.length === 0 || item.length > 8 || /[\d０-９]/.test(item) || k + 1 < floor) break;
    j = k;
  }
  let raw = sentence.slice(j + 1, start);
  // Right after the previous target, a conjunction joins the two: 企业5家和单项冠军企业2家.
  if (j + 1 === floor && floor > 0) raw = raw.replace(/^[和及与并或]/, '');
  return raw.length > MAX_NAME ? raw.slice(raw.length - MAX_NAME) : raw;
}

/**
 * The names of a list: split at 、 (not before a digit: 10-50万元、20-60万元的群体 is one name),
 * and the last item at 和/及/与, which joins the final name (A、B和C) — a 和 inside an earlier item
 * (生态环境和公共设施投资) belongs to that item.
 */
function listNames(text: string): string[] {
  const items = text.split(/、(?![\d０-９])/);
  const last = items.pop() ?? '';
  return [...items, ...last.split(/以及|和|及|与/)].map((n) => cleanSubject(n)).filter((n) => n.length > 0);
}

/** Marks that end a 分别 list's names (the 、 and 和 inside the list do not). */
const LIST_END = new Set([...'，,；;：:。！？!?\n']);

/** Where a list's names end and its value begins: 分别 (each its own value) or 均/都 (one shared value). */
const RESPECTIVE = /分别/;
const RESPECTIVE_START = /^分别/;
const SHARED = /[均都][为是]?$/;

/**
 * The names of a list before `start`, up to the word `marker` finds (制造业、普惠小微贷款余额分别增长…
 * → [制造业, 普惠小微贷款余额]; …投资、民间投资均增长… → [… , 民间投资]), or null when fewer than two.
 * Items that are only a parallel word take the noun the list shares (shareNoun).
 */
function listBefore(sentence: string, start: number, floor: number, mask: Uint8Array, marker: RegExp): string[] | null {
  let j = start - 1;
  const limit = Math.max(floor, start - 120);
  while (j >= limit && !(LIST_END.has(sentence[j]) && !mask[j])) j--;
  const clause = sentence.slice(j + 1, start);
  const cut = clause.search(marker);
  if (cut < 0) return null;
  const names = listNames(clause.slice(0, cut));
  return names.length >= 2 ? shareNoun(names) : null;
}

/** Growth words after a name in a list (一般公共预算收入增长、城乡居民收入增长与经济增长同步). */
const GROWTH_TAIL = /(?:增长|增速)$/;

/**
 * The names of a list ending at `start` when every one names a measure (lexicon MEASURE_HEADS) and the
 * last is `name`: one value said of each (学前教育毛入园率、高中毛入学率超过93%); else null.
 */
function measuredListBefore(sentence: string, start: number, floor: number, mask: Uint8Array, name: string): string[] | null {
  const names = listBefore(sentence, start, floor, mask, /$/)?.map((n) => n.replace(GROWTH_TAIL, ''));
  if (!names || names[names.length - 1] !== name.replace(GROWTH_TAIL, '')) return null;
  return names.every((n) => n.length >= 3 && !/\d/.test(n) && MEASURE_HEADS.some((h) => n.endsWith(h))) ? names : null;
}

/**
 * A list whose items before the last are only a parallel word (国家级、省级众创空间; 城镇和农村居民…): they take
 * the noun after the last item's word of the same group (lexicon PARALLEL_PREFIXES). Other lists unchanged.
 */
function shareNoun(names: string[]): string[] {
  const last = names[names.length - 1];
  for (const group of PARALLEL_PREFIXES) {
    const word = group.find((p) => last.startsWith(p) && last.length > p.length);
    if (!word) continue;
    const noun = last.slice(word.length);
    return names.map((n, i) => {
      const own = i < names.length - 1 ? group.find((p) => n.endsWith(p)) : undefined;
      return own ? own + noun : n;
    });
  }
  return names;
}

/**
 * A list of as many names as the run has values, without 分别 (出口、进口增长5.2%、3.1%; 粮食产量、生猪出栏量达到
 * 120万吨、80万头): each name its own value, in order, as with 分别. Otherwise every value would take
 * the last name. Only values joined by 、/和 (a comma joins a level and its growth: 批发和零售业增加值
 * 137981亿元，比上年增长5.5%); null when the counts differ or the list does not end the subject `name`.
 */
function implicitRespective(sentence: string, floor: number, mask: Uint8Array, name: string, quantities: readonly { start: number; end: number }[], k: number): string[] | null {
  const values = runLength(sentence, quantities, k);
  for (let i = k; i < k + values - 1; i++) if (/[，,]/.test(sentence.slice(quantities[i].end, quantities[i + 1].start))) return null;
  const names = listBefore(sentence, quantities[k].start, floor, mask, /$/);
  return names && names.length === values && name.endsWith(names[names.length - 1]) ? names : null;
}

/**
 * One collective name spread over a run of `count` values (lexicon COLLECTIVES), or null when the
 * name holds no collective with that many parts.
 */
export function spreadCollective(name: string, count: number): string[] | null {
  for (const [word, parts] of COLLECTIVES) {
    const at = name.indexOf(word);
    if (at >= 0 && parts.length === count) return parts.map((p) => name.slice(0, at) + p + name.slice(at + word.length));
  }
  return null;
}

/** How many values follow `k` in one run (增长7%、8%左右和9% → 3), `k` included. */
function runLength(sentence: string, quantities: readonly { start: number; end: number }[], k: number): number {
  let n = 1;
  while (k + n < quantities.length && isListJoint(sentence.slice(quantities[k + n - 1].end, quantities[k + n].start))) n++;
  return n;
}

/** What lies between two targets when the second shares the first's subject: 增长7%、8%左右. */
function isListJoint(between: string): boolean {
  return /^(?:、|和|及|与|，|,)$/.test(between.trim());
}

function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END_CODES.has(text.charCodeAt(i))) {
      if (i + 1 > start) out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * A sentence read once by the quantity grammar, shared by the prose readers below (figures and
 * counts before nouns read the same sentences). Cleared when it grows: it only spans one text.
 */
const readings = new Map<string, { mask: Uint8Array; found: FoundQuantities }>();
function readSentence(sentence: string): { mask: Uint8Array; found: FoundQuantities } {
  let r = readings.get(sentence);
  if (!r) {
    if (readings.size > 4096) readings.clear();
    const mask = maskQuoted(sentence);
    r = { mask, found: findQuantities(sentence, mask) };
    readings.set(sentence, r);
  }
  return r;
}

/** A quantity read but not emitted, and why (for --explain). */
export interface ProseDrop {
  text: string;
  quote: string;
  quoteStart: number;
  reason: string;
}

export function targetsFromProse(text: string, dropped?: ProseDrop[]): ProseTarget[] {
  const out: ProseTarget[] = [];
  for (const [from, to] of sentences(text)) {
    const sentence = text.slice(from, to);
    if (!/\d|[一二两三四五六七八九十](?:个百分点|成)/.test(sentence)) continue;
    const { mask, found } = readSentence(sentence);
    let previous: { name: string; end: number } | null = null;
    // A 分别 list (A、B和C分别增长x、y和z): each name takes its own value, in order.
    let list: { names: string[]; next: number } | null = null;
    let lastNames: string[] | null = null;
    // The verb of a run of values (增长10.7%、13.3%和16%): later values without a verb of their own take it.
    let runVerb: { words: string; end: number } | null = null;
    const quantities = found.found;
    if (dropped) {
      // The grammar's no, with its reason (a date, an ordinal, a rank, a number without a unit …).
      for (const r of found.rejected) dropped.push({ text: sentence.slice(r.numberStart, r.end), quote: sentence.trim(), quoteStart: from, reason: `not a figure: ${r.reason}` });
      for (const r of found.modifiers) dropped.push({ text: sentence.slice(r.from, r.end), quote: sentence.trim(), quoteStart: from, reason: 'describes the noun after it' });
    }
    quantities.forEach((q, k) => {
      const raw = subjectBefore(sentence, q.start, previous?.end ?? 0, mask);
      let name = cleanSubject(raw);
      // A comparison where the subject would be: the previous subject's gap to a benchmark.
      const comparison = name && previous && COMPARISON_SUBJECT.test(name) && isListJoint(sentence.slice(previous.end, q.start - raw.length)) ? raw.trimStart() : '';
      if (comparison) name = previous!.name;
      // Only a run of two or more values is distributed (比例分别提高3个百分点 is one value).
      const run = k + 1 < quantities.length && isListJoint(sentence.slice(q.end, quantities[k + 1].start));
      const respective = run && RESPECTIVE.test(raw);
      // A list of names, or one collective name spread over the run (城乡居民… → 城镇居民…, 农村居民…).
      const names = respective
        ? (listBefore(sentence, q.start, previous?.end ?? 0, mask, RESPECTIVE) ?? spreadCollective(name, runLength(sentence, quantities, k)))
        : run && !list
          ? implicitRespective(sentence, previous?.end ?? 0, mask, name, quantities, k)
          : null;
      if (names) list = { names, next: 0 };
      // A second 分别 run over the same names (…分别实现…亿元、…亿元，分别增长…、…).
      else if (run && RESPECTIVE_START.test(raw.trim()) && lastNames) list = { names: lastNames, next: 0 };
      else if (name) list = null;
      if (list) lastNames = list.names;
      if (!name && previous && isListJoint(sentence.slice(previous.end, q.start))) name = previous.name;
      if (list && !name) name = list.names[0];
      if (list && name) {
        name = list.names[list.next % list.names.length];
        list.next++;
      }
      if (!name) {
        dropped?.push({ text: sentence.slice(q.start, q.end), quote: sentence.trim(), quoteStart: from, reason: 'no subject before the quantity' });
        return;
      }
      const quote = sentence.trim();
      const text = comparison + sentence.slice(q.start, q.end);
      const inRun = runVerb !== null && isListJoint(sentence.slice(runVerb.end, q.start));
      const valueText = inRun && !q.reading.verb && !q.hasLead ? runVerb!.words + text : undefined;
      runVerb = q.reading.verb ? { words: sentence.slice(q.start, q.reading.numberStart), end: q.end } : inRun ? { ...runVerb!, end: q.end } : null;
      const item = { text, quote, quoteStart: from + sentence.indexOf(quote), before: sentence.slice(0, q.start - comparison.length), ...(valueText ? { valueText } : {}) };
      // A shared value (A、B和C均增长10%以上): every name of the list gets it.
      // Without 均, when each name of the list names a measure and the value stands alone (not in a run).
      const alone = !run && !(previous && isListJoint(sentence.slice(previous.end, q.start)));
      const shared = list
        ? null
        : /[均都]$/.test(raw.replace(/[为是]$/, ''))
          ? listBefore(sentence, q.start, previous?.end ?? 0, mask, SHARED)
          : alone && !comparison
            ? measuredListBefore(sentence, q.start, previous?.end ?? 0, mask, name)
            : null;
      for (const n of shared ?? [name]) out.push({ name: n, ...item });
      previous = { name, end: q.end };
    });
  }
  return out;
}

/**
 * Relative targets without a number (design.md §4 qualitative): in step with growth, above an
 * average or another rate, positive growth, a gap narrowing. Data, not one document's phrase.
 */
const QUALITATIVE = /(?:[与和同](?:经济增长|经济增速|GDP增长|GDP增速|地区生产总值增长|生产总值增长)(?:基本)?同步)|(?:(?:略)?(?:高于|快于|不低于)(?:全国|全省|全市|全区|全县)?(?:平均水平|平均|[^，,。；;、\d]{0,10}?(?:增速|增长)))|(?:实现正增长|保持正增长)|(?:(?:持续|进一步|逐步)缩小)/g;

export function qualitativeTargets(text: string): ProseTarget[] {
  const out: ProseTarget[] = [];
  for (const [from, to] of sentences(text)) {
    const sentence = text.slice(from, to);
    if (!/同步|高于|快于|不低于|正增长|缩小/.test(sentence)) continue;
    const mask = maskQuoted(sentence);
    let previous: { name: string; end: number } | null = null;
    for (const m of sentence.matchAll(QUALITATIVE)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // A number right after (高于全省平均水平1.7个百分点) makes it a quantity, read elsewhere.
      if (/^[^\d０-９，,。；;、]{0,2}[\d０-９]/.test(sentence.slice(end, end + 4)) || mask[at]) continue;
      let name = cleanSubject(subjectBefore(sentence, at, previous?.end ?? 0, mask).replace(/(?:增长|增速)$/, ''));
      if (!name && previous && isListJoint(sentence.slice(previous.end, at))) name = previous.name;
      if (!name) continue;
      const quote = sentence.trim();
      // 一般公共预算收入、城乡居民收入与经济增长基本同步: each measure of the list.
      const names = measuredListBefore(sentence, at, previous?.end ?? 0, mask, name) ?? [name];
      for (const n of names) out.push({ name: n, text: m[0], quote, quoteStart: from + sentence.indexOf(quote), before: sentence.slice(0, at), qualitative: true });
      previous = { name, end };
    }
  }
  return out;
}

/**
 * Counts written before their noun after an action verb (新培育10个概念验证中心、20个中试平台;
 * 完成500所中小学体育场地升级改造): the noun names the figure. Verbs and units are data.
 */
const ACTION_VERB = /(?:新培育|培育|新建提升|新建|建设|建成|新增|新招引|招引|引进|打造|滚动实施|新实施|实施好|实施|重点推进|稳妥推进|推进|加快推动|推动|抓好|完成|创建|新认定|认定|新开工|开工|提升改造|新改建|改造)$/;
/** The verb, then examples ending in 等 (推进长江存储三期等1.22万个…). */
const AFTER_EXAMPLES = /(?:培育|新建|建设|新增|招引|引进|打造|实施|推进|推动|抓好|完成|创建|认定|开工)[^，,。；;、]{1,12}等$/;
/** The noun after a count: up to the end of the clause, a digit or a bracket. */
const NOUN_AFTER = /^[^，,。；;、：:\d（(]{2,24}/;

export function countsBeforeNouns(text: string): ProseTarget[] {
  const out: ProseTarget[] = [];
  for (const [from, to] of sentences(text)) {
    const sentence = text.slice(from, to);
    if (!/\d/.test(sentence)) continue;
    const { found } = readSentence(sentence);
    let listOpen = false;
    let lastEnd = -1;
    // The grammar's readings that a noun follows (quantity.ts `modifiers`), counts only.
    for (const r of found.modifiers) {
      if (!r.beforeNoun || r.number === undefined || r.negative) continue;
      const at = r.numberStart;
      const noun = NOUN_AFTER.exec(sentence.slice(r.end));
      if (!noun) continue;
      // After an action verb (a short “…等” naming examples may stand between), or continuing such a
      // list after 、.
      const before = sentence.slice(Math.max(0, r.from - 24), r.from);
      const continues = listOpen && lastEnd >= 0 && /^[、和及]$/.test(sentence.slice(lastEnd, r.from));
      if (!ACTION_VERB.test(before) && !AFTER_EXAMPLES.test(before) && !continues) {
        listOpen = false;
        continue;
      }
      // The noun ends before a trailing conjunction (97个老旧小区和…) or 并 and its verb (8座污水厂并投入运行);
      // a 和 inside a noun stays (省级和美乡村, 国家和省部级改革试点).
      const nounText = noun[0].replace(/并[\u4e00-\u9fff]{2,}$/, '').replace(/[和及]$/, '');
      const name = cleanSubject(nounText.replace(/(?:建设|工作)$/, ''));
      if (name.length < 2 || /^[的之]/.test(name)) continue;
      const quote = sentence.trim();
      out.push({ name, text: sentence.slice(at, r.end), quote, quoteStart: from + sentence.indexOf(quote), before: sentence.slice(0, at) });
      listOpen = true;
      lastEnd = r.end + nounText.length;
    }
  }
  return out;
}
