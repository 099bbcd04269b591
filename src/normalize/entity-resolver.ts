/**
 * The entity resolver: an immutable alias registry built by a factory from
 * the corpus's alias tables, the built-in organisations and countries-list.
 */
import type { AliasEntry, EntityKind } from '../model/entity.js';
import type { EntityId } from '../model/ids.js';
import { ORGANISATION_ENTRIES } from './builtin-organisations.js';
import { COUNTRY_ENTRIES } from './country-aliases.js';
import { nameKey } from './name-key.js';
import { detectNearDuplicate, type NearDuplicate } from './near-duplicate.js';
import { compareOrdinal } from '../model/ordinal.js';

/**
 * `resolve(name)` for a caller that has already folded the name: `folded`
 * must be `nameKey(name)`. The same answer, without folding the name a
 * second time (grouping folds every subject name for its key anyway).
 */
export type ResolveFolded = (name: string, folded: string) => EntityId | undefined;

/**
 * Where a resolver made by {@link createEntityResolver} (and the engine's
 * memoised wrapper of one) keeps its {@link ResolveFolded}: a symbol key, so
 * the resolver's public shape, keys and JSON do not change. Internal.
 */
export const RESOLVE_FOLDED: unique symbol = Symbol('claimtrace.resolveFolded');

/**
 * The engine's resolver contract beyond `EntityResolverLike` (internal: not
 * exported from the package index): a resolver may also answer for a name
 * already folded, under {@link RESOLVE_FOLDED}. Optional like the contract's
 * other extra parts: a caller asks {@link resolveFoldedOf} and, when there is
 * none, calls `resolve`; a wrapper of a resolver passes it on
 * ({@link passResolveFolded}) as it passes on `entity` or `within`.
 */
export interface FoldedNameResolver {
  readonly [RESOLVE_FOLDED]?: ResolveFolded;
}

/**
 * A resolver's {@link ResolveFolded}, when it has one.
 *
 * @example
 * const folded = resolveFoldedOf(resolver);
 * const id = folded !== undefined ? folded(name, nameKey(name)) : resolver.resolve(name);
 */
export const resolveFoldedOf = (resolver: object): ResolveFolded | undefined => (resolver as FoldedNameResolver)[RESOLVE_FOLDED];

/**
 * `wrapper`, given `resolver`'s {@link ResolveFolded} when it has one: what a
 * wrapper of a resolver (a memo, a logger) passes on, like the contract's
 * other optional parts. Resolving is a pure function of the name, so the
 * wrapper answers folded names as the resolver does.
 *
 * @example
 * const wrapped = passResolveFolded({ resolve, canonicalName, nearDuplicate }, resolver);
 */
export const passResolveFolded = <T extends object>(wrapper: T, resolver: object): T & FoldedNameResolver => {
  const folded = resolveFoldedOf(resolver);
  if (folded !== undefined) (wrapper as { [RESOLVE_FOLDED]?: ResolveFolded })[RESOLVE_FOLDED] = folded;
  return wrapper;
};

/** Options of {@link createEntityResolver}. */
export interface EntityResolverOptions {
  /** The corpus's alias tables (organisations, people, programmes, agreements…). */
  readonly entities?: readonly AliasEntry[];
  /** Include every country of countries-list as `country:<alpha-2>` (default true). */
  readonly countries?: boolean;
  /** Include the built-in international organisations (EU, G7, OECD…; default true). */
  readonly organisations?: boolean;
}

/** An entity the resolver knows, with every name it answers to. */
export interface KnownEntity {
  readonly id: EntityId;
  readonly name: string;
  readonly kind: EntityKind;
  /** Every name, canonical first, then aliases in the order first given. */
  readonly names: readonly string[];
  /** Entities it lies in (Wikidata P131), by id. */
  readonly locatedIn: readonly EntityId[];
  /** Entities it is part of (Wikidata P361), by id. */
  readonly partOf: readonly EntityId[];
}

/** A name that two entities of the same table layer both claim. */
export interface AmbiguousAlias {
  readonly key: string;
  /** The entities claiming it, sorted. */
  readonly ids: readonly EntityId[];
}

