// Types of build.mjs for the tests that check the guide and the favourites zip are up to date.
export type SavedQuery = { file: string; title: string; notes: string[]; text: string };
export function readQueries(dir?: string): SavedQuery[];
export function buildGuide(queries: SavedQuery[]): string;
export function buildZip(entries: { name: string; data: Buffer }[]): Buffer;
export function buildAll(): { guide: string; zip: Buffer };
