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
import { canonicalDisputed, findingIdFor, FingerprintLines, orderedPositions, PositionLists } from './finding-id.js';
import type { AnyRule, DraftSide, FindingDraft, RuleContext } from './rule.js';
import { groupClaimOf } from './claim-groups.js';
import { flattened } from './flat-string.js';
import { DistinctList } from './distinct-list.js';
import { sortOrdinal, sortPrefix, sortShort } from '../model/short-sort.js';
import { appendAll } from '../model/append-all.js';

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

/** The subject part of `disagreementKey` (as its template writes it). */
const subjectPart = (draft: FindingDraft): string => `${draft.key?.subject ?? ''}`;

/** Whether a disagreement key holds more than its two separators (a part with U+0000 in it). */
const separatorInside = (key: string): boolean => {
  const first = key.indexOf('\u0000');
  const second = key.indexOf('\u0000', first + 1);
  return key.indexOf('\u0000', second + 1) !== -1;
};

/** Source groups by their sources (the sort key of a finding's source groups). */
const byGroupKey = (a: SourceGroupList, b: SourceGroupList): number => compareOrdinal(a.key, b.key);

/**
 * A finding, its fields in their order, made by one object literal for the
 * shapes the built-in rules make (every field in the object itself; a
 * literal whose objects outlive the young generation is allocated in the old
 * one by V8) and field by field for any other: the same own properties, in
 * the same order, either way.
 */
const makeFinding = (
  rule: AnyRule,
  severity: Severity,
  draft: FindingDraft,
  id: Finding['id'],
  message: string,
  place: TextPlace | undefined,
  sides: FindingSide[],
  related: Finding['related'],
  sourceGroups: Finding['sourceGroups'] & object,
  disputed: string[][],
  fingerprint: string,
  data: Finding['data'],
): Finding => {
  const ruleId = rule.id as Finding['ruleId'];
  const { kind, key, disagreement, discrepancy } = draft;
  const url = rule.meta.url;
  if (place !== undefined && sourceGroups.length > 0 && data !== undefined) {
    if (key !== undefined) {
      if (discrepancy === undefined) {
        return { id, source: 'reconcile', code: 'finding', ruleId, kind, severity, message, url, place, key, disagreement, sides, related, sourceGroups, disputed, fingerprint, data };
      }
      return { id, source: 'reconcile', code: 'finding', ruleId, kind, severity, message, url, place, key, disagreement, sides, related, sourceGroups, discrepancy, disputed, fingerprint, data };
    }
    if (discrepancy === undefined) {
      return { id, source: 'reconcile', code: 'finding', ruleId, kind, severity, message, url, place, disagreement, sides, related, sourceGroups, disputed, fingerprint, data };
    }
  }
  // Field by field in the finding's key order (no spread of temporary objects per optional field).
  const finding = { id, source: 'reconcile', code: 'finding', ruleId, kind, severity, message, url } as Mutable<Finding>;
  if (place !== undefined) finding.place = place;
  if (key !== undefined) finding.key = key;
  finding.disagreement = disagreement;
  finding.sides = sides;
  finding.related = related;
  if (sourceGroups.length > 0) finding.sourceGroups = sourceGroups;
  if (discrepancy !== undefined) finding.discrepancy = discrepancy;
  finding.disputed = disputed;
  finding.fingerprint = fingerprint;
  if (data !== undefined) finding.data = data;
  return finding;
};

/**
 * The drafts to assemble, in order, as parallel lists (no record per draft:
 * a million claims make a hundred thousand drafts, and every record would
 * live until the last finding is built).
 */
class Primaries {
  readonly drafts: FindingDraft[] = [];
  readonly rules: AnyRule[] = [];
  readonly severities: Severity[] = [];
  push(rule: AnyRule, severity: Severity, draft: FindingDraft): number {
    this.drafts.push(draft);
    this.rules.push(rule);
    this.severities.push(severity);
    return this.drafts.length - 1;
  }
}

/** The explanations of one disagreement key (indexes, in order), and the finding they join once it is known (-1 until then) and its rule. */
interface KeyedExplanations {
  readonly members: number[];
  host: number;
  hostRule: string;
}

/** What explanations of other rules added to a finding: notes, and which rule and kind explained it. */
interface Explained {
  readonly notes: FindingNote[];
  readonly explainedBy: string[];
}

/**
 * A draft's data as the finding's: the draft's own object when it is a
 * plain, extensible object (what rules write: a literal made for the draft,
 * which has already outlived the young generation by the time assemble runs
 * — a copy would be one more object per finding for the collector to carry
 * over), else a plain copy of its own enumerable fields, as before. Either
 * way the same fields and the same JSON; the finding shares the object the
 * rule made for it.
 */
