/** `planlens` command line → what to do. Bad arguments are a `CliInputError` (exit 2). */
import { CliInputError } from './errors';

export type OutputFormat = 'json' | 'csv';

export type Command =
  | { command: 'help' }
  | { command: 'extract'; file: string; url: string | null; format: OutputFormat; explain: boolean }
  | { command: 'compare'; from: string; to: string };

export const USAGE = 'usage: planlens extract <file.html|file.txt> [--url URL] [--format json|csv] [--explain] | planlens compare <a> <b>';

/** Options that take no value. */
const FLAGS = new Set(['help', 'explain']);

/** Reads `--name value` and `--name=value` options; everything else is positional. */
function split(argv: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (FLAGS.has(name)) {
      options.set(name, '');
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new CliInputError(`option --${name} needs a value (${USAGE})`);
    if (options.has(name)) throw new CliInputError(`option --${name} given twice`);
    options.set(name, value);
  }
  return { positional, options };
}

function rejectUnknown(options: Map<string, string>, allowed: string[]): void {
  for (const name of options.keys()) {
    if (!allowed.includes(name)) throw new CliInputError(`unknown option --${name} (${USAGE})`);
  }
}

export function parseArgs(argv: string[]): Command {
  const { positional, options } = split(argv);
  const [command, ...rest] = positional;
  if (options.has('help') || command === 'help' || (command === undefined && argv.includes('-h'))) return { command: 'help' };
  if (command === 'extract') {
    rejectUnknown(options, ['url', 'format', 'explain']);
    if (rest.length !== 1) throw new CliInputError(`extract takes one file (${USAGE})`);
    const format = options.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new CliInputError(`--format must be json or csv, not "${format}"`);
    return { command: 'extract', file: rest[0], url: options.get('url') ?? null, format, explain: options.has('explain') };
  }
  if (command === 'compare') {
    rejectUnknown(options, []);
    if (rest.length !== 2) throw new CliInputError(`compare takes two files (${USAGE})`);
    return { command: 'compare', from: rest[0], to: rest[1] };
  }
  throw new CliInputError(command === undefined ? `no command (${USAGE})` : `unknown command "${command}" (${USAGE})`);
}
