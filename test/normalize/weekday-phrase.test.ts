import { describe, expect, it } from 'vitest';
import { resolveWeekday, weekdayPhrase } from '../../src/normalize/index.js';

describe('weekdayPhrase', () => {
  it.each([
    ['Friday', 'friday', 'plain'],
    ['on Wednesday', 'wednesday', 'plain'],
    ['On Monday,', 'monday', 'plain'],
    ['last Friday', 'friday', 'last'],
    ['this past Monday', 'monday', 'past'],
    ['past Monday', 'monday', 'past'],
    ['this Monday', 'monday', 'this'],
    ['next Tue.', 'tuesday', 'next'],
    ['this coming Thursday', 'thursday', 'coming'],
    ['coming Thursday', 'thursday', 'coming'],
    ['Thurs', 'thursday', 'plain'],
    ['Sunday morning', 'sunday', 'plain'],
  ] as const)('%j → %s (%s)', (text, weekday, relation) => {
    expect(weekdayPhrase(text)).toEqual({ weekday, relation });
  });

  it.each([['Fridays'], ['Friday at 5pm'], ['Dec 12'], ['sundae'], ['']])('%j is not a weekday phrase', (text) => {
    expect(weekdayPhrase(text)).toBeUndefined();
  });
});

describe('resolveWeekday around Wednesday 2025-12-24', () => {
  const wed = { year: 2025, month: 12, day: 24 };
  it.each([
    ['wednesday', 'plain', 'past', 24],
    ['tuesday', 'plain', 'past', 23],
    ['thursday', 'plain', 'past', 18],
    ['wednesday', 'last', 'past', 17],
    ['wednesday', 'next', 'past', 31],
    ['thursday', 'plain', 'future', 25],
    ['wednesday', 'plain', 'future', 24],
  ] as const)('%s (%s, %s) → Dec %i', (weekday, relation, direction, day) => {
    expect(resolveWeekday({ weekday, relation }, wed, direction)).toEqual({ year: 2025, month: 12, day });
  });

  it('crosses month and year ends', () => {
    expect(resolveWeekday({ weekday: 'friday', relation: 'plain' }, { year: 2026, month: 1, day: 1 }, 'past')).toEqual({
      year: 2025,
      month: 12,
      day: 26,
    });
  });
});
