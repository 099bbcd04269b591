/**
 * `claimtrace/testing`: test a rule the way the built-in rules are tested —
 * `ruleTester` runs its ok / not-ok examples in any test runner — and build
 * small corpora in code (values written as in a claim file).
 */
export { ruleTester, checkRuleExamples, exampleCoverageProblems, type ExampleOutcome, type RuleTesterOptions, type TestHooks } from './rule-tester.js';
export { buildTestCorpus, sourceDocument, spanOf, examplePredicate, type CorpusInput, type BuildTestCorpusOptions } from './corpus-builder.js';
export type { RuleExample, ExampleSource, ExamplePredicate, ExampleClaim, ExpectedFinding } from '../reconcile/rule.js';
export { claimsCheckTests, type CheckTestHooks, type CheckTestsOptions } from './check-tests.js';
