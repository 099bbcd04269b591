/**
 * Reconciliation on a claim store. Claim groups, value classes and which
 * groups a rule may report on are computed in SQL (`rule-candidates.ts`);
 * only the claims of those groups come back to TypeScript, a batch of whole
 * subjects at a time (every group of a subject that any rule may report on),
 * where the reconciler's own rules judge them. Rules that read across
 * groups run in passes of their own: `name-variant` on one claim per
 * (name, source) and then on the claims of the names it finds,
 * `source-dependence` on the sources alone. The findings are the in-memory
 * reconciler's, finding for finding, for the same claims, rules and
 * configuration, in the same order (docs/scale.md says what is exact and
 * why).
 */
import type { Claim } from '../model/claim.js';
import type { Finding } from '../model/finding.js';
import type { Message } from '../model/message.js';
import { createReconciler, type ReconcilerOptions } from '../reconcile/create-reconciler.js';
import { compareFindings } from '../reconcile/assemble-findings.js';
import { builtinRules } from '../reconcile/rules/builtin-rules.js';
import { configureRules, type RulesConfig } from '../reconcile/rules-config.js';
import type { AnyRule } from '../reconcile/rule.js';
import type { ClaimStore } from './claim-store.js';
import { KEY_SEPARATOR } from './claim-rows.js';
import { CREATE_CLAIM_GROUPS, CREATE_DISPUTE_CANDIDATES, CREATE_VALUE_CLASSES } from './claims-table.js';
import {
  CREATE_NAME_REPRESENTATIVES,
  CREATE_NOTE_CLAIMS,
  CROSS_GROUP_RULES,
  JUDGED_CLAIMS,
  judgedGroupsSql,
  NAME_REPRESENTATIVE_CLAIMS,
  NAME_VARIANT_CLAIMS,
} from './rule-candidates.js';
import { appendAll } from '../model/append-all.js';

/** Options of `reconcileInDuckDb`. */
export interface ReconcileInDuckDbOptions {
  /** The rules, as for `createReconciler` (default: every built-in rule). */
  readonly rules?: readonly AnyRule[];
  /** Their configuration by rule id, as for `createReconciler` (default: each rule's own; opt-in rules off). */
  readonly config?: RulesConfig;
  /** Claims judged per batch (whole subjects; a larger subject makes its batch larger). Default 20,000. */
  readonly batchClaims?: number;
  /** Clustering compares a value with at most this many clusters (the reconciler's `maxCompared`). Default 16. */
  readonly maxCompared?: number;
  /** Check every finding against the schema, as the reconciler's `validateFindings`. Default false. */
  readonly validateFindings?: boolean;
}

/** What SQL counted on the way. */
export interface StoreCounts {
  readonly claims: number;
  readonly groups: number;
  readonly valueClasses: number;
  /** Groups some rule may report on, judged in TypeScript. */
  readonly candidateGroups: number;
  /** Their claims. */
  readonly candidateClaims: number;
  /** Claims of other groups that joined a batch for the membership rule's notes. */
  readonly noteClaims: number;
  /** Claims the name-variant pass read: one per (name, source), then those of the names it reports. */
  readonly nameClaims: number;
}

/** The findings and what was counted. */
export interface StoreReconciliation {
  readonly findings: readonly Finding[];
  readonly counts: StoreCounts;
  /** Problems of the configuration and the rule run (a rule that threw), as the reconciler reports them, each once. */
  readonly messages: readonly Message[];
}

const numberOf = async (store: ClaimStore, sql: string): Promise<number> => {
  const r = await store.db.connection.runAndReadAll(sql);
  return Number(r.getRows()[0]?.[0] ?? 0);
};

/**
 * The findings of the claims in a store, by the given rules (default: the
 * built-in ones, configured as `createReconciler` configures them).
 *
 * @example
 * const { findings, counts } = await reconcileInDuckDb(store);
 * const { findings: conflicts } = await reconcileInDuckDb(store, { rules: [valueConflictRule] });
 */
