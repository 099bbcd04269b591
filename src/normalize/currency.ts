/**
 * Currency markers in quantity text: symbols, prefixed dollars ("US$"),
 * ISO 4217 codes and currency words, each mapped to an ISO 4217 code.
 */
import { currencies } from 'countries-list/currencies';

/** ISO 4217 codes known to countries-list (181 codes). */
const ISO_CODES: ReadonlySet<string> = new Set(Object.keys(currencies));

/** Whether `code` (upper case) is an ISO 4217 code. */
export const isCurrencyCode = (code: string): boolean => code.length === 3 && ISO_CODES.has(code);

/**
 * Currency symbols. "$" alone is read as US dollars and "¥" as Japanese yen:
 * they are what English-language news means by them far more often than
 * not. Write the ISO code (or "A$", "C$", "yuan") to say otherwise.
 */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₫', 'VND'],
  ['₱', 'PHP'],
]);

/** Letters written directly before "$": "US$", "A$", "C$", "HK$", … */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['hk', 'HKD'],
  ['s', 'SGD'],
  ['sg', 'SGD'],
  ['nz', 'NZD'],
  ['nt', 'TWD'],
  ['r', 'BRL'],
  ['mx', 'MXN'],
]);

/** Currency words written after an amount ("12 billion dollars"), singular and plural. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rmb', 'CNY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['won', 'KRW'],
  ['ringgit', 'MYR'],
  ['baht', 'THB'],
  ['rupiah', 'IDR'],
  ['naira', 'NGN'],
  ['zloty', 'PLN'],
  ['roubles', 'RUB'],
  ['rubles', 'RUB'],
  ['shekels', 'ILS'],
  ['kronor', 'SEK'],
]);

/** Adjectives before "dollars" that name another dollar ("Australian dollars"). */
export const DOLLAR_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['american', 'USD'],
  ['australian', 'AUD'],
  ['canadian', 'CAD'],
  ['singapore', 'SGD'],
  ['taiwan', 'TWD'],
]);
