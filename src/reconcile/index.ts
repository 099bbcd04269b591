/**
 * Reconciliation: pluggable rules over claim groups, findings as data with
 * stable ids, source dependence and independent corroboration, baselines.
 */
export { createReconciler } from './create-reconciler-default.js';
export {
  createReconcilerWith,
  type Reconciler,
  type ReconcilerOptions,
  type ReconcilerDefaults,
  type ReconcileResult,
  type ReconcileProblem,
} from './create-reconciler.js';
export type { Rule, RuleMeta, RuleContext, FindingDraft } from './rule.js';
// Exported under reconcile-specific names: the resolve stage has its own `ClaimGroup`.
export type { ClaimGroup as ReconcileClaimGroup, GroupClaim as ReconcileGroupClaim, ClaimPlacement } from './claim-groups.js';
export type { CompareValues, ComparisonVerdict, ValueComparison, EntityResolverLike, EntityResolverFactory, NearDuplicate as NameNearDuplicate } from './contract.js';
export { findingIdFor, findingFingerprint } from './finding-id.js';
export { valueClasses, sameScope, isTentative, type ValueClass } from './rules/value-classes.js';
export { shortHash } from './stable-hash.js';
export {
  detectSourceDependence,
  type SourceDependence,
  type SourceDependenceOptions,
  type DependenceLink,
  type DependenceReason,
} from './dependence/detect-source-dependence.js';
export { findSharedPassages, type SharedPassage, type SharedPassageOptions, type PassagePlace } from './dependence/shared-passages.js';
export { declaredDependence, sourceNamed, type DeclaredDependence as DeclaredSourceDependence } from './dependence/declared-dependence.js';
export { groupSources, type SourceGroup } from './dependence/source-groups.js';
export { builtinRules, type BuiltinRuleOptions } from './rules/builtin-rules.js';
export { valueConflictRule } from './rules/value-conflict.js';
export { membershipConflictRule } from './rules/membership-conflict.js';
export { nameVariantRule, type NameVariantOptions } from './rules/name-variant.js';
export { dateTensionRule, type DateTensionOptions } from './rules/date-tension.js';
export { uncorroboratedRule, type UncorroboratedOptions } from './rules/uncorroborated.js';
export { attributionConflictRule, type AttributionConflictOptions } from './rules/attribution-conflict.js';
export { sourceDependenceRule, type SourceDependenceRuleOptions } from './rules/source-dependence.js';
export {
  BaselineSchema,
  BaselineEntrySchema,
  VerdictSchema,
  compareWithBaseline,
  failsBaseline,
  baselineEntryFor,
  type Baseline,
  type BaselineEntry,
  type BaselineComparison,
  type ChangedFinding,
  type Verdict as BaselineVerdict,
} from './baseline.js';
