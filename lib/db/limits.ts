/** Input limits shared by extension pages and the background (no imports: safe for any bundle). */

/** Backup files above this are refused before parsing (a database of every plan PlanLens knows is a few MB). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
