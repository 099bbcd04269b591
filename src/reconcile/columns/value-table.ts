/**
 * Value columns: what grouping derives from a claim's value — its canonical
 * form (entity ids filled in), its value key and its class keys — worked out
 * once per distinct value of a run instead of once per claim. A corpus names
 * the same quantities, dates, entities and member lists over and over; a
 * million claims carry a few thousand distinct values.
 *
 * A value is found again by one cheap field of its own (an entity's name, a
 * date's start, a quantity's low end: no string is built), then confirmed
 * equal, field by field and in the same key order, to the value its entry
 * was made from. Only plain data is shared (plain objects and arrays);
 * anything else, a value of a kind with no cheap field, or a field shared by
 * too many different values is worked out on its own, as before — so the
 * cost stays linear whatever the input.
 *
 * Equal values share one canonical object (`entryValue`): the new one when
 * canonicalising made one (a resolved entity, a member list with ids), else
 * the first of them, which is canonical as it is. Values are immutable
 * (every field `readonly`); their identity only tells a claim's entry apart
 * from another value's. What clustering indexes a value by (its extent, its
 * buckets) is kept with its entry too, worked out on first use.
 */
import type { AnyValue } from '../../values/value-kind.js';
import type { ValueKinds } from '../../values/registry.js';
import { nameKey } from '../../normalize/name-key.js';
import type { EntityKeyOf } from '../entity-keys.js';
import { flattened } from '../flat-string.js';

/** What a run knows of one distinct value. */
export interface ValueEntry {
  /** Its place in the table's list of entries (`ValueTable.entries`); -1 for an entry of a time qualifier (not listed). */
  readonly id: number;
  /** The value the entry was made from (others equal to it share the entry). */
  readonly raw: AnyValue;
  /** Its canonical form when that is a new object, shared by every claim with an equal value; `undefined` when the canonical form is the value itself. */
  readonly canonical: AnyValue | undefined;
  /** Its value key (one string per distinct key in the run). */
  readonly key: string;
  /** Class keys made from it, by scope id and polarity (see `classKey`). */
  classes: Map<number, string> | undefined;
  /** Where it lies on its kind's number line (`values.extent`): `null` when nowhere, `undefined` until asked (see `extentOf`). */
  extent: readonly [number, number] | null | undefined;
  /** The buckets it falls in (`values.buckets` with the run's resolver): `null` when none, `undefined` until asked (see `bucketsOf`). */
  buckets: readonly string[] | null | undefined;
}

/** The value the claims of an entry carry: its canonical form, shared by all of them (the value it was made from when that is canonical). */
export const entryValue = (entry: ValueEntry): AnyValue => entry.canonical ?? entry.raw;

/**
 * The extent of an entry's value, worked out on first use and kept with the
 * entry: once per distinct value of a run, not once per class per clustering.
 * `extent` is the kind's (`values.extent`), a pure function of the value.
 *
 * @example
 * extentOf(entry, values.extent) // [19723, 19723] for 2024-01-01
 */
export const extentOf = (entry: ValueEntry, extent: (value: AnyValue) => readonly [number, number] | undefined): readonly [number, number] | undefined => {
  let known = entry.extent;
  if (known === undefined) {
    known = extent(entryValue(entry)) ?? null;
    entry.extent = known;
  }
  return known ?? undefined;
};

/**
 * The buckets of an entry's value, worked out on first use and kept with
 * the entry, like `extentOf`. `buckets` is the kind's with the run's
 * resolver (resolving is a pure function of the name within a run).
 *
 * @example
 * bucketsOf(entry, (v) => values.buckets(v, { resolver })) // ['e:org:acme']
 */
export const bucketsOf = (entry: ValueEntry, buckets: (value: AnyValue) => readonly string[] | undefined): readonly string[] | undefined => {
  let known = entry.buckets;
  if (known === undefined) {
    known = buckets(entryValue(entry)) ?? null;
    entry.buckets = known;
  }
  return known ?? undefined;
};

/** A run's table of values. */
export interface ValueTable {
  /** The entry of a value: an existing one for a value equal to one seen before. */
  readonly entry: (value: AnyValue) => ValueEntry;
  /**
   * The class key of a claim with this value, polarity and scope: equal for
   * claims with the same polarity, value key, time key and place key —
   * `[!]<value key>\u0000<time key>|<place key>` (an affirmative claim with
   * neither time nor place has the value key itself: the caller's shortcut).
   * One string per class of the run, made once.
   */
  readonly classKey: (entry: ValueEntry, negative: boolean, time: AnyValue | undefined, place: string | undefined) => string;
  /** Every entry `entry` made so far, by id (the table's own list: read it, do not change it). */
  readonly entries: () => readonly ValueEntry[];
}

