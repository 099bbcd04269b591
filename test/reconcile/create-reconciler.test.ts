import { describe, expect, it } from 'vitest';
import {
  type FindingDraft,
  type Rule,
  builtinRules,
  createReconciler,
} from '../../src/reconcile/index.js';
import { FindingIdSchema } from '../../src/model/ids.js';
import { corpus, predicate, run, shuffledCorpus, v } from './fixture.js';
import { S000, S003, paxSilicaCorpus } from './pax-silica-corpus.js';

/**
 * A rule a project writes without touching library code: every claim that
 * hedges a functional value ("expected", "hedged") is worth a second look.
 */
const hedgedFunctionalRule: Rule = {
  id: 'newsroom:hedged-functional',
  meta: { description: 'A functional value given only tentatively.', defaultSeverity: 'warning', url: 'https://example.org/rules/hedged' },
  check: (context) =>
    context.groups.flatMap((group): FindingDraft[] => {
      if (context.predicate(group.predicate)?.cardinality !== 'functional') return [];
      return group.claims
        .filter((c) => c.hedge === 'hedged' || c.hedge === 'expected')
        .map((c) => ({
          kind: 'hedged-functional',
          message: `${context.sourceLabel(c.sourceId)} gives ${group.subjectName} ${group.predicate} only tentatively (${c.hedge})`,
          key: { subject: group.subject, predicate: group.predicate },
          sides: [{ label: context.sourceLabel(c.sourceId), claims: [context.findingClaim(c)] }],
        }));
    }),
};

const vaultCorpus = () =>
  corpus({
    sources: [{ id: 's1', text: 'Project Vault may hold about $12 billion.' }],
    predicates: [predicate('amount', 'quantity', 'functional', 'amount')],
    claims: [{ id: 'c1', source: 's1', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: v.quantity(11.4e9, 12.6e9, undefined, 'USD'), hedge: 'hedged' }],
  });

