/**
 * The built-in rules, in one list. Each is configured by its id
 * (`createReconciler({ config: { 'date-tension': ['on', { lateAfterDays: 3 }] } })`).
 */
import type { AnyRule } from '../rule.js';
import { attributionConflictRule } from './attribution-conflict.js';
import { dateTensionRule } from './date-tension.js';
import { membershipConflictRule } from './membership-conflict.js';
import { nameVariantRule } from './name-variant.js';
import { sourceDependenceRule } from './source-dependence.js';
import { sumConstraintRule } from './sum-constraint.js';
import { uncorroboratedRule } from './uncorroborated.js';
import { valueConflictRule } from './value-conflict.js';

const BUILTIN_RULES: readonly AnyRule[] = Object.freeze([
  valueConflictRule,
  membershipConflictRule,
  nameVariantRule,
  dateTensionRule,
  sumConstraintRule,
  uncorroboratedRule,
  attributionConflictRule,
  sourceDependenceRule,
]);

/**
 * All built-in rules: value-conflict, membership-conflict, name-variant,
 * date-tension, sum-constraint, uncorroborated (opt-in), attribution-conflict,
 * source-dependence.
 *
 * @example
 * createReconciler({ rules: [...builtinRules(), myRule], config: { uncorroborated: 'off' } })
 */
export const builtinRules = (): readonly AnyRule[] => BUILTIN_RULES;
