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
import { canonicalDisputed, findingIdFor, sidesFingerprint } from './finding-id.js';
import type { AnyRule, DraftSide, FindingDraft, RuleContext } from './rule.js';
import { groupClaimOf } from './claim-groups.js';
import { flattened } from './flat-string.js';

/** What one rule reported, with the severity its configuration gives every finding (if any). */
export interface RuleDrafts {
  readonly rule: AnyRule;
  readonly severity?: Severity;
  readonly drafts: readonly FindingDraft[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Report order: errors first; then the larger discrepancy; then rule, subject, predicate and id. */
export const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  (b.discrepancy?.score ?? -1) - (a.discrepancy?.score ?? -1) ||
  compareOrdinal(a.ruleId, b.ruleId) ||
  compareOrdinal(a.key?.subject ?? '', b.key?.subject ?? '') ||
  compareOrdinal(a.key?.predicate ?? '', b.key?.predicate ?? '') ||
  compareOrdinal(a.id, b.id);

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
  const groupLists = new Map<string, { readonly sources: SourceId[]; readonly key: string }>();
  const groupList = (id: SourceId): { readonly sources: SourceId[]; readonly key: string } => {
    let known = groupLists.get(id);
    if (known === undefined) {
      const sources = [...context.sourceGroup(id)];
      known = { sources, key: sources.join('\u0000') };
      groupLists.set(id, known);
    }
    return known;
  };
  // Sides hold a handful of claims: small arrays and `includes` beat building Sets.
  const side = (s: DraftSide): { readonly side: FindingSide; readonly groups: readonly { readonly sources: SourceId[]; readonly key: string }[] } => {
    const sources: SourceId[] = [];
    const groupIds: SourceId[] = [];
    const witnesses: string[] = [];
    for (const c of s.claims) {
      if (!sources.includes(c.sourceId)) sources.push(c.sourceId);
      const g = groupClaim(c);
      const groupId = g?.sourceGroup ?? c.sourceId;
      if (!groupIds.includes(groupId)) groupIds.push(groupId);
      const witness = g?.witness ?? `group:${c.sourceId}`;
      if (!witnesses.includes(witness)) witnesses.push(witness);
    }
    groupIds.sort(compareOrdinal);
    const groups = groupIds.map(groupList);
    return {
      // `slice`: an array grown by `push` keeps room for 17 items; the finding keeps an exact copy.
      side: { label: flattened(s.label), claims: s.claims as FindingSide['claims'], sources: sources.sort(compareOrdinal).slice(), sourceGroups: groups.map((l) => l.sources), support: witnesses.length },
      groups,
    };
  };

  const byId = new Map<string, Finding>();
  for (const { rule, severity, draft, notes, explainedBy } of primaries) {
    // Most independent support first, then most claims; ties keep the rule's order (a stable sort).
    const built = draft.sides.map(side);
    if (built.length > 1) built.sort((a, b) => b.side.support - a.side.support || b.side.claims.length - a.side.claims.length);
    const sides = built.map((b) => b.side);
    const related = (draft.related === undefined || draft.related.length === 0 ? notes : [...draft.related, ...notes]) as Finding['related'];
    let sourceGroups: Finding['sourceGroups'] & object;
    if (draft.sourceGroups !== undefined) sourceGroups = draft.sourceGroups as Finding['sourceGroups'] & object;
    else {
      // Each source group once (the run shares one array per group), sorted by its sources.
      const seen: { readonly sources: SourceId[]; readonly key: string }[] = [];
      for (const b of built) for (const g of b.groups) if (!seen.includes(g)) seen.push(g);
      sourceGroups = (seen.length > 1 ? seen.sort((a, b) => compareOrdinal(a.key, b.key)) : seen).map((g) => g.sources);
    }
    const disputed = canonicalDisputed(
      draft.disputed ?? draft.sides.map((s) => s.claims.map((c) => groupClaim(c)?.valueKey ?? context.values.key(c.value))),
    );
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
    finding.fingerprint = sidesFingerprint(sides, related, (c) => groupClaim(c)?.valueKey ?? context.values.key(c.value));
    if (draft.data !== undefined || explainedBy.length > 0) {
      finding.data = { ...(draft.data ?? {}), ...(explainedBy.length > 0 ? { explainedBy } : {}) } as Finding['data'] & object;
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
    byId.set(finding.id, finding);
  }
  return { findings: [...byId.values()].sort(compareFindings), messages };
};
