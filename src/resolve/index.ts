/**
 * resolve: truth discovery. Given what sources say about each claim group,
 * estimate which value is most likely true and how far each source can be
 * trusted, discounting sources that copy each other.
 */
export * from './problem.js';
export { detectMirrors, type MirrorOptions } from './detect-mirrors.js';
export * from './value-similarity.js';
export { explainPreferred, valueLabel } from './explain.js';
export { majorityVote } from './majority-vote.js';
export { createTruthFinder, truthFinder, type TruthFinderOptions } from './truth-finder.js';
export { createAccu, accu, accuCopy, type AccuOptions } from './accu.js';
export { dependencePosterior, type CopyModel, type PairPosterior } from './copy-detection.js';
export { builtinStrategies, defaultStrategy, resolveGroups, type ResolveGroupsResult } from './resolve-groups.js';
export { createFactFinder, sums, averageLog, investment, pooledInvestment, type FactFinderKind, type FactFinderOptions } from './fact-finders.js';
export { createLossWeighted, crh, catd, type LossMethod, type LossWeightedOptions } from './loss-weighted.js';
export { defaultNumericValue, type NumericValue } from './typed-loss.js';
export { createAttributeAccu, attributeAccu, type AttributeAccuOptions } from './attribute-accuracy.js';
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
} from './calibration.js';
export { DEFAULT_PRIOR_STRENGTH } from './user-knowledge.js';
export { problemFromReconcile, type ReconcileResultLike, type ReconciledGroupLike } from './from-reconcile.js';
export { resolutionForFinding } from './resolution-for-finding.js';
