/**
 * A readable source id for a captured page, from its title (or file name):
 * lower-case ASCII words joined by "-", at most six words, made unique
 * against the ids a folder already has by a numeric suffix.
 */
import { SourceIdSchema } from '../model/ids.js';

const MAX_WORDS = 6;
const MAX_LENGTH = 60;
const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'for', 'as', 'at', 'by', 'is', 'are']);

/**
 * @example
 * slugFor('Harbour expansion approved | Coastal Gazette') // 'harbour-expansion-approved-coastal-gazette'
 * slugFor('Über die Brücke') // 'uber-die-brucke'
 */
export const slugFor = (words: string): string => {
  const ascii = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const kept = ascii.filter((w) => !STOP.has(w));
  const chosen = (kept.length > 0 ? kept : ascii).slice(0, MAX_WORDS);
  let slug = '';
  for (const w of chosen) {
    const next = slug.length === 0 ? w : `${slug}-${w}`;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug;
};

/**
 * A new source id: `preferred` words slugged (title, then file name), never
 * one of `taken`.
 *
 * @example
 * newSourceId(['Harbour expansion approved'], new Set(['harbour-expansion-approved'])) // 'harbour-expansion-approved-2'
 */
export const newSourceId = (preferred: readonly (string | undefined)[], taken: ReadonlySet<string>): string => {
  const base = preferred.map((p) => (p === undefined ? '' : slugFor(p))).find((s) => s.length > 0) ?? 'source';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
};

/** Whether a string may be a source id (see `SourceIdSchema`). */
export const isSourceId = (id: string): boolean => SourceIdSchema.safeParse(id).success;
