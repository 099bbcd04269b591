/**
 * What each part of `npm run bench` hands back: its tables, the targets it
 * checks, what its comparisons mean, and a short phrase for the one-line
 * summary. Plain data, rendered by `bench.ts` to the terminal and to
 * docs/benchmarks.md.
 */
import type { Table } from './table.js';

/** A target from the issue and whether this run met it. */
export interface TargetCheck {
  /** e.g. `1M claims reconciled in < 10 s`. */
  readonly target: string;
  /** The measured figure, formatted. */
  readonly measured: string;
  /** `undefined` when this mode does not measure it (e.g. 1M claims in quick mode). */
  readonly met: boolean | undefined;
  /** Why a target was missed or not measured. */
  readonly note?: string;
}

/** One part of the benchmark run. */
export interface BenchSection {
  /** Stable id: `anchoring`, `reanchoring`, `reconcile-scale`, `real-data`. */
  readonly id: string;
  readonly title: string;
  readonly status: 'ran' | 'skipped' | 'failed';
  /** Why it was skipped or failed, or a remark on how it ran. */
  readonly note?: string;
  readonly tables: readonly Table[];
  readonly targets: readonly TargetCheck[];
  /** What the figures and comparisons mean (Markdown paragraphs). */
  readonly meaning: string;
  /** A few words for the one-line summary, e.g. `exact 41 MB/s (1.3× indexOf)`. */
  readonly summary: string;
  /** Wall time of the part, ms. */
  readonly wallMs: number;
}

/** A section for a part that could not run, with the reason. */
export const unavailableSection = (
  id: string,
  title: string,
  status: 'skipped' | 'failed',
  note: string,
  meaning = '',
): BenchSection => ({ id, title, status, note, tables: [], targets: [], meaning, summary: `${id} ${status}`, wallMs: 0 });
