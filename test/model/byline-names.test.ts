import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../src/model/byline-names.js';

describe('bylineNames: the names a byline lists', () => {
  it.each([
    ['Jane Doe', ['Jane Doe']],
    ['By Jane Doe', ['Jane Doe']],
    ['by  Jane Doe ', ['Jane Doe']],
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe AND John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe and Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['Jane Doe; John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    // "and" only as a word: names that contain the letters stay whole.
    ['Sandra Anderson', ['Sandra Anderson']],
    ['Byron Bay', ['Byron Bay']],
    ['', []],
    [' , ; ', []],
  ])('%j → %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });
});
