/**
 * chrono-node's English parser, for the dates the exact reader
 * (`written-date.ts`) leaves to it. The library's builds import it here, as
 * any dependency; the CLI's bundle replaces this module with
 * `chrono-engine-lazy.ts` (tsup.config.ts), which loads chrono-node on the
 * first date that needs it — a `check` whose dates are all in common forms
 * never loads it (issue 19: chrono-node was the largest part of a cold start).
 */
import * as chrono from 'chrono-node/en';

/** chrono-node's English locale module. */
export type ChronoEnglish = typeof chrono;

/** The parser (loaded already in this build). */
export const chronoEnglish = (): ChronoEnglish => chrono;
