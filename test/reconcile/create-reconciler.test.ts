import { describe, expect, it } from 'vitest';
import { type FindingDraft, type Rule, builtinRules, createReconciler, dateTensionRule, defineRule } from '../../src/reconcile/index.js';
import { FindingIdSchema } from '../../src/model/ids.js';
import { settled } from '../../src/model/result.js';
import { ruleTester } from '../../src/testing/rule-tester.js';
import { corpus, predicate, run, shuffledCorpus, v } from './fixture.js';
import { S000, S003, paxSilicaCorpus } from './pax-silica-corpus.js';

/**
 * A rule a project writes without touching library code: every claim that
 * hedges a functional value ("expected", "hedged") is worth a second look.
 */
const hedgedFunctionalRule = defineRule({
  id: 'newsroom:hedged-functional',
  meta: {
    description: 'A functional value given only tentatively.',
    docs: 'Reports claims of a functional predicate whose hedge is `hedged` or `expected`.',
    kinds: { 'hedged-functional': { severity: 'warning', description: 'a functional value given only tentatively' } },
    url: 'https://newsroom.example/rules#hedged-functional',
    examples: [
      {
        title: 'not ok: "may hold"',
        sources: [{ id: 's1', text: 'Project Vault may hold about $12 billion.' }],
        predicates: [{ id: 'amount', valueType: 'quantity', cardinality: 'functional', label: 'amount' }],
        claims: [{ id: 'c1', source: 's1', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: { quantity: 'about $12 billion' }, hedge: 'hedged' }],
        findings: ['hedged-functional'],
        says: ['only tentatively (hedged)'],
      },
      {
        title: 'ok: stated plainly',
        sources: [{ id: 's1', text: 'Project Vault holds $12 billion.' }],
        predicates: [{ id: 'amount', valueType: 'quantity', cardinality: 'functional', label: 'amount' }],
        claims: [{ id: 'c1', source: 's1', quote: '$12 billion', subject: 'Project Vault', predicate: 'amount', value: { quantity: '$12 billion' } }],
        findings: [],
      },
    ],
  },
  check: (context) =>
    context.groups.flatMap((group): FindingDraft[] => {
      if (context.predicate(group.predicate)?.cardinality !== 'functional') return [];
      return group.claims
        .filter((c) => c.hedge === 'hedged' || c.hedge === 'expected')
        .map((c) => ({
          kind: 'hedged-functional',
          message: `${context.sourceLabel(c.sourceId)} gives ${group.subjectName} ${group.predicate} only tentatively (${c.hedge})`,
          key: { subject: group.subject, predicate: group.predicate },
          disagreement: `hedged:${c.claimId}`,
          sides: [{ label: context.sourceLabel(c.sourceId), claims: [context.findingClaim(c)] }],
        }));
    }),
});

const vaultCorpus = () =>
  corpus({
    sources: [{ id: 's1', text: 'Project Vault may hold about $12 billion.' }],
    predicates: [predicate('amount', 'quantity', 'functional', 'amount')],
    claims: [{ id: 'c1', source: 's1', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: v.quantity(11.4e9, 12.6e9, undefined, 'USD'), hedge: 'hedged' }],
  });

describe('a rule a project writes', () => {
  ruleTester.run(hedgedFunctionalRule, { describe, it });

  it('plugs in next to the built-in ones, with its own url', () => {
    const result = run([...builtinRules(), hedgedFunctionalRule], vaultCorpus());
    expect(result.messages).toEqual([]);
    const custom = result.findings.filter((f) => f.ruleId === 'newsroom:hedged-functional');
    expect(custom.map((f) => [f.kind, f.severity, f.message, f.url])).toEqual([
      ['hedged-functional', 'warning', 's1 gives Project Vault amount only tentatively (hedged)', 'https://newsroom.example/rules#hedged-functional'],
    ]);
    expect(FindingIdSchema.safeParse(custom[0]?.id).success).toBe(true);
    expect(custom[0]?.id.startsWith('newsroom:hedged-functional:')).toBe(true);
  });
});

