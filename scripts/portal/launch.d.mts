import type { BrowserContext, Worker } from 'playwright-core';
export const DEFAULT_EXTENSION_DIR: string;
export interface LaunchOptions {
  port: number;
  headless?: boolean;
  extensionDir?: string;
  executablePath?: string;
  viewport?: { width: number; height: number };
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