/** Resolves names to canonical entity ids; immutable. */
export interface EntityResolver {
  /**
   * The canonical id of a name (any alias, any case, with or without dots
   * and "the", or as a possessive: "China's"), or of an id the resolver
   * knows; `undefined` when unknown or ambiguous.
   */
  resolve(name: string): EntityId | undefined;
  /** The canonical name of a known id. */
  canonicalName(id: string): string | undefined;
  /** The known entity with this id. */
  entity(id: string): KnownEntity | undefined;
  /**
   * Whether entity `inner` lies in or is part of entity `outer`, directly or
   * through others (`locatedIn` / `partOf`): Washington, D.C. is within the
   * United States. An entity is not within itself.
   */
  within(inner: string, outer: string): boolean;
  /** Every entity that entity `id` lies in or is part of, directly or through others (empty for an unknown id). */
  containers(id: string): readonly string[];
  /**
   * Whether two names are near-duplicates of one entity ("MP Minerals" /
   * "MP Materials"); names of two different known entities never are.
   */
  nearDuplicate(a: string, b: string): NearDuplicate;
  /** Every known entity, sorted by id. */
  readonly entities: readonly KnownEntity[];
  /** Names claimed by more than one entity of the same layer; they resolve to nothing. */
  readonly ambiguous: readonly AmbiguousAlias[];
}

/**
 * Build an entity resolver. Later layers win over earlier ones for the same
 * name: countries < built-in organisations < the corpus's `entities`. An
 * entry with the id of a built-in entity extends it (its aliases are added,
 * its name becomes the canonical name). Two entries of one layer claiming the
 * same name make that name ambiguous: it resolves to nothing and is listed in
 * `ambiguous`. The result does not depend on the order of `entities`.
 *
 * @example
 * const resolver = createEntityResolver({
 *   entities: [{ id: entityId('org:dod'), name: 'Department of Defense', kind: 'organization', aliases: ['Pentagon', 'DoD'] }],
 * });
 * resolver.resolve('the Pentagon') // 'org:dod'
 * resolver.resolve('U.K.')         // 'country:GB'
 * resolver.resolve('Republic of Korea') === resolver.resolve('South Korea') // true
 * resolver.nearDuplicate('United States', 'United Kingdom').similar // false
 */
