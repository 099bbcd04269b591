/**
 * The words the quantity parser knows: hedges, number words and scales.
 * Plain data, so the semantics can be read (and documented) in one place.
 */

/**
 * How a hedge turns an amount X into an interval (δ is the `delta` option):
 * - `below`:   "nearly X"       → [X(1−δ), X]
 * - `around`:  "about X"        → [X(1−δ), X(1+δ)]
 * - `justOver`:"just over X"    → (X, X(1+δ)]
 * - `over`:    "more than X"    → (X, ∞)
 * - `atLeast`: "at least X"     → [X, ∞)
 * - `upTo`:    "up to X"        → [0, X] (−∞ when X is negative)
 * - `under`:   "less than X"    → [0, X) (−∞ when X is negative)
 */
export type HedgeKind = 'below' | 'around' | 'justOver' | 'over' | 'atLeast' | 'upTo' | 'under';

/** Hedge phrases written before the amount, as word sequences. */
export const LEADING_HEDGES: readonly (readonly [readonly string[], HedgeKind])[] = [
  [['nearly'], 'below'],
  [['almost'], 'below'],
  [['just', 'under'], 'below'],
  [['just', 'below'], 'below'],
  [['just', 'shy', 'of'], 'below'],
  [['slightly', 'less', 'than'], 'below'],
  [['a', 'little', 'under'], 'below'],
  [['close', 'to'], 'around'],
  [['about'], 'around'],
  [['around'], 'around'],
  [['roughly'], 'around'],
  [['approximately'], 'around'],
  [['approx'], 'around'],
  [['some'], 'around'],
  [['circa'], 'around'],
  [['an', 'estimated'], 'around'],
  [['estimated'], 'around'],
  [['just', 'over'], 'justOver'],
  [['just', 'above'], 'justOver'],
  [['slightly', 'more', 'than'], 'justOver'],
  [['a', 'little', 'over'], 'justOver'],
  [['more', 'than'], 'over'],
  [['over'], 'over'],
  [['above'], 'over'],
  [['in', 'excess', 'of'], 'over'],
  [['upwards', 'of'], 'over'],
  [['exceeding'], 'over'],
  [['at', 'least'], 'atLeast'],
  [['no', 'less', 'than'], 'atLeast'],
  [['no', 'fewer', 'than'], 'atLeast'],
  [['a', 'minimum', 'of'], 'atLeast'],
  [['up', 'to'], 'upTo'],
  [['as', 'much', 'as'], 'upTo'],
  [['as', 'many', 'as'], 'upTo'],
  [['at', 'most'], 'upTo'],
  [['no', 'more', 'than'], 'upTo'],
  [['a', 'maximum', 'of'], 'upTo'],
  [['less', 'than'], 'under'],
  [['fewer', 'than'], 'under'],
  [['under'], 'under'],
  [['below'], 'under'],
];

/** Hedge symbols written before the amount. */
export const SYMBOL_HEDGES: ReadonlyMap<string, HedgeKind> = new Map([
  ['~', 'around'],
  ['≈', 'around'],
  ['∼', 'around'],
  ['>', 'over'],
  ['<', 'under'],
  ['≥', 'atLeast'],
  ['≤', 'upTo'],
]);

/** Hedge phrases written after the amount ("50 or more", "12 or so"). */
export const TRAILING_HEDGES: readonly (readonly [readonly string[], HedgeKind])[] = [
  [['or', 'more'], 'atLeast'],
  [['or', 'over'], 'atLeast'],
  [['or', 'above'], 'atLeast'],
  [['and', 'up'], 'atLeast'],
  [['plus'], 'atLeast'],
  [['or', 'less'], 'upTo'],
  [['or', 'fewer'], 'upTo'],
  [['or', 'so'], 'around'],
];

/** Number words below twenty. */
export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);

/** Tens words. */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words and abbreviations, written out or after a number ("12bn"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['thousands', 1e3], ['k', 1e3],
  ['million', 1e6], ['millions', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6],
  ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['bln', 1e9], ['b', 1e9],
  ['trillion', 1e12], ['trillions', 1e12], ['tn', 1e12], ['trn', 1e12], ['t', 1e12],
  // the Indian numbering system: "₹1,200 crore" is 12 billion rupees
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/**
 * One-letter scale abbreviations ("5k", "$12B", "€3m"). They count as scales
 * only when written against the number or when the amount has a currency,
 * so "5 m" (metres) stays a unit.
 */
export const SHORT_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'b', 't']);

/**
 * Vague plural amounts: "dozens of" = [24, 120), "hundreds of" = [200, 1000),
 * "tens of thousands of" = [20, 100) × 1000: at least two of the unit and
 * fewer than ten of them (ten would be the next word up).
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10],
  ['dozens', 12],
  ['scores', 20],
  ['hundreds', 100],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
  ['trillions', 1e12],
]);

/** Words for "percent". */
export const PERCENT_WORDS: readonly (readonly string[])[] = [['percent'], ['per', 'cent'], ['pct']];

/**
 * Proportions in words, as percentages: "nearly all" → [90, 100) %, "most" /
 * "a majority" → (50, 100] %, "the vast majority" → [80, 100] %, "a minority"
 * → [0, 50) %, "all" → 100 %. A hedge cannot go before them (they are hedges
 * already). Longer phrases are tried first.
 */
