/**
 * Without the optional package @duckdb/node-api the library still imports
 * and works, and asking for the DuckDB path says how to install it.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@duckdb/node-api', () => {
  throw new Error("Cannot find package '@duckdb/node-api' imported from claimtrace");
});

describe('claimtrace/scale without @duckdb/node-api', { timeout: 120_000 }, () => {
  it('imports, and opening a store fails with a message that says how to install the driver', async () => {
    const scale = await import('../../src/scale/index.js');
    expect(await scale.duckDbAvailable()).toBe(false);
    const opened = scale.openClaimStore({ sources: [], predicates: [], entities: [] });
    await expect(opened).rejects.toBeInstanceOf(scale.DuckDbUnavailable);
    await expect(opened).rejects.toThrow(/needs the optional package @duckdb\/node-api.*npm install @duckdb\/node-api/);
  });

  it('leaves the rest of the library working: NDJSON claims are written and read without it', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { writeClaimsNdjson, readClaimsNdjson } = await import('../../src/scale/index.js');
    const { syntheticClaimLines, syntheticScaleCorpus } = await import('../tools/bench/synthetic-claim-lines.js');
    const { createEntityResolver } = await import('../../src/normalize/entity-resolver.js');
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-no-duckdb-'));
    try {
      const corpus = syntheticScaleCorpus(3);
      const file = join(dir, 'c.ndjson');
      expect(writeClaimsNdjson(file, syntheticClaimLines(20, corpus))).toBe(20);
      let n = 0;
      for await (const read of readClaimsNdjson(file, { ...corpus, resolver: createEntityResolver({ entities: [] }) })) if (read.claim !== undefined) n += 1;
      expect(n).toBe(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
