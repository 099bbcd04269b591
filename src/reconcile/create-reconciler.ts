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
import { type Finding, FindingSchema, type FindingClaim, type Severity } from '../model/finding.js';
import { type ClaimId, RuleIdSchema, type SourceId } from '../model/ids.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import { type ClaimGroup, type GroupClaim, groupClaims } from './claim-groups.js';
import type { CompareValues, EntityResolverFactory, EntityResolverLike } from './contract.js';
import { outsideKey, sourceNamed } from './dependence/declared-dependence.js';
import { type DependenceLink, type SourceDependence, type SourceDependenceOptions, detectSourceDependence } from './dependence/detect-source-dependence.js';
import { entityKey } from './entity-key.js';
import { sourceLabels } from './source-labels.js';
import { findingIdFor } from './finding-id.js';
import { type ValueClass, valueClasses } from './rules/value-classes.js';
import type { FindingDraft, Rule, RuleContext } from './rule.js';

/** Options of a reconciler. Every one has a default. */
export interface ReconcilerOptions {
  /** Value comparison; default: `compareValues` of the normalize stage. */
  readonly compareValues?: CompareValues;
  /**
   * The entity resolver, or a factory that builds one from the corpus's
   * alias tables; default: `createEntityResolver({ entities })` of the normalize stage.
   */
  readonly resolver?: EntityResolverLike | EntityResolverFactory;
  /** Shared-passage and grouping thresholds. */
  readonly dependence?: SourceDependenceOptions;
  /** Per rule id: another severity, or `off` to skip the rule. */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  /** Check every finding against `FindingSchema` (slower; on in tests). Default false. */
  readonly validateFindings?: boolean;
}

/** The normalize stage's functions, used when the options do not give them. */
export interface ReconcilerDefaults {
  /** Builds the comparison for a corpus's resolver. */
  readonly compareValues: (resolver: EntityResolverLike) => CompareValues;
  readonly resolver: EntityResolverFactory;
}

/** Something that went wrong while reconciling, as data. */
export interface ReconcileProblem {
  readonly code: 'invalid-rule-id' | 'duplicate-rule-id' | 'rule-failed' | 'invalid-finding' | 'duplicate-finding-id';
  readonly message: string;
  readonly ruleId?: string;
  readonly findingId?: string;
}

/** What `reconcile` returns. */
export interface ReconcileResult {
  /** Sorted: errors, warnings, infos; then rule id, subject, predicate, id. */
  readonly findings: readonly Finding[];
  /** Claim groups by (canonical subject, predicate), for the truth-discovery stage. */
  readonly groups: readonly ClaimGroup[];
  /** Shared passages, declared relations, links and independent source groups. */
  readonly dependence: SourceDependence;
  readonly problems: readonly ReconcileProblem[];
}

