/**
 * Reconciliation: pluggable rules over claim groups, findings as data with
 * stable ids, source dependence and independent corroboration, baselines.
 */
export {
  createReconciler,
  type Reconciler,
  type ReconcilerOptions,
  type ReconcileResult,
  type Reconciliation,
} from './create-reconciler.js';
export {
  defineRule,
  type Rule,
  type RuleSpec,
  type RuleMeta,
  type RuleKind,
  type RuleContext,
  type RuleExample,
  type ExampleSource,
  type ExamplePredicate,
  type ExampleClaim,
  type ExpectedFinding,
  type FindingDraft,
  type DraftSide,
} from './rule.js';
export {
  configureRules,
  RulesConfigSchema,
  RuleSettingSchema,
  RuleLevelSchema,
  type RulesConfig,
  type RuleSetting,
  type RuleLevel,
  type ConfiguredRule,
} from './rules-config.js';
export type { ClaimGroup, GroupClaim, ClaimPlacement } from './claim-groups.js';
export type { CompareValues, EntityResolverLike, EntityResolverFactory } from './contract.js';
export { findingIdFor, findingFingerprint, evidenceFingerprint, sameDisputed, canonicalDisputed } from './finding-id.js';
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
export { declaredDependence, sourceNamed, type DeclaredDependence } from './dependence/declared-dependence.js';
export { groupSources, type SourceGroup } from './dependence/source-groups.js';
export { builtinRules } from './rules/builtin-rules.js';
export { valueConflictRule } from './rules/value-conflict.js';
export { membershipConflictRule } from './rules/membership-conflict.js';
export { nameVariantRule, type NameVariantOptions } from './rules/name-variant.js';
export { dateTensionRule, type DateTensionOptions } from './rules/date-tension.js';
export { uncorroboratedRule } from './rules/uncorroborated.js';
export { sumConstraintRule } from './rules/sum-constraint.js';
export { coverageOf, type Coverage, type SingleSourceValue } from './coverage.js';
export { clusterValues, disputedClusters, type ValueCluster, type ClusterRelation } from './value-clusters.js';
export { attributionConflictRule, type AttributionConflictOptions } from './rules/attribution-conflict.js';
export { sourceDependenceRule, type SourceDependenceRuleOptions } from './rules/source-dependence.js';
export {
  compareWithBaseline,
  failsBaseline,
  failingFindings,
  baselineEntryFor,
  type ReviewStatus,
  type AcknowledgedFinding,
  type RecheckOn,
  type FailOptions,
  type BaselineComparison,
  type ChangedFinding,
} from './baseline.js';
export { BaselineSchema, BaselineEntrySchema, ReviewVerdictSchema, type Baseline, type BaselineEntry, type ReviewVerdict } from '../model/baseline.js';
