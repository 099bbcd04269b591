/**
 * Value kind `entity`: one named entity ("MP Materials", "the UK"), with its
 * canonical id when an alias table knows the name. Two entities are the same
 * value when they share a canonical id, else when their names fold alike
 * (`nameKey`). Two known entities of different kinds of thing (an
 * organisation and a place) are different measures, not a conflict; one that
 * lies in or is part of the other (`locatedIn` / `partOf`: Washington, D.C.
 * in the United States) is compatible. Two different names neither of which
 * is known conflict, with a near-duplicate check in the comparison's details.
 *
 * Written `{ entity: "MP Materials" }`.
 */
import { z } from 'zod';
import type { EntityKind } from '../../model/entity.js';
import { EntityIdSchema } from '../../model/ids.js';
import { ok } from '../../model/result.js';
import { nameKey } from '../../normalize/name-key.js';
import { detectNearDuplicate } from '../../normalize/near-duplicate.js';
import type { Comparison, CompareOptions } from '../comparison.js';
import type { ValueKindModule } from '../value-kind.js';

/** A named entity; `id` is the canonical id when an alias table knows it. */
export const EntityRefSchema = z.object({
  name: z.string().min(1, { error: 'an entity name must not be empty' }).describe('The name as the source writes it.'),
  id: EntityIdSchema.optional().describe('The canonical entity id (entities.yaml, `country:<ISO code>`, `org:<id>`), filled in by the loader when the alias tables know the name.'),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const EntityValueSchema = EntityRefSchema.extend({
  type: z.literal('entity').describe('The value kind: one named entity.'),
  raw: z.string().optional().describe('The words of the source this value was read from.'),
});
export type EntityValue = z.infer<typeof EntityValueSchema>;

export const EntityShorthandSchema = z.strictObject({
  entity: z.string().min(1, { error: 'must not be empty' }).describe('The name of one entity as the source writes it; resolved through the alias tables.'),
});

/**
 * The key an entity is grouped and compared by: its canonical id, else its
 * folded name (`name:uae`). The one notion of "the same entity".
 *
 * @example
 * entityKey({ name: 'U.A.E.' })                      // 'name:uae'
 * entityKey({ name: 'UAE', id: 'country:AE' })       // 'country:AE'
 */
export const entityKey = (ref: { readonly name: string; readonly id?: string | undefined }): string =>
  ref.id !== undefined ? ref.id : `name:${nameKey(ref.name)}`;

/** A reference with its canonical id: a given id stays, else the resolver's, else none. */
export const resolveRef = <R extends EntityRef>(ref: R, resolve: ((name: string) => string | undefined) | undefined): R => {
  if (ref.id !== undefined || resolve === undefined) return ref;
  const id = resolve(ref.name);
  return id === undefined ? ref : withId(ref, id as EntityRef['id']);
};

/**
 * `{ ...ref, id }`, built so that every reference made this way shares one
 * hidden class. In V8 (Node 20) a hot spread that adds a key gives each
 * object it makes a hidden class of its own (a map and its descriptors,
 * ~150 bytes, and property reads that can no longer be cached): measured on
 * a million resolved references. A copy by `Object.assign`, then the id set
 * on it, is the same object (same keys in the same order) with one shared
 * shape. A reference with an own `__proto__` key (which `Object.assign`
 * would take for the prototype) is spread as before.
 */
const withId = <R extends EntityRef>(ref: R, id: EntityRef['id']): R => {
  if (Object.hasOwn(ref, '__proto__')) return { ...ref, id };
  const copy: { -readonly [K in keyof R]: R[K] } = Object.assign({}, ref);
  copy.id = id as R['id'];
  return copy;
};

/** The key of a reference once resolved (`entityKey` of `resolveRef`, without building the ref): what comparisons match members by. */
export const resolvedKey = (ref: EntityRef, options: CompareOptions): string => {
  if (ref.id !== undefined) return ref.id;
  const id = options.resolver?.resolve(ref.name);
  return id !== undefined ? id : `name:${nameKey(ref.name)}`;
};

const idOf = (ref: EntityRef, options: CompareOptions): string | undefined => ref.id ?? options.resolver?.resolve(ref.name);

const normalized = (v: EntityValue): string => (v.id !== undefined ? `${v.name} (${v.id})` : v.name);

/**
 * Kinds of thing that can stand for one another: a country and a place are
 * both places, an organisation and a company both organisations; `other`
 * is any kind.
 */
const KIND_FAMILY: Readonly<Record<EntityKind, string>> = {
  country: 'place',
  place: 'place',
  organization: 'organization',
  company: 'organization',
  person: 'person',
  programme: 'programme',
  agreement: 'agreement',
  event: 'event',
  publication: 'publication',
  other: 'other',
};

const KIND_WORDS: Readonly<Record<string, string>> = {
  place: 'a place',
  organization: 'an organisation',
  person: 'a person',
  programme: 'a programme',
  agreement: 'an agreement',
  event: 'an event',
  publication: 'a publication',
};

/** Compare two entities. */
export const compareEntityValues = (a: EntityValue, b: EntityValue, options: CompareOptions): Comparison => {
  const idA = idOf(a, options);
  const idB = idOf(b, options);
  const ids = { ...(idA !== undefined ? { idA } : {}), ...(idB !== undefined ? { idB } : {}) };
  if (resolvedKey(a, options) === resolvedKey(b, options)) {
    return {
      verdict: 'compatible',
      reason: idA !== undefined ? `"${a.name}" and "${b.name}" are both ${idA}` : `"${a.name}" and "${b.name}" are the same name`,
      details: { kind: 'entity', ...ids },
    };
  }
  if (idA !== undefined && idB !== undefined) {
    const resolver = options.resolver;
    const familyA = KIND_FAMILY[resolver?.entity?.(idA)?.kind ?? 'other'];
    const familyB = KIND_FAMILY[resolver?.entity?.(idB)?.kind ?? 'other'];
    if (familyA !== familyB && familyA !== 'other' && familyB !== 'other') {
      return {
        verdict: 'different-measure',
        reason: `"${a.name}" is ${KIND_WORDS[familyA] ?? familyA} and "${b.name}" ${KIND_WORDS[familyB] ?? familyB}: not the same kind of thing`,
        details: { kind: 'entity', ...ids },
      };
    }
    const aInB = resolver?.within?.(idA, idB) === true;
    if (aInB || resolver?.within?.(idB, idA) === true) {
      const [inner, outer] = aInB ? [a, b] : [b, a];
      return { verdict: 'compatible', reason: `"${inner.name}" is within "${outer.name}"`, details: { kind: 'entity', ...ids } };
    }
    return {
      verdict: 'conflict',
      reason: `"${a.name}" (${idA}) and "${b.name}" (${idB}) are different entities`,
      details: { kind: 'entity', ...ids },
    };
  }
  const resolve = (name: string) => options.resolver?.resolve(name);
  const near = options.resolver?.nearDuplicate(a.name, b.name) ?? detectNearDuplicate(a.name, b.name, resolve);
  return {
    verdict: 'conflict',
    reason: near.similar
      ? `"${a.name}" and "${b.name}" differ, but are probably one entity written two ways (${near.relation}, similarity ${near.score})`
      : `"${a.name}" and "${b.name}" are different names`,
    details: { kind: 'entity', ...ids, nearDuplicate: near },
  };
};

export const entityKind: ValueKindModule<'entity', EntityValue, 'entity'> = {
  type: 'entity',
  noun: 'an entity',
  predicateType: 'entity',
  schema: EntityValueSchema,
  shorthands: [
    {
      key: 'entity',
      schema: EntityShorthandSchema,
      read: (written: z.infer<typeof EntityShorthandSchema>, context) =>
        ok({ type: 'entity', ...resolveRef({ name: written.entity }, (n) => context.resolver.resolve(n)) }),
    },
  ],
  key: (value, keyOf) => `e:${keyOf(value)}`,
  canonical: (value, resolve) => resolveRef(value, resolve),
  compare: (self, other, context) => (other.type === 'entity' ? compareEntityValues(self, other as EntityValue, context) : undefined),
  // Compatible entities share a key: the same entity, or one lies in or is part of the other.
  buckets: (value, options) => {
    const id = idOf(value, options);
    if (id === undefined) return [resolvedKey(value, options)];
    return [`e:${id}`, ...(options.resolver?.containers?.(id) ?? []).map((c) => `e:${c}`)];
  },
  describe: (value, style) => (style === 'normalized' ? normalized(value) : value.name),
};