/** How many different values one cheap field may lead to before values with it are no longer kept. */
const MAX_PER_PROBE = 8;

/**
 * The cheap field a value is found again by, or `undefined` for a value
 * that is never kept (worked out on its own each time). Any field will do
 * (equality is confirmed in full); one that tells values apart keeps the
 * candidate lists short. Each built-in kind with a scalar field that tells
 * its values apart is probed by that field.
 */
const probeOf = (value: AnyValue): unknown => {
  const v = value as unknown as Record<string, unknown>;
  switch (value.type) {
    case 'entity':
      return v.name;
    case 'text':
      return v.text;
    case 'date':
      return v.start;
    case 'quantity':
      return v.low;
    case 'weekday':
      return v.weekday;
    case 'partial-date':
      return v.month;
    case 'boolean':
      return v.value;
    case 'entity-set': {
      // Lists of a few dozen names share their first and last members: only all the names tell them apart.
      // Their hash (FNV-1a over each name's code units, a separator after each), not a string of them all:
      // no string built per value looked up (equal hashes are told apart by the comparison that follows).
      const members = v.members;
      if (!Array.isArray(members)) return undefined;
      let hash = 0x811c9dc5;
      for (let i = 0; i < members.length; i += 1) {
        const name = (members[i] as { readonly name?: unknown } | undefined)?.name;
        if (typeof name === 'string') {
          for (let k = 0; k < name.length; k += 1) hash = Math.imul(hash ^ name.charCodeAt(k), 0x01000193);
          hash = Math.imul(hash ^ 0x10000, 0x01000193);
        } else hash = Math.imul(hash ^ 0x10001, 0x01000193);
      }
      return hash;
    }
    default:
      return typeof value.raw === 'string' ? value.raw : undefined;
  }
};

// Key lists by depth for `sameData`, reused (no allocation per comparison).
const scratch: string[][] = [[], [], [], []];

/**
 * Whether two values are the same plain data: the same own keys in the same
 * order, and the same scalars (`Object.is`: 0 and -0 differ), or the same
 * plain objects and arrays, a few levels deep. `false` whenever in doubt (a
 * class instance, another prototype, deeper nesting): then nothing is shared.
 */
const sameData = (a: unknown, b: unknown, depth: number): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth >= scratch.length) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length || Object.getPrototypeOf(a) !== Array.prototype || Object.getPrototypeOf(b) !== Array.prototype) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameData(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // b's keys in order, then a's against them (a nested comparison uses the next depth's list).
  const keys = scratch[depth] as string[];
  let count = 0;
  for (const k in y) keys[count++] = k;
  let i = 0;
  for (const k in x) {
    if (i >= count || keys[i] !== k || !sameData(x[k], y[k], depth + 1)) return false;
    i += 1;
  }
  return i === count;
};

/** A kept entry, with its value's keys in order (listed once, not at each comparison). */
interface Kept {
  readonly entry: ValueEntry;
  readonly keys: readonly string[];
}

const kept = (entry: ValueEntry): Kept => {
  const keys: string[] = [];
  for (const k in entry.raw) keys.push(k);
  return { entry, keys };
};

/**
 * `sameData(value, kept.entry.raw, 0)` for a kept entry (its value a plain
 * object): its key list read from `kept`, and equal scalars passed over
 * without a call.
 */
const sameAsKept = (value: AnyValue, { entry, keys }: Kept): boolean => {
  const x = value as unknown as Record<string, unknown>;
  const y = entry.raw as unknown as Record<string, unknown>;
  if (x === y) return true;
  if (Object.getPrototypeOf(x) !== Object.prototype) return false;
  let i = 0;
  for (const k in x) {
    if (i >= keys.length || keys[i] !== k) return false;
    const a = x[k];
    const b = y[k];
    // `===` but for 0 and -0 (which `Object.is` tells apart); anything else (NaN, objects) compared in full.
    if ((a !== b || (a === 0 && 1 / a !== 1 / (b as number))) && !sameData(a, b, 1)) return false;
    i += 1;
  }
  return i === keys.length;
};

/**
 * Finds a value again among those seen, by type and probe field: the entry
 * made for an equal value, else a new one from `made` (kept, unless its
 * probe already leads to `MAX_PER_PROBE` others, or it cannot be kept).
 *
 * Claims come group by group, and a group's claims mostly say the same
 * or take one of two sides: the entries the last two different values were
 * found in or kept as are tried first, with a comparison each (no probe
 * built, no look-up).
 * Kept entries are pairwise unequal, so an equal one is the entry the
 * look-up would find.
 */
