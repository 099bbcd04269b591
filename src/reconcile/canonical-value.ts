/**
 * Canonical values: claim values with every entity resolved to its canonical
 * id, and a string key that is equal exactly when two values say the same
 * thing (used to collapse identical values before comparing them).
 */
import type { EntityRef, Value } from '../model/value.js';
import type { EntityResolverLike } from './contract.js';
import { entityKey, resolveRef } from './entity-key.js';
import { nameKey } from '../normalize/name-key.js';

/** The value with entity ids filled in from the resolver (unchanged when nothing resolves). */
export const canonicalValue = (value: Value, resolver: EntityResolverLike): Value => {
  switch (value.type) {
    case 'entity':
      return resolveRef(value, resolver);
    case 'entity-set': {
      let changed = false;
      const members = value.members.map((m) => {
        const r = resolveRef(m, resolver);
        if (r !== m) changed = true;
        return r;
      });
      return changed ? { ...value, members } : value;
    }
    default:
      return value;
  }
};

const num = (n: number | null): string => (n === null ? '*' : String(n));

/**
 * A key equal for values that say exactly the same thing (after
 * canonicalization); `raw` wording is ignored. `keyOf` may memoize `entityKey`.
 *
 * @example
 * valueKey({ type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day' }) // 'd:2025-12-12..2025-12-12:day'
 */
export const valueKey = (value: Value, keyOf: (ref: EntityRef) => string = entityKey): string => {
  switch (value.type) {
    case 'entity':
      return `e:${keyOf(value)}`;
    case 'entity-set': {
      const members = value.members.map(keyOf).sort();
      const distinct = members.filter((m, i) => i === 0 || members[i - 1] !== m);
      return `s:${value.mode}:${value.count ?? ''}:${distinct.join('|')}`;
    }
    case 'quantity':
      return `q:${value.lowInclusive ? '[' : '('}${num(value.low)},${num(value.high)}${value.highInclusive ? ']' : ')'}:${nameKey(value.unit ?? '')}:${value.currency ?? ''}`;
    case 'date':
      return `d:${value.start}..${value.end}:${value.precision}`;
    case 'weekday':
      return `w:${value.weekday}`;
    case 'boolean':
      return `b:${value.value}`;
    case 'text':
      return `t:${nameKey(value.text)}`;
  }
};