export const PROPORTIONS: readonly (readonly [readonly string[], { readonly low: number; readonly high: number; readonly lowInclusive: boolean; readonly highInclusive: boolean }])[] = [
  [['nearly', 'all'], { low: 90, high: 100, lowInclusive: true, highInclusive: false }],
  [['almost', 'all'], { low: 90, high: 100, lowInclusive: true, highInclusive: false }],
  [['virtually', 'all'], { low: 90, high: 100, lowInclusive: true, highInclusive: false }],
  [['practically', 'all'], { low: 90, high: 100, lowInclusive: true, highInclusive: false }],
  [['nearly', 'every'], { low: 90, high: 100, lowInclusive: true, highInclusive: false }],
  [['almost', 'every'], { low: 90, high: 100, lowInclusive: true, highInclusive: false }],
  [['the', 'vast', 'majority'], { low: 80, high: 100, lowInclusive: true, highInclusive: true }],
  [['a', 'vast', 'majority'], { low: 80, high: 100, lowInclusive: true, highInclusive: true }],
  [['an', 'overwhelming', 'majority'], { low: 80, high: 100, lowInclusive: true, highInclusive: true }],
  [['the', 'overwhelming', 'majority'], { low: 80, high: 100, lowInclusive: true, highInclusive: true }],
  [['the', 'bulk'], { low: 60, high: 100, lowInclusive: true, highInclusive: true }],
  [['the', 'majority'], { low: 50, high: 100, lowInclusive: false, highInclusive: true }],
  [['a', 'majority'], { low: 50, high: 100, lowInclusive: false, highInclusive: true }],
  [['majority'], { low: 50, high: 100, lowInclusive: false, highInclusive: true }],
  [['most'], { low: 50, high: 100, lowInclusive: false, highInclusive: true }],
  [['a', 'minority'], { low: 0, high: 50, lowInclusive: true, highInclusive: false }],
  [['minority'], { low: 0, high: 50, lowInclusive: true, highInclusive: false }],
  [['all'], { low: 100, high: 100, lowInclusive: true, highInclusive: true }],
];

/**
 * Fractions in words, as percentages ("half" → 50 %, "two-thirds" → 66.7 %).
 * Words round: a fraction is read as ±{@link FRACTION_STEP}/2 percentage
 * points, and hedges apply as to numbers ("nearly half", "more than a third":
 * a bound is the figure, more than 33.3 %).
 */
export const FRACTIONS: readonly (readonly [readonly string[], number])[] = fractionWords();

/** "half", "a third" … "nine tenths": every proper fraction with a denominator up to ten, in words. */
function fractionWords(): (readonly [readonly string[], number])[] {
  const denominators = ['', '', 'half', 'third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  const numerators = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const out: (readonly [readonly string[], number])[] = [[['half'], 50], [['a', 'half'], 50], [['one', 'half'], 50]];
  for (let d = 3; d <= 10; d += 1) {
    const name = denominators[d] as string;
    out.push([['a', name], 100 / d], [['one', name], 100 / d]);
    // plural written; the singular is accepted too ("two-third")
    for (let n = 2; n < d; n += 1) out.push([[numerators[n] as string, `${name}s`], (100 * n) / d]);
  }
  return out;
}

/** The precision of a fraction in words, in percentage points: "half" is 45–55 %. */
export const FRACTION_STEP = 10;

/**
 * The significant digits a fraction in words (or "one in three") is shown
 * to where its figure is a bound, not rounded: "more than two thirds" is
 * more than 66.7 %, not more than 66.6667 %.
 */
export const FRACTION_DIGITS = 3;

/**
 * Units that measure rather than count ("300 tonnes", "5 km"): a whole
 * number of them of two digits or more is a rounded figure, where "54
 * countries" is an exact count (a lone digit, "one mile", is exact too: see
 * parse-quantity's `roundingStep`). Matched against the first word of the
 * unit: {@link isMeasureUnit}.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'tonnes', 'tonne', 'tons', 'ton', 'kilotonnes', 'kt', 'mt', 'kg', 'kilograms', 'kilogram', 'grams', 'g', 'pounds', 'lb', 'lbs', 'ounces', 'oz',
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'metre', 'meter', 'feet', 'ft',
  'inches', 'inch', 'cm', 'centimetres', 'centimeters', 'centimetre', 'centimeter', 'mm', 'millimetres', 'millimeters', 'millimetre', 'millimeter',
  'hectares', 'hectare', 'acres', 'acre', 'sq', 'square',
  'barrels', 'barrel', 'bpd', 'litres', 'liters', 'gallons', 'cubic',
  'mw', 'gw', 'kw', 'tw', 'megawatts', 'gigawatts', 'kilowatts', 'mwh', 'gwh', 'kwh', 'twh',
  'degrees', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute',
]);

/** Whether a quantity's unit measures rather than counts (its first word is one of {@link MEASURE_UNITS}): "miles", "tonnes of ore", not "homes". */
export const isMeasureUnit = (unit: string | undefined): boolean => unit !== undefined && MEASURE_UNITS.has(unit.split(' ')[0] ?? '');
