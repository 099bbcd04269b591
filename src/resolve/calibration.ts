/**
 * Calibrated confidence: a map from a strategy's raw confidence to the
 * share of preferred values that turned out true, fitted by isotonic
 * regression (pool-adjacent-violators; Zadrozny & Elkan, KDD 2002) on
 * labelled outcomes, and the measures that show whether a confidence means
 * what it says: the reliability table and the Brier score.
 */

/** One prediction and whether it was right. */
export interface CalibrationPoint {
  readonly confidence: number;
  readonly correct: boolean;
}

/**
 * A monotone map from raw to calibrated confidence: piecewise linear
 * through `knots` (raw ascending, calibrated non-decreasing), flat beyond
 * the first and last knot.
 */
export interface Calibration {
  readonly knots: readonly (readonly [raw: number, calibrated: number])[];
}

/** The identity map (no calibration). */
export const identityCalibration: Calibration = { knots: [[0, 0], [1, 1]] };

/**
 * Fit an isotonic calibration. Pooled blocks become knots at their mean raw
 * confidence; a block needs `minBlock` points (default 20) before it stands
 * on its own, so sparse ends are merged into their neighbours.
 *
 * @example
 * const c = fitCalibration(points);
 * applyCalibration(c, 0.9); // the observed precision of predictions near 0.9
 */
export const fitCalibration = (points: readonly CalibrationPoint[], minBlock = 20): Calibration => {
  if (points.length === 0) return identityCalibration;
  const sorted = [...points].sort((a, b) => a.confidence - b.confidence);
  // Blocks: [sum of raw, sum of correct, count].
  const blocks: [number, number, number][] = [];
  for (const p of sorted) {
    blocks.push([p.confidence, p.correct ? 1 : 0, 1]);
    // Pool while the last block's mean is not above the previous one's, or the previous one is too small.
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a[1] / a[2] < b[1] / b[2] && a[2] >= minBlock) break;
      blocks.pop();
      a[0] += b[0];
      a[1] += b[1];
      a[2] += b[2];
    }
  }
  // A small last block joins its neighbour.
  while (blocks.length > 1 && blocks[blocks.length - 1]![2] < minBlock) {
    const b = blocks.pop()!;
    const a = blocks[blocks.length - 1]!;
    a[0] += b[0];
    a[1] += b[1];
    a[2] += b[2];
  }
  const knots = blocks.map(([raw, correct, n]) => [raw / n, correct / n] as const);
  return { knots };
};

/**
 * Map a raw confidence. Strictly increasing inside the knots' range (a tiny
 * slope is added on flat stretches) so that the order of values, and so the
 * preferred value, never changes.
 */
export const applyCalibration = (c: Calibration, raw: number): number => {
  const k = c.knots;
  if (k.length === 0 || !Number.isFinite(raw)) return raw;
  const tilt = 1e-6 * raw;
  if (raw <= k[0]![0]) return Math.min(1, Math.max(0, k[0]![1] + tilt - 1e-6));
  for (let i = 1; i < k.length; i++) {
    const [x1, y1] = k[i]!;
    if (raw <= x1) {
      const [x0, y0] = k[i - 1]!;
      const y = x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
      return Math.min(1, Math.max(0, y + tilt - 1e-6));
    }
  }
  return Math.min(1, Math.max(0, k[k.length - 1]![1] + tilt - 1e-6));
};

/** One row of a reliability table. */
export interface ReliabilityBin {
  /** Bin bounds, [low, high) (the last bin includes 1). */
  readonly low: number;
  readonly high: number;
  readonly count: number;
  /** Mean confidence in the bin. */
  readonly meanConfidence: number;
  /** Share of the bin's predictions that were right. */
  readonly precision: number;
}

/** Default bin edges: coarse where predictions are rare, fine near 1. */
export const RELIABILITY_EDGES: readonly number[] = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1];

/**
 * Bin predictions by confidence and compare each bin's mean confidence with
 * its observed precision (empty bins are left out).
 */
export const reliabilityTable = (points: readonly CalibrationPoint[], edges: readonly number[] = RELIABILITY_EDGES): readonly ReliabilityBin[] => {
  const out: ReliabilityBin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const low = edges[i]!;
    const high = edges[i + 1]!;
    const last = i + 2 === edges.length;
    const inBin = points.filter((p) => p.confidence >= low && (p.confidence < high || (last && p.confidence <= high)));
    if (inBin.length === 0) continue;
    out.push({
      low,
      high,
      count: inBin.length,
      meanConfidence: inBin.reduce((a, p) => a + p.confidence, 0) / inBin.length,
      precision: inBin.filter((p) => p.correct).length / inBin.length,
    });
  }
  return out;
};

/** Brier score: mean squared difference between confidence and outcome (0 is perfect). */
export const brierScore = (points: readonly CalibrationPoint[]): number =>
  points.length === 0 ? 0 : points.reduce((a, p) => a + (p.confidence - (p.correct ? 1 : 0)) ** 2, 0) / points.length;
