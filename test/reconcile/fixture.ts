/**
 * A small builder for reconcile tests: sources with real text, claims whose
 * evidence spans are cut from that text (the quote must occur in it), and
 * predicates. Builds a `Corpus` in code, independent of the claims/ folder.
 */
import { createHash } from 'node:crypto';
import type { Attribution, Claim, Hedge, Polarity, Qualifiers } from '../../src/model/claim.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { AliasEntry } from '../../src/model/entity.js';
import { claimId, entityId, predicateId, sourceId, type SourceId } from '../../src/model/ids.js';
import type { Cardinality, Predicate } from '../../src/model/predicate.js';
import type { NonContentKind, PublishedAt, Source, SourceDocument, SourceRelation } from '../../src/model/source.js';
import type { Span } from '../../src/model/span.js';
import type { DateValue, EntityRef, QuantityValue, Value, ValueKind, Weekday } from '../../src/model/value.js';
import { createReconciler, type ReconcileResult } from '../../src/reconcile/index.js';
import type { Rule } from '../../src/reconcile/rule.js';

export interface SourceInput {
  readonly id: string;
  readonly text: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDThh:mm`; unknown when absent. */
  readonly published?: string;
  readonly publisher?: string;
  readonly url?: string;
  /** Quotes of the text that are not content (cookie banners…). */
  readonly nonContent?: readonly { readonly quote: string; readonly kind: NonContentKind }[];
  readonly derivedFrom?: readonly { readonly source?: string; readonly outside?: string }[];
  readonly cites?: readonly { readonly source?: string; readonly outside?: string }[];
}

export interface ClaimInput {
  readonly id: string;
  readonly source: string;
  /** Exact words of the source; must occur in its text (the first occurrence after `after`, if given). */
  readonly quote: string;
  readonly after?: string;
  readonly subject: string;
  readonly predicate: string;
  readonly value: Value;
  readonly polarity?: Polarity;
  readonly hedge?: Hedge;
  readonly attribution?: Attribution;
  readonly qualifiers?: Qualifiers;
}

const at = (text: string, quote: string, after?: string): number => {
  const from = after === undefined ? 0 : text.indexOf(after);
  if (from < 0) throw new Error(`fixture: "${after}" is not in the text`);
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture: quote "${quote}" is not in the text`);
  return start;
};