const createFinder = (made: (value: AnyValue) => ValueEntry): ((value: AnyValue) => ValueEntry) => {
  const byType = new Map<string, Map<unknown, Kept[]>>();
  let lastType: string | undefined;
  let lastProbes: Map<unknown, Kept[]> | undefined;
  // The kept entry of the previous value, and the one before it that differs (never one made and not kept).
  let last: Kept | undefined;
  let before: Kept | undefined;
  // `found` is the entry of this value: the previous one moves back unless it is the same.
  const seen = (found: Kept): ValueEntry => {
    if (found !== last) {
      before = last;
      last = found;
    }
    return found.entry;
  };
  return (value) => {
    if (last !== undefined && value.type === last.entry.raw.type && sameAsKept(value, last)) return last.entry;
    if (before !== undefined && value.type === before.entry.raw.type && sameAsKept(value, before)) return seen(before);
    const probe = probeOf(value);
    if (probe === undefined || Object.getPrototypeOf(value) !== Object.prototype) return made(value);
    // Claims come predicate by predicate: the previous value's type usually serves.
    let probes = lastProbes;
    if (value.type !== lastType || probes === undefined) {
      probes = byType.get(value.type);
      if (probes === undefined) {
        probes = new Map();
        byType.set(value.type, probes);
      }
      lastType = value.type;
      lastProbes = probes;
    }
    let list = probes.get(probe);
    if (list !== undefined) {
      for (let i = 0; i < list.length; i += 1) {
        const candidate = list[i] as Kept;
        if (candidate !== last && candidate !== before && sameAsKept(value, candidate)) return seen(candidate);
      }
      if (list.length >= MAX_PER_PROBE) return made(value);
    } else {
      list = [];
      probes.set(probe, list);
    }
    const fresh = kept(made(value));
    list.push(fresh);
    return seen(fresh);
  };
};

/**
 * A new table for one run: `values` canonicalises and keys, `resolve` gives
 * entity ids, `keyOf` keys entity references, `intern` keeps one string per
 * distinct key.
 *
 * @example
 * const table = createValueTable(values, resolve, entityKeys(), intern);
 * const entry = table.entry(claim.value);
 * const value = entryValue(entry); // shared by every claim with an equal value
 */
export const createValueTable = (
  values: ValueKinds<AnyValue>,
  resolve: (name: string) => string | undefined,
  keyOf: EntityKeyOf,
  intern: (key: string) => string,
): ValueTable => {
  const made: ValueEntry[] = [];
  const entry = createFinder((value) => {
    const canonical = values.canonical(value, resolve);
    const fresh: ValueEntry = {
      id: made.length,
      raw: value,
      canonical: canonical === value ? undefined : canonical,
      key: intern(values.key(canonical, keyOf)),
      classes: undefined,
      extent: undefined,
      buckets: undefined,
    };
    made.push(fresh);
    return fresh;
  });
  // Time qualifiers are keyed as they are (`values.key(time)`), never canonicalised: a finder of their own.
  const timeEntryOf = createFinder((time) => ({ id: -1, raw: time, canonical: undefined, key: values.key(time), classes: undefined, extent: undefined, buckets: undefined }));

  // Scopes (time key, place key) by ids: time by its value entry, place by its name key.
  const placeKeys = new Map<string, string>();
  const placeKeyOf = (place: string): string => {
    let key = placeKeys.get(place);
    if (key === undefined) {
      key = flattened(nameKey(place));
      placeKeys.set(place, key);
    }
    return key;
  };
  const NO_TIME: ValueEntry = { id: -1, raw: { type: '' }, canonical: undefined, key: '', classes: undefined, extent: undefined, buckets: undefined };
  const scopeIds = new Map<ValueEntry, Map<string | undefined, number>>();
  const scopeTexts: string[] = [];
  const scopeOf = (time: AnyValue | undefined, place: string | undefined): number => {
    const timeEntry = time !== undefined ? timeEntryOf(time) : NO_TIME;
    let byPlace = scopeIds.get(timeEntry);
    if (byPlace === undefined) {
      byPlace = new Map();
      scopeIds.set(timeEntry, byPlace);
    }
    let id = byPlace.get(place);
    if (id === undefined) {
      id = scopeTexts.length;
      scopeTexts.push(`${timeEntry === NO_TIME ? '' : timeEntry.key}|${place !== undefined ? placeKeyOf(place) : ''}`);
      byPlace.set(place, id);
    }
    return id;
  };
  const classKey = (value: ValueEntry, negative: boolean, time: AnyValue | undefined, place: string | undefined): string => {
    const scope = scopeOf(time, place);
    const slot = scope * 2 + (negative ? 1 : 0);
    let classes = value.classes;
    if (classes === undefined) {
      classes = new Map();
      value.classes = classes;
    }
    let key = classes.get(slot);
    if (key === undefined) {
      key = intern(`${negative ? '!' : ''}${value.key}\u0000${scopeTexts[scope] as string}`);
      classes.set(slot, key);
    }
    return key;
  };
  return { entry, classKey, entries: () => made };
};
