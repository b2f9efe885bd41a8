/**
 * Saving a generated file from an extension page: a Blob behind an object URL, clicked as an
 * <a download> link. Needs no `downloads` permission. Browser-only (document, URL, Blob).
 */

export interface DownloadFile {
  filename: string;
  mime: string;
  text: string;
}

/** Keeps the name a file system accepts: no path separators or control characters. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').trim();
  return cleaned || 'planlens-export';
}

export function downloadFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = safeFilename(file.filename);
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; the URL is released once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
