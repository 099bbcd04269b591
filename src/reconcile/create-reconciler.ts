/**
 * The reconciliation engine. `createReconciler` returns an immutable
 * reconciler; `reconcile(corpus)` detects source dependence, groups the
 * claims by (canonical subject, predicate), runs every rule and returns the
 * findings (one per disagreement, with stable ids, in a deterministic order:
 * severity, then discrepancy), the claim groups and the independent source
 * groups for the truth-discovery stage, the corpus's coverage (values only
 * one independent witness gives), and every problem met on the way as data
 * (a rule that throws does not stop the others).
 */
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';
import { createMessage, type Message } from '../model/message.js';
import type { ReconcileCode } from '../model/message-codes.js';
import { collected, type Result } from '../model/result.js';
import { createEntityResolver, passResolveFolded } from '../normalize/entity-resolver.js';
import { valueKinds, type ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import { builtinRules } from './rules/builtin-rules.js';
import { configureRules, type RulesConfig } from './rules-config.js';
import { type EntityId, RuleIdSchema } from '../model/ids.js';
import type { ClaimGroup } from './claim-groups.js';
import type { CompareValues, EntityResolverFactory, EntityResolverLike } from './contract.js';
import type { SourceDependence, SourceDependenceOptions } from './dependence/detect-source-dependence.js';
import { sourceDependenceOf, type ThreadOptions } from './threads/source-dependence-threads.js';
import type { AnyRule, FindingDraft } from './rule.js';
import { assembleFindings, type RuleDrafts } from './assemble-findings.js';
import { type Coverage, coverageOf } from './coverage.js';
import { buildContext } from './rule-context.js';
import { appendAll } from '../model/append-all.js';

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
  /**
   * Find shared passages between sources on a worker thread while this
   * thread goes on: `true` from `DEFAULT_MIN_SOURCES` (10,000) sources, or
   * options. Falls back to this thread — with the same answer — when the
   * worker cannot start, fails or times out. Default `false`. Grouping's
   * first pass (subjects, predicates, sources) runs beside the worker; its
   * second pass waits for the source groups. At 1M claims the run used less
   * CPU with the worker in each of five pairs (rounds 17 and 18, on a busy
   * machine), mostly because V8 then ran no major collection inside the run,
   * and peaked 100–180 MB higher; it stays off until that is measured on a
   * quiet machine (docs/benchmarks.md).
   */
  readonly threads?: boolean | ThreadOptions;
  /** Check every finding against `FindingSchema` (slower; on in tests). Default false. */
  readonly validateFindings?: boolean;
  /**
   * Clustering a claim group's values compares a value with at most this
   * many clusters (only those whose extent or bucket it meets, for amounts,
   * dates, entities and text), and finds the disputed clusters by comparing
   * each with the first this many: the work per group grows linearly with
   * its distinct values. Default 16.
   */
  readonly maxCompared?: number;
  /**
   * Called as each stage of a run ends, with its name: `dependence`,
   * `groups`, `rule:<id>` per rule, `assemble`, `coverage` — for profiling
   * (the benchmarks read the CPU time between calls). With the worker thread
   * (`threads`), `dependence` ends once the texts are sent; waiting for the
   * passages falls in `groups`. Default: nothing.
   */
  readonly onStageEnd?: (stage: string) => void;
}

