/**
 * A publication date as a page states it (ISO 8601 in `article:published_time`
 * or JSON-LD `datePublished`, or words such as "March 4, 2026") → the
 * source file's `publishedAt` (`{ date }` or `{ datetime }`), or `undefined`
 * when it is not a real calendar date.
 */
import type { PublishedAtFile } from '../claims/file-schemas.js';
import { hasIsoDateForm, parseIsoDate } from '../model/iso-date.js';
import { parseDate } from '../normalize/index.js';

/** Pages write ISO dates loosely (`2026-03-04 09:30`, `+0530`). */
const PAGE_FORM = { lenient: true } as const;

/**
 * @example
 * publishedAtFromText('2026-03-04T09:30:00+00:00') // { datetime: '2026-03-04T09:30+00:00' }
 * publishedAtFromText('2026-03-04')                // { date: '2026-03-04' }
 * publishedAtFromText('March 4, 2026')             // { date: '2026-03-04' }
 * publishedAtFromText('2026-02-30')                // undefined
 */
export const publishedAtFromText = (text: string): Exclude<PublishedAtFile, 'unknown'> | undefined => {
  const s = text.trim();
  if (hasIsoDateForm(s, PAGE_FORM)) {
    // An ISO form naming a day or time that does not exist is not read as words either.
    const iso = parseIsoDate(s, PAGE_FORM);
    if (iso === undefined) return undefined;
    return iso.time === undefined ? { date: iso.day } : { datetime: `${iso.day}T${iso.time}${iso.offset ?? ''}` };
  }
  if (s.length === 0 || s.length > 100) return undefined;
  const parsed = parseDate(s);
  if (parsed.ok && parsed.value.type === 'date' && parsed.value.precision === 'day' && parsed.value.start === parsed.value.end) {
    return { date: parsed.value.start };
  }
  return undefined;
};
