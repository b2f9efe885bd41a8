/**
 * dexie-export-import expects worker/page globals: it reads `self` while loading, and
 * exportDB always ends with a FileReader read (even with no Blob to encode). Service workers and
 * pages have both; node (CLI, unit tests) has neither. Imported before it by backup.ts; a no-op
 * wherever the real globals exist.
 */
const g = globalThis as { self?: unknown; FileReader?: unknown };
if (typeof g.self === 'undefined') g.self = globalThis;

if (typeof g.FileReader === 'undefined') {
  type Handler = ((ev: { target: { result?: ArrayBuffer; error?: unknown } }) => void) | null;
  /** Just enough FileReader for dexie-export-import: readAsArrayBuffer with onload / onerror. */
  class MinimalFileReader {
    onload: Handler = null;
    onerror: Handler = null;
    onabort: Handler = null;
    result: ArrayBuffer | null = null;
    error: unknown = null;
    readAsArrayBuffer(blob: Blob): void {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: { result: buffer } });
        },
        (error: unknown) => {
          this.error = error;
          this.onerror?.({ target: { error } });
        },
      );
    }
  }
  g.FileReader = MinimalFileReader;
}
export {};