/** An immutable reconciler. */
export interface Reconciler {
  readonly rules: readonly Rule[];
  readonly options: ReconcilerOptions;
  reconcile(corpus: Corpus): ReconcileResult;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
  ((a.key?.subject ?? '') < (b.key?.subject ?? '') ? -1 : (a.key?.subject ?? '') > (b.key?.subject ?? '') ? 1 : 0) ||
  ((a.key?.predicate ?? '') < (b.key?.predicate ?? '') ? -1 : (a.key?.predicate ?? '') > (b.key?.predicate ?? '') ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const buildContext = (corpus: Corpus, compareValues: CompareValues, resolver: EntityResolverLike, dependence: SourceDependence): RuleContext => {
  let claims: Map<string, Claim> | undefined;
  const sources = new Map<string, SourceDocument>(corpus.sources.map((d) => [d.source.id, d]));
  const predicates = new Map<string, Predicate>(corpus.predicates.map((p) => [p.id, p]));
  const labels = sourceLabels(corpus.sources);
  const outletSource = sourceNamed(corpus.sources.map((d) => d.source));
  const groupOf = (id: SourceId): SourceId => dependence.groupOf[id] ?? id;
  const witnesses = new Map<string, string>();
  const groups = groupClaims(corpus.claims, resolver, {
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
const toFinding = (rule: Rule, draft: FindingDraft, severity: Severity): Finding => ({
  id: findingIdFor(rule.id, draft),
  ruleId: rule.id as Finding['ruleId'],
  kind: draft.kind,
  severity,
  message: draft.message,
  ...(draft.key !== undefined ? { key: draft.key } : {}),
  sides: draft.sides as Finding['sides'],
  related: (draft.related ?? []) as Finding['related'],
  ...(draft.sourceGroups !== undefined ? { sourceGroups: draft.sourceGroups as Finding['sourceGroups'] & object } : {}),
  ...(draft.data !== undefined ? { data: draft.data as Finding['data'] & object } : {}),
});

/**
 * Build an immutable reconciler from a list of rules. Rules are plain
 * objects; a project adds its own next to `builtinRules()`.
 *
 * @example
 * const reconciler = createReconciler({ rules: [...builtinRules(), myRule], options: { severity: { uncorroborated: 'off' } } });
 * const { findings, groups, dependence } = reconciler.reconcile(corpus);
 */
export const createReconcilerWith =
  (defaults: ReconcilerDefaults) =>
  ({ rules, options = {} }: { readonly rules: readonly Rule[]; readonly options?: ReconcilerOptions }): Reconciler => {
    const frozenRules = Object.freeze([...rules]);
    const frozenOptions = Object.freeze({ ...options });
    const reconcile = (corpus: Corpus): ReconcileResult => {
      const problems: ReconcileProblem[] = [];
      const given = frozenOptions.resolver;
      const resolver = memoized(
        given === undefined ? defaults.resolver(corpus.entities) : typeof given === 'function' ? given(corpus.entities) : given,
      );
      const compareValues = frozenOptions.compareValues ?? defaults.compareValues(resolver);
      const dependence = detectSourceDependence(corpus.sources, frozenOptions.dependence);
      const context = buildContext(corpus, compareValues, resolver, dependence);

      const seenRules = new Set<string>();
      const byId = new Map<string, Finding>();
      for (const rule of frozenRules) {
        if (!RuleIdSchema.safeParse(rule.id).success) {
          problems.push({ code: 'invalid-rule-id', ruleId: String(rule.id), message: `rule id "${String(rule.id)}" may contain only letters, digits, ".", "_", "-" and ":"; the rule was skipped` });
          continue;
        }
        if (seenRules.has(rule.id)) {
          problems.push({ code: 'duplicate-rule-id', ruleId: rule.id, message: `a second rule has the id "${rule.id}"; it was skipped — give each rule its own id` });
          continue;
        }
        seenRules.add(rule.id);
        const overrides = frozenOptions.severity;
        const override = overrides !== undefined && Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
        if (override === 'off') continue;
        let drafts: readonly FindingDraft[];
        try {
          drafts = rule.check(context);
        } catch (error) {
          problems.push({ code: 'rule-failed', ruleId: rule.id, message: `rule "${rule.id}" threw: ${error instanceof Error ? error.message : String(error)}` });
          continue;
        }
        for (const draft of drafts) {
          const finding = toFinding(rule, draft, override ?? draft.severity ?? rule.meta.defaultSeverity);
          if (frozenOptions.validateFindings === true) {
            const parsed = FindingSchema.safeParse(finding);
            if (!parsed.success) {
              problems.push({ code: 'invalid-finding', ruleId: rule.id, findingId: finding.id, message: `rule "${rule.id}" reported an invalid finding: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
              continue;
            }
          }
          if (byId.has(finding.id)) {
            problems.push({ code: 'duplicate-finding-id', ruleId: rule.id, findingId: finding.id, message: `rule "${rule.id}" reported two findings with id ${finding.id} (same claims and identity); the second was dropped` });
            continue;
          }
          byId.set(finding.id, finding);
        }
      }
      return {
        findings: [...byId.values()].sort(compareFindings),
        groups: context.groups,
        dependence,
        problems,
      };
    };
    return Object.freeze({ rules: frozenRules, options: frozenOptions, reconcile });
  };
