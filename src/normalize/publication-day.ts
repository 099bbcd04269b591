/**
 * The calendar day a source was published, from whatever form it is given
 * in: the model's `PublishedAt`, a `Date`, or an ISO 8601 string.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { PublishedAt } from '../model/source.js';
import { dayOfInstant, parseDay, type CalendarDay } from './calendar-day.js';
import { isIsoDate } from '../model/iso-date.js';
import type { Message } from '../model/message.js';
import { fromEither, type Result } from '../model/result.js';
import { normalizeMessage } from './diagnostic.js';

/** The forms a publication date may take. */
export type PublicationDateInput = PublishedAt | Date | string;

/**
 * Read the publication day.
 * - `PublishedAt` with day or minute precision: the date part as written (a
 *   minute-precision `2025-12-12T19:45+08:00` was published on the 12th where
 *   it was written, so that is the day "Friday" refers to);
 * - `{ precision: 'unknown' }` or `undefined`: no day (`value: undefined`);
 * - `Date`: its UTC calendar day;
 * - string: an ISO 8601 day or date-time (`2025-12-12`, `2025-12-12T19:45+08:00`):
 *   its date part as written. Anything else — an impossible day, a time such
 *   as T25:99, an offset past ±14:00, "6/15/50" (which `Date.parse` would read
 *   as 1950) — is an `invalid-publication-date`, never a guess.
 */
export const publicationDay = (input: PublicationDateInput | undefined): Result<CalendarDay | undefined> =>
  fromEither(readPublicationDay(input));

/** {@link publicationDay} as an fp-ts chain, for the parsers that build on it. */
export const readPublicationDay = (input: PublicationDateInput | undefined): E.Either<Message, CalendarDay | undefined> => {
  if (input === undefined) return E.right(undefined);
  if (input instanceof Date) {
    return Number.isNaN(input.getTime())
      ? E.left(normalizeMessage('invalid-publication-date', String(input), 'the publication date is an invalid Date'))
      : E.right(dayOfInstant(input));
  }
  if (typeof input === 'string') return fromString(input);
  if (input.precision === 'unknown') return E.right(undefined);
  return fromString(input.value);
};

const fromString = (text: string): E.Either<Message, CalendarDay> => {
  const day = isIsoDate(text) ? parseDay(text.slice(0, 10)) : undefined;
  return day !== undefined
    ? E.right(day)
    : E.left(
        normalizeMessage(
          'invalid-publication-date',
          text,
          `"${text.slice(0, 40)}" is not a publication date`,
          'give the publication date as YYYY-MM-DD or YYYY-MM-DDThh:mm (a real day and time)',
        ),
      );
};
