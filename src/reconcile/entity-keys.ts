/**
 * Entity keys for one run: `entityKey` with each unresolved name folded once
 * (a corpus names the same subjects and members over and over, and folding a
 * name is the costly part of its key), kept flat (`flat-string.ts`). Grouping
 * keys subjects with it; membership-conflict keys members with it.
 */
import { entityKey } from '../values/kinds/entity.js';
import type { GroupClaim } from './claim-groups.js';
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

/**
 * The entity keys a claim names, each passed to `visit`: its subject, its
 * entity value, or each member of its entity set. What "a source mentions an
 * entity" means for `context.mentionsIn` and membership-conflict's notes.
 *
 * @example
 * namedKeys(claim, entityKeys(), (key) => seen.add(key)) // 'pax-silica', 'country:JP', …
 */
export const namedKeys = (claim: GroupClaim, keyOf: EntityKeyOf, visit: (key: string) => void): void => {
  visit(claim.subject);
  const value = claim.value;
  if (value.type === 'entity') visit(keyOf(value));
  else if (value.type === 'entity-set') for (const m of value.members) visit(keyOf(m));
};
