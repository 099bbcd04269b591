/**
 * Countries as alias entries, from countries-list (ISO 3166-1 alpha-2 codes,
 * English names and the package's own former/short names) plus the
 * alternates news writes that the package lacks. Ids are `country:<alpha-2>`.
 *
 * Two-letter and three-letter ISO codes are NOT aliases: "IN", "IT", "CAN"
 * and "AND" are words. The short forms people write ("UK", "US", "USA",
 * "UAE", "DRC") come from countries-list's alias lists; dots are stripped by
 * the name key, so "U.K." and "U.S." match them.
 */
import { countries } from 'countries-list';
import type { AliasEntry } from '../model/entity.js';
import { entityId } from '../model/ids.js';
import { compareOrdinal } from '../model/ordinal.js';

/** Alternates missing from countries-list, by alpha-2 code. */
export const EXTRA_COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GB: ['United Kingdom of Great Britain and Northern Ireland'],
  US: ['U.S.A.', 'United States of America'],
  KR: ['ROK', 'Korea, Republic of', 'Republic of South Korea'],
  KP: ["Democratic People's Republic of Korea"],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  CD: ['Democratic Republic of Congo', 'DR of Congo', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  IR: ['Islamic Republic of Iran'],
  AE: ['U.A.E.'],
  NL: ['The Netherlands'],
  CZ: ['Czech Republic'],
  VN: ['Viet Nam'],
};

/** Id of a country by its ISO 3166-1 alpha-2 code: `country:GB`. */
export const countryId = (alpha2: string) => entityId(`country:${alpha2.toUpperCase()}`);

/**
 * Every country of countries-list as an alias entry, sorted by id.
 * Computed once; the array and its entries are frozen.
 */
export const COUNTRY_ENTRIES: readonly AliasEntry[] = Object.freeze(
  Object.entries(countries)
    .sort(([a], [b]) => compareOrdinal(a, b))
    .map(([code, country]): AliasEntry => {
      const aliases = [...(country.alias ?? []), ...(EXTRA_COUNTRY_ALIASES[code] ?? [])];
      return Object.freeze({
        id: countryId(code),
        name: country.name,
        kind: 'country' as const,
        aliases: Object.freeze([...new Set(aliases)]) as string[],
      });
    }),
);