export const reconcileInDuckDb = async (store: ClaimStore, options: ReconcileInDuckDbOptions = {}): Promise<StoreReconciliation> => {
  const connection = store.db.connection;
  const rules = options.rules ?? builtinRules();
  const config = options.config ?? {};
  const messages: Message[] = [];
  const note = (m: Message): void => {
    if (!messages.some((x) => x.code === m.code && x.message === m.message)) messages.push(m);
  };
  // The configuration is checked once, for all passes; each pass runs the enabled rules it is for.
  const configured = configureRules(rules, config);
  for (const m of configured.messages) note(m);
  const enabled = (configured.ok ? configured.value : configured.partial).map((c) => c.rule);
  const reconcilerOptions: ReconcilerOptions = {
    resolver: store.rows.resolver,
    ...(store.rows.dependenceOptions !== undefined ? { dependence: store.rows.dependenceOptions } : {}),
    ...(options.maxCompared !== undefined ? { maxCompared: options.maxCompared } : {}),
    ...(options.validateFindings !== undefined ? { validateFindings: options.validateFindings } : {}),
  };
  const reconcilerOf = (subset: readonly AnyRule[]) =>
    createReconciler({
      rules: subset,
      config: Object.fromEntries(Object.entries(config).filter(([id]) => subset.some((r) => r.id === id))),
      options: reconcilerOptions,
    });
  type Reconciler = ReturnType<typeof reconcilerOf>;
  const run = (reconciler: Reconciler, claims: readonly Claim[]): readonly Finding[] => {
    const result = reconciler.reconcile({ ...store.corpus, claims });
    for (const m of result.messages) note(m);
    return (result.ok ? result.value : result.partial).findings;
  };

  await connection.run(CREATE_VALUE_CLASSES);
  await connection.run(CREATE_CLAIM_GROUPS);
  await connection.run(CREATE_DISPUTE_CANDIDATES);
  const local = enabled.filter((r) => !CROSS_GROUP_RULES.has(r.id));
  await connection.run(judgedGroupsSql(local.map((r) => r.id), store.corpus.predicates));
  const withNotes = local.some((r) => r.id === 'membership-conflict');
  if (withNotes) await connection.run(CREATE_NOTE_CLAIMS);

  const findings: Finding[] = [];
  const keyless = new Set<string>();
  const keep = (found: readonly Finding[], ownGroups: ReadonlySet<string>): void => {
    for (const f of found) {
      if (f.key === undefined) {
        // A project's rule may report on the corpus as a whole: once, whichever batch saw it first.
        if (!keyless.has(f.id)) findings.push(f);
        keyless.add(f.id);
      } else if (ownGroups.has(`${f.key.subject}|${f.key.predicate}`)) findings.push(f);
    }
  };

  // Group-local rules: a batch of whole subjects at a time, streamed (one batch in memory).
  let candidateClaims = 0;
  let noteClaims = 0;
  if (local.length > 0) {
    const batchClaims = Math.max(1, options.batchClaims ?? 20_000);
    // One reconciler for every batch: its rules are configured once.
    const judging = reconcilerOf(local);
    let batch: Claim[] = [];
    let inBatch = new Set<bigint>();
    let ownGroups = new Set<string>();
    let own = 0;
    const judge = (): void => {
      if (batch.length > 0) keep(run(judging, batch), ownGroups);
      batch = [];
      inBatch = new Set();
      ownGroups = new Set();
      own = 0;
    };
    const result = await connection.stream(JUDGED_CLAIMS(withNotes));
    let lastSubject: string | undefined;
    for await (const rows of result.yieldRows()) {
      for (const row of rows) {
        const [subject, group, rowNo, json, isNote] = row as [string, string, bigint, string, boolean];
        // A batch ends only between subjects: a subject's groups are judged whole, and together.
        if (subject !== lastSubject && own >= batchClaims) judge();
        lastSubject = subject;
        if (isNote) noteClaims += 1;
        else {
          candidateClaims += 1;
          own += 1;
          ownGroups.add(group);
        }
        if (inBatch.has(rowNo)) continue;
        inBatch.add(rowNo);
        batch.push(JSON.parse(json) as Claim);
      }
    }
    judge();
  }

  // name-variant: every name the corpus uses, each with its first claim and one of another source (at most
  // two claims a name), gives the rule the same names, blocks, pairs and clusters as the whole corpus; the
  // clusters it finds are then reported again with every claim that uses one of their names.
  let nameClaims = 0;
  const variants = enabled.filter((r) => r.id === 'name-variant');
  if (variants.length > 0) {
    await connection.run(CREATE_NAME_REPRESENTATIVES);
    const representatives: Claim[] = [];
    const namesOf = new Map<string, string>();
    for await (const rows of (await connection.stream(NAME_REPRESENTATIVE_CLAIMS)).yieldRows()) {
      for (const [id, names, json] of rows as [string, string, string][]) {
        // What the rule reads of a claim (names, source, group) and nothing else: these claims only find the clusters.
        const { id: claimId, subject, predicate, value, polarity, hedge, evidence } = JSON.parse(json) as Claim;
        representatives.push({ id: claimId, subject, predicate, value, polarity, hedge, evidence: [evidence[0] as Claim['evidence'][number]] } as Claim);
        namesOf.set(id, namesOf.has(id) ? `${namesOf.get(id) as string}${KEY_SEPARATOR}${names}` : names);
      }
    }
    nameClaims += representatives.length;
    const naming = reconcilerOf(variants);
    const first = run(naming, representatives);
    representatives.length = 0;
    const named = new Set(first.flatMap((f) => f.sides.flatMap((s) => s.claims.flatMap((c) => (namesOf.get(c.claimId) ?? '').split(KEY_SEPARATOR)))));
    named.delete('');
    namesOf.clear();
    if (named.size > 0) {
      await connection.run('CREATE OR REPLACE TEMP TABLE variant_names (name VARCHAR)');
      const appender = await connection.createAppender('variant_names');
      try {
        for (const name of named) {
          appender.appendVarchar(name);
          appender.endRow();
        }
        appender.flushSync();
      } finally {
        appender.closeSync();
      }
      const claims: Claim[] = [];
      for await (const rows of (await connection.stream(NAME_VARIANT_CLAIMS)).yieldRows()) for (const [json] of rows as [string][]) claims.push(JSON.parse(json) as Claim);
      nameClaims += claims.length;
      appendAll(findings, run(naming, claims));
    }
  }

  // source-dependence reads the sources, not the claims.
  const dependence = enabled.filter((r) => r.id === 'source-dependence');
  if (dependence.length > 0) appendAll(findings, run(reconcilerOf(dependence), []));

  const counts: StoreCounts = {
    claims: await numberOf(store, 'SELECT count(*) FROM claims'),
    groups: await numberOf(store, 'SELECT count(*) FROM claim_groups'),
    valueClasses: await numberOf(store, 'SELECT count(*) FROM value_classes'),
    candidateGroups: await numberOf(store, 'SELECT count(*) FROM judged_groups'),
    candidateClaims,
    noteClaims,
    nameClaims,
  };
  return { findings: findings.sort(compareFindings), counts, messages };
};
