/**
 * The built-in rules, in one list. Each rule factory takes its own options.
 */
import type { Rule } from '../rule.js';
import { type AttributionConflictOptions, attributionConflictRule } from './attribution-conflict.js';
import { type DateTensionOptions, dateTensionRule } from './date-tension.js';
import { membershipConflictRule } from './membership-conflict.js';
import { type NameVariantOptions, nameVariantRule } from './name-variant.js';
import { type SourceDependenceRuleOptions, sourceDependenceRule } from './source-dependence.js';
import { type UncorroboratedOptions, uncorroboratedRule } from './uncorroborated.js';
import { valueConflictRule } from './value-conflict.js';

/** Options of every built-in rule, by rule. */
export interface BuiltinRuleOptions {
  readonly nameVariant?: NameVariantOptions;
  readonly dateTension?: DateTensionOptions;
  readonly uncorroborated?: UncorroboratedOptions;
  readonly attribution?: AttributionConflictOptions;
  readonly sourceDependence?: SourceDependenceRuleOptions;
}

/**
 * All built-in rules: value-conflict, membership-conflict, name-variant,
 * date-tension, uncorroborated, attribution-conflict, source-dependence.
 *
 * @example
 * createReconciler({ rules: [...builtinRules({ dateTension: { lateAfterDays: 3 } }), myRule] })
 */
export const builtinRules = (options: BuiltinRuleOptions = {}): readonly Rule[] => [
  valueConflictRule(),
  membershipConflictRule(),
  nameVariantRule(options.nameVariant),
  dateTensionRule(options.dateTension),
  uncorroboratedRule(options.uncorroborated),
  attributionConflictRule(options.attribution),
  sourceDependenceRule(options.sourceDependence),
];
