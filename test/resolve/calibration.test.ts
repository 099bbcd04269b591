import { describe, expect, it } from 'vitest';
import { applyCalibration, brierScore, fitCalibration, reliabilityTable, type CalibrationPoint } from '../../src/resolve/index.js';

/** `n` predictions at `confidence`, `right` of them correct. */
const at = (confidence: number, n: number, right: number): CalibrationPoint[] =>
  Array.from({ length: n }, (_, i) => ({ confidence, correct: i < right }));

describe('calibration', () => {
  const points = [...at(0.6, 40, 30), ...at(0.9, 50, 35), ...at(0.99, 100, 98)];

  it('fits the observed precision of each confidence level (isotonic)', () => {
    const c = fitCalibration(points);
    // 0.6 (75 % right) and 0.9 (70 %) violate the order and are pooled: 65 of 90 at mean confidence 0.7667.
    expect(c.knots.map(([x, y]) => [Number(x.toFixed(4)), Number(y.toFixed(4))])).toEqual([
      [0.7667, 0.7222],
      [0.99, 0.98],
    ]);
    expect(applyCalibration(c, 0.99)).toBeCloseTo(0.98, 4);
    expect(applyCalibration(c, 0.7)).toBeCloseTo(65 / 90, 4);
  });

  it('keeps the order of confidences strictly (the preferred value never changes)', () => {
    const c = fitCalibration(points);
    const xs = [0, 0.3, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1];
    const ys = xs.map((x) => applyCalibration(c, x));
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
  });

  it('bins predictions into a reliability table', () => {
    const t = reliabilityTable(points);
    expect(t.map((b) => [b.low, b.count, b.precision])).toEqual([
      [0.5, 40, 0.75],
      [0.9, 50, 0.7],
      [0.99, 100, 0.98],
    ]);
  });

  it('scores with the Brier score', () => {
    expect(brierScore([{ confidence: 1, correct: true }, { confidence: 0, correct: false }])).toBe(0);
    expect(brierScore([{ confidence: 0.8, correct: false }])).toBeCloseTo(0.64, 12);
    expect(brierScore(at(0.7, 10, 7))).toBeCloseTo(0.21, 12);
  });
});
