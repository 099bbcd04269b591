import { describe, expect, it } from 'vitest';
import { toIsbn10, toIsbn13 } from '../../src/benchmarks/index.js';

describe('ISBN conversion', () => {
  it.each([
    ['0201853949', '9780201853940'],
    ['0-201-85394-9', '9780201853940'],
    ['155860935X', '9781558609358'],
    ['1558609350', '9781558609358'],
    ['9780072999389', '9780072999389'],
    ['9780072999380', '9780072999389'],
  ])('toIsbn13(%s) = %s (check digit recomputed)', (input, expected) => {
    expect(toIsbn13(input)).toBe(expected);
  });

  it.each([
    ['9780201853940', '0201853949'],
    ['9781558609358', '1558609350'],
    ['9780072255096', '0072255099'],
    ['1576761061', '1576761061'],
  ])('toIsbn10(%s) = %s', (input, expected) => {
    expect(toIsbn10(input)).toBe(expected);
  });

  it.each(['', 'abc', '12345', '9790201853940x', '9791234567896'])('rejects %j where it is not an ISBN-10 / 978-ISBN-13', (input) => {
    expect(toIsbn10(input)).toBeUndefined();
  });

  it('round-trips', () => {
    for (const isbn of ['0201853949', '1558609350', '0072922362']) expect(toIsbn10(toIsbn13(isbn)!)).toBe(isbn);
  });
});
