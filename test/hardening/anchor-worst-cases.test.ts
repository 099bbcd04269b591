/**
 * The anchoring hangs of issue 14, as correctness cases at sizes the old
 * quadratic code could not finish within this suite's time-out (each took
 * minutes: ×4 per doubling from the figures in docs/benchmarks.md). Only the
 * answers are asserted — the right place, the right status, every claim
 * loaded; how the time grows is measured by `npm run bench` (the
 * worst-case anchoring section), never here.
 */
import { describe, expect, it } from 'vitest';
import { WORST_CASES } from '../tools/bench/worst-case-anchoring.js';

const K = 1024;

/** Per case, the size checked here (the unit is the case's: prefix, quote, span, claims…). */
const SIZES: Readonly<Record<string, number>> = {
  'long-prefix': 128 * K,
  'long-suffix': 128 * K,
  'frequent-word-long-prefix': 400 * K,
  'check-long-prefix': 32 * K,
  'edited-long-quote-framed': 128 * K,
  'reanchor-one-char-edit': 128 * K,
  'long-quote-typo-no-context': 512 * K,
  'periodic-long-quote': 128 * K,
  'repetitive-source': 1024 * K,
  'many-claims-one-file': 25_000,
};

describe.each(WORST_CASES.map((c) => ({ ...c, size: SIZES[c.id] })))('$title', ({ id, size, describe: describeSize, prepare }) => {
  it(`gives the right answer (${id})`, async () => {
    expect(size, `a size for ${id}`).toBeDefined();
    const input = prepare(size!);
    try {
      const { outcome, correct } = await input.run();
      expect({ input: describeSize(size!), outcome, correct }).toMatchObject({ correct: true });
    } finally {
      input.cleanup?.();
    }
  });
});
