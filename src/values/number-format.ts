/**
 * Numbers in words and digits: the one number formatter of claimtrace (the
 * report, comparison reasons, finding messages and exports all use it).
 * Locale-free: the output is the same on every machine.
 */

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** At most six significant digits, trailing zeros dropped: 10.8000001 → "10.8". */
const significant = (x: number): string => String(Number(x.toPrecision(6)));

/** Integer digits in groups of three: 1200 → "1,200" (any integer-valued double, however large). */
const groupThousands = (x: number): string => {
  const digits = BigInt(Math.trunc(Math.abs(x))).toString();
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return x < 0 ? `-${out}` : out;
};

/**
 * A number as a reader takes it in: scale words from a million up, six
 * significant digits, thousands grouped below.
 *
 * @example
 * formatNumber(12e9)      // '12 billion'
 * formatNumber(10.8e9)    // '10.8 billion'
 * formatNumber(1200)      // '1,200'
 * formatNumber(0.125)     // '0.125'
 */
export const formatNumber = (x: number): string => {
  const abs = Math.abs(x);
  for (const [scale, word] of SCALES) {
    if (abs >= scale) return `${significant(x / scale)} ${word}`;
  }
  return Number.isInteger(x) ? groupThousands(x) : significant(x);
};

/**
 * A number with every digit, for data exports: thousands grouped, up to six
 * decimals.
 *
 * @example
 * formatFullNumber(12e9)     // '12,000,000,000'
 * formatFullNumber(1234.5)   // '1,234.5'
 */
export const formatFullNumber = (x: number): string => {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return groupThousands(x);
  const fixed = Math.abs(x).toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = groupThousands(Number(whole));
  const sign = x < 0 && fixed !== '0' ? '-' : '';
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
};
