/** Loading the anchoring fixtures (real seed texts, see test/fixtures/anchor/README.md). */
import { readFileSync } from 'node:fs';
import { normalizeText } from '../../src/ingest/index.js';

export type FixtureName = 'coalition-001.txt' | 'daily-caller-002.txt' | 'global-times-004-excerpt.txt';

/** A fixture, normalized as ingest stores it. */
export const fixture = (name: FixtureName): string =>
  normalizeText(readFileSync(new URL(`../fixtures/anchor/${name}`, import.meta.url), 'utf8'));

/** Every start offset of `needle` in `text`. */
export const occurrencesOf = (text: string, needle: string): number[] => {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
};

/** The only start offset of `needle` in `text`; fails the test setup when it is not unique. */
export const onlyOffsetOf = (text: string, needle: string): number => {
  const found = occurrencesOf(text, needle);
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`fixture setup: expected exactly one ${JSON.stringify(needle)}, found ${found.length}`);
  }
  return found[0];
};

/** `text` with the only occurrence of `from` replaced by `to`. */
export const replaceOnce = (text: string, from: string, to: string): string => {
  const at = onlyOffsetOf(text, from);
  return text.slice(0, at) + to + text.slice(at + from.length);
};
