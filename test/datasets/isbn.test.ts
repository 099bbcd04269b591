import { describe, expect, it } from 'vitest';
import { toIsbn10, toIsbn13 } from '../../src/datasets/index.js';

// Check digits below were computed independently (ISBN-10: weights 10..2 mod 11; ISBN-13: 1,3 mod 10).
describe('ISBN conversion', () => {
  it.each([
    ['0306406152', '9780306406157'],
    ['0-306-40615-2', '9780306406157'],
    ['080442957X', '9780804429573'],
    ['080442957x', '9780804429573'],
    ['1843560283', '9781843560289'],
    ['9780140449136', '9780140449136'],
    ['9780306406150', '9780306406157'],
  ])('toIsbn13(%s) = %s (check digit recomputed)', (input, expected) => {
    expect(toIsbn13(input)).toBe(expected);
  });

  it.each([
    ['9780306406157', '0306406152'],
    ['9780804429573', '080442957X'],
    ['9780975229804', '097522980X'],
    ['0140449132', '0140449132'],
  ])('toIsbn10(%s) = %s', (input, expected) => {
    expect(toIsbn10(input)).toBe(expected);
  });

  it.each(['', 'abc', '12345', '9790201853940x', '9791234567896'])('rejects %j where it is not an ISBN-10 / 978-ISBN-13', (input) => {
    expect(toIsbn10(input)).toBeUndefined();
  });

  it('round-trips', () => {
    for (const isbn of ['0306406152', '080442957X', '1843560283', '0140449132']) expect(toIsbn10(toIsbn13(isbn)!)).toBe(isbn);
  });
});
