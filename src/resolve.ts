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
export * from './resolve/index.js';
