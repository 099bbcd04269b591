/**
 * Claims as NDJSON: one claim per line, a JSON object with the fields of a
 * claim in `claims/*.yaml` (id, subject, predicate, value, evidence, hedge,
 * polarity, attribution, qualifiers, note) plus the required `source` (the
 * id of the source its quotes come from unless an evidence entry names
 * another). The writer gives each quote with its offsets (`start`, `end`:
 * UTF-16 code units of the source's normalized text) so a reader finds it
 * without searching, and the value in its normalized form.
 *
 * Written as a stream to a temporary file beside the target, flushed and
 * renamed over it: a ten-million-line file never lives in memory, and a
 * reader never sees half of one.
 */
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Claim } from '../model/claim.js';

/** One NDJSON line's object (see the module comment). */
export interface ClaimLine {
  readonly id: string;
  readonly source: string;
  readonly subject: string;
  readonly predicate: string;
  readonly value: unknown;
  readonly evidence: readonly { readonly quote: string; readonly source?: string; readonly prefix?: string; readonly suffix?: string; readonly start: number; readonly end: number }[];
  readonly hedge?: string;
  readonly polarity?: string;
  readonly attribution?: Claim['attribution'];
  readonly qualifiers?: Claim['qualifiers'];
  readonly note?: string;
}

/**
 * A claim as one NDJSON object (defaults — affirmative, asserted — left out).
 *
 * @example
 * JSON.stringify(claimLine(corpus.claims[0]))
 */
export const claimLine = (claim: Claim): ClaimLine => {
  const source = claim.evidence[0]?.sourceId ?? '';
  return {
    id: claim.id,
    source,
    subject: claim.subject.name,
    predicate: claim.predicate,
    value: claim.value,
    evidence: claim.evidence.map((span) => ({
      quote: span.quote.exact,
      ...(span.sourceId !== source ? { source: span.sourceId } : {}),
      ...(span.quote.prefix !== '' ? { prefix: span.quote.prefix } : {}),
      ...(span.quote.suffix !== '' ? { suffix: span.quote.suffix } : {}),
      start: span.position.start,
      end: span.position.end,
    })),
    ...(claim.hedge !== 'asserted' ? { hedge: claim.hedge } : {}),
    ...(claim.polarity !== 'affirmative' ? { polarity: claim.polarity } : {}),
    ...(claim.attribution !== undefined ? { attribution: claim.attribution } : {}),
    ...(claim.qualifiers !== undefined ? { qualifiers: claim.qualifiers } : {}),
    ...(claim.note !== undefined ? { note: claim.note } : {}),
  };
};

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
      const line = `${JSON.stringify('evidence' in item && 'source' in item && typeof item.source === 'string' ? item : claimLine(item as Claim))}\n`;
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
