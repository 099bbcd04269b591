/**
 * A small builder for reconcile tests: sources with real text, claims whose
 * evidence spans are cut from that text (the quote must occur in it), and
 * predicates. Builds a `Corpus` in code, independent of the claims/ folder.
 */
import type { Attribution, Hedge, Polarity, Qualifiers } from '../../src/model/claim.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { AliasEntry } from '../../src/model/entity.js';
import { entityId, predicateId } from '../../src/model/ids.js';
import type { Cardinality, Predicate } from '../../src/model/predicate.js';
import type { DateValue, EntityRef, QuantityValue, Value, ValueKind, Weekday } from '../../src/model/value.js';
import type { Message } from '../../src/model/message.js';
import { settled } from '../../src/model/result.js';
import { createReconciler, type Reconciliation, type RulesConfig } from '../../src/reconcile/index.js';
import type { AnyRule, ExampleSource, RuleExample } from '../../src/reconcile/rule.js';
import { buildTestCorpus, sourceDocument } from '../../src/testing/corpus-builder.js';

/** A source: its text and the metadata a test needs (the rule examples' shape). */
export type SourceInput = ExampleSource;

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

/** A source document with its text. */
export const sourceDoc = sourceDocument;

/** A predicate. */
export const predicate = (id: string, valueType: ValueKind, cardinality: Cardinality, label?: string): Predicate => ({
  id: predicateId(id),
  valueType,
  cardinality,
  description: `${id} (test predicate)`,
  ...(label !== undefined ? { label } : {}),
});

/** Build a corpus (claim values are normalized `Value`s here); a fixture that does not build throws. */
export const corpus = (parts: {
  readonly sources: readonly SourceInput[];
  readonly predicates: readonly Predicate[];
  readonly claims: readonly ClaimInput[];
  readonly entities?: readonly AliasEntry[];
}): Corpus => {
  const built = buildTestCorpus({
    sources: parts.sources,
    predicates: parts.predicates.map((p) => ({
      id: p.id,
      valueType: p.valueType,
      cardinality: p.cardinality,
      ...(p.label !== undefined ? { label: p.label } : {}),
      ...(p.sumOf !== undefined ? { sumOf: p.sumOf } : {}),
    })),
    claims: parts.claims,
    ...(parts.entities !== undefined ? { entities: parts.entities } : {}),
  });
  if (!built.ok) throw new Error(`fixture: ${built.messages.map((m) => m.message).join('; ')}`);
  return built.value;
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


/** Run rules over a corpus with finding validation on; a test should also check `messages`. */
export const run = (rules: readonly AnyRule[], c: Corpus, config: RulesConfig = {}): Reconciliation & { readonly messages: readonly Message[] } => {
  const result = createReconciler({ rules, config, options: { validateFindings: true } }).reconcile(c);
  return { ...settled(result), messages: result.messages };
};

/** Run a rule alone over one of its examples (with the example's options). */
export const runExample = (rule: AnyRule, example: RuleExample | undefined): Reconciliation & { readonly messages: readonly Message[] } => {
  if (example === undefined) throw new Error('fixture: no such example');
  const built = buildTestCorpus(example);
  if (!built.ok) throw new Error(`fixture: the example does not build: ${built.messages.map((m) => m.message).join('; ')}`);
  return run([rule], built.value, { [rule.id]: ['on', example.options ?? {}] });
};
