/**
 * The reconciliation engine. `createReconciler` returns an immutable
 * reconciler; `reconcile(corpus)` detects source dependence, groups the
 * claims by (canonical subject, predicate), runs every rule and returns the
 * findings (with stable ids, in a deterministic order), the claim groups and
 * the independent source groups for the truth-discovery stage, and every
 * problem met on the way as data (a rule that throws does not stop the others).
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import { type Finding, FindingSchema, type FindingClaim } from '../model/finding.js';
import { createMessage, type Message, type Severity, type TextPlace } from '../model/message.js';
import type { ReconcileCode } from '../model/message-codes.js';
import { collected, type Result } from '../model/result.js';
import { createEntityResolver } from '../normalize/entity-resolver.js';
import { valueKinds, type ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import { builtinRules } from './rules/builtin-rules.js';
import { configureRules, type RulesConfig } from './rules-config.js';
import { type ClaimId, RuleIdSchema, type SourceId } from '../model/ids.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import { type ClaimGroup, type GroupClaim, groupClaims } from './claim-groups.js';
import type { CompareValues, EntityResolverFactory, EntityResolverLike } from './contract.js';
import { outsideKey, sourceNamed } from './dependence/declared-dependence.js';
import { type DependenceLink, type SourceDependence, type SourceDependenceOptions, detectSourceDependence } from './dependence/detect-source-dependence.js';
import { entityKey } from '../values/kinds/entity.js';
import { sourceLabels } from '../model/source-labels.js';
import { findingIdFor } from './finding-id.js';
import { type ValueClass, valueClasses } from './rules/value-classes.js';
import type { AnyRule, FindingDraft, RuleContext } from './rule.js';
import { compareOrdinal } from '../model/ordinal.js';

/** Options of a reconciler. Every one has a default. */
export interface ReconcilerOptions {
  /** The value kinds (keys, comparison, words); default: the built-in registry `valueKinds`. */
  readonly values?: ValueKinds<AnyValue>;
  /** Value comparison; default: the value kinds' comparison with the corpus's resolver. */
  readonly compareValues?: CompareValues;
  /**
   * The entity resolver, or a factory that builds one from the corpus's
   * alias tables; default: `createEntityResolver({ entities })`.
   */
  readonly resolver?: EntityResolverLike | EntityResolverFactory;
  /** Shared-passage and grouping thresholds. */
  readonly dependence?: SourceDependenceOptions;
  /** Check every finding against `FindingSchema` (slower; on in tests). Default false. */
  readonly validateFindings?: boolean;
}

/** What `reconcile` produces. */
export interface Reconciliation {
  /** Sorted: errors, warnings, infos; then rule id, subject, predicate, id. */
  readonly findings: readonly Finding[];
  /** Claim groups by (canonical subject, predicate), for the truth-discovery stage. */
  readonly groups: readonly ClaimGroup[];
  /** Shared passages, declared relations, links and independent source groups. */
  readonly dependence: SourceDependence;
}

/**
 * The reconciliation and every message about the rules (an invalid or
 * duplicate rule id, a configuration problem, a rule that threw, a finding
 * dropped as invalid). On failure `partial` holds what the other rules found.
 */
export type ReconcileResult = Result<Reconciliation, Reconciliation>;

