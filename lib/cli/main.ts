/** The `planlens` CLI (design.md §6). Bundled by scripts/build-tools.mjs into bin/dist/cli.mjs. */
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`planlens: not implemented yet (${argv.join(' ')})\n`);
  return 1;
}