describe('createReconciler', () => {
  it('is immutable, and runs the built-in rules by default', () => {
    const reconciler = createReconciler();
    expect(Object.isFrozen(reconciler)).toBe(true);
    expect(Object.isFrozen(reconciler.rules)).toBe(true);
    expect(reconciler.rules.map((r) => r.id)).toEqual(builtinRules().map((r) => r.id));
    expect(() => (reconciler.rules as Rule[]).push(hedgedFunctionalRule as Rule)).toThrow();
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives identical findings, ids and order for shuffled input (seed %i)', (seed) => {
    const reconciler = createReconciler({ rules: builtinRules() });
    const base = settled(reconciler.reconcile(paxSilicaCorpus()));
    const shuffled = settled(reconciler.reconcile(shuffledCorpus(paxSilicaCorpus(), seed * 7919)));
    expect(base.findings.length).toBeGreaterThanOrEqual(4);
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

  it('orders findings: errors, warnings, infos, then the larger discrepancy, then rule, subject, predicate, id', () => {
    const { findings } = run(builtinRules(), paxSilicaCorpus());
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const keys = findings.map((f) =>
      [rank[f.severity], (9 - (f.discrepancy?.score ?? -1)).toFixed(3).padStart(8, '0'), f.ruleId, f.key?.subject ?? '', f.key?.predicate ?? '', f.id].join('\u0000'),
    );
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

  it('reports a throwing rule, a duplicate rule id and an invalid rule id as messages and runs the rest', () => {
    const throwing = defineRule({ id: 'broken', meta: { description: 'throws', docs: 'throws', kinds: {} }, check: () => { throw new Error('boom'); } });
    const badId = { ...hedgedFunctionalRule, id: 'no spaces allowed' };
    const result = createReconciler({ rules: [throwing, hedgedFunctionalRule, hedgedFunctionalRule, badId] }).reconcile(vaultCorpus());
    expect(result.ok).toBe(false);
    expect(result.messages.map((p) => [p.source, p.code, p.ruleId])).toEqual([
      ['reconcile', 'duplicate-rule-id', 'newsroom:hedged-functional'],
      ['reconcile', 'invalid-rule-id', 'no spaces allowed'],
      ['reconcile', 'rule-failed', 'broken'],
    ]);
    expect(result.messages[2]?.cause).toBe('boom');
    expect(settled(result).findings).toHaveLength(1);
  });

  it('names each stage of a run as it ends (onStageEnd, for profiling), a rule that throws included', () => {
    const throwing = defineRule({ id: 'broken', meta: { description: 'throws', docs: 'throws', kinds: {} }, check: () => { throw new Error('boom'); } });
    const stages: string[] = [];
    createReconciler({ rules: [throwing, hedgedFunctionalRule], options: { onStageEnd: (stage) => stages.push(stage) } }).reconcile(vaultCorpus());
    expect(stages).toEqual(['dependence', 'groups', 'rule:broken', 'rule:newsroom:hedged-functional', 'assemble', 'coverage']);
  });

  it('drops findings of a kind the rule does not declare, and findings that break the schema when validation is on', () => {
    const undeclared = defineRule({ id: 'undeclared', meta: { description: 'x', docs: 'x', kinds: {} }, check: () => [{ kind: 'x', message: 'm', disagreement: 'x', sides: [] }] });
    const sloppy = defineRule({
      id: 'sloppy',
      meta: { description: 'x', docs: 'x', kinds: { x: { severity: 'fatal' as never, description: 'x' } } },
      check: () => [{ kind: 'x', message: 'm', disagreement: 'x', sides: [] }],
    });
    const result = run([undeclared, sloppy], vaultCorpus());
    expect(result.messages.map((p) => [p.code, p.ruleId])).toEqual([
      ['undeclared-kind', 'undeclared'],
      ['invalid-finding', 'sloppy'],
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe('rule configuration, by rule id', () => {
  it.each([
    ['off', 0, undefined],
    ['on', 1, 'warning'],
    ['error', 1, 'error'],
    [['info', {}], 1, 'info'],
  ] as const)('sets a rule to %j', (setting, count, severity) => {
    const result = createReconciler({ rules: [hedgedFunctionalRule], config: { 'newsroom:hedged-functional': setting } }).reconcile(vaultCorpus());
    expect(result.messages).toEqual([]);
    expect(settled(result).findings).toHaveLength(count);
    expect(settled(result).findings[0]?.severity).toBe(severity);
  });

  it('passes options through the rule’s schema, defaults filled', () => {
    const seen: unknown[] = [];
    const probe = defineRule({
      id: 'probe',
      meta: { description: 'x', docs: 'x', kinds: {}, options: dateTensionRule.meta.options },
      check: (_context, options) => {
        seen.push(options);
        return [];
      },
    });
    createReconciler({ rules: [probe] }).reconcile(vaultCorpus());
    createReconciler({ rules: [probe], config: { probe: ['on', { lateAfterDays: 3 }] } }).reconcile(vaultCorpus());
    expect(seen).toEqual([{ lateAfterDays: 7 }, { lateAfterDays: 3 }]);
  });

  it('says when a setting names no rule, or gives options the rule refuses (the rule does not run)', () => {
    const result = createReconciler({
      config: { 'date-tensoin': 'warning', 'name-variant': ['on', { maxBlock: -1 }], uncorroborated: ['on', { unknownOption: 1 }] },
    }).reconcile(vaultCorpus());
    expect(result.ok).toBe(false);
    expect(result.messages.map((m) => [m.code, m.ruleId])).toEqual([
      ['unknown-rule', 'date-tensoin'],
      ['invalid-rule-options', 'name-variant'],
      ['invalid-rule-options', 'uncorroborated'],
    ]);
    expect(settled(result).findings.filter((f) => f.ruleId === 'uncorroborated')).toEqual([]);
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
    expect(settled(neverConflicts).findings.filter((f) => f.ruleId === 'value-conflict')).toEqual([]);
    const byDefault = createReconciler({ rules: builtinRules() }).reconcile(c);
    expect(settled(byDefault).findings.filter((f) => f.ruleId === 'value-conflict')).toHaveLength(1);
  });
});

describe('ids that are also property names', () => {
  it('handles a source and a rule called "constructor"', () => {
    const c = corpus({
      sources: [{ id: 'constructor', text: 'Project Vault may hold about $12 billion.' }],
      predicates: [predicate('amount', 'quantity', 'functional', 'amount')],
      claims: [{ id: 'c1', source: 'constructor', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: v.quantity(11.4e9, 12.6e9, undefined, 'USD') }],
    });
    const rule = defineRule({
      id: 'constructor',
      meta: { description: 'x', docs: 'x', kinds: { x: { severity: 'warning', description: 'x' } } },
      check: (context) => context.groups.map((g) => ({ kind: 'x', message: g.claims[0]?.witness ?? '', disagreement: g.key, sides: [] })),
    });
    const result = createReconciler({ rules: [rule], config: {}, options: { validateFindings: true } }).reconcile(c);
    expect(result.messages).toEqual([]);
    expect(settled(result).findings.map((f) => [f.severity, f.message])).toEqual([['warning', 'group:constructor']]);
  });
});
