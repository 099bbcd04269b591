/**
 * Corpora built in code, for rule examples and tests: sources with real
 * text, claims whose evidence is cut from it (the quote must occur in it)
 * and whose values are written as in a claim file, predicates and alias
 * tables. Values are read by the value kinds and entities resolved as the
 * loader does, so an example means what the same claim file would.
 */
import { spanAt } from '../anchor/describe-span.js';
import { contentHash } from '../ingest/content-hash.js';
import type { Claim, Qualifiers } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { AliasEntry } from '../model/entity.js';
import { claimId, predicateId, sourceId } from '../model/ids.js';
import { createMessage, type Message } from '../model/message.js';
import type { Predicate } from '../model/predicate.js';
import { failed, ok, type Result } from '../model/result.js';
import type { PublishedAt, Source, SourceDocument, SourceRelation } from '../model/source.js';
import type { Span } from '../model/span.js';
import type { Value } from '../model/value.js';
import { createEntityResolver } from '../normalize/entity-resolver.js';
import type { ExampleClaim, ExamplePredicate, ExampleSource } from '../reconcile/rule.js';
import { resolveRef } from '../values/kinds/entity.js';
import { valueKinds, type ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import { appendAll } from '../model/append-all.js';

/** What a corpus is built from (the shape of a rule example). */
export interface CorpusInput {
  readonly sources: readonly ExampleSource[];
  readonly predicates: readonly ExamplePredicate[];
  readonly claims: readonly ExampleClaim[];
  readonly entities?: readonly AliasEntry[];
}

/** Options of {@link buildTestCorpus}. */
export interface BuildTestCorpusOptions {
  /** The value kinds that read the claims' values; default: the built-in ones. */
  readonly values?: ValueKinds<AnyValue>;
}

const publishedAt = (p: string | undefined): PublishedAt =>
  p === undefined ? { precision: 'unknown' } : p.length === 10 ? { precision: 'day', value: p } : { precision: 'minute', value: p };

const place = (text: string, quote: string, after?: string): number | undefined => {
  const from = after === undefined ? 0 : text.indexOf(after);
  if (from < 0) return undefined;
  const start = text.indexOf(quote, from);
  return start < 0 ? undefined : start;
};

/**
 * The span of `quote` in `text` (its first occurrence after `after`), with
 * W3C prefix and suffix; a message when the words do not occur.
 *
 * @example
 * spanOf('a', 'It costs $12 billion.', '$12 billion') // ok: { sourceId: 'a', quote: { exact: '$12 billion', … }, position: { start: 9, end: 20 } }
 */
export const spanOf = (source: string, text: string, quote: string, after?: string): Result<Span> => {
  const start = place(text, quote, after);
  if (start === undefined || quote.length === 0) {
    return failed([
      createMessage('quote-not-found', `the quote "${quote}" does not occur in ${source}${after !== undefined ? ` after "${after}"` : ''}`, {
        sourceId: source,
        hint: 'copy the quote from the source text',
      }),
    ]);
  }
  return ok(spanAt(sourceId(source), text, start, start + quote.length));
};

/**
 * A source document with its text and the metadata an example gives.
 *
 * @example
 * sourceDocument({ id: 'a', text: 'It costs $12 billion.', published: '2025-12-12' })
 */
export const sourceDocument = (input: ExampleSource): SourceDocument => {
  const relation = (r: { readonly source?: string; readonly outside?: string }): SourceRelation =>
    ({ ...(r.source !== undefined ? { source: sourceId(r.source) } : {}), ...(r.outside !== undefined ? { outside: r.outside } : {}) }) as SourceRelation;
  const source: Source = {
    id: sourceId(input.id),
    ...(input.publisher !== undefined ? { publisher: input.publisher } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
    language: 'en',
    publishedAt: publishedAt(input.published),
    contentHash: contentHash(input.text),
    aiGenerated: { whole: false, ranges: [] },
    derivedFrom: (input.derivedFrom ?? []).map(relation),
    cites: (input.cites ?? []).map(relation),
    nonContent: (input.nonContent ?? []).flatMap((n) => {
      const start = place(input.text, n.quote);
      return start === undefined ? [] : [{ range: { start, end: start + n.quote.length }, kind: n.kind }];
    }),
  };
  return { source, text: input.text };
};

/** A predicate of an example. */
export const examplePredicate = (p: ExamplePredicate): Predicate => ({
  id: predicateId(p.id),
  valueType: p.valueType,
  cardinality: p.cardinality,
  description: `${p.id} (example predicate)`,
  ...(p.label !== undefined ? { label: p.label } : {}),
  ...(p.sumOf !== undefined ? { sumOf: p.sumOf.map(predicateId) } : {}),
});

/**
 * Build a corpus from sources, predicates, claims and alias tables written
 * as a rule example writes them. Every problem (a quote that does not occur,
 * a value that cannot be read, an unknown source) is a message naming the claim.
 *
 * @example
 * const built = buildTestCorpus({
 *   sources: [{ id: 'a', text: 'Project Vault, a nearly $12 billion reserve.' }],
 *   predicates: [{ id: 'amount', valueType: 'quantity', cardinality: 'functional' }],
 *   claims: [{ id: 'c1', source: 'a', quote: 'nearly $12 billion', subject: 'Project Vault', predicate: 'amount', value: { quantity: 'nearly $12 billion' } }],
 * });
 */
export const buildTestCorpus = (input: CorpusInput, options: BuildTestCorpusOptions = {}): Result<Corpus> => {
  const values = options.values ?? (valueKinds as unknown as ValueKinds<AnyValue>);
  const entities = input.entities ?? [];
  const resolver = createEntityResolver({ entities });
  const sources = input.sources.map(sourceDocument);
  const byId = new Map(sources.map((d) => [d.source.id as string, d]));
  const messages: Message[] = [];
  const claims: Claim[] = [];
  for (const c of input.claims) {
    const document = byId.get(c.source);
    if (document === undefined) {
      messages.push(createMessage('unknown-source', `claim ${c.id} names source "${c.source}", which the example does not give`, { claimId: c.id }));
      continue;
    }
    const context = { publishedAt: document.source.publishedAt, resolver };
    const span = spanOf(c.source, document.text, c.quote, c.after);
    const value = values.read(c.value, context);
    const time = c.qualifiers?.time === undefined ? undefined : values.read(c.qualifiers.time, context);
    const problems = [...span.messages, ...value.messages, ...(time?.messages ?? [])].map((m) => ({ ...m, claimId: c.id }));
    appendAll(messages, problems);
    if (!span.ok || !value.ok || (time !== undefined && !time.ok)) continue;
    const timeValue = time?.ok === true ? (time.value as Value) : undefined;
    if (timeValue !== undefined && values.predicateTypeOf(timeValue) !== 'date') {
      messages.push(createMessage('value-type-mismatch', `qualifiers.time of claim ${c.id} must be a date, not a ${timeValue.type}`, { claimId: c.id }));
      continue;
    }
    const qualifiers: Qualifiers | undefined =
      c.qualifiers === undefined
        ? undefined
        : {
            ...(timeValue !== undefined ? { time: timeValue as NonNullable<Qualifiers['time']> } : {}),
            ...(c.qualifiers.place !== undefined ? { place: c.qualifiers.place } : {}),
            ...(c.qualifiers.context !== undefined ? { context: c.qualifiers.context } : {}),
          };
    claims.push({
      id: claimId(c.id),
      subject: resolveRef({ name: c.subject }, (name) => resolver.resolve(name)),
      predicate: predicateId(c.predicate),
      value: value.value as Value,
      polarity: c.polarity ?? 'affirmative',
      hedge: c.hedge ?? 'asserted',
      ...(c.attribution !== undefined ? { attribution: c.attribution as Claim['attribution'] & object } : {}),
      ...(qualifiers !== undefined ? { qualifiers } : {}),
      evidence: [span.value],
    });
  }
  const corpus: Corpus = { sources, predicates: input.predicates.map(examplePredicate), claims, entities };
  return messages.some((m) => m.severity === 'error') ? failed(messages) : ok(corpus, messages);
};
