/**
 * `assembleFindings` is written for speed (parallel lists, reused scratch
 * lists, insertion sorts, findings made by one literal, shared arrays); its
 * answer must be exactly the plain definition's, written out below with
 * Sets, `Array.prototype.sort`, joined strings and spreads: the same
 * findings (every field, key order, JSON), ids, fingerprints and order, and
 * the same messages — on random drafts of several rules, with explanations
 * that join another rule's finding, undeclared kinds, duplicate ids, claims
 * made by the context, copied claims and claims of no group, source groups
 * of several sources, outlets as witnesses, and separators inside quotes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, FindingClaim, FindingNote, FindingSide } from '../../src/model/finding.js';
import type { SourceId } from '../../src/model/ids.js';
import type { Severity } from '../../src/model/message.js';
import { compareOrdinal } from '../../src/model/ordinal.js';
import { assembleFindings, compareFindings, type RuleDrafts } from '../../src/reconcile/assemble-findings.js';
import { findingClaimOf, type GroupClaim, toFindingClaim } from '../../src/reconcile/claim-groups.js';
import type { AnyRule, DraftSide, FindingDraft, RuleContext } from '../../src/reconcile/rule.js';
import { shortHash } from '../../src/reconcile/stable-hash.js';

// ---------------------------------------------------------------- the plain definition

const distinct = <T>(items: readonly T[]): T[] => [...new Set(items)];
const sortedStrings = (items: readonly string[]): string[] => [...items].sort(compareOrdinal);

/** What `assembleFindings` is defined to return, written plainly. */
const plainAssemble = (ran: readonly RuleDrafts[], context: RuleContext): { findings: Finding[]; messages: string[] } => {
  const messages: string[] = [];
  const byClaim = new Map<string, GroupClaim>();
  for (const g of context.groups) for (const c of g.claims) byClaim.set(c.claimId, c);
  // The test's claims know their group claim through the pool (as `groupClaimOf` would tell).
  const groupClaim = (c: FindingClaim): GroupClaim | undefined => origins.get(c) ?? byClaim.get(c.claimId);

  interface Pending {
    rule: AnyRule;
    severity: Severity;
    draft: FindingDraft;
    notes: FindingNote[];
    explainedBy: string[];
  }
  const primaries: Pending[] = [];
  const explanations: Pending[] = [];
  for (const { rule, severity, drafts } of ran) {
    for (const draft of drafts) {
      const kind = Object.hasOwn(rule.meta.kinds, draft.kind) ? rule.meta.kinds[draft.kind] : undefined;
      if (kind === undefined) {
        messages.push(`undeclared-kind ${rule.id} ${draft.kind}`);
        continue;
      }
      const p = { rule, severity: severity ?? draft.severity ?? kind.severity, draft, notes: [], explainedBy: [] };
      (draft.explains !== undefined ? explanations : primaries).push(p);
    }
  }
  const keyOf = (d: FindingDraft): string => [d.key?.subject ?? '', d.key?.predicate ?? '', d.disagreement].join('\u0000');
  const reported = new Map<string, Pending>();
  for (const p of primaries) if (!reported.has(keyOf(p.draft))) reported.set(keyOf(p.draft), p);
  for (const e of explanations) {
    const host = reported.get(keyOf(e.draft));
    if (host !== undefined && host.rule.id !== e.rule.id) {
      host.notes.push(...(e.draft.explains ?? []).map((n) => ({ ...n, ruleId: e.rule.id as FindingNote['ruleId'] })));
      host.explainedBy.push(`${e.rule.id}:${e.draft.kind}`);
      continue;
    }
    primaries.push(e);
    if (host === undefined) reported.set(keyOf(e.draft), e);
  }

  const findings: Finding[] = [];
  const ids = new Set<string>();
  for (const { rule, severity, draft, notes, explainedBy } of primaries) {
    const positions: string[][] = [];
    const built = draft.sides.map((s: DraftSide): FindingSide => {
      const groups = s.claims.map((c) => groupClaim(c));
      const keys = s.claims.map((c, i) => groups[i]?.valueKey ?? context.values.key(c.value));
      const position = distinct(keys);
      positions.push(position.length === 1 ? position : sortedStrings(position));
      const groupIds = sortedStrings(distinct(s.claims.map((c, i) => groups[i]?.sourceGroup ?? c.sourceId)));
      return {
        label: s.label,
        claims: s.claims,
        sources: sortedStrings(distinct(s.claims.map((c) => c.sourceId))),
        sourceGroups: groupIds.map((id) => [...context.sourceGroup(id as SourceId)]),
        support: distinct(s.claims.map((c, i) => groups[i]?.witness ?? `group:${c.sourceId}`)).length,
      } as FindingSide;
    });
    const order = built.map((_, i) => i).sort((a, b) => built[b]!.support - built[a]!.support || built[b]!.claims.length - built[a]!.claims.length);
    const sides = order.map((i) => built[i]!);
    const related = [...(draft.related ?? []), ...notes];
    let sourceGroups = draft.sourceGroups as string[][] | undefined;
    if (sourceGroups === undefined) {
      const groupIds = distinct(
        order.flatMap((i) => sortedStrings(distinct(draft.sides[i]!.claims.map((c) => groupClaim(c)?.sourceGroup ?? c.sourceId)))),
      );
      sourceGroups = groupIds.map((id) => [...context.sourceGroup(id as SourceId)]).sort((a, b) => compareOrdinal(a.join('\u0000'), b.join('\u0000')));
    }
    const canonical = (p: readonly string[]): string[] => (distinct(p).length === 1 ? [p[0]!] : sortedStrings(distinct(p)));
    const disputed = (draft.disputed != null ? draft.disputed.map(canonical) : positions)
      .filter((p) => p.length > 0)
      .sort((a, b) => compareOrdinal(a.join('\u0001'), b.join('\u0001')));
    const span = sides[0]?.claims[0]?.span ?? related.find((n) => n.span !== undefined)?.span;
    const lines = [
      ...draft.sides.flatMap((s) =>
        s.claims.map((c) => [c.claimId, c.sourceId, c.span.quote.exact, groupClaim(c)?.valueKey ?? context.values.key(c.value)].join('\u0001')),
      ),
      ...related.filter((n) => n.span !== undefined).map((n) => ['note', n.span!.sourceId, n.span!.position.start, n.span!.quote.exact].join('\u0001')),
    ];
    const finding = {
      id: `${rule.id}:${shortHash([rule.id, draft.key?.subject, draft.key?.predicate, draft.disagreement].join('\n'))}`,
      source: 'reconcile',
      code: 'finding',
      ruleId: rule.id,
      kind: draft.kind,
      severity,
      message: draft.message,
      url: rule.meta.url,
      ...(span !== undefined ? { place: { sourceId: span.sourceId, start: span.position.start, end: span.position.end } } : {}),
      ...(draft.key !== undefined ? { key: draft.key } : {}),
      disagreement: draft.disagreement,
      sides,
      related,
      ...(sourceGroups.length > 0 ? { sourceGroups } : {}),
      ...(draft.discrepancy !== undefined ? { discrepancy: draft.discrepancy } : {}),
      disputed,
      fingerprint: shortHash(distinct(lines).sort().join('\n')),
      ...(draft.data !== undefined || explainedBy.length > 0 ? { data: { ...draft.data, ...(explainedBy.length > 0 ? { explainedBy } : {}) } } : {}),
    } as unknown as Finding;
    if (ids.has(finding.id)) {
      messages.push(`duplicate-finding-id ${rule.id} ${finding.id}`);
      continue;
    }
    ids.add(finding.id);
    findings.push(finding);
  }
  return { findings: findings.sort(compareFindings), messages };
};

