export interface FoundBrowser {
  executablePath: string;
  source: 'CHROME_PATH' | 'system' | 'cache';
}
export function findBrowser(options?: {
  env?: NodeJS.ProcessEnv;
  home?: string;
  exists?: (path: string) => boolean;
  list?: (dir: string) => string[];
}): FoundBrowser | null;
export function browserVersion(executablePath: string): string | null;
export function hasCjkFont(): boolean | null;