/** What `reconcile` produces. */
export interface Reconciliation {
  /** One per disagreement. Sorted: errors, warnings, infos; then the larger discrepancy; then rule id, subject, predicate, id. */
  readonly findings: readonly Finding[];
  /** Values only one independent witness gives (coverage, not findings), and how many values are corroborated. */
  readonly coverage: Coverage;
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

const reconcileProblem = (code: ReconcileCode, ruleId: string, message: string, hint?: string): Message =>
  createMessage(code, message, { ruleId, ...(hint !== undefined ? { hint } : {}) });

/**
 * The resolver with `resolve` memoized for one reconcile run (or one load of
 * a claims table): a corpus names the same entities over and over, and
 * resolving a name folds it each time. At most `maxNames` names are kept.
 */
export const memoizedResolver = (resolver: EntityResolverLike, maxNames = Number.POSITIVE_INFINITY): EntityResolverLike => {
  const cache = new Map<string, NonNullable<ReturnType<EntityResolverLike['resolve']>> | null>();
  // One lookup per name: a name the resolver does not know is kept as `null`.
  const resolve = (name: string): EntityId | undefined => {
    const known = cache.get(name);
    if (known !== undefined) return known ?? undefined;
    const id = resolver.resolve(name);
    if (cache.size < maxNames) cache.set(name, id ?? null);
    return id;
  };
  // A name already folded (grouping folds each distinct subject name once and keeps its own memo) is answered by
  // the resolver straight when it can (see `FoldedNameResolver`): neither looked up in this memo nor kept in it.
  const wrapped: EntityResolverLike = passResolveFolded(
    { resolve, canonicalName: (id: EntityId) => resolver.canonicalName(id), nearDuplicate: (a: string, b: string) => resolver.nearDuplicate(a, b) },
    resolver,
  );
  // The optional parts (entity kinds, where an entity sits), when the resolver has them.
  if (resolver.entity !== undefined) wrapped.entity = (id) => resolver.entity?.(id);
  if (resolver.within !== undefined) wrapped.within = (inner, outer) => resolver.within?.(inner, outer) === true;
  if (resolver.containers !== undefined) wrapped.containers = (id) => resolver.containers?.(id) ?? [];
  return wrapped;
};

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
  appendAll(setup, configured.messages);
  const toRun = configured.ok ? configured.value : configured.partial;

  const reconcile = (corpus: Corpus): ReconcileResult => {
    const messages: Message[] = [...setup];
    const given = frozenOptions.resolver;
    const resolver = memoizedResolver(
      given === undefined ? createEntityResolver({ entities: corpus.entities }) : typeof given === 'function' ? given(corpus.entities) : given,
    );
    // The value kinds only call `resolve` and `nearDuplicate`, which every EntityResolverLike has.
    const compareOptions = { resolver };
    const compareValues = frozenOptions.compareValues ?? ((a, b) => values.compare(a, b, compareOptions));
    const stage = frozenOptions.onStageEnd ?? (() => {});
    // Read by grouping on first need: until then the worker (if any) runs beside this thread.
    const { dependence } = sourceDependenceOf(corpus.sources, frozenOptions.dependence, frozenOptions.threads ?? false);
    stage('dependence');
    const context = buildContext({ corpus, compareValues, values, resolver, dependence, maxCompared: frozenOptions.maxCompared ?? 16 });
    stage('groups');

    const ran: RuleDrafts[] = [];
    for (const { rule, options: ruleOptions, severity } of toRun) {
      let drafts: readonly FindingDraft[];
      try {
        drafts = rule.check(context, ruleOptions);
      } catch (error) {
        const cause = error instanceof Error ? error.message : String(error);
        messages.push(createMessage('rule-failed', `rule "${rule.id}" threw: ${cause}`, { ruleId: rule.id, cause }));
        stage(`rule:${rule.id}`);
        continue;
      }
      stage(`rule:${rule.id}`);
      ran.push({ rule, drafts, ...(severity !== undefined ? { severity } : {}) });
    }
    const assembled = assembleFindings(ran, context, { validate: frozenOptions.validateFindings === true });
    stage('assemble');
    appendAll(messages, assembled.messages);
    const reconciliation: Reconciliation = { findings: assembled.findings, coverage: coverageOf(context), groups: context.groups, dependence };
    stage('coverage');
    return collected<Reconciliation>(reconciliation, messages);
  };
  return Object.freeze({ rules: frozenRules, config: frozenConfig, options: frozenOptions, reconcile });
};
