/** Rows and runs of the reconciliation benchmark, as the section tests build them. */
import type { ReconcileBenchResult, ReconcileBenchRow } from '../tools/bench/reconcile.js';

/** A measured size: counts derived from `claims`, the figures given. */
export const benchRow = (claims: number, reconcileMs: number, peakRssMb: number, cpuMs = reconcileMs, more: Partial<ReconcileBenchRow> = {}): ReconcileBenchRow => ({
  claims,
  sources: claims / 50,
  groups: claims / 4,
  findings: claims / 2,
  passages: 0,
  reconcileMs,
  cpuMs,
  generateMs: 1,
  corpusHeapMb: 10,
  peakRssMb,
  ...more,
});

/** One run of the benchmark over some rows. */
export const benchRun = (rows: readonly ReconcileBenchRow[]): ReconcileBenchResult => ({ rows, exponent: Number.NaN, cpuExponent: Number.NaN, node: 'v20', machine: 'test' });
