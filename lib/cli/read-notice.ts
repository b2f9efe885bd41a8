/**
 * A file on disk → extracted notice: HTML pages through linkedom and the same extractor the
 * content script uses, anything else as the seeds' text form.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { ExtractedNotice } from '../types';
import { extractFromDocument, extractFromText } from '../notice/extract';
import { CliInputError } from './errors';

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;
const CHINESE_CHARSETS = /^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/i;

/** Files above this are refused before being read (the largest real notice is under 1 MB). */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export interface Decoded {
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be' or 'gb18030'. */
  encoding: string;
  /** Why that encoding: a byte-order mark, a declared charset, or the bytes not being UTF-8. */
  why: 'bom' | 'declared' | 'default' | 'not-utf-8';
}

/**
 * Bytes → text: a byte-order mark wins, then a declared GBK/GB2312/GB18030 charset, else UTF-8,
 * else GB18030 when the bytes are not valid UTF-8. Binary files (NUL bytes) are refused.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', why: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', why: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', why: 'bom' };
  // Text in any encoding read here has no NUL byte; images, archives and executables do.
  if (bytes.subarray(0, 8192).includes(0)) throw new CliInputError('a binary file, not a page or text (it contains NUL bytes)');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?([\w-]{1,20})/i.exec(head)?.[1];
  if (declared && CHINESE_CHARSETS.test(declared)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', why: 'declared' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', why: 'default' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', why: 'not-utf-8' };
  }
}

/** Bytes → text (see decodeBytes). */
export function decode(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

export interface ReadOptions {
  url?: string | null;
  explain?: boolean;
  /** Told which encoding was used when it is not plain UTF-8 (the CLI writes it to stderr). */
  onNote?: (note: string) => void;
}

export function looksLikeHtml(file: string, text: string): boolean {
  return HTML_EXTENSIONS.test(file) || /^\s*</.test(text.slice(0, 200));
}

export async function readNotice(file: string, url: string | null = null, explain = false, options: ReadOptions = {}): Promise<ExtractedNotice> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliInputError(`${file}: not a file`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new CliInputError(`${file}: ${(info.size / 1048576).toFixed(0)} MB is larger than the ${MAX_INPUT_BYTES / 1048576} MB limit; not read`);
    }
    if (info.size === 0) throw new CliInputError(`${file}: the file is empty`);
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof CliInputError) throw err;
    const reason = err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : 'unreadable';
    throw new CliInputError(`cannot read ${file}: ${reason}`);
  }
  let decoded: Decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (err) {
    throw err instanceof CliInputError ? new CliInputError(`${file}: ${err.message}`) : err;
  }
  const { text } = decoded;
  if (decoded.encoding !== 'utf-8' || decoded.why === 'bom') {
    const why = { bom: 'byte-order mark', declared: 'declared charset', default: 'default', 'not-utf-8': 'the bytes are not UTF-8' }[decoded.why];
    options.onNote?.(`read ${file} as ${decoded.encoding.toUpperCase()} (${why})`);
  }
  let notice: ExtractedNotice | null;
  if (looksLikeHtml(file, text)) {
    const { document } = parseHTML(text);
    notice = extractFromDocument(document as unknown as Document, { url, explain });
  } else {
    notice = extractFromText(text, { url, explain });
  }
  if (!notice) throw new CliInputError(`${file}: not a plan notice (no plan-family title, region or year found)`);
  return notice;
}
