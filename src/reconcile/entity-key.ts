/**
 * The key an entity is grouped and compared by: its canonical id when the
 * alias tables know the name, otherwise its folded name (`name:uae`).
 */
import type { EntityRef } from '../model/value.js';
import type { EntityResolverLike } from './contract.js';
import { nameKey } from '../normalize/name-key.js';

/** Key of an entity reference that has already been resolved (see `canonicalValue`). */
export const entityKey = (ref: EntityRef): string => (ref.id !== undefined ? ref.id : `name:${nameKey(ref.name)}`);

/** Resolve a reference: keep a given id, else ask the resolver, else leave it unresolved. */
export const resolveRef = <R extends EntityRef>(ref: R, resolver: EntityResolverLike): R => {
  if (ref.id !== undefined) return ref;
  const id = resolver.resolve(ref.name);
  return id === undefined ? ref : { ...ref, id };
};
