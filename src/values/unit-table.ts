/**
 * Unit synonyms a claims folder adds to the built-in ones (`units:` in
 * predicates.yaml): "container ships" → "ships" when a newsroom counts
 * container ships and ships as one measure. Built once, at load, and applied
 * to each quantity as it is read (`foldUnit`), so comparison sees one unit
 * and needs no option.
 *
 * Entries are matched by their unit key (`unitKey`: lower case, plurals made
 * singular, the built-in synonyms folded), so `boats`, `boat` and `Boats`
 * are one entry. An entry maps a whole word sequence: `container ship: ship`
 * folds "a dozen container ships" and "container ships carrying grain", not
 * "ships". A chain (`boat: vessel`, and `vessel` is built in as `ship`) is
 * followed to its end; a cycle, a unit mapped to two targets, or a unit that
 * is not words (a digit, a "%") is refused, each with the index of its entry.
 */
import { createMessage, type Message } from '../model/message.js';
import { collected, type Result } from '../model/result.js';
import type { Value } from '../model/value.js';
import { unitKey, type QuantityValue } from './kinds/quantity.js';
import { smallestOf } from '../model/append-all.js';

/** One entry of a `units:` table: the unit as a source writes it, and the unit it means. */
export interface UnitSynonym {
  readonly unit: string;
  readonly means: string;
}

/** The synonyms of a claims folder, checked and resolved. */
export interface UnitTable {
  /**
   * The unit `unit` is folded to, as a unit key ("container ships" →
   * "ship"), or `undefined` when no entry applies (the unit is kept as
   * written).
   */
  readonly canonical: (unit: string) => string | undefined;
}

/** A table as `createUnitTable` checks it: with the entries it accepted. */
export interface CheckedUnitTable extends UnitTable {
  /**
   * The indices of the entries the table keeps, in order: those without a
   * message whose unit is not on a cycle nor leads into one (a cycle's
   * message names one of its entries; none of them folds).
   */
  readonly accepted: readonly number[];
}

/** A table that folds nothing. */
export const NO_UNIT_SYNONYMS: UnitTable = { canonical: () => undefined };

/**
 * Check and resolve a `units:` table. Every problem is a message whose
 * `path` is the index of the entry it is about; the entries without one
 * still fold.
 *
 * @example
 * const table = createUnitTable([{ unit: 'container ships', means: 'ships' }]);
 * settled(table).canonical('Container ships') // 'ship'
 * settled(table).accepted // [0]
 */
export const createUnitTable = (synonyms: readonly UnitSynonym[]): Result<CheckedUnitTable, CheckedUnitTable> => {
  const messages: Message[] = [];
  /** unit key → [target key, index of the entry] */
  const direct = new Map<string, readonly [string, number]>();
  synonyms.forEach((entry, i) => {
    const from = unitKey(entry.unit);
    const to = unitKey(entry.means);
    if (from.length === 0 || to.length === 0 || NOT_WORDS.test(entry.unit) || NOT_WORDS.test(entry.means)) {
      messages.push(
        problem(i, `"${entry.unit}: ${entry.means}": a unit synonym maps words to words, without digits or "%"`, 'write the unit as a source writes it and the unit it means, e.g. "container ships: ships"'),
      );
      return;
    }
    if (from === to) return; // already one unit ("vessels: ships" is built in)
    const first = direct.get(from);
    if (first !== undefined) {
      if (first[0] !== to) {
        const earlier = synonyms[first[1]];
        messages.push(
          problem(i, `the unit "${entry.unit}" is mapped to "${entry.means}", but entry ${first[1] + 1} ("${earlier?.unit}: ${earlier?.means}") maps it to "${earlier?.means}"`, 'give each unit one meaning'),
        );
      }
      return;
    }
    direct.set(from, [to, i]);
  });

  // Follow each chain to its end; an entry on a cycle is refused (once per cycle, at its first entry).
  const resolved = new Map<string, string>();
  const onCycle = new Set<string>();
  for (const from of direct.keys()) {
    if (resolved.has(from) || onCycle.has(from)) continue;
    const path: string[] = [];
    const seen = new Set<string>();
    let at = from;
    while (direct.has(at) && !seen.has(at) && !resolved.has(at) && !onCycle.has(at)) {
      seen.add(at);
      path.push(at);
      at = (direct.get(at) as readonly [string, number])[0];
    }
    if (seen.has(at)) {
      const cycle = path.slice(path.indexOf(at));
      for (const unit of cycle) onCycle.add(unit);
      const index = smallestOf(cycle.map((u) => (direct.get(u) as readonly [string, number])[1]), Infinity);
      messages.push(problem(index, `the unit synonyms go round in a cycle: ${[...cycle, at].map((u) => `"${u}"`).join(' → ')}`, 'map each unit towards one canonical unit, and that unit to nothing'));
      for (const unit of path.slice(0, path.indexOf(at))) onCycle.add(unit);
      continue;
    }
    const end = onCycle.has(at) ? undefined : (resolved.get(at) ?? at);
    for (const unit of path) {
      if (end === undefined) onCycle.add(unit);
      else resolved.set(unit, end);
    }
  }

  const longest = Math.max(0, ...[...resolved.keys()].map((k) => k.split(' ').length));
  const canonical = (unit: string): string | undefined => {
    if (resolved.size === 0) return undefined;
    const words = unitKey(unit).split(' ');
    const out: string[] = [];
    let changed = false;
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(longest, words.length - i); n > 0 && matched === 0; n--) {
        const target = resolved.get(words.slice(i, i + n).join(' '));
        if (target !== undefined) {
          out.push(target);
          matched = n;
        }
      }
      if (matched === 0) out.push(words[i] as string);
      else changed = true;
      i += Math.max(matched, 1);
    }
    return changed ? out.join(' ') : undefined;
  };
  const refused = new Set(messages.map((m) => m.path?.[0]));
  const accepted: number[] = [];
  synonyms.forEach((entry, i) => {
    if (!refused.has(i) && !onCycle.has(unitKey(entry.unit))) accepted.push(i);
  });
  return collected<CheckedUnitTable>({ canonical, accepted }, messages);
};

/**
 * A value with its unit folded by the table: a quantity whose unit an entry
 * names gets the canonical unit (its `raw` keeps the source's words); any
 * other value is returned as it is.
 *
 * @example
 * foldUnit(parsed('a dozen container ships'), table) // { …, unit: 'ship', raw: 'a dozen container ships' }
 */
export const foldUnit = <V extends Value>(value: V, table: UnitTable): V => {
  if (value.type !== 'quantity') return value;
  const q = value as unknown as QuantityValue;
  if (q.unit === undefined) return value;
  const unit = table.canonical(q.unit);
  return unit === undefined ? value : ({ ...value, unit } as V);
};

/** What a unit of a synonym cannot hold: a digit (it would be part of the amount) or "%" (a percentage is not renamed). */
const NOT_WORDS = /[\d%]/u;

const problem = (index: number, message: string, hint: string): Message => createMessage('invalid-unit-synonym', message, { path: [index], hint });
