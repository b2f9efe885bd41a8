/** The `planlens` CLI (design.md §6). Bundled by scripts/build-tools.mjs into bin/dist/cli.mjs. */
import { parseArgs, USAGE } from './args';
import { compareNotices } from './compare-notices';
import { CliInputError } from './errors';
import { extractCsv, extractJson } from './output';
import { readNotice } from './read-notice';

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

/** Runs one command; resolves to the exit code (0 ok, 2 bad input, 1 internal error). */
export async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    if (cmd.command === 'help') {
      await write(USAGE + '\n');
      return 0;
    }
    // Which encoding a non-UTF-8 file was read as goes to stderr, one line each (stdout stays data).
    const note = { onNote: (text: string) => process.stderr.write(`planlens: ${text}\n`) };
    if (cmd.command === 'extract') {
      const notice = await readNotice(cmd.file, cmd.url, cmd.explain, note);
      await write(cmd.format === 'csv' ? extractCsv(notice) : JSON.stringify(extractJson(notice), null, 2) + '\n');
      return 0;
    }
    const [a, b] = await Promise.all([readNotice(cmd.from, null, false, note), readNotice(cmd.to, null, false, note)]);
    await write(JSON.stringify(compareNotices(a, b), null, 2) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof CliInputError) {
      process.stderr.write(`planlens: ${err.message.replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    process.stderr.write(`planlens: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
