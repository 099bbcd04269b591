/**
 * `chrono-engine.ts` for the CLI's bundle (tsup.config.ts swaps it in): the
 * bundle carries chrono-node, and this `require` runs its module code on the
 * first call only (esbuild keeps a required module's initialisation lazy),
 * synchronously, so `parseDate` stays synchronous. Never imported by the
 * library's builds: there `require` of an external package from ES module
 * code does not exist.
 */
import type * as Chrono from 'chrono-node/en';

/** chrono-node's English locale module. */
export type ChronoEnglish = typeof Chrono;

let loaded: ChronoEnglish | undefined;

/** The parser, loaded on first use. */
export const chronoEnglish = (): ChronoEnglish => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- bundled: esbuild turns it into a lazy module initialisation
  loaded ??= require('chrono-node/en') as ChronoEnglish;
  return loaded;
};
