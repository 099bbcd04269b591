/**
 * A claim's `quantity:` written as a YAML number, read as the claim-file
 * loader reads it: YAML has already made it a double, so the value is that
 * double's (the number tests of normalize and values share this).
 */
import { quantityKind, type QuantityValue } from '../../src/values/kinds/quantity.js';

export const fromYamlNumber = (n: number): QuantityValue => {
  const shorthand = quantityKind.shorthands.find((s) => s.key === 'quantity');
  const read = (shorthand?.read as ((written: { quantity: number }, context: { publishedAt: { precision: 'unknown' } }) => { ok: boolean; value?: QuantityValue }) | undefined)?.(
    { quantity: n },
    { publishedAt: { precision: 'unknown' } },
  );
  if (read?.ok !== true || read.value === undefined) throw new Error(`${n} was not read`);
  return read.value;
};
