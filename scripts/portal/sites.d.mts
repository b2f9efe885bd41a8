export interface Site {
  host: string;
  name: string;
  org: string;
  operator: string;
  siteCode: string;
}
export interface SeedPage {
  year: number;
  file: string;
  host: string;
  path: string;
  title: string;
  pubDate: string;
  source: string;
  column: string;
  indexNo: string;
}
export const SITES: Record<string, Site>;
export function siteFor(host: string): Site;
export const SEED_PAGES: SeedPage[];
export const MIRROR_HOST: string;