describe('createReconciler', () => {
  it('plugs in a custom rule next to the built-in ones', () => {
    const result = run([...builtinRules(), hedgedFunctionalRule], vaultCorpus());
    expect(result.problems).toEqual([]);
    const custom = result.findings.filter((f) => f.ruleId === 'newsroom:hedged-functional');
    expect(custom.map((f) => [f.kind, f.severity, f.message])).toEqual([
      ['hedged-functional', 'warning', 's1 gives Project Vault amount only tentatively (hedged)'],
    ]);
    expect(FindingIdSchema.safeParse(custom[0]?.id).success).toBe(true);
    expect(custom[0]?.id.startsWith('newsroom:hedged-functional:')).toBe(true);
  });

  it('is immutable', () => {
    const reconciler = createReconciler({ rules: builtinRules() });
    expect(Object.isFrozen(reconciler)).toBe(true);
    expect(Object.isFrozen(reconciler.rules)).toBe(true);
    expect(() => (reconciler.rules as Rule[]).push(hedgedFunctionalRule)).toThrow();
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives identical findings, ids and order for shuffled input (seed %i)', (seed) => {
    const reconciler = createReconciler({ rules: builtinRules() });
    const base = reconciler.reconcile(paxSilicaCorpus());
    const shuffled = reconciler.reconcile(shuffledCorpus(paxSilicaCorpus(), seed * 7919));
    expect(base.findings.length).toBeGreaterThan(5);
    expect(JSON.stringify(shuffled.findings)).toBe(JSON.stringify(base.findings));
    expect(JSON.stringify(shuffled.groups)).toBe(JSON.stringify(base.groups));
    expect(JSON.stringify(shuffled.dependence)).toBe(JSON.stringify(base.dependence));
  });

  it('keeps ids when only offsets and messages change (a line added above every quote)', () => {
    const base = run(builtinRules(), paxSilicaCorpus());
    const c = paxSilicaCorpus();
    const moved = corpus({
      sources: c.sources.map((d) => ({ id: d.source.id, text: `Updated.\n${d.text}`, ...(d.source.publishedAt.precision !== 'unknown' ? { published: d.source.publishedAt.value } : {}) })),
      predicates: c.predicates,
      claims: c.claims.map((claim) => ({
        id: claim.id,
        source: claim.evidence[0]?.sourceId ?? '',
        quote: claim.evidence[0]?.quote.exact ?? '',
        subject: claim.subject.name,
        predicate: claim.predicate,
        value: claim.value,
        polarity: claim.polarity,
        hedge: claim.hedge,
        ...(claim.attribution !== undefined ? { attribution: claim.attribution } : {}),
        ...(claim.qualifiers !== undefined ? { qualifiers: claim.qualifiers } : {}),
      })),
      entities: c.entities,
    });
    const after = run(builtinRules(), moved);
    const start = (r: typeof base) => r.findings.flatMap((f) => f.sides.flatMap((s) => s.claims.map((x) => x.span.position.start)));
    expect(start(after)).not.toEqual(start(base));
    expect(after.findings.map((f) => f.id)).toEqual(base.findings.map((f) => f.id));
  });

  it('orders findings: errors, warnings, infos, then rule, subject, predicate, id', () => {
    const { findings } = run(builtinRules(), paxSilicaCorpus());
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const keys = findings.map((f) => [rank[f.severity], f.ruleId, f.key?.subject ?? '', f.key?.predicate ?? '', f.id].join('\u0000'));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('exposes claim groups and independent source groups for truth discovery', () => {
    const result = run(builtinRules(), paxSilicaCorpus());
    const launch = result.groups.find((g) => g.key === 'pax-silica|launched');
    expect(launch?.claims.map((c) => [c.claimId, c.sourceId, c.witness])).toEqual([
      ['launch-000', S000, `group:${S000}`],
      ['launch-001', '001_661b18e7d48334bf', 'group:001_661b18e7d48334bf'],
      ['launch-004', '004_89b4317fb03b8678', 'group:004_89b4317fb03b8678'],
    ]);
    expect(result.dependence.groups.find((g) => g.sources.length > 1)?.sources).toEqual([S000, S003]);
    expect(result.dependence.groupOf[S003]).toBe(S000);
  });

  it('reports a throwing rule, a duplicate rule id and an invalid rule id as problems and runs the rest', () => {
    const throwing: Rule = { id: 'broken', meta: { description: 'throws', defaultSeverity: 'error' }, check: () => { throw new Error('boom'); } };
    const badId: Rule = { ...hedgedFunctionalRule, id: 'no spaces allowed' };
    const result = createReconciler({ rules: [throwing, hedgedFunctionalRule, hedgedFunctionalRule, badId] }).reconcile(vaultCorpus());
    expect(result.problems.map((p) => [p.code, p.ruleId])).toEqual([
      ['rule-failed', 'broken'],
      ['duplicate-rule-id', 'newsroom:hedged-functional'],
      ['invalid-rule-id', 'no spaces allowed'],
    ]);
    expect(result.problems[0]?.message).toContain('boom');
    expect(result.findings).toHaveLength(1);
  });

  it('reports findings that break the Finding schema when validation is on', () => {
    const sloppy: Rule = { id: 'sloppy', meta: { description: 'bad severity', defaultSeverity: 'fatal' as never }, check: () => [{ kind: 'x', message: 'm', sides: [] }] };
    const result = run([sloppy], vaultCorpus());
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-finding']);
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['off', 0, undefined],
    ['error', 1, 'error'],
  ] as const)('lets options set a rule to %s', (setting, count, severity) => {
    const result = createReconciler({ rules: [hedgedFunctionalRule], options: { severity: { 'newsroom:hedged-functional': setting } } }).reconcile(vaultCorpus());
    expect(result.findings).toHaveLength(count);
    expect(result.findings[0]?.severity).toBe(severity);
  });

  it('takes an injected comparison and resolver', () => {
    const c = corpus({
      sources: [
        { id: 'a', text: 'The hub is in Oslo.' },
        { id: 'b', text: 'The hub is in Bergen.' },
      ],
      predicates: [predicate('seat', 'entity', 'functional', 'seat')],
      claims: [
        { id: 'a1', source: 'a', quote: 'Oslo', subject: 'Hub', predicate: 'seat', value: v.entity('Oslo') },
        { id: 'b1', source: 'b', quote: 'Bergen', subject: 'Hub', predicate: 'seat', value: v.entity('Bergen') },
      ],
    });
    const neverConflicts = createReconciler({
      rules: builtinRules(),
      options: { compareValues: () => ({ verdict: 'compatible', reason: 'stub' }) },
    }).reconcile(c);
    expect(neverConflicts.findings.filter((f) => f.ruleId === 'value-conflict')).toEqual([]);
    const byDefault = createReconciler({ rules: builtinRules() }).reconcile(c);
    expect(byDefault.findings.filter((f) => f.ruleId === 'value-conflict')).toHaveLength(1);
  });
});

describe('ids that are also property names', () => {
  it('handles a source and a rule called "constructor"', () => {
    const c = corpus({
      sources: [{ id: 'constructor', text: 'Project Vault may hold about $12 billion.' }],
      predicates: [predicate('amount', 'quantity', 'functional', 'amount')],
      claims: [{ id: 'c1', source: 'constructor', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: v.quantity(11.4e9, 12.6e9, undefined, 'USD') }],
    });
    const rule: Rule = { ...hedgedFunctionalRule, id: 'constructor', check: (context) => context.groups.map((g) => ({ kind: 'x', message: g.claims[0]?.witness ?? '', sides: [] , identity: g.key })) };
    const result = createReconciler({ rules: [rule], options: { validateFindings: true, severity: {} } }).reconcile(c);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => [f.severity, f.message])).toEqual([['warning', 'group:constructor']]);
  });
});
