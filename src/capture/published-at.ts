/**
 * A publication date as a page states it (ISO 8601 in `article:published_time`
 * or JSON-LD `datePublished`, or words such as "March 4, 2026") → the
 * source file's `publishedAt` (`{ date }` or `{ datetime }`), or `undefined`
 * when it is not a real calendar date.
 */
import type { PublishedAtFile } from '../claims/file-schemas.js';
import { isValidDay } from '../normalize/calendar-day.js';
import { parseDate } from '../normalize/index.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * @example
 * publishedAtFromText('2026-03-04T09:30:00+00:00') // { datetime: '2026-03-04T09:30+00:00' }
 * publishedAtFromText('2026-03-04')                // { date: '2026-03-04' }
 * publishedAtFromText('March 4, 2026')             // { date: '2026-03-04' }
 * publishedAtFromText('2026-02-30')                // undefined
 */
export const publishedAtFromText = (text: string): Exclude<PublishedAtFile, 'unknown'> | undefined => {
  const s = text.trim();
  const m = ISO.exec(s);
  if (m !== null) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDay(y, mo, d)) return undefined;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) return { date: day };
    const [h, min] = [Number(m[4]), Number(m[5])];
    if (h > 23 || min > 59) return undefined;
    let offset = '';
    if (m[6] !== undefined) {
      if (m[6].toUpperCase() === 'Z') offset = 'Z';
      else {
        const digits = m[6].replace(':', '');
        const [oh, om] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
        if (oh > 14 || om > 59) return undefined;
        offset = `${digits[0]}${pad(oh)}:${pad(om)}`;
      }
    }
    return { datetime: `${day}T${pad(h)}:${pad(min)}${offset}` };
  }
  if (s.length === 0 || s.length > 100) return undefined;
  const parsed = parseDate(s);
  if (parsed.ok && parsed.value.type === 'date' && parsed.value.precision === 'day' && parsed.value.start === parsed.value.end) {
    return { date: parsed.value.start };
  }
  return undefined;
};
