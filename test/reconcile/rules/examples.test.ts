/**
 * Every built-in rule's ok / not-ok examples, run by the public rule tester
 * (`claimtrace/testing`): the examples docs/rules.md shows are the ones that pass here.
 */
import { describe, it } from 'vitest';
import { builtinRules } from '../../../src/reconcile/index.js';
import { ruleTester } from '../../../src/testing/rule-tester.js';

describe('the built-in rules do what their examples say', () => {
  for (const rule of builtinRules()) ruleTester.run(rule, { describe, it });
});
