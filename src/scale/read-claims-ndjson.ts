/**
 * Read claims from NDJSON (the format of `claims-ndjson.ts`) as a stream:
 * one line at a time is parsed, checked against the claim-file schema,
 * anchored (by its recorded offsets when the quote stands there, else by
 * searching the source as the folder loader does) and normalized. A bad
 * line gives a message naming the file, line, column and claim and is
 * skipped; the other lines still load.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Claim, Qualifiers } from '../model/claim.js';
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { MessageCode } from '../model/message-codes.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import type { Span } from '../model/span.js';
import { SourceIdSchema, type SourceId } from '../model/ids.js';
import { prepareText, type PreparedText } from '../anchor/prepared-text.js';
import { spanAt } from '../anchor/describe-span.js';
import { anchorEvidence } from '../claims/anchor-evidence.js';
import { ClaimFileEntrySchema } from '../claims/file-schemas.js';
import type { EntityResolver } from '../normalize/entity-resolver.js';
import { resolveRef } from '../values/kinds/entity.js';
import { valueKind, valueKinds } from '../values/index.js';

/** A line of the file, read: its claim, or the problems that kept it out. */
export type ClaimLineRead = { readonly line: number; readonly claim: Claim; readonly messages: readonly Diagnostic[] } | { readonly line: number; readonly claim?: undefined; readonly messages: readonly Diagnostic[] };

/** What a line is read against. */
export interface ClaimLineContext {
  readonly sources: readonly SourceDocument[];
  readonly predicates: readonly Predicate[];
  readonly resolver: EntityResolver;
}

const LineSchema = ClaimFileEntrySchema.extend({ source: SourceIdSchema });

/**
 * A reader of single lines (for one file): `read(text, lineNumber)`.
 *
 * @example
 * const read = claimLineReader('claims.ndjson', { sources, predicates, resolver });
 * read('{"id":"a-1","source":"s1",…}', 1).claim
 */
export const claimLineReader = (file: string, context: ClaimLineContext): ((text: string, line: number) => ClaimLineRead) => {
  const sources = new Map(context.sources.map((d) => [d.source.id as string, d]));
  const predicates = new Map(context.predicates.map((p) => [p.id as string, p]));
  const prepared = new Map<string, PreparedText>();
  const preparedOf = (d: SourceDocument): PreparedText => {
    let p = prepared.get(d.source.id);
    if (p === undefined) {
      p = prepareText(d.text);
      prepared.set(d.source.id, p);
    }
    return p;
  };
  return (text, line) => {
    const messages: Diagnostic[] = [];
    const at = { file, start: { line, column: 1 } };
    const fail = (code: MessageCode, message: string, claimId?: string, hint?: string): ClaimLineRead => {
      messages.push(createDiagnostic(code, message, at, { ...(claimId !== undefined ? { claimId } : {}), ...(hint !== undefined ? { hint } : {}) }));
      return { line, messages };
    };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return fail('schema', `line ${line} is not JSON: ${error instanceof Error ? error.message : String(error)}`, undefined, 'write one claim per line as a JSON object');
    }
    const rawId = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const parsed = LineSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
      return fail('schema', `claim${rawId !== undefined ? ` ${rawId}` : ''} does not fit the claim format: ${issues}`, rawId, 'see docs/claim-files.md; `source` is required on every line');
    }
    const entry = parsed.data;
    const predicate = predicates.get(entry.predicate);
    if (predicate === undefined) return fail('unknown-predicate', `unknown predicate "${entry.predicate}"`, entry.id, 'declare it in predicates.yaml');
    const requests =
      entry.evidence !== undefined
        ? entry.evidence.map((e) => ({ source: e.source ?? entry.source, exact: e.quote, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end }))
        : entry.quote !== undefined
          ? [{ source: entry.source, exact: entry.quote, prefix: entry.prefix, suffix: entry.suffix, start: undefined, end: undefined }]
          : [];
    if (requests.length === 0) return fail('evidence-missing', `claim ${entry.id} has no evidence`, entry.id, 'add `quote` or `evidence`');
    const evidence: Span[] = [];
    for (const r of requests) {
      const document = sources.get(r.source);
      if (document === undefined) return fail('unknown-source', `the quote refers to source "${r.source}", which is not in the corpus`, entry.id);
      if (r.start !== undefined && r.end !== undefined && r.end <= document.text.length && document.text.slice(r.start, r.end) === r.exact) {
        evidence.push(spanAt(document.source.id, document.text, r.start, r.end));
        continue;
      }
      const anchored = anchorEvidence(
        preparedOf(document),
        document.source.id as SourceId,
        { exact: r.exact, prefix: r.prefix, suffix: r.suffix, hint: r.start },
        { file, at: at.start, claimId: entry.id, sourceId: r.source },
        document.source.nonContent.map((n) => n.range),
      );
      messages.push(...(anchored.messages as Diagnostic[]));
      if (anchored.ok) evidence.push(anchored.value);
    }
    if (evidence.length < requests.length) return { line, messages };
    const publishedAt = sources.get(requests[0]!.source)?.source.publishedAt ?? { precision: 'unknown' as const };
    const valueContext = { publishedAt, resolver: context.resolver };
    const value = valueKinds.read(entry.value, valueContext);
    if (!value.ok) return fail('invalid-value', `value: ${value.messages.map((m) => m.message).join('; ')}`, entry.id);
    if (valueKind(value.value) !== predicate.valueType) {
      return fail('value-type-mismatch', `predicate "${predicate.id}" takes a ${predicate.valueType} value, but this value is a ${valueKind(value.value)}`, entry.id);
    }
    let qualifiers: Qualifiers | undefined;
    if (entry.qualifiers !== undefined) {
      const { time, place, context: scope } = entry.qualifiers;
      let timeValue: Qualifiers['time'];
      if (time !== undefined) {
        const t = valueKinds.read(time, valueContext);
        if (!t.ok || valueKinds.predicateTypeOf(t.value) !== 'date') return fail('invalid-value', 'qualifiers.time must be a date', entry.id);
        timeValue = t.value as Qualifiers['time'];
      }
      qualifiers = { ...(timeValue !== undefined ? { time: timeValue } : {}), ...(place !== undefined ? { place } : {}), ...(scope !== undefined ? { context: scope } : {}) };
    }
    // Every part was checked on the way (the line's schema, the value's kind, the spans), so the claim is built, not parsed again.
    const claim: Claim = {
      id: entry.id,
      subject: resolveRef({ name: entry.subject }, (name) => context.resolver.resolve(name)),
      predicate: entry.predicate,
      value: value.value,
      ...(qualifiers !== undefined ? { qualifiers } : {}),
      ...(entry.attribution !== undefined ? { attribution: entry.attribution } : {}),
      polarity: entry.polarity ?? 'affirmative',
      hedge: entry.hedge ?? 'asserted',
      evidence,
      ...(entry.note !== undefined ? { note: entry.note } : {}),
    } as Claim;
    return { line, claim, messages };
  };
};

/**
 * Stream the claims of an NDJSON file, line by line (blank lines skipped).
 *
 * @example
 * for await (const read of readClaimsNdjson('claims.ndjson', context)) if (read.claim) use(read.claim);
 */
export async function* readClaimsNdjson(path: string, context: ClaimLineContext): AsyncGenerator<ClaimLineRead> {
  const read = claimLineReader(path, context);
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n += 1;
    if (text.trim() === '') continue;
    yield read(text, n);
  }
}
