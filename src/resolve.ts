/**
 * `claimtrace/resolve`: truth discovery in full — every strategy the root
 * entry does not carry, their building blocks and calibration. The root
 * keeps the everyday names (`resolveGroups`, `defaultStrategy`,
 * `majorityVote`, `createAccu`, `createTruthFinder`, `problemFromReconcile`);
 * this entry adds the attribute-level ACCU that is the default
 * (`createAttributeAccu`), the fact-finders (Sums, Average·Log, Investment,
 * PooledInvestment), the loss-weighted methods (CRH, CATD), copy detection
 * (`dependencePosterior`, `detectMirrors`), value similarity, explanations,
 * and calibration (`fitCalibration`, `applyCalibration`, `brierScore`,
 * `reliabilityTable`). docs/truth-discovery.md says how they compare.
 */
export * from './resolve/problem.js';
export { detectMirrors, type MirrorOptions } from './resolve/detect-mirrors.js';
export * from './resolve/value-similarity.js';
export { explainPreferred, valueLabel } from './resolve/explain.js';
export { majorityVote } from './resolve/majority-vote.js';
export { createTruthFinder, truthFinder, type TruthFinderOptions } from './resolve/truth-finder.js';
export { createAccu, accu, accuCopy, type AccuOptions } from './resolve/accu.js';
export { dependencePosterior, type CopyModel, type PairPosterior } from './resolve/copy-detection.js';
export { builtinStrategies, defaultStrategy, resolveGroups, type ResolveGroupsResult } from './resolve/resolve-groups.js';
export { createFactFinder, sums, averageLog, investment, pooledInvestment, type FactFinderKind, type FactFinderOptions } from './resolve/fact-finders.js';
export { createLossWeighted, crh, catd, type LossMethod, type LossWeightedOptions } from './resolve/loss-weighted.js';
export { defaultNumericValue, type NumericValue } from './resolve/typed-loss.js';
export { createAttributeAccu, attributeAccu, type AttributeAccuOptions } from './resolve/attribute-accuracy.js';
export {
  applyCalibration,
  brierScore,
  fitCalibration,
  identityCalibration,
  reliabilityTable,
  RELIABILITY_EDGES,
  type Calibration,
  type CalibrationPoint,
  type ReliabilityBin,
} from './resolve/calibration.js';
export { DEFAULT_PRIOR_STRENGTH } from './resolve/user-knowledge.js';
export { problemFromReconcile, type ReconcileResultLike, type ReconciledGroupLike } from './resolve/from-reconcile.js';
export { resolutionForFinding } from './resolve/resolution-for-finding.js';
