/**
 * Run name-variant alone with a resolver that counts its `nearDuplicate`
 * calls: how many pairs blocking let through (never all of them).
 */
import type { Corpus } from '../../../src/model/corpus.js';
import { settled } from '../../../src/model/result.js';
import { createEntityResolver } from '../../../src/normalize/index.js';
import { createReconciler, nameVariantRule } from '../../../src/reconcile/index.js';
import type { Reconciliation } from '../../../src/reconcile/index.js';

/** The run's result and how many times it compared two names. */
export const countingNearDuplicates = (corpus: Corpus): { readonly result: Reconciliation; readonly calls: number } => {
  let calls = 0;
  const counting = createReconciler({
    rules: [nameVariantRule],
    options: {
      resolver: (entities) => {
        const inner = createEntityResolver({ entities });
        return { ...inner, nearDuplicate: (a: string, b: string) => ((calls += 1), inner.nearDuplicate(a, b)) };
      },
    },
  });
  const result = settled(counting.reconcile(corpus));
  return { result, calls };
};