export const createEntityResolver = (options: EntityResolverOptions = {}): EntityResolver => {
  const layers: (readonly AliasEntry[])[] = [];
  if (options.countries ?? true) layers.push(COUNTRY_ENTRIES);
  if (options.organisations ?? true) layers.push(ORGANISATION_ENTRIES);
  layers.push(options.entities ?? []);

  // merge entries by id; later layers extend earlier ones
  const merged = new Map<string, { id: EntityId; name: string; kind: EntityKind; names: string[]; locatedIn: EntityId[]; partOf: EntityId[] }>();
  const indexed = layers.map((layer) => layerIndex(layer));
  for (const { sorted } of indexed) {
    for (const entry of sorted) {
      const existing = merged.get(entry.id);
      merged.set(entry.id, {
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        names: unique([entry.name, ...(existing?.names ?? []), ...entry.aliases]),
        locatedIn: unique([...(existing?.locatedIn ?? []), ...(entry.locatedIn ?? [])]),
        partOf: unique([...(existing?.partOf ?? []), ...(entry.partOf ?? [])]),
      });
    }
  }

  // key → id, layer by layer; a later layer overrides, a clash within a layer is ambiguous
  const byKey = new Map<string, EntityId>();
  const ambiguousKeys = new Map<string, ReadonlySet<EntityId>>();
  for (const { claims } of indexed) {
    for (const [key, ids] of claims) {
      if (ids.size === 1) {
        byKey.set(key, [...ids][0] as EntityId);
        ambiguousKeys.delete(key);
      } else {
        byKey.delete(key);
        ambiguousKeys.set(key, ids);
      }
    }
  }

  const entities: readonly KnownEntity[] = Object.freeze(
    [...merged.values()]
      .sort(sortById)
      .map((e) =>
        Object.freeze({ id: e.id, name: e.name, kind: e.kind, names: Object.freeze(e.names), locatedIn: Object.freeze(e.locatedIn), partOf: Object.freeze(e.partOf) }),
      ),
  );
  const byId = new Map<string, KnownEntity>(entities.map((e) => [e.id, e]));
  // Everything an entity lies in or is part of, transitively (computed on first ask; cycles stop).
  const containers = new Map<string, ReadonlySet<string>>();
  const containersOf = (id: string): ReadonlySet<string> => {
    const known = containers.get(id);
    if (known !== undefined) return known;
    const found = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const entity = byId.get(queue.pop() as string);
      for (const up of [...(entity?.locatedIn ?? []), ...(entity?.partOf ?? [])]) {
        if (up === id || found.has(up)) continue;
        found.add(up);
        queue.push(up);
      }
    }
    containers.set(id, found);
    return found;
  };
  const ambiguous: readonly AmbiguousAlias[] = Object.freeze(
    [...ambiguousKeys.entries()]
      .sort(([a], [b]) => compareOrdinal(a, b))
      .map(([key, ids]) => Object.freeze({ key, ids: Object.freeze([...ids].sort(compareOrdinal)) })),
  );

  // `folded`, when given, is `nameKey(name)`: the key of the name as written serves when trimming changes nothing.
  const resolveWith = (name: string, folded: string | undefined): EntityId | undefined => {
    const trimmed = name.trim();
    const known = byId.get(trimmed);
    if (known !== undefined) return known.id;
    const direct = byKey.get(folded !== undefined && trimmed === name ? folded : nameKey(trimmed));
    if (direct !== undefined) return direct;
    // a possessive: "China's", "America’s"
    const bare = withoutPossessive(trimmed);
    return bare === undefined ? undefined : byKey.get(nameKey(bare));
  };
  const resolve = (name: string): EntityId | undefined => resolveWith(name, undefined);

  return Object.freeze({
    resolve,
    [RESOLVE_FOLDED]: resolveWith as ResolveFolded,
    canonicalName: (id: string) => byId.get(id)?.name,
    entity: (id: string) => byId.get(id),
    within: (inner: string, outer: string) => inner !== outer && containersOf(inner).has(outer),
    containers: (id: string) => [...containersOf(id)],
    nearDuplicate: (a: string, b: string) => detectNearDuplicate(a, b, resolve),
    entities,
    ambiguous,
  });
};

/** One table layer, sorted by id, and the ids that claim each name key (read only). */
interface LayerIndex {
  readonly sorted: readonly AliasEntry[];
  readonly claims: ReadonlyMap<string, ReadonlySet<EntityId>>;
}

/**
 * The built-in layers' indexes, made once per process: every resolver of a run (the loader's, the
 * reconciler's) shares them instead of folding the ~250 countries' names again (issue 19, fast start).
 */
const builtinIndexes = new WeakMap<readonly AliasEntry[], LayerIndex>();

const layerIndex = (layer: readonly AliasEntry[]): LayerIndex => {
  const builtin = layer === COUNTRY_ENTRIES || layer === ORGANISATION_ENTRIES;
  const known = builtin ? builtinIndexes.get(layer) : undefined;
  if (known !== undefined) return known;
  const claims = new Map<string, Set<EntityId>>();
  for (const entry of layer) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = nameKey(name);
      if (key.length === 0) continue;
      const set = claims.get(key) ?? new Set<EntityId>();
      set.add(entry.id);
      claims.set(key, set);
    }
  }
  const index: LayerIndex = { sorted: [...layer].sort(sortById), claims };
  if (builtin) builtinIndexes.set(layer, index);
  return index;
};

const withoutPossessive = (name: string): string | undefined => {
  for (const suffix of ["'s", '\u2019s', "s'", 's\u2019']) {
    if (name.endsWith(suffix)) return suffix.startsWith('s') ? name.slice(0, -1) : name.slice(0, -2);
  }
  return undefined;
};

const sortById = (a: { id: string }, b: { id: string }): number => compareOrdinal(a.id, b.id);
const unique = <T extends string>(names: readonly T[]): T[] => [...new Set(names)];
