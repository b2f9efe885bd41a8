import type { BrowserContext, Worker } from 'playwright-core';
export const DEFAULT_EXTENSION_DIR: string;
export interface LaunchOptions {
  port: number;
  headless?: boolean;
  extensionDir?: string;
  executablePath?: string;
  viewport?: { width: number; height: number };
  /** A profile to use and keep (e.g. to upgrade the extension in it); default a fresh one, removed on close. */
  userDataDir?: string;
}
export interface LaunchedBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}
export function chromiumArgs(extensionDir: string, port: number, headless: boolean): string[];
export function launchChromiumWithExtension(options: LaunchOptions): Promise<LaunchedBrowser>;