// ---------------------------------------------------------------- random drafts

/** Source groups: s1 and s2 copy each other; every other source stands alone. */
const SOURCE_GROUPS: Record<string, string[]> = { s1: ['s1', 's2'] };
const groupOfSource = (s: string): string => (s === 's2' ? 's1' : s);

const quotes = ['the deal', 'the deal is', 'a\u0001b', 'a', 'ä deal', ''];
const pool: GroupClaim[] = Array.from({ length: 12 }, (_, i) => {
  const sourceId = `s${(i % 5) + 1}`;
  const value = { type: 'quantity', low: i % 4, high: i % 4 };
  return {
    claimId: `c${String(i).padStart(2, '0')}`,
    sourceId,
    sourceGroup: groupOfSource(sourceId),
    witness: i % 7 === 3 ? 'outlet:politico.com' : `group:${groupOfSource(sourceId)}`,
    value,
    valueKey: `q:${i % 4}`,
    classKey: `q:${i % 4}`,
    polarity: 'affirmed',
    hedge: 'none',
    qualifiers: undefined,
    attribution: undefined,
    subject: 'pax',
    subjectName: 'Pax',
    predicate: 'amount',
    span: {
      sourceId,
      quote: { type: 'TextQuoteSelector', exact: quotes[i % quotes.length]!, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: i, end: i + 3 },
    },
  } as unknown as GroupClaim;
});
/** The group claim each test claim stands for (what `groupClaimOf` tells of a context's finding claim). */
const origins = new Map<FindingClaim, GroupClaim>();
// A claim three ways: the context's shared finding claim, a plain copy (found by id), and one of no group (its own key and witness).
const claimPool: FindingClaim[] = [
  ...pool.map((g) => {
    const c = findingClaimOf(g);
    origins.set(c, g);
    return c;
  }),
  ...pool.slice(0, 4).map((g) => toFindingClaim(g)),
  ...pool.slice(0, 3).map((g) => ({ ...toFindingClaim(g), claimId: `x${g.claimId}`, sourceId: 's9' }) as FindingClaim),
];

