/**
 * Claims as an NDJSON file: the claim-line format of the claims folder
 * (`claims/*.ndjson`, docs/claim-files.md; `claimLine` and `claimLineText`
 * in `claims/ndjson-claims.ts` make each line, `loadClaimLine` reads it), so
 * a file written here is a claim file of a claims folder too. Each quote
 * is written with its offsets, so loading it needs no search.
 *
 * Written as a stream to a temporary file beside the target, flushed and
 * renamed over it: a ten-million-line file never lives in memory, and a
 * reader never sees half of one.
 */
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Claim } from '../model/claim.js';
import { claimLine, claimLineText, type ClaimLine } from '../claims/ndjson-claims.js';

/** Bytes gathered before each write. */
const CHUNK = 1 << 20;

/**
 * Write claims (or ready claim lines) as NDJSON to `path`, streaming: a
 * generator of ten million claims is written with constant memory. Returns
 * the number of lines. The file appears whole or not at all.
 *
 * @example
 * writeClaimsNdjson('corpus.ndjson', corpus.claims);
 * writeClaimsNdjson('big.ndjson', syntheticClaimLines(10_000_000));
 */
export const writeClaimsNdjson = (path: string, claims: Iterable<Claim | ClaimLine>): number => {
  const folder = realpathSync(dirname(path));
  const target = join(folder, basename(path));
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  let lines = 0;
  try {
    let buffer: string[] = [];
    let size = 0;
    const flush = (): void => {
      const bytes = Buffer.from(buffer.join(''), 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      buffer = [];
      size = 0;
    };
    for (const item of claims) {
      const line = claimLineText('evidence' in item && 'source' in item && typeof item.source === 'string' ? item : claimLine(item as Claim));
      buffer.push(line);
      size += line.length;
      lines += 1;
      if (size >= CHUNK) flush();
    }
    flush();
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
  return lines;
};
