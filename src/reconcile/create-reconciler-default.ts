/**
 * `createReconciler` with the normalize stage's comparison and entity
 * resolver as defaults.
 */
import type { EntityResolver } from '../normalize/entity-resolver.js';
import { compareValues } from '../values/index.js';
import { createEntityResolver } from '../normalize/entity-resolver.js';
import { createReconcilerWith } from './create-reconciler.js';

/**
 * Build an immutable reconciler from a list of rules. Rules are plain
 * objects; a project adds its own next to `builtinRules()`. Options inject
 * another `compareValues` or entity resolver, thresholds, and per-rule
 * severities (`off` skips a rule).
 *
 * @example
 * const reconciler = createReconciler({ rules: [...builtinRules(), myRule], options: { severity: { uncorroborated: 'off' } } });
 * const { findings, groups, dependence, problems } = reconciler.reconcile(corpus);
 */
export const createReconciler = createReconcilerWith({
  // compareValues only calls `resolve` and `nearDuplicate`, which every EntityResolverLike has.
  compareValues: (resolver) => (a, b) => compareValues(a, b, { resolver: resolver as EntityResolver }),
  resolver: (entities) => createEntityResolver({ entities }),
});
