/**
 * The rule contract. A rule is a plain object made with `defineRule`: an id,
 * what it is for (a one-line description and its documentation), the kinds
 * of finding it reports with their default severities, an options schema
 * (zod), whether its findings ask which value is true (`contested`), an
 * absolute docs url, ok / not-ok examples that `ruleTester` runs and
 * docs/rules.md shows, and `check`: the rule context and the rule's options
 * in, finding drafts out. The engine gives drafts ids, severities and a
 * deterministic order; nothing registers a rule anywhere.
 */
import { z } from 'zod';
import type { Claim, Hedge, Polarity } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { AliasEntry } from '../model/entity.js';
import { docsUrl } from '../model/docs-url.js';
import type { FindingClaim, FindingNote } from '../model/finding.js';
import type { Comparison } from '../values/comparison.js';
import type { Discrepancy } from '../values/discrepancy.js';
import type { ClaimId, PredicateId, SourceId } from '../model/ids.js';
import type { Severity } from '../model/message.js';
import type { Cardinality, Predicate } from '../model/predicate.js';
import type { NonContentKind, SourceDocument } from '../model/source.js';
import type { EntityRef, ValueKind } from '../model/value.js';
import type { AnyValue } from '../values/value-kind.js';
import type { ValueKinds } from '../values/registry.js';
import type { ClaimGroup, GroupClaim } from './claim-groups.js';
import type { CompareValues, EntityResolverLike } from './contract.js';
import type { DependenceLink, SourceDependence } from './dependence/detect-source-dependence.js';
import type { ValueClass } from './rules/value-classes.js';
import type { ValueCluster } from './value-clusters.js';

/** A kind of finding a rule reports. */
export interface RuleKind {
  /** Its severity unless the rule's draft or the configuration says otherwise. */
  readonly severity: Severity;
  /** What a finding of this kind says, one sentence. */
  readonly description: string;
}

