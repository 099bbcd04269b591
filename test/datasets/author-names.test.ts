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
} from '../../src/datasets/index.js';

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
const vaneBook = [
  'Vane, Harriet',
  'Harriet Vane, Peter Wimsey',
  'Harriet Vane Peter Wimsey',
  'Vane; Wimsey',
  'Wimsey, Peter',
  'WIMSEY, PETER VANE, HARRIET',
  'WIMSEY, PETERVANE, HARRIET',
  'Vane, Harriet/ Wimsey, Peter',
  'Peter Wimsey, Harriet Vane',
  'Harriet Vane & Peter Wimsey',
  'Vane, Harriet and Wimsey, Peter',
];
const nybergBook = ['Nyberg, Lars E.', 'Gruner, Till', 'By (author) Nyberg, Lars E. By (author) Gr&uuml;ner, Till', 'Lars E. Nyberg, Till GrÃ¼ner'];

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

  it.each(vaneBook.map((cell, i) => [cell, keysFor(vaneBook)[i]!] as const))('%j → %j', (cell, key) => {
    const expected = cell === 'Vane, Harriet' ? 'vane' : cell === 'Wimsey, Peter' ? 'wimsey' : 'vane; wimsey';
    expect(key).toBe(expected);
  });

  it.each(nybergBook.map((cell, i) => [cell, keysFor(nybergBook)[i]!] as const))('%j (roles, HTML entities, mojibake) → %j', (cell, key) => {
    const expected = cell === 'Nyberg, Lars E.' ? 'nyberg' : cell === 'Gruner, Till' ? 'gruner' : 'gruner; nyberg';
    expect(key).toBe(expected);
  });

  it('counts two authors with the same surname twice', () => {
    const cells = ["O'Hara, Maeve J.; O'Hara, Liam K.", "Maeve J. O'Hara", "O'Hara, Liam"];
    expect(keysFor(cells)).toEqual(['ohara; ohara', 'ohara', 'ohara']);
  });
});

describe('gold author lists ("last, first; ...")', () => {
  it.each([
    ["o'hara, maeve j.;  o'hara, liam k.;  ", ['ohara', 'ohara']],
    ['quill, wm. ada;  vane, harriet b.;  wimsey, peter ;', ['quill', 'vane', 'wimsey']],
    ['rao, c anand;  holt, mira j.;', ['rao', 'holt']],
    ['van der berg, ida ;', ['berg']],
    ['gruner, till ;', ['gruner']],
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
    ['Gr&uuml;ner', 'Grüner'],
    ['Ren&eacute;', 'René'],
    ['Smith &amp; Jones', 'Smith & Jones'],
    ['&#233;t&#xE9;', 'été'],
    ['&unknown;', '&unknown;'],
  ])('decodeHtmlEntities(%j) = %j', (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });

  it.each([
    ['RenÃ©', 'René'],
    ['GrÃ¼ner', 'Grüner'],
    ['Plain', 'Plain'],
    ['Ã alone', 'Ã alone'],
  ])('repairMojibake(%j) = %j', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });
});
