import { describe, expect, it } from 'vitest';
import { withinEditDistance } from '../../src/normalize/edit-distance.js';

describe('withinEditDistance', () => {
  it.each([
    ['vault', 'vaut', 1, true], // deletion
    ['vaut', 'vault', 1, true], // insertion
    ['berry', 'barry', 1, true], // substitution
    ['greer', 'gerer', 1, true], // adjacent transposition
    ['jamieson', 'jamison', 1, true],
    ['minerals', 'materials', 1, false],
    ['minerals', 'materials', 3, true],
    ['lynas', 'usa', 2, false],
    ['north', 'south', 1, false],
    ['north', 'south', 2, true],
    ['', 'ab', 2, true],
    ['', 'abc', 2, false],
    ['same', 'same', 0, true],
    ['same', 'sane', 0, false],
  ] as const)('%j / %j within %i: %s', (a, b, k, expected) => {
    expect(withinEditDistance(a, b, k)).toBe(expected);
    expect(withinEditDistance(b, a, k)).toBe(expected);
  });
});
