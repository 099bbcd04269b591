/**
 * `ruleTester`: runs a rule's ok / not-ok examples (its `meta.examples`, and
 * any more a test gives) the way ESLint's RuleTester runs valid and invalid
 * cases. Each example is built into a corpus, reconciled with the rule alone
 * (findings validated against the schema) and checked: the kinds and
 * severities of the findings, the words their messages must contain, no
 * message about the rule, and the same finding ids when the input comes in
 * another order.
 */
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';
import { formatMessage } from '../model/message.js';
import { compareOrdinal } from '../model/ordinal.js';
import { settled } from '../model/result.js';
import { createReconciler } from '../reconcile/create-reconciler.js';
import type { AnyRule, ExpectedFinding, RuleExample } from '../reconcile/rule.js';
import type { ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import { buildTestCorpus } from './corpus-builder.js';

/** How one example went. */
export interface ExampleOutcome {
  readonly example: RuleExample;
  /** Whether the rule did what the example says. */
  readonly ok: boolean;
  /** What went wrong, one sentence each. */
  readonly problems: readonly string[];
  /** The findings the rule reported. */
  readonly findings: readonly Finding[];
}

/** Options of the rule tester. */
export interface RuleTesterOptions {
  /** Examples to run besides the rule's own. */
  readonly examples?: readonly RuleExample[];
  /** The value kinds the examples' values are read by and the rule compares with (default: the built-in ones). */
  readonly values?: ValueKinds<AnyValue>;
}

/** The test functions of a runner (vitest, jest, mocha, node:test all have these). */
export interface TestHooks {
  readonly describe: (name: string, body: () => void) => unknown;
  readonly it: (name: string, body: () => void) => unknown;
}

const expectedKey = (e: ExpectedFinding): string => (typeof e === 'string' ? e : `${e.kind} (${e.severity})`);
const findingKey = (f: Finding, withSeverity: boolean): string => (withSeverity ? `${f.kind} (${f.severity})` : f.kind);

const reversed = (corpus: Corpus): Corpus => ({
  sources: [...corpus.sources].reverse(),
  predicates: [...corpus.predicates].reverse(),
  claims: [...corpus.claims].reverse(),
  entities: [...corpus.entities].reverse(),
});

/** Run one example of a rule. */
const runExample = (rule: AnyRule, example: RuleExample, values: ValueKinds<AnyValue> | undefined): ExampleOutcome => {
  const built = buildTestCorpus(example, values !== undefined ? { values } : {});
  if (!built.ok) return { example, ok: false, problems: built.messages.map((m) => `the example does not build: ${formatMessage(m)}`), findings: [] };
  const reconciler = createReconciler({
    rules: [rule],
    config: { [rule.id]: ['on', example.options ?? {}] },
    options: { validateFindings: true, ...(values !== undefined ? { values } : {}) },
  });
  const result = reconciler.reconcile(built.value);
  const { findings } = settled(result);
  const problems: string[] = result.messages.map((m) => `the reconciler says: ${formatMessage(m)}`);

  // Kinds (and severities where the example names them), as multisets.
  const withSeverity = example.findings.map((e) => typeof e !== 'string');
  const expected = example.findings.map(expectedKey).sort(compareOrdinal);
  const remaining = [...findings];
  const actual: string[] = [];
  for (const e of example.findings) {
    const i = remaining.findIndex((f) => findingKey(f, typeof e !== 'string') === expectedKey(e));
    if (i >= 0) actual.push(expectedKey(e));
    if (i >= 0) remaining.splice(i, 1);
  }
  const extra = remaining.map((f) => findingKey(f, withSeverity.some(Boolean)));
  if (actual.length !== expected.length || extra.length > 0) {
    const got = findings.map((f) => `${f.kind} (${f.severity})`).sort(compareOrdinal);
    problems.push(`expected findings [${expected.join(', ')}], got [${got.join(', ')}]${findings.map((f) => `\n  ${f.severity} [${f.ruleId}] ${f.message}`).join('')}`);
  }
  for (const finding of findings) {
    for (const words of example.says ?? []) {
      if (!finding.message.includes(words)) problems.push(`the message of ${finding.id} does not say "${words}": ${finding.message}`);
    }
  }
  // The same input in another order gives the same findings.
  const again = settled(reconciler.reconcile(reversed(built.value))).findings.map((f) => f.id);
  if (again.join('\n') !== findings.map((f) => f.id).join('\n')) problems.push('the findings differ when the sources, claims and predicates come in another order');
  return { example, ok: problems.length === 0, problems, findings };
};

/**
 * Run every example of a rule (and `options.examples`): one outcome each,
 * plus a problem when the rule has no not-ok example or no ok example.
 *
 * @example
 * const outcomes = checkRuleExamples(valueConflictRule);
 * outcomes.filter((o) => !o.ok) // []
 */
export const checkRuleExamples = (rule: AnyRule, options: RuleTesterOptions = {}): readonly ExampleOutcome[] =>
  [...rule.meta.examples, ...(options.examples ?? [])].map((example) => runExample(rule, example, options.values));

/** What is missing from a rule's examples: a rule documents both what it reports and what it leaves alone. */
export const exampleCoverageProblems = (rule: AnyRule, options: RuleTesterOptions = {}): readonly string[] => {
  const examples = [...rule.meta.examples, ...(options.examples ?? [])];
  const problems: string[] = [];
  if (!examples.some((e) => e.findings.length > 0)) problems.push(`rule "${rule.id}" has no not-ok example (one that reports a finding)`);
  if (!examples.some((e) => e.findings.length === 0)) problems.push(`rule "${rule.id}" has no ok example (one that reports nothing)`);
  const declared = new Set(Object.keys(rule.meta.kinds));
  const shown = new Set(examples.flatMap((e) => e.findings.map((f) => (typeof f === 'string' ? f : f.kind))));
  for (const kind of declared) if (!shown.has(kind)) problems.push(`rule "${rule.id}" declares kind "${kind}" but no example reports it`);
  return problems;
};

/**
 * The rule tester. `run` registers one test per example with the runner's
 * `describe` and `it` (a failing example throws with what went wrong), and a
 * test that the examples cover an ok case, a not-ok case and every declared kind.
 *
 * @example
 * import { describe, it } from 'vitest';
 * import { ruleTester } from 'claimtrace/testing';
 * ruleTester.run(myRule, { describe, it });
 */
export const ruleTester = Object.freeze({
  run(rule: AnyRule, hooks: TestHooks, options: RuleTesterOptions = {}): void {
    hooks.describe(rule.id, () => {
      hooks.it('has ok and not-ok examples of every kind it declares', () => {
        const problems = exampleCoverageProblems(rule, options);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      });
      for (const example of [...rule.meta.examples, ...(options.examples ?? [])]) {
        hooks.it(example.title, () => {
          const outcome = runExample(rule, example, options.values);
          if (!outcome.ok) throw new Error(`${rule.id} — ${example.title}:\n${outcome.problems.join('\n')}`);
        });
      }
    });
  },
  check: checkRuleExamples,
});