const context = {
  groups: [{ claims: pool.slice(0, 10) }, { claims: pool.slice(10) }],
  sourceGroup: (id: string) => SOURCE_GROUPS[id] ?? [id],
  values: { key: (v: { low: number }) => `own:${v.low}` },
} as unknown as RuleContext;

const note = fc.record(
  {
    message: fc.constantFrom('shared passage', 'published earlier'),
    sourceId: fc.constantFrom('s1', 's3'),
    span: fc.constantFrom(...pool.slice(0, 3).map((g) => g.span)),
  },
  { requiredKeys: ['message'] },
);
const side = fc.record({
  label: fc.constantFrom('s1: 5', 's3: about 5', 'other'),
  claims: fc.uniqueArray(fc.constantFrom(...claimPool), { minLength: 1, maxLength: 5 }),
});
const draft = fc.record(
  {
    kind: fc.constantFrom('conflict', 'explanation', 'odd'),
    // Keys of two parts that run into each other ('pax\0date' · 'amount' and 'pax' · 'date\0amount' are one disagreement key).
    key: fc.record({ subject: fc.constantFrom('pax', 'silica', 'pax\u0000date'), predicate: fc.constantFrom('amount', 'date', 'date\u0000amount') }),
    disagreement: fc.constantFrom('value', 'size', 'value\u0000x'),
    message: fc.constantFrom('they disagree', 'one says more'),
    sides: fc.array(side, { maxLength: 4 }),
    related: fc.array(note, { maxLength: 2 }),
    explains: fc.array(note, { minLength: 1, maxLength: 2 }),
    disputed: fc.array(fc.array(fc.constantFrom('q:1', 'q:2', 'q:3'), { maxLength: 3 }), { maxLength: 3 }),
    sourceGroups: fc.constant([['s1', 's2']]),
    discrepancy: fc.record({ score: fc.constantFrom(0.2, 1, 3), grade: fc.constantFrom('minor', 'major') }),
    data: fc.record({ n: fc.nat(3) }),
    severity: fc.constantFrom('error', 'warning', 'info'),
  },
  { requiredKeys: ['kind', 'disagreement', 'message', 'sides'] },
);
const rule = (id: string, url?: string): AnyRule =>
  ({
    id,
    meta: { kinds: { conflict: { severity: 'warning' }, explanation: { severity: 'info' } }, ...(url !== undefined ? { url } : {}) },
  }) as unknown as AnyRule;
const rules = [rule('value-conflict', 'https://example.org/value'), rule('date-tension'), rule('house:rule', 'https://example.org/house')];
const run = fc.array(
  fc.record({ rule: fc.constantFrom(...rules), severity: fc.option(fc.constantFrom('error', 'info'), { nil: undefined }), drafts: fc.array(draft, { maxLength: 6 }) }),
  { maxLength: 4 },
);

