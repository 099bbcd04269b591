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
 * A number rounded to the decimal places of a precision, for display: a
 * value no finer than its rounding ("two-thirds", ±5 points, is 67, not
 * 66.6667). Whole numbers and precisions of 1 or more keep no decimals.
 *
 * @example
 * toPrecisionOf(66.6666666667, 5)  // 67
 * toPrecisionOf(0.5, 0.25)         // 0.5
 * toPrecisionOf(1.675e9, 5e6)      // 1675000000
 */
export const toPrecisionOf = (x: number, precision: number): number => {
  if (!Number.isFinite(x) || !(precision > 0) || Math.abs(x) >= 1e21) return x;
  // the decimal places the precision is written with: 5 → 0, 0.25 → 2, 0.005 → 3
  let places = 0;
  for (let scaled = precision; places < 20 && Math.abs(scaled - Math.round(scaled)) > 1e-9 * scaled; scaled *= 10) places += 1;
  return Number(x.toFixed(places));
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
