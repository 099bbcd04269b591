/**
 * A source's publication day as the rules show it (`YYYY-MM-DD`), read once
 * per date as written: a run's sources share a few publication dates, and
 * reading one (`publicationDay`) costs a validation of the text.
 */
import type { PublishedAt } from '../../model/source.js';
import { formatDay } from '../../normalize/calendar-day.js';
import { publicationDay } from '../../normalize/publication-day.js';

/** The publication day (`publicationDay`) in `YYYY-MM-DD`, if there is one. */
const formatPublicationDay = (publishedAt: PublishedAt | undefined): string | undefined => {
  const day = publicationDay(publishedAt);
  return day.ok && day.value !== undefined ? formatDay(day.value) : undefined;
};

/**
 * The publication day of a source in `YYYY-MM-DD` (`publicationDay`, formatted), if there is one. A date
 * as written (day or minute precision: its day is a function of the text alone) is read once per text
 * and kept in `byText`: a run's sources share a few dates, and reading one costs a validation.
 */
export const formattedDay = (byText: Map<string, string | null>, publishedAt: PublishedAt | undefined): string | undefined => {
  if (publishedAt === undefined || publishedAt.precision === 'unknown' || typeof publishedAt.value !== 'string') return formatPublicationDay(publishedAt);
  const text = publishedAt.value;
  const known = byText.get(text);
  if (known !== undefined) return known ?? undefined;
  const formatted = formatPublicationDay(publishedAt);
  byText.set(text, formatted ?? null);
  return formatted;
};