const dataOf = (data: NonNullable<FindingDraft['data']>): Finding['data'] & object => {
  const proto: unknown = Object.getPrototypeOf(data);
  return (proto === Object.prototype || proto === null) && Object.isExtensible(data) ? (data as Finding['data'] & object) : ({ ...data } as Finding['data'] & object);
};

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
  const primaries = new Primaries();
  const explanations = new Primaries();
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
      (draft.explains !== undefined ? explanations : primaries).push(rule, severity ?? draft.severity ?? kind.severity, draft);
    }
  }

  // One disagreement, one finding: an explanation joins the first finding of the same disagreement (key) that
  // another rule reports. Explanations are keyed here; a finding is keyed as it is assembled, and only when its
  // subject is some explanation's (any finding, when a part of some key holds U+0000: then keys of other subjects can be equal).
  const explained = new Map<number, Explained>();
  const byKey = new Map<string, KeyedExplanations>();
  const explanationKeys: string[] = [];
  const subjects = new Set<string>();
  let everyKey = false;
  for (let j = 0; j < explanations.drafts.length; j += 1) {
    const draft = explanations.drafts[j] as FindingDraft;
    const key = disagreementKey(draft);
    explanationKeys.push(key);
    subjects.add(subjectPart(draft));
    everyKey ||= separatorInside(key);
    let keyed = byKey.get(key);
    if (keyed === undefined) {
      keyed = { members: [], host: -1, hostRule: '' };
      byKey.set(key, keyed);
    }
    keyed.members.push(j);
  }
  /** Finding `host` of rule `hostRule` is the first of its key: the explanations of other rules join it, in their order. */
  const join = (keyed: KeyedExplanations, host: number, hostRule: string): void => {
    keyed.host = host;
    keyed.hostRule = hostRule;
    for (const j of keyed.members) {
      const rule = explanations.rules[j] as AnyRule;
      if (rule.id === hostRule) continue;
      const draft = explanations.drafts[j] as FindingDraft;
      let extra = explained.get(host);
      if (extra === undefined) {
        extra = { notes: [], explainedBy: [] };
        explained.set(host, extra);
      }
      appendAll(extra.notes, (draft.explains ?? []).map((n) => ({ ...n, ruleId: rule.id as FindingNote['ruleId'] & string })));
      extra.explainedBy.push(`${rule.id}:${draft.kind}`);
    }
  };

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
  // Positions of one key (most), one array per key for the run, shared by the findings that dispute it.
  const oneKey = new PositionLists();
  // The source groups of the finding's sides, one after another: side i's are from groupStart[i] to groupStart[i + 1].
  const groupsOfSides: SourceGroupList[] = [];
  const groupStart: number[] = [0];
  // The finding's sides as built (in the draft's order), their order, and their disputed positions.
  const built: FindingSide[] = [];
  const order: number[] = [];
  const positions: string[][] = [];

  /**
   * A side as the finding shows it, its canonical disputed position (its
   * claims' distinct value keys, sorted: see `canonicalPosition`) in
   * `positions[index]`; gathers its claims' fingerprint lines and its
   * source groups.
   */
  const side = (s: DraftSide, index: number): FindingSide => {
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
    positions[index] = sideKeys.size === 1 && typeof sideKeys.at(0) === 'string' ? oneKey.of(sideKeys.at(0)) : sortOrdinal(sideKeys.copy());
    let at = groupStart[index] as number;
    let sourceGroups: SourceId[][];
    if (sideGroups.size === 1) {
      // One source group (most sides): its list of one, shared by every side that has just it.
      const list = groupList(sideGroups.at(0));
      groupsOfSides[at++] = list;
      sourceGroups = list.alone ??= [list.sources];
    } else {
      sideGroups.sortOrdinal();
      sourceGroups = new Array<SourceId[]>(sideGroups.size);
      for (let i = 0; i < sideGroups.size; i += 1) {
        const list = groupList(sideGroups.at(i));
        groupsOfSides[at++] = list;
        sourceGroups[i] = list.sources;
      }
    }
    groupStart[index + 1] = at;
    return { label: flattened(s.label), claims: s.claims as FindingSide['claims'], sources: sourcesOfSide(), sourceGroups, support: sideWitnesses.size };
  };

  /** The sides of `n` built in the order of `order`: most independent support first, then most claims; ties keep the rule's order (stable). */
  const orderedSides = (n: number): FindingSide[] => {
    const first = built[0] as FindingSide;
    if (n === 1) {
      order[0] = 0;
      return [first];
    }
    if (n === 2) {
      const second = built[1] as FindingSide;
      order[0] = 0;
      order[1] = 1;
      if (second.support - first.support > 0 || (second.support === first.support && second.claims.length - first.claims.length > 0)) {
        order[0] = 1;
        order[1] = 0;
        return [second, first];
      }
      return [first, second];
    }
    for (let i = 0; i < n; i += 1) order[i] = i;
    sortPrefix(order, n, (a, b) => (built[b] as FindingSide).support - (built[a] as FindingSide).support || (built[b] as FindingSide).claims.length - (built[a] as FindingSide).claims.length);
    const sides = new Array<FindingSide>(n);
    for (let i = 0; i < n; i += 1) sides[i] = built[order[i] as number] as FindingSide;
    return sides;
  };

  /** The source groups of the finding's `n` sides, each once, sorted by its sources; gathered in side order (see `orderedSides`). */
  const groupsOfFinding = (n: number): SourceId[][] => {
    findingGroups.reset();
    for (let k = 0; k < n; k += 1) {
      const i = order[k] as number;
      for (let at = groupStart[i] as number; at < (groupStart[i + 1] as number); at += 1) findingGroups.add(groupsOfSides[at] as SourceGroupList);
    }
    const count = findingGroups.size;
    if (count === 0) return [];
    // One group (most findings): its list of one, shared as the sides share it.
    if (count === 1) {
      const list = findingGroups.at(0);
      return (list.alone ??= [list.sources]);
    }
    findingGroups.sort(byGroupKey);
    const groups = new Array<SourceId[]>(count);
    for (let i = 0; i < count; i += 1) groups[i] = findingGroups.at(i).sources;
    return groups;
  };

  /** The disputed positions of the finding's `n` sides (see `side`), in canonical order, as a list of their own. */
  const disputedOf = (n: number): string[][] => {
    let own: string[][];
    if (n === 1) own = [positions[0] as string[]];
    else if (n === 2) own = [positions[0] as string[], positions[1] as string[]];
    else own = positions.slice(0, n);
    return orderedPositions(own);
  };

  const findings: Finding[] = [];
  const byId = new Set<string>();
  /** The finding of primary `p` (and any problem with it). */
  const assemble = (p: number): void => {
    const draft = primaries.drafts[p] as FindingDraft;
    const rule = primaries.rules[p] as AnyRule;
    const severity = primaries.severities[p] as Severity;
    const extra = explained.size > 0 ? explained.get(p) : undefined;
    const drafted = draft.sides;
    const n = drafted.length;
    for (let i = 0; i < n; i += 1) built[i] = side(drafted[i] as DraftSide, i);
    const sides = n === 0 ? [] : orderedSides(n);
    const notes: FindingNote[] = extra === undefined ? [] : extra.notes;
    const related = (draft.related === undefined || draft.related.length === 0 ? notes : [...draft.related, ...notes]) as Finding['related'];
    const sourceGroups = (draft.sourceGroups !== undefined ? draft.sourceGroups : groupsOfFinding(n)) as Finding['sourceGroups'] & object;
    const disputed = draft.disputed !== undefined && draft.disputed !== null ? canonicalDisputed(draft.disputed, oneKey) : disputedOf(n);
    for (let i = 0; i < n; i += 1) built[i] = undefined as unknown as FindingSide;
    const place = placeOf(sides, related);
    const id = findingIdFor(rule.id, draft);
    const message = flattened(draft.message);
    lines.addNotes(related);
    const fingerprint = lines.digest();
    const explainedBy = extra === undefined ? undefined : extra.explainedBy;
    const data =
      explainedBy !== undefined && explainedBy.length > 0
        ? ({ ...(draft.data ?? {}), explainedBy } as Finding['data'] & object)
        : draft.data !== undefined
          ? dataOf(draft.data)
          : undefined;
    const finding = makeFinding(rule, severity, draft, id, message, place, sides, related, sourceGroups, disputed, fingerprint, data);
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
        return;
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
      return;
    }
    byId.add(finding.id);
    findings.push(finding);
  };

  // The rules' findings in order, each keyed (when an explanation may join it) just before it is assembled.
  const reported = primaries.drafts.length;
  for (let p = 0; p < reported; p += 1) {
    if (byKey.size > 0) {
      const draft = primaries.drafts[p] as FindingDraft;
      if (everyKey || subjects.has(subjectPart(draft))) {
        const keyed = byKey.get(disagreementKey(draft));
        if (keyed !== undefined && keyed.host === -1) join(keyed, p, (primaries.rules[p] as AnyRule).id);
      }
    }
    assemble(p);
  }
  // Then, in their order, the explanations that joined no finding: a finding of their own. The first of a key no rule
  // reported is that key's finding, which the explanations of other rules join; one of the host's own rule stays apart.
  for (let j = 0; j < explanations.drafts.length; j += 1) {
    const keyed = byKey.get(explanationKeys[j] as string) as KeyedExplanations;
    const rule = explanations.rules[j] as AnyRule;
    if (keyed.host !== -1 && rule.id !== keyed.hostRule) continue;
    const at = primaries.push(rule, explanations.severities[j] as Severity, explanations.drafts[j] as FindingDraft);
    if (keyed.host === -1) join(keyed, at, rule.id);
  }
  for (let p = reported; p < primaries.drafts.length; p += 1) assemble(p);
  return { findings: sortFindings(findings), messages };
};
