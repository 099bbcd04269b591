import { describe, expect, it } from 'vitest';
import {
  buildSurnameLexicon,
  decodeHtmlEntities,
  goldSurnames,
  isNoAuthorClaim,
  parseAuthorStructure,
  repairMojibake,
  surnameKey,
  surnamesOf,
} from '../../src/benchmarks/index.js';

/** Author cells of one book as different stores wrote them. */
const knuthBook = [
  'Knuth, Donald E.',
  'Donald E. Knuth',
  'Knuth',
  'KNUTH, DONALD E.',
  'Donald Ervin Knuth',
  'Knuth, Donald E. (Editor)',
  'Donald E. Knuth John Fuller',
  'Knuth, Donald E.; Fuller, John',
];
const courageBook = [
  'Courage, Catherine',
  'Catherine Courage, Kathy Baxter',
  'Catherine Courage Kathy Baxter',
  'Courage; Baxter',
  'Baxter, Kathy',
  'BAXTER, KATHY COURAGE, CATHERINE',
  'BAXTER, KATHYCOURAGE, CATHERINE',
  'Courage, Catherine/ Baxter, Kathy',
  'Kathy Baxter, Catherine Courage',
  'Catherine Courage & Kathy Baxter',
  'Courage, Catherine and Baxter, Kathy',
];
const hoosBook = ['Hoos, Holger H.', 'Stutzle, Thomas', 'By (author) Hoos, Holger H. By (author) St&uuml;tzle, Thomas', 'Holger H. Hoos, Thomas StÃ¼tzle'];

const keysFor = (cells: readonly string[]): string[] => {
  const structures = cells.map(parseAuthorStructure);
  const lexicon = buildSurnameLexicon(structures);
  return structures.map((s) => surnameKey(surnamesOf(s, lexicon)));
};

describe('surnames of author strings, decided per book', () => {
  it.each(knuthBook.map((cell, i) => [cell, keysFor(knuthBook)[i]!] as const))('%j → %j', (cell, key) => {
    const expected = /Fuller/.test(cell) ? 'fuller; knuth' : 'knuth';
    expect(key).toBe(expected);
  });

  it.each(courageBook.map((cell, i) => [cell, keysFor(courageBook)[i]!] as const))('%j → %j', (cell, key) => {
    const expected = cell === 'Courage, Catherine' ? 'courage' : cell === 'Baxter, Kathy' ? 'baxter' : 'baxter; courage';
    expect(key).toBe(expected);
  });

  it.each(hoosBook.map((cell, i) => [cell, keysFor(hoosBook)[i]!] as const))('%j (roles, HTML entities, mojibake) → %j', (cell, key) => {
    const expected = cell === 'Hoos, Holger H.' ? 'hoos' : cell === 'Stutzle, Thomas' ? 'stutzle' : 'hoos; stutzle';
    expect(key).toBe(expected);
  });

  it('counts two authors with the same surname twice', () => {
    const cells = ["O'Leary, Timothy J.; O'Leary, Linda I.", "Timothy J. O'Leary", "O'Leary, Linda"];
    expect(keysFor(cells)).toEqual(['oleary; oleary', 'oleary', 'oleary']);
  });
});

describe('gold author lists ("last, first; ...")', () => {
  it.each([
    ["o'leary, timothy j.;  o'leary, linda i.;  ", ['oleary', 'oleary']],
    ['conklin, wm. arthur;  white, gregory b.;  cothren, chuck ;', ['conklin', 'white', 'cothren']],
    ['kumar, c bala;  kline, paul j.;', ['kumar', 'kline']],
    ['van der aalst, wil ;', ['aalst']],
    ['stutzle, thomas ;', ['stutzle']],
  ])('%j → %j', (list, surnames) => {
    expect(goldSurnames(list)).toEqual(surnames);
  });
});

describe('cells that state no author', () => {
  it.each([
    ['Not Available', true],
    ['  not available ', true],
    ['', true],
    ['Knuth', false],
  ])('%j → %s', (cell, expected) => {
    expect(isNoAuthorClaim(cell)).toBe(expected);
  });
});

describe('web text clean-up', () => {
  it.each([
    ['St&uuml;tzle', 'Stützle'],
    ['Marcad&eacute;', 'Marcadé'],
    ['Smith &amp; Jones', 'Smith & Jones'],
    ['&#233;t&#xE9;', 'été'],
    ['&unknown;', '&unknown;'],
  ])('decodeHtmlEntities(%j) = %j', (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });

  it.each([
    ['MarcadÃ©', 'Marcadé'],
    ['StÃ¼tzle', 'Stützle'],
    ['Plain', 'Plain'],
    ['Ã alone', 'Ã alone'],
  ])('repairMojibake(%j) = %j', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });
});