/** An immutable reconciler. */
export interface Reconciler {
  readonly rules: readonly AnyRule[];
  readonly config: RulesConfig;
  readonly options: ReconcilerOptions;
  reconcile(corpus: Corpus): ReconcileResult;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  compareOrdinal(a.ruleId, b.ruleId) ||
  compareOrdinal(a.key?.subject ?? '', b.key?.subject ?? '') ||
  compareOrdinal(a.key?.predicate ?? '', b.key?.predicate ?? '') ||
  compareOrdinal(a.id, b.id);

const buildContext = (
  corpus: Corpus,
  compareValues: CompareValues,
  values: ValueKinds<AnyValue>,
  resolver: EntityResolverLike,
  dependence: SourceDependence,
): RuleContext => {
  let claims: Map<string, Claim> | undefined;
  const sources = new Map<string, SourceDocument>(corpus.sources.map((d) => [d.source.id, d]));
  const predicates = new Map<string, Predicate>(corpus.predicates.map((p) => [p.id, p]));
  const labels = sourceLabels(corpus.sources);
  const outletSource = sourceNamed(corpus.sources.map((d) => d.source));
  const groupOf = (id: SourceId): SourceId => dependence.groupOf[id] ?? id;
  const witnesses = new Map<string, string>();
  const groups = groupClaims(corpus.claims, resolver, values, {
    sourceGroup: groupOf,
    witness: (claim, sourceGroup) => {
      const outlet = claim.attribution?.outlet;
      const inCorpus = outlet === undefined ? undefined : outletSource(outlet);
      const key = outlet === undefined ? `group:${sourceGroup}` : inCorpus !== undefined ? `group:${groupOf(inCorpus)}` : `outlet:${outsideKey(outlet)}`;
      // One string per witness, shared by all its claims.
      const shared = witnesses.get(key);
      if (shared !== undefined) return shared;
      witnesses.set(key, key);
      return key;
    },
  });
  const classCache = new Map<string, readonly ValueClass[]>();
  // Built on first use, per source: most runs never ask (only for notes of membership findings).
  let bySource: Map<string, GroupClaim[]> | undefined;
  const mentionIndex = new Map<string, Map<string, GroupClaim[]>>();
  const mentionsIn = (sourceId: SourceId, entity: string): readonly GroupClaim[] => {
    if (bySource === undefined) {
      bySource = new Map();
      for (const g of groups) {
        for (const c of g.claims) {
          const list = bySource.get(c.sourceId);
          if (list === undefined) bySource.set(c.sourceId, [c]);
          else list.push(c);
        }
      }
    }
    let index = mentionIndex.get(sourceId);
    if (index === undefined) {
      index = new Map();
      const add = (key: string, c: GroupClaim): void => {
        const list = (index as Map<string, GroupClaim[]>).get(key);
        if (list === undefined) (index as Map<string, GroupClaim[]>).set(key, [c]);
        else if (list[list.length - 1] !== c) list.push(c);
      };
      for (const c of bySource.get(sourceId) ?? []) {
        add(c.subject, c);
        if (c.value.type === 'entity') add(entityKey(c.value), c);
        if (c.value.type === 'entity-set') for (const m of c.value.members) add(entityKey(m), c);
      }
      mentionIndex.set(sourceId, index);
    }
    return index.get(entity) ?? [];
  };
  const claim = (id: ClaimId): Claim => {
    claims ??= new Map<string, Claim>(corpus.claims.map((c) => [c.id, c]));
    return claims.get(id) as Claim;
  };
  const groupSources = new Map<string, readonly SourceId[]>(dependence.groups.map((g) => [g.id, g.sources]));
  const links = new Map<string, DependenceLink[]>();
  for (const link of dependence.links) {
    for (const s of link.sources) {
      const list = links.get(s);
      if (list === undefined) links.set(s, [link]);
      else list.push(link);
    }
  }
  return Object.freeze({
    corpus,
    groups,
    dependence,
    compareValues,
    values,
    resolver,
    claim,
    source: (id: SourceId) => sources.get(id),
    predicate: (id) => predicates.get(id),
    sourceLabel: (id: SourceId) => labels.get(id) ?? id,
    entityLabel: (ref) => ref.name,
    sourceGroup: (id: SourceId) => groupSources.get(id) ?? [id],
    linksOf: (id: SourceId) => links.get(id) ?? [],
    findingClaim: (c: GroupClaim): FindingClaim => ({ claimId: c.claimId, sourceId: c.sourceId, span: c.span, value: c.value }),
    classes: (group: ClaimGroup): readonly ValueClass[] => {
      let cached = classCache.get(group.key);
      if (cached === undefined) {
        cached = valueClasses(group.claims);
        classCache.set(group.key, cached);
      }
      return cached;
    },
    mentionsIn,
  } satisfies RuleContext);
};

/**
 * The resolver with `resolve` memoized for one reconcile run: a corpus names
 * the same entities over and over, and resolving a name folds it each time.
 */
const memoized = (resolver: EntityResolverLike): EntityResolverLike => {
  const cache = new Map<string, ReturnType<EntityResolverLike['resolve']>>();
  return {
      resolve: (name) => {
        if (cache.has(name)) return cache.get(name);
        const id = resolver.resolve(name);
        cache.set(name, id);
        return id;
      },
      canonicalName: (id) => resolver.canonicalName(id),
      nearDuplicate: (a, b) => resolver.nearDuplicate(a, b),
  };
};

// Drafts are fresh data from the rule: their arrays are taken over, not copied
// (at a million claims the copies were a large share of the allocation).
/** Where a finding stands: its first claim's span, else its first note's. */
const placeOf = (draft: FindingDraft): TextPlace | undefined => {
  const span = draft.sides[0]?.claims[0]?.span ?? draft.related?.find((n) => n.span !== undefined)?.span;
  return span === undefined ? undefined : { sourceId: span.sourceId, start: span.position.start, end: span.position.end };
};

const toFinding = (rule: AnyRule, draft: FindingDraft, severity: Severity): Finding => {
  const place = placeOf(draft);
  return {
    id: findingIdFor(rule.id, draft),
    source: 'reconcile',
    code: 'finding',
    ruleId: rule.id as Finding['ruleId'],
    kind: draft.kind,
    severity,
    message: draft.message,
    url: rule.meta.url,
    ...(place !== undefined ? { place } : {}),
    ...(draft.key !== undefined ? { key: draft.key } : {}),
    sides: draft.sides as Finding['sides'],
    related: (draft.related ?? []) as Finding['related'],
    ...(draft.sourceGroups !== undefined ? { sourceGroups: draft.sourceGroups as Finding['sourceGroups'] & object } : {}),
    ...(draft.data !== undefined ? { data: draft.data as Finding['data'] & object } : {}),
  };
};

const reconcileProblem = (code: ReconcileCode, ruleId: string, message: string, hint?: string): Message =>
  createMessage(code, message, { ruleId, ...(hint !== undefined ? { hint } : {}) });

/**
 * Build an immutable reconciler from rules (default: every built-in rule) and
 * their configuration by rule id (`off`, `on`, a severity, or a pair of one of
 * these and the rule's options). Rules are plain objects made with
 * `defineRule`; a project adds its own next to `builtinRules()`.
 *
 * @example
 * const reconciler = createReconciler({
 *   rules: [...builtinRules(), myRule],
 *   config: { 'date-tension': ['warning', { lateAfterDays: 3 }], uncorroborated: 'off' },
 * });
 * const result = reconciler.reconcile(corpus);
 * if (!result.ok) for (const m of result.messages) console.error(formatMessage(m));
 * const { findings, groups, dependence } = settled(result);
 */
export const createReconciler = ({
  rules = builtinRules(),
  config = {},
  options = {},
}: {
  readonly rules?: readonly AnyRule[];
  readonly config?: RulesConfig;
  readonly options?: ReconcilerOptions;
} = {}): Reconciler => {
  const frozenRules = Object.freeze([...rules]);
  const frozenConfig = Object.freeze({ ...config });
  const frozenOptions = Object.freeze({ ...options });
  const values = frozenOptions.values ?? (valueKinds as unknown as ValueKinds<AnyValue>);

  // Rule ids and settings do not depend on the corpus: check them once.
  const setup: Message[] = [];
  const seenRules = new Set<string>();
  const runnable: AnyRule[] = [];
  for (const rule of frozenRules) {
    if (!RuleIdSchema.safeParse(rule.id).success) {
      setup.push(reconcileProblem('invalid-rule-id', String(rule.id), `rule id "${String(rule.id)}" may contain only letters, digits, ".", "_", "-" and ":"; the rule was skipped`));
      continue;
    }
    if (seenRules.has(rule.id)) {
      setup.push(reconcileProblem('duplicate-rule-id', rule.id, `a second rule has the id "${rule.id}"; it was skipped`, 'give each rule its own id'));
      continue;
    }
    seenRules.add(rule.id);
    runnable.push(rule);
  }
  const configured = configureRules(runnable, frozenConfig);
  setup.push(...configured.messages);
  const toRun = configured.ok ? configured.value : configured.partial;

  const reconcile = (corpus: Corpus): ReconcileResult => {
    const messages: Message[] = [...setup];
    const given = frozenOptions.resolver;
    const resolver = memoized(
      given === undefined ? createEntityResolver({ entities: corpus.entities }) : typeof given === 'function' ? given(corpus.entities) : given,
    );
    // The value kinds only call `resolve` and `nearDuplicate`, which every EntityResolverLike has.
    const compareOptions = { resolver };
    const compareValues = frozenOptions.compareValues ?? ((a, b) => values.compare(a, b, compareOptions));
    const dependence = detectSourceDependence(corpus.sources, frozenOptions.dependence);
    const context = buildContext(corpus, compareValues, values, resolver, dependence);

    const byId = new Map<string, Finding>();
    for (const { rule, options: ruleOptions, severity } of toRun) {
      let drafts: readonly FindingDraft[];
      try {
        drafts = rule.check(context, ruleOptions);
      } catch (error) {
        const cause = error instanceof Error ? error.message : String(error);
        messages.push(createMessage('rule-failed', `rule "${rule.id}" threw: ${cause}`, { ruleId: rule.id, cause }));
        continue;
      }
      for (const draft of drafts) {
        const kind = Object.hasOwn(rule.meta.kinds, draft.kind) ? rule.meta.kinds[draft.kind] : undefined;
        if (kind === undefined) {
          messages.push(
            reconcileProblem(
              'undeclared-kind',
              rule.id,
              `rule "${rule.id}" reported a finding of kind "${draft.kind}", which it does not declare; the finding was dropped`,
              `declare it in meta.kinds (declared: ${Object.keys(rule.meta.kinds).join(', ') || 'none'})`,
            ),
          );
          continue;
        }
        const finding = toFinding(rule, draft, severity ?? draft.severity ?? kind.severity);
        if (frozenOptions.validateFindings === true) {
          const parsed = FindingSchema.safeParse(finding);
          if (!parsed.success) {
            messages.push(
              reconcileProblem(
                'invalid-finding',
                rule.id,
                `rule "${rule.id}" reported an invalid finding ${finding.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
              ),
            );
            continue;
          }
        }
        if (byId.has(finding.id)) {
          messages.push(
            reconcileProblem('duplicate-finding-id', rule.id, `rule "${rule.id}" reported two findings with id ${finding.id} (same claims and identity); the second was dropped`),
          );
          continue;
        }
        byId.set(finding.id, finding);
      }
    }
    return collected<Reconciliation>({ findings: [...byId.values()].sort(compareFindings), groups: context.groups, dependence }, messages);
  };
  return Object.freeze({ rules: frozenRules, config: frozenConfig, options: frozenOptions, reconcile });
};
