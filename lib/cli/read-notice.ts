/**
 * A file on disk → extracted notice: HTML pages through linkedom and the same extractor the
 * content script uses, anything else as the seeds' text form.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { ExtractedNotice } from '../types';
import { extractFromDocument, extractFromText } from '../notice/extract';
import { CliInputError } from './errors';

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;
const CHINESE_CHARSETS = /^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/i;

/** Bytes → text: a declared GBK charset, else UTF-8, else GB18030 when the bytes are not UTF-8. */
export function decode(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?([\w-]{1,20})/i.exec(head)?.[1];
  if (declared && CHINESE_CHARSETS.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function looksLikeHtml(file: string, text: string): boolean {
  return HTML_EXTENSIONS.test(file) || /^\s*</.test(text.slice(0, 200));
}

export async function readNotice(file: string, url: string | null = null, explain = false): Promise<ExtractedNotice> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : 'unreadable';
    throw new CliInputError(`cannot read ${file}: ${reason}`);
  }
  const text = decode(bytes);
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
