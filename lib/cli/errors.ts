/** Bad input — bad arguments, an unreadable file, a page that is not a notice: exit code 2. */
export class CliInputError extends Error {
  override name = 'CliInputError';
}
