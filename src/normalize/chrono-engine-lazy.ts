/**
 * `chrono-engine.ts` for the CLI's bundle (tsup.config.ts swaps it in):
 * chrono-node is required — its CommonJS build, from node_modules, through
 * the `require` the bundle's banner makes with `createRequire` — on the first
 * date the exact reader leaves to it, synchronously, so `parseDate` stays
 * synchronous. Never imported by the library's builds, whose ES modules have
 * no `require`.
 */
import type * as Chrono from 'chrono-node/en';

/** chrono-node's English locale module. */
export type ChronoEnglish = typeof Chrono;

let loaded: ChronoEnglish | undefined;

/** The parser, loaded on first use. */
export const chronoEnglish = (): ChronoEnglish => {
  loaded ??= require('chrono-node/en') as ChronoEnglish;
  return loaded;
};
