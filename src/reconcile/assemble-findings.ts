/**
 * From the rules' drafts to findings: the engine checks each draft's kind,
 * lets rules coordinate (a draft that `explains` a disagreement another rule
 * reports becomes notes on that finding, so one disagreement is reported
 * once), gives every finding its id, fingerprint, disputed positions and
 * final severity, counts each side's sources, independent source groups and
 * witnesses, orders sides by support and findings by severity and
 * discrepancy.
 */
import { type Finding, type FindingClaim, type FindingNote, type FindingSide, FindingSchema } from '../model/finding.js';
import type { SourceId } from '../model/ids.js';
import { createMessage, type Message, type Severity, type TextPlace } from '../model/message.js';
import type { ReconcileCode } from '../model/message-codes.js';
import { compareOrdinal } from '../model/ordinal.js';
import type { GroupClaim } from './claim-groups.js';
import { canonicalDisputed, findingIdFor, FingerprintLines, orderedPositions } from './finding-id.js';
import type { AnyRule, DraftSide, FindingDraft, RuleContext } from './rule.js';
import { groupClaimOf } from './claim-groups.js';
import { flattened } from './flat-string.js';
import { DistinctList } from './distinct-list.js';
import { sortOrdinal, sortPrefix, sortShort } from './short-sort.js';