/** A source of a rule example: its text, and what the example needs of its metadata. */
export interface ExampleSource {
  readonly id: string;
  readonly text: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDThh:mm`; unknown when absent. */
  readonly published?: string;
  readonly publisher?: string;
  readonly url?: string;
  /** Words of the text that are not content (cookie banners…). */
  readonly nonContent?: readonly { readonly quote: string; readonly kind: NonContentKind }[];
  readonly derivedFrom?: readonly { readonly source?: string; readonly outside?: string }[];
  readonly cites?: readonly { readonly source?: string; readonly outside?: string }[];
}

/** A predicate of a rule example. */
export interface ExamplePredicate {
  readonly id: string;
  readonly valueType: ValueKind;
  readonly cardinality: Cardinality;
  readonly label?: string;
  /** The predicates this one is the sum of (`sumOf` in predicates.yaml). */
  readonly sumOf?: readonly string[];
}

/** A claim of a rule example, written as in a claim file. */
export interface ExampleClaim {
  readonly id: string;
  readonly source: string;
  /** Exact words of the source (the first occurrence after `after`, when given). */
  readonly quote: string;
  readonly after?: string;
  readonly subject: string;
  readonly predicate: string;
  /** A value as a claim file writes it (`{ quantity: "nearly $12 billion" }`) or its normalized form. */
  readonly value: unknown;
  readonly polarity?: Polarity;
  readonly hedge?: Hedge;
  readonly attribution?: { readonly speaker?: string | undefined; readonly outlet?: string | undefined; readonly role?: string | undefined };
  readonly qualifiers?: { readonly time?: unknown; readonly place?: string | undefined; readonly context?: string | undefined };
}

/** A finding an example expects: its kind, or its kind and severity. */
export type ExpectedFinding = string | { readonly kind: string; readonly severity: Severity };

/** One ok or not-ok example of a rule: a small corpus and what the rule must report on it. */
export interface RuleExample {
  /** What it shows ("not ok: quantities whose intervals do not overlap"). */
  readonly title: string;
  readonly sources: readonly ExampleSource[];
  readonly predicates: readonly ExamplePredicate[];
  readonly claims: readonly ExampleClaim[];
  readonly entities?: readonly AliasEntry[];
  /** The rule's options in this example (as a configuration gives them). */
  readonly options?: unknown;
  /** The findings it must report (any order); empty for an ok example. */
  readonly findings: readonly ExpectedFinding[];
  /** Words every finding's message must contain. */
  readonly says?: readonly string[];
}

/** What a rule is, besides how it checks. */
export interface RuleMeta<O> {
  /** One line: what it reports (the report's "Why this rule fires"). */
  readonly description: string;
  /** Its documentation (Markdown): what it checks, how, and what it leaves alone. */
  readonly docs: string;
  /** The kinds of finding it reports, with their default severities. */
  readonly kinds: Readonly<Record<string, RuleKind>>;
  /** Its options: a zod schema that fills defaults (an empty object is valid). */
  readonly options: z.ZodType<O>;
  /** Whether its findings ask which value of a claim group is true (the report gives a preferred value). */
  readonly contested: boolean;
  /**
   * Whether it runs only when the configuration turns it on (`'on'`, a
   * severity, or a pair): a rule whose findings most users do not want as
   * findings (single-source claims are coverage, shown in a table).
   */
  readonly optIn: boolean;
  /** Absolute URL of its documentation. */
  readonly url: string;
  /** Ok / not-ok examples: `ruleTester` runs them and docs/rules.md shows them. */
  readonly examples: readonly RuleExample[];
}

/** One side of a draft: a label and its claims (the engine adds sources, source groups and support, and orders the sides by support). */
export interface DraftSide {
  readonly label: string;
  readonly claims: readonly FindingClaim[];
}

/** What a rule reports before the engine assigns id, fingerprint and final severity. */
export interface FindingDraft {
  /** One of the kinds the rule declares. */
  readonly kind: string;
  /** What differs and why, in words a person can act on. */
  readonly message: string;
  /** Defaults to the kind's severity (a rule may lower it: a minor tension or a tentative side makes an error a warning). */
  readonly severity?: Severity;
  /** The claim group the finding is about. */
  readonly key?: { readonly subject: string; readonly predicate: PredicateId };
  /**
   * What is disputed inside the claim group (`value`, `size`, `members`,
   * `names:mp materials|mp minerals`): with the rule and the group, the
   * finding's id. One disagreement is one finding: a rule reports each
   * (group, disagreement) once, whatever the number of values.
   */
  readonly disagreement: string;
  readonly sides: readonly DraftSide[];
  readonly related?: readonly FindingNote[];
  /** Every independent source group involved; default: those of the sides' claims. */
  readonly sourceGroups?: readonly (readonly SourceId[])[];
  /** How far apart the sides are (`context.discrepancy`). */
  readonly discrepancy?: Discrepancy;
  /**
   * What is in dispute, one list of keys per position; default: each side's
   * value keys. A review carries over while these positions stay the same.
   */
  readonly disputed?: readonly (readonly string[])[];
  /**
   * This draft explains a disagreement another rule may report (same claim
   * group and `disagreement`): when one does, these notes join that finding
   * and this draft is not reported on its own; when none does, it is a
   * finding of its own.
   */
  readonly explains?: readonly FindingNote[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Everything a rule may read. All of it is immutable. */
export interface RuleContext {
  readonly corpus: Corpus;
  /** Claim groups by (canonical subject, predicate), sorted by key; claims sorted by id. */
  readonly groups: readonly ClaimGroup[];
  readonly dependence: SourceDependence;
  readonly compareValues: CompareValues;
  /** The value kinds in use (keys, words: `values.describe(value, 'message')`). */
  readonly values: ValueKinds<AnyValue>;
  readonly resolver: EntityResolverLike;
  /** The claim with this id (every id in `groups` is known). */
  claim(id: ClaimId): Claim;
  source(id: SourceId): SourceDocument | undefined;
  predicate(id: PredicateId): Predicate | undefined;
  /** A short label for messages ("002" for "002_9710c6be1d14500a" when the prefix is unique). */
  sourceLabel(id: SourceId): string;
  /** A display name for an entity: the name the source used. */
  entityLabel(ref: EntityRef): string;
  /** The group's value classes (claims with the same polarity, value and scope), computed once per run. */
  classes(group: ClaimGroup): readonly ValueClass[];
  /**
   * The group's affirmative value classes clustered by compatibility (values
   * that can all be true in one scope), most independent support first;
   * computed once per run.
   */
  clusters(group: ClaimGroup): readonly ValueCluster[];
  /** The clusters of a group that conflict with another of its clusters (same scope), in support order. */
  disputed(group: ClaimGroup): readonly ValueCluster[];
  /**
   * How far apart two conflicting values are (the value kind's measure, else `substantial`); `undefined` when they do not conflict.
   * Pass `comparison` when the rule already has `compareValues(a, b)`, so the two values are not compared again.
   */
  discrepancy(a: Claim['value'], b: Claim['value'], comparison?: Comparison): Discrepancy | undefined;
  /** A claim as a finding shows it (first evidence span, canonical value). */
  findingClaim(claim: GroupClaim): FindingClaim;
  /** The dependence links that involve a source. */
  linksOf(id: SourceId): readonly DependenceLink[];
  /** The sources of an independent source group, by group id (a source id). */
  sourceGroup(id: SourceId): readonly SourceId[];
  /** Claims of one source whose subject or value names the entity with this key (see `entityKey`). */
  mentionsIn(sourceId: SourceId, entityKey: string): readonly GroupClaim[];
}

/** A reconciliation rule (made with `defineRule`). */
export interface Rule<O = unknown> {
  /** Letters, digits, `.`, `_`, `-`, `:`; unique within a reconciler. */
  readonly id: string;
  readonly meta: RuleMeta<O>;
  check(context: RuleContext, options: O): readonly FindingDraft[];
}

/**
 * Any rule, whatever its options (a rule's `check` takes only its own
 * options, so rules of different options share no narrower type).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** What `defineRule` takes: the meta fields with defaults may be left out. */
export interface RuleSpec<O> {
  readonly id: string;
  readonly meta: Omit<RuleMeta<O>, 'options' | 'contested' | 'optIn' | 'url' | 'examples'> & {
    /** Default: no options (an empty, strict object). */
    readonly options?: z.ZodType<O>;
    /** Default false. */
    readonly contested?: boolean;
    /** Default false: the rule runs unless the configuration turns it off. */
    readonly optIn?: boolean;
    /** Default: the rule's section of claimtrace's docs/rules.md. */
    readonly url?: string;
    /** Default: none (a rule without examples fails `ruleTester`). */
    readonly examples?: readonly RuleExample[];
  };
  check(context: RuleContext, options: O): readonly FindingDraft[];
}

const NO_OPTIONS = z.strictObject({});

/**
 * Make a rule: fills the meta defaults and freezes it. Nothing is registered;
 * pass the rule to `createReconciler` (next to `builtinRules()`) and its
 * settings in the `rules` configuration by its id.
 *
 * @example
 * export const hedgedFunctional = defineRule({
 *   id: 'newsroom:hedged-functional',
 *   meta: {
 *     description: 'A functional value given only tentatively.',
 *     docs: 'Reports claims of a functional predicate whose hedge is `hedged`.',
 *     kinds: { 'hedged-functional': { severity: 'warning', description: 'a tentative value' } },
 *     url: 'https://newsroom.example/rules#hedged-functional',
 *     examples: [ … ],
 *   },
 *   check: (context) => [ … ],
 * });
 */
export const defineRule = <O = Record<string, never>>(spec: RuleSpec<O>): Rule<O> =>
  Object.freeze({
    id: spec.id,
    meta: Object.freeze({
      ...spec.meta,
      options: spec.meta.options ?? (NO_OPTIONS as unknown as z.ZodType<O>),
      contested: spec.meta.contested ?? false,
      optIn: spec.meta.optIn ?? false,
      url: spec.meta.url ?? docsUrl('rules.md', spec.id),
      examples: spec.meta.examples ?? [],
    }),
    check: spec.check,
  });