describe('assembleFindings', () => {
  it('gives exactly the findings and messages of the plain definition', () => {
    fc.assert(
      fc.property(run, (given) => {
        const ran = given.map(({ severity, ...r }) => ({ ...r, ...(severity !== undefined ? { severity } : {}) })) as unknown as RuleDrafts[];
        const expected = plainAssemble(ran, context);
        const actual = assembleFindings(ran, context, { validate: false });
        expect(JSON.stringify(actual.findings)).toBe(JSON.stringify(expected.findings));
        expect(actual.findings).toEqual(expected.findings);
        // Own keys in order, those whose value is undefined (a rule without a docs url) included.
        expect(actual.findings.map((f) => Object.keys(f))).toEqual(expected.findings.map((f) => Object.keys(f)));
        expect(actual.messages.map((m) => `${m.code} ${m.ruleId}`)).toEqual(expected.messages.map((m) => m.split(' ').slice(0, 2).join(' ')));
      }),
      { numRuns: 400 },
    );
  });

  it('shares one list per disputed position of one key between the findings of a run', () => {
    const keyOfClaim = (claim: FindingClaim): string => (origins.get(claim) as GroupClaim).valueKey;
    const [a, b, c] = claimPool as [FindingClaim, FindingClaim, FindingClaim];
    const drafts = [
      { kind: 'conflict', key: { subject: 'pax', predicate: 'amount' }, disagreement: 'value', message: 'm', sides: [{ label: 'a', claims: [a] }, { label: 'b', claims: [b] }] },
      { kind: 'conflict', key: { subject: 'silica', predicate: 'amount' }, disagreement: 'value', message: 'm', sides: [{ label: 'a', claims: [a] }, { label: 'c', claims: [c] }] },
      { kind: 'conflict', key: { subject: 'pax', predicate: 'date' }, disagreement: 'value', message: 'm', sides: [], disputed: [[keyOfClaim(a), keyOfClaim(a)], [keyOfClaim(c)]] },
    ];
    const ran = [{ rule: rules[0], drafts }] as unknown as RuleDrafts[];
    const { findings } = assembleFindings(ran, context, { validate: false });
    expect(JSON.stringify(findings)).toBe(JSON.stringify(plainAssemble(ran, context).findings));
    const positionOf = (f: Finding, key: string): readonly string[] => f.disputed.find((p) => p[0] === key) as readonly string[];
    const [first, second, third] = ['pax|amount', 'silica|amount', 'pax|date'].map((k) => findings.find((f) => `${f.key?.subject}|${f.key?.predicate}` === k) as Finding);
    expect(positionOf(first!, keyOfClaim(a))).toBe(positionOf(second!, keyOfClaim(a)));
    expect(positionOf(third!, keyOfClaim(a))).toBe(positionOf(first!, keyOfClaim(a)));
    expect(positionOf(third!, keyOfClaim(c))).toBe(positionOf(second!, keyOfClaim(c)));
  });

  it.each([
    ['a plain object: the draft’s own', () => ({ days: 3 }), true],
    ['an object of no prototype: the draft’s own', () => Object.assign(Object.create(null) as object, { days: 3 }), true],
    ['a frozen object: a plain copy (a caller may still add to a finding’s data)', () => Object.freeze({ days: 3 }), false],
    ['an object that cannot be extended: a plain copy', () => Object.preventExtensions({ days: 3 }), false],
    ['an instance of a class: a plain copy of its own fields', () => new (class Days { days = 3; })(), false],
  ])('takes a draft’s data as the finding’s — %s', (_, make, own) => {
    const data = make();
    const [a] = claimPool as [FindingClaim];
    const drafts = [{ kind: 'conflict', key: { subject: 'pax', predicate: 'amount' }, disagreement: 'value', message: 'm', sides: [{ label: 'a', claims: [a] }], data }];
    const ran = [{ rule: rules[0], drafts }] as unknown as RuleDrafts[];
    const [finding] = assembleFindings(ran, context, { validate: false }).findings as [Finding];
    expect(finding.data === data).toBe(own);
    expect(JSON.stringify(finding.data)).toBe('{"days":3}');
    expect(Object.getPrototypeOf(finding.data)).toBe(own ? Object.getPrototypeOf(data) : Object.prototype);
  });

  it('leaves a draft’s data as it was when another rule’s explanation joins the finding', () => {
    const [a] = claimPool as [FindingClaim];
    const data = { days: 3 };
    const reported = { kind: 'conflict', key: { subject: 'pax', predicate: 'amount' }, disagreement: 'value', message: 'm', sides: [{ label: 'a', claims: [a] }], data };
    const explaining = { kind: 'explanation', key: { subject: 'pax', predicate: 'amount' }, disagreement: 'value', message: 'e', sides: [], explains: [{ message: 'shared passage' }] };
    const ran = [
      { rule: rules[0], drafts: [reported] },
      { rule: rules[1], drafts: [explaining] },
    ] as unknown as RuleDrafts[];
    const [finding] = assembleFindings(ran, context, { validate: false }).findings as [Finding];
    expect(finding.data).toEqual({ days: 3, explainedBy: ['date-tension:explanation'] });
    expect(data).toEqual({ days: 3 });
  });
});