/** A span of `quote` in `text`, with W3C prefix and suffix of 32 code units. */
export const spanOf = (id: SourceId, text: string, quote: string, after?: string): Span => {
  const start = at(text, quote, after);
  const end = start + quote.length;
  return {
    sourceId: id,
    quote: { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { type: 'TextPositionSelector', start, end },
  };
};

const publishedAt = (p: string | undefined): PublishedAt =>
  p === undefined ? { precision: 'unknown' } : p.length === 10 ? { precision: 'day', value: p } : { precision: 'minute', value: p };

/** A source document with its text. */
export const sourceDoc = (input: SourceInput): SourceDocument => {
  const id = sourceId(input.id);
  const relation = (r: { source?: string; outside?: string }): SourceRelation =>
    ({ ...(r.source !== undefined ? { source: sourceId(r.source) } : {}), ...(r.outside !== undefined ? { outside: r.outside } : {}) }) as SourceRelation;
  const source: Source = {
    id,
    ...(input.publisher !== undefined ? { publisher: input.publisher } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
    language: 'en',
    publishedAt: publishedAt(input.published),
    contentHash: `sha256:${createHash('sha256').update(input.text, 'utf8').digest('hex')}`,
    aiGenerated: { whole: false, ranges: [] },
    derivedFrom: (input.derivedFrom ?? []).map(relation),
    cites: (input.cites ?? []).map(relation),
    nonContent: (input.nonContent ?? []).map((n) => {
      const start = at(input.text, n.quote);
      return { range: { start, end: start + n.quote.length }, kind: n.kind };
    }),
  };
  return { source, text: input.text };
};

/** A predicate. */
export const predicate = (id: string, valueType: ValueKind, cardinality: Cardinality, label?: string): Predicate => ({
  id: predicateId(id),
  valueType,
  cardinality,
  description: `${id} (test predicate)`,
  ...(label !== undefined ? { label } : {}),
});

/** Build a corpus; claim quotes are located in their sources' texts. */
export const corpus = (parts: {
  readonly sources: readonly SourceInput[];
  readonly predicates: readonly Predicate[];
  readonly claims: readonly ClaimInput[];
  readonly entities?: readonly AliasEntry[];
}): Corpus => {
  const sources = parts.sources.map(sourceDoc);
  const texts = new Map(sources.map((d) => [d.source.id as string, d.text]));
  const claims: Claim[] = parts.claims.map((c) => {
    const text = texts.get(c.source);
    if (text === undefined) throw new Error(`fixture: claim ${c.id} names unknown source ${c.source}`);
    return {
      id: claimId(c.id),
      subject: { name: c.subject },
      predicate: predicateId(c.predicate),
      value: c.value,
      polarity: c.polarity ?? 'affirmative',
      hedge: c.hedge ?? 'asserted',
      ...(c.attribution !== undefined ? { attribution: c.attribution } : {}),
      ...(c.qualifiers !== undefined ? { qualifiers: c.qualifiers } : {}),
      evidence: [spanOf(sourceId(c.source), text, c.quote, c.after)],
    };
  });
  return { sources, predicates: parts.predicates, claims, entities: parts.entities ?? [] };
};

/** An alias-table entry. */
export const alias = (id: string, name: string, aliases: readonly string[], kind: AliasEntry['kind'] = 'company'): AliasEntry => ({
  id: entityId(id),
  name,
  kind,
  aliases: [...aliases],
});

const refs = (names: readonly string[]): EntityRef[] => names.map((name) => ({ name }));

/** Value shorthands. */
export const v = {
  entity: (name: string): Value => ({ type: 'entity', name }),
  closed: (...names: string[]): Value => ({ type: 'entity-set', mode: 'closed', members: refs(names) }),
  open: (names: readonly string[], count?: number): Value => ({
    type: 'entity-set',
    mode: 'open',
    members: refs(names),
    ...(count !== undefined ? { count } : {}),
  }),
  count: (count: number): Value => ({ type: 'entity-set', mode: 'count', members: [], count }),
  date: (day: string): DateValue => ({ type: 'date', start: day, end: day, precision: 'day' }),
  month: (start: string, end: string): DateValue => ({ type: 'date', start, end, precision: 'month' }),
  weekday: (weekday: Weekday, raw?: string): Value => ({ type: 'weekday', weekday, ...(raw !== undefined ? { raw } : {}) }),
  quantity: (low: number | null, high: number | null, unit?: string, currency?: string): QuantityValue => ({
    type: 'quantity',
    low,
    high,
    lowInclusive: true,
    highInclusive: true,
    ...(unit !== undefined ? { unit } : {}),
    ...(currency !== undefined ? { currency } : {}),
  }),
  boolean: (value: boolean): Value => ({ type: 'boolean', value }),
  text: (text: string): Value => ({ type: 'text', text }),
};

/** A deterministic shuffle (mulberry32-style generator seeded by `seed`). */
export const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/** The same corpus with sources, predicates, claims and entities in another order. */
export const shuffledCorpus = (c: Corpus, seed: number): Corpus => ({
  sources: shuffled(c.sources, seed),
  predicates: shuffled(c.predicates, seed + 1),
  claims: shuffled(c.claims, seed + 2),
  entities: shuffled(c.entities, seed + 3),
});


/** Run rules over a corpus with finding validation on; a test should also check `problems`. */
export const run = (rules: readonly Rule[], c: Corpus): ReconcileResult =>
  createReconciler({ rules, options: { validateFindings: true } }).reconcile(c);

/** One ok / not-ok example of a rule. */
export interface RuleCase {
  readonly title: string;
  readonly sources: readonly SourceInput[];
  readonly predicates: readonly Predicate[];
  readonly claims: readonly ClaimInput[];
  readonly entities?: readonly AliasEntry[];
  /** Expected finding kinds (sorted); empty for an ok example. */
  readonly kinds: readonly string[];
  /** Words every finding message must contain. */
  readonly says?: readonly string[];
}

/** Run one rule over a case; returns the result for further checks. */
export const runCase = (rule: Rule, c: RuleCase): ReconcileResult =>
  run([rule], corpus({ sources: c.sources, predicates: c.predicates, claims: c.claims, ...(c.entities !== undefined ? { entities: c.entities } : {}) }));
