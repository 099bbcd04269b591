/**
 * Entity keys for one run: `entityKey` with each unresolved name folded once
 * (a corpus names the same subjects and members over and over, and folding a
 * name is the costly part of its key), kept flat (`flat-string.ts`). Grouping
 * keys subjects with it; membership-conflict keys members with it.
 */
import { entityKey } from '../values/kinds/entity.js';
import { flattened } from './flat-string.js';

/** An entity's key, as `entityKey` gives it. */
export type EntityKeyOf = (ref: { readonly name: string; readonly id?: string | undefined }) => string;

/**
 * A memoized `entityKey` for one run (keep it no longer: it holds every name it was given).
 *
 * @example
 * const keyOf = entityKeys();
 * keyOf({ name: 'the U.K.' }) // 'name:uk', folded once
 */
export const entityKeys = (): EntityKeyOf => {
  const keys = new Map<string, string>();
  return (ref) => {
    if (ref.id !== undefined) return ref.id;
    let key = keys.get(ref.name);
    if (key === undefined) {
      key = flattened(entityKey(ref));
      keys.set(ref.name, key);
    }
    return key;
  };
};
