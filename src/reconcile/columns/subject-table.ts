/**
 * The subject table of one run: each distinct way claims name a subject — a
 * given id, or a name — met once. A name is folded once (`nameKey`),
 * resolved once with that folded form (the resolver does not fold it again,
 * and the run's memoised resolver does not keep it a second time), keyed —
 * its entity id, or `name:<folded>` — and given a dense subject id, shared by
 * every naming with the same key. Grouping finds a claim's group by subject
 * id; what the rules need of a group's subject afterwards (whether the alias
 * tables know it) is kept per subject id in a byte, not read again from its
 * key string (`GroupSubjects`, kept per rule context).
 */
import { resolveFoldedOf } from '../../normalize/entity-resolver.js';
import { nameKey } from '../../normalize/name-key.js';
import type { EntityId } from '../../model/ids.js';
import { entityKey } from '../../values/kinds/entity.js';
import type { EntityResolverLike } from '../contract.js';
import { flattened } from '../flat-string.js';
import { createInterner } from './interner.js';

/** The prefix of a subject key the alias tables do not know: `name:<folded name>` (as `entityKey` writes it). */
export const NAME_KEY_PREFIX = 'name:';

/** How a claim names its subject (`Claim['subject']`). */
export interface SubjectRef {
  readonly name: string;
  readonly id?: string | null | undefined;
}

/** Subject ids for one run, in order of first sight. */
export interface SubjectTable {
  /** The subject id of a naming: its given id, or its name, resolved or folded once per distinct name. */
  readonly idOf: (ref: SubjectRef) => number;
  /** The subject's key: an entity id, or `name:<folded name>`. */
  readonly key: (id: number) => string;
  /** Whether the subject's key is an entity id, as the first naming seen with this key says (a given id, or a name the resolver knows). */
  readonly isEntity: (id: number) => boolean;
  /** One byte per subject id so far: 1 when its key is `name:<folded name>`. */
  readonly keyedByName: () => Uint8Array;
  /** How many subjects have ids. */
  readonly size: () => number;
  /** Every subject key, by subject id (the table's own list: read it, do not change it). */
  readonly keys: () => readonly string[];
  /** The subject id of a key, or -1 when no subject has it. */
  readonly idOfKey: (key: string) => number;
}

/**
 * A new, empty subject table resolving names with `resolver`.
 *
 * @example
 * const subjects = createSubjectTable(resolver);
 * subjects.idOf({ name: 'the U.K.' }) === subjects.idOf({ name: 'United Kingdom' }) // true: both country:GB
 * subjects.key(subjects.idOf({ name: 'Kalo Mira' })) // 'name:kalo mira'
 */
export const createSubjectTable = (resolver: EntityResolverLike): SubjectTable => {
  const keys = createInterner();
  const byGivenId = new Map<string, number>();
  const byName = new Map<string, number>();
  const isEntity: boolean[] = [];
  // Per subject id: 1 when its key is `name:<folded>` (what name-variant asks of a group's subject).
  let keyedByName = new Uint8Array(1024);
  const folded = resolveFoldedOf(resolver);
  const intern = (key: string, entity: boolean, named: boolean): number => {
    const id = keys.id(key);
    if (id === isEntity.length) {
      isEntity.push(entity);
      if (id === keyedByName.length) {
        const grown = new Uint8Array(keyedByName.length * 2);
        grown.set(keyedByName);
        keyedByName = grown;
      }
      keyedByName[id] = named ? 1 : 0;
    }
    return id;
  };
  let lastName: string | undefined;
  let lastNamed = -1;
  const idOf = (ref: SubjectRef): number => {
    const given = ref.id;
    if (given !== undefined && given !== null) {
      let known = byGivenId.get(given);
      if (known === undefined) {
        known = intern(given, true, given.startsWith(NAME_KEY_PREFIX));
        byGivenId.set(given, known);
      }
      return known;
    }
    const name = ref.name;
    // Claims come subject by subject: the previous name usually serves (equal strings, no look-up).
    if (name === lastName) return lastNamed;
    let known = byName.get(name);
    if (known === undefined) {
      if (given === undefined && folded !== undefined) {
        // Folded once: the resolver's key of the name, and the subject's key when the tables do not know it.
        const key = nameKey(name);
        const id: EntityId | undefined = folded(name, key);
        known = id !== undefined ? intern(id, true, id.startsWith(NAME_KEY_PREFIX)) : intern(flattened(`${NAME_KEY_PREFIX}${key}`), false, true);
      } else {
        const id = resolver.resolve(name);
        const key = id ?? flattened(entityKey(ref as { readonly name: string; readonly id?: string }));
        known = intern(key, id !== undefined, key.startsWith(NAME_KEY_PREFIX));
      }
      byName.set(name, known);
    }
    lastName = name;
    lastNamed = known;
    return known;
  };
  return {
    idOf,
    key: (id) => keys.text(id),
    isEntity: (id) => isEntity[id] === true,
    keyedByName: () => keyedByName.subarray(0, isEntity.length),
    size: () => isEntity.length,
    keys: () => keys.texts(),
    idOfKey: (key) => keys.find(key),
  };
};

/** What a run knows of its groups' subjects, in columns. */
export interface GroupSubjects {
  /** By group index (the place in `context.groups`): the group's subject id. */
  readonly subjectOf: Int32Array;
  /** By subject id: 1 when its key is `name:<folded name>` (the alias tables do not know it). */
  readonly keyedByName: Uint8Array;
  /** By subject id: its key (a group's `subject`), read without the group. */
  readonly keys: readonly string[];
}

const kept = new WeakMap<object, GroupSubjects>();

/** Keep the group subjects grouping found for the rule context built from its groups (`buildContext`). */
export const keepGroupSubjects = (context: object, subjects: GroupSubjects): void => void kept.set(context, subjects);

/**
 * The group subjects of a rule context `buildContext` made; `undefined` for
 * a context made elsewhere (then read each group's `subject`).
 *
 * @example
 * const subjects = groupSubjectsOf(context);
 * const unknown = subjects !== undefined ? subjects.keyedByName[subjects.subjectOf[g]] === 1 : group.subject.startsWith('name:');
 */
export const groupSubjectsOf = (context: object): GroupSubjects | undefined => kept.get(context);
