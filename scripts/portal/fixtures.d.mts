import type { FixtureEntry } from './render.mjs';
export const FIXTURE_DIR: string;
export function loadManifest(): FixtureEntry[];
export function fixtureSource(entry: FixtureEntry): string;
export function renderFixtureEntry(entry: FixtureEntry): string;
export function fixtureHtml(entry: FixtureEntry): string;
