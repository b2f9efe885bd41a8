export interface PortalPage {
  host: string;
  path: string;
  title: string;
  kind: 'seed' | 'fixture' | 'mirror' | 'runtime';
  html: () => string;
}
export interface Portal {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The page's address as the browser (with the resolver rules) uses it: http://<host><path>. */
  url(host: string, path: string): string;
  /** The same page reached without resolver rules: <origin>/_/<host><path>. */
  directUrl(host: string, path: string): string;
  /** The bundled notice of that year (2022, 2024) on www.jiaxing.gov.cn. */
  seedUrl(year: number): string;
  /** The copy of a bundled notice on the non-government host www.example.com. */
  mirrorUrl(year: number): string;
  /** A fixture of tests/fixtures/pages/manifest.json by name. */
  fixtureUrl(name: string): string;
  /** Add or replace a page (served until removed or the portal closes). */
  setPage(host: string, path: string, html: string): void;
  removePage(host: string, path: string): void;
  pages(): PortalPage[];
  close(): Promise<void>;
}
export function startPortal(options?: { port?: number }): Promise<Portal>;
export function hostResolverRules(port: number): string;
