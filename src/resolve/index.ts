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
export { builtinStrategies, resolveGroups, type ResolveGroupsResult } from './resolve-groups.js';
export { problemFromReconcile, type ReconcileResultLike, type ReconciledGroupLike } from './from-reconcile.js';
export { resolutionForFinding } from './resolution-for-finding.js';