/** What one rule reported, with the severity its configuration gives every finding (if any). */
export interface RuleDrafts {
  readonly rule: AnyRule;
  readonly severity?: Severity;
  readonly drafts: readonly FindingDraft[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A source group's sources (one array per group for the run), their sort key, and the list of just this group (made on first need). */
interface SourceGroupList {
  readonly sources: SourceId[];
  readonly key: string;
  alone: SourceId[][] | undefined;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Report order: errors first; then the larger discrepancy; then rule, subject, predicate and id. */
export const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  (b.discrepancy?.score ?? -1) - (a.discrepancy?.score ?? -1) ||
  compareOrdinal(a.ruleId, b.ruleId) ||
  compareOrdinal(a.key?.subject ?? '', b.key?.subject ?? '') ||
  compareOrdinal(a.key?.predicate ?? '', b.key?.predicate ?? '') ||
  compareOrdinal(a.id, b.id);

/**
 * `findings.sort(compareFindings)`, with each finding's keys read once into
 * arrays rather than through its objects on every comparison (a million
 * claims make a hundred thousand findings: about two million comparisons).
 * The comparison of two findings is `compareFindings`'s, term for term, so
 * the order is the same.
 */
export const sortFindings = (findings: Finding[]): Finding[] => {
  const n = findings.length;
  if (n < 2) return findings;
  const rank = new Float64Array(n);
  const score = new Float64Array(n);
  const rule: string[] = new Array<string>(n);
  const subject: string[] = new Array<string>(n);
  const predicate: string[] = new Array<string>(n);
  const id: string[] = new Array<string>(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const f = findings[i] as Finding;
    rank[i] = SEVERITY_RANK[f.severity];
    score[i] = f.discrepancy?.score ?? -1;
    rule[i] = f.ruleId;
    subject[i] = f.key?.subject ?? '';
    predicate[i] = f.key?.predicate ?? '';
    id[i] = f.id;
    order[i] = i;
  }
  order.sort(
    (a, b) =>
      (rank[a] as number) - (rank[b] as number) ||
      (score[b] as number) - (score[a] as number) ||
      compareOrdinal(rule[a] as string, rule[b] as string) ||
      compareOrdinal(subject[a] as string, subject[b] as string) ||
      compareOrdinal(predicate[a] as string, predicate[b] as string) ||
      compareOrdinal(id[a] as string, id[b] as string),
  );
  const sorted = order.map((i) => findings[i] as Finding);
  for (let i = 0; i < n; i += 1) findings[i] = sorted[i] as Finding;
  return findings;
};

const problem = (code: ReconcileCode, ruleId: string, message: string, hint?: string): Message =>
  createMessage(code, message, { ruleId, ...(hint !== undefined ? { hint } : {}) });

const disagreementKey = (draft: FindingDraft): string => `${draft.key?.subject ?? ''}\u0000${draft.key?.predicate ?? ''}\u0000${draft.disagreement}`;

interface Pending {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly draft: FindingDraft;
  readonly notes: FindingNote[];
  readonly explainedBy: string[];
}

/** Where a finding stands: its first claim's span, else its first note's. */
const placeOf = (sides: readonly FindingSide[], related: readonly FindingNote[]): TextPlace | undefined => {
  const span = sides[0]?.claims[0]?.span ?? related.find((n) => n.span !== undefined)?.span;
  return span === undefined ? undefined : { sourceId: span.sourceId, start: span.position.start, end: span.position.end };
};

/**
 * Assemble the findings of one run.
 *
 * @example
 * const { findings, messages } = assembleFindings(ran, context, { validate: true });
 */
export const assembleFindings = (
  ran: readonly RuleDrafts[],
  context: RuleContext,
  options: { readonly validate: boolean },
): { readonly findings: readonly Finding[]; readonly messages: readonly Message[] } => {
  const messages: Message[] = [];
  // Claims a rule built with `context.findingClaim` know their group claim; others are looked up (the index is built on first need).
  let byClaim: Map<string, GroupClaim> | undefined;
  const groupClaim = (claim: FindingClaim): GroupClaim | undefined => {
    const origin = groupClaimOf(claim);
    if (origin !== undefined) return origin;
    if (byClaim === undefined) {
      byClaim = new Map();
      for (const g of context.groups) for (const c of g.claims) byClaim.set(c.claimId, c);
    }
    return byClaim.get(claim.claimId);
  };

  // Kinds, severities; explanations apart.
  const primaries: Pending[] = [];
  const explanations: Pending[] = [];
  for (const { rule, severity, drafts } of ran) {
    for (const draft of drafts) {
      const kind = Object.hasOwn(rule.meta.kinds, draft.kind) ? rule.meta.kinds[draft.kind] : undefined;
      if (kind === undefined) {
        messages.push(
          problem(
            'undeclared-kind',
            rule.id,
            `rule "${rule.id}" reported a finding of kind "${draft.kind}", which it does not declare; the finding was dropped`,
            `declare it in meta.kinds (declared: ${Object.keys(rule.meta.kinds).join(', ') || 'none'})`,
          ),
        );
        continue;
      }
      const pending: Pending = { rule, severity: severity ?? draft.severity ?? kind.severity, draft, notes: [], explainedBy: [] };
      (draft.explains !== undefined ? explanations : primaries).push(pending);
    }
  }

  // One disagreement, one finding: an explanation joins another rule's finding of the same disagreement.
  const reported = new Map<string, Pending>();
  for (const p of primaries) {
    const key = disagreementKey(p.draft);
    if (!reported.has(key)) reported.set(key, p);
  }
  for (const e of explanations) {
    const key = disagreementKey(e.draft);
    const host = reported.get(key);
    if (host !== undefined && host.rule.id !== e.rule.id) {
      host.notes.push(...(e.draft.explains ?? []).map((n) => ({ ...n, ruleId: e.rule.id as FindingNote['ruleId'] & string })));
      host.explainedBy.push(`${e.rule.id}:${e.draft.kind}`);
      continue;
    }
    primaries.push(e);
    if (host === undefined) reported.set(key, e);
  }

  // A source group's sources, one array per group for the whole run (findings share it), and its sort key.
  const groupLists = new Map<string, SourceGroupList>();
  const groupList = (id: SourceId): SourceGroupList => {
    let known = groupLists.get(id);
    if (known === undefined) {
      const sources = [...context.sourceGroup(id)];
      known = { sources, key: sources.join('\u0000'), alone: undefined };
      groupLists.set(id, known);
    }
    return known;
  };
  // The sources of a side of one source: one array per source for the run, shared by every side that shows it (as source groups are).
  const onlySources = new Map<SourceId, SourceId[]>();
  const sourcesOfSide = (): SourceId[] => {
    if (sideSources.size !== 1) return sortOrdinal(sideSources.copy());
    const only = sideSources.at(0);
    let sources = onlySources.get(only);
    if (sources === undefined) {
      sources = [only];
      onlySources.set(only, sources);
    }
    return sources;
  };
  // Scratch space for one finding at a time, reused by every finding of the run (a side holds a handful of claims).
  const sideSources = new DistinctList<SourceId>();
  const sideGroups = new DistinctList<SourceId>();
  const sideWitnesses = new DistinctList<string>();
  const sideKeys = new DistinctList<string>();
  const findingGroups = new DistinctList<SourceGroupList>();
  const lines = new FingerprintLines();
  // The source groups of the finding's sides, one after another: side i's are from groupStart[i] to groupStart[i + 1].
  const groupsOfSides: SourceGroupList[] = [];
  const groupStart: number[] = [0];
  // The order of the finding's sides (indexes into the built sides).
  const order: number[] = [];

  /**
   * A side as the finding shows it, its canonical disputed position (its
   * claims' distinct value keys, sorted: see `canonicalPosition`) in
   * `positions[index]`; gathers its claims' fingerprint lines and its
   * source groups.
   */
  const side = (s: DraftSide, index: number, positions: string[][]): FindingSide => {
    sideSources.reset();
    sideGroups.reset();
    sideWitnesses.reset();
    sideKeys.reset();
    const claims = s.claims;
    for (let i = 0; i < claims.length; i += 1) {
      const c = claims[i] as FindingClaim;
      sideSources.add(c.sourceId);
      const g = groupClaim(c);
      sideGroups.add(g?.sourceGroup ?? c.sourceId);
      sideWitnesses.add(g?.witness ?? `group:${c.sourceId}`);
      const key = g?.valueKey ?? context.values.key(c.value);
      sideKeys.add(key);
      lines.addClaim(c, key);
    }
    positions[index] = sideKeys.size === 1 && typeof sideKeys.at(0) === 'string' ? [sideKeys.at(0)] : sortOrdinal(sideKeys.copy());
    let at = groupStart[index] as number;
    let sourceGroups: SourceId[][];
    if (sideGroups.size === 1) {
      // One source group (most sides): its list of one, shared by every side that has just it.
      const list = groupList(sideGroups.at(0));
      groupsOfSides[at++] = list;
      sourceGroups = list.alone ??= [list.sources];
    } else {
      const groupIds = sortOrdinal(sideGroups.copy());
      sourceGroups = new Array<SourceId[]>(groupIds.length);
      for (let i = 0; i < groupIds.length; i += 1) {
        const list = groupList(groupIds[i] as SourceId);
        groupsOfSides[at++] = list;
        sourceGroups[i] = list.sources;
      }
    }
    groupStart[index + 1] = at;
    return { label: flattened(s.label), claims: s.claims as FindingSide['claims'], sources: sourcesOfSide(), sourceGroups, support: sideWitnesses.size };
  };

  const findings: Finding[] = [];
  const byId = new Set<string>();
  for (const { rule, severity, draft, notes, explainedBy } of primaries) {
    const drafted = draft.sides;
    const n = drafted.length;
    const positions = new Array<string[]>(n);
    const built = new Array<FindingSide>(n);
    for (let i = 0; i < n; i += 1) built[i] = side(drafted[i] as DraftSide, i, positions);
    // Most independent support first, then most claims; ties keep the rule's order (a stable sort).
    for (let i = 0; i < n; i += 1) order[i] = i;
    if (n > 1) sortPrefix(order, n, (a, b) => (built[b] as FindingSide).support - (built[a] as FindingSide).support || (built[b] as FindingSide).claims.length - (built[a] as FindingSide).claims.length);
    let sides = built;
    if (n > 1) {
      sides = new Array<FindingSide>(n);
      for (let i = 0; i < n; i += 1) sides[i] = built[order[i] as number] as FindingSide;
    }
    const related = (draft.related === undefined || draft.related.length === 0 ? notes : [...draft.related, ...notes]) as Finding['related'];
    let sourceGroups: Finding['sourceGroups'] & object;
    if (draft.sourceGroups !== undefined) sourceGroups = draft.sourceGroups as Finding['sourceGroups'] & object;
    else {
      // Each source group once (the run shares one array per group), sorted by its sources; gathered in side order.
      findingGroups.reset();
      for (let k = 0; k < n; k += 1) {
        const i = order[k] as number;
        for (let at = groupStart[i] as number; at < (groupStart[i + 1] as number); at += 1) findingGroups.add(groupsOfSides[at] as SourceGroupList);
      }
      const seen = sortShort(findingGroups.copy(), (a, b) => compareOrdinal(a.key, b.key));
      sourceGroups = new Array<SourceId[]>(seen.length);
      for (let i = 0; i < seen.length; i += 1) sourceGroups[i] = (seen[i] as SourceGroupList).sources;
    }
    const disputed = draft.disputed !== undefined && draft.disputed !== null ? canonicalDisputed(draft.disputed) : orderedPositions(positions);
    const place = placeOf(sides, related);
    // Field by field in the finding's key order (no spread of temporary objects per optional field).
    const finding = {
      id: findingIdFor(rule.id, draft),
      source: 'reconcile',
      code: 'finding',
      ruleId: rule.id as Finding['ruleId'],
      kind: draft.kind,
      severity,
      message: flattened(draft.message),
      url: rule.meta.url,
    } as Mutable<Finding>;
    if (place !== undefined) finding.place = place;
    if (draft.key !== undefined) finding.key = draft.key;
    finding.disagreement = draft.disagreement;
    finding.sides = sides;
    finding.related = related;
    if (sourceGroups.length > 0) finding.sourceGroups = sourceGroups;
    if (draft.discrepancy !== undefined) finding.discrepancy = draft.discrepancy;
    finding.disputed = disputed;
    lines.addNotes(related);
    finding.fingerprint = lines.digest();
    if (draft.data !== undefined || explainedBy.length > 0) {
      finding.data = (explainedBy.length > 0 ? { ...(draft.data ?? {}), explainedBy } : { ...draft.data }) as Finding['data'] & object;
    }
    if (options.validate) {
      const parsed = FindingSchema.safeParse(finding);
      if (!parsed.success) {
        messages.push(
          problem(
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
        problem(
          'duplicate-finding-id',
          rule.id,
          `rule "${rule.id}" reported the disagreement "${draft.disagreement}" of ${draft.key !== undefined ? `${draft.key.subject} · ${draft.key.predicate}` : 'the corpus'} twice (finding ${finding.id}); the second was dropped`,
          'report each disagreement of a claim group once, listing every side',
        ),
      );
      continue;
    }
    byId.add(finding.id);
    findings.push(finding);
  }
  return { findings: sortFindings(findings), messages };
};
