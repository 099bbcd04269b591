/**
 * Each claim's value as a value-entry id, in a column: what grouping finds
 * once per claim (`ValueTable.entry`) and keeps for the readers after it, so
 * that a reader that asks something of each distinct value (name-variant:
 * the names an entity or an entity set gives) works it out once per entry
 * and reads a number per claim instead of the claim and its value object.
 *
 * Positions are the claims' places in the groups as `groupClaims` returns
 * them, as in `source-column.ts`: group `g`'s claim `k` is at
 * `GroupSources.starts[g] + k`.
 */
import type { AnyValue } from '../../values/value-kind.js';
import { entryValue, type ValueEntry } from './value-table.js';

/** What a run knows of its claims' values, in columns. */
export interface GroupValues {
  /** By claim position: the id of the claim's value entry (`entries[id]`; `entryValue` of it is the claim's `value`). */
  readonly valueOf: Int32Array;
  /** By entry id: the run's value entries. */
  readonly entries: readonly ValueEntry[];
}

const kept = new WeakMap<object, GroupValues>();

/** Keep the claim values grouping found for the rule context built from its groups (`buildContext`). */
export const keepGroupValues = (context: object, values: GroupValues): void => void kept.set(context, values);

/**
 * The claim values of a rule context `buildContext` made; `undefined` for a
 * context made elsewhere (then read each claim's `value`).
 *
 * @example
 * const values = groupValuesOf(context);
 * const value = values !== undefined ? valueAt(values, sources.starts[g] + k) : context.groups[g].claims[k].value;
 */
export const groupValuesOf = (context: object): GroupValues | undefined => kept.get(context);

/** The value of the claim at a position (the shared canonical value, as the claim carries it). */
export const valueAt = (values: GroupValues, position: number): AnyValue => entryValue(values.entries[values.valueOf[position] as number] as ValueEntry);
