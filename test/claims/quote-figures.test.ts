/**
 * A quote that anchors only approximately is trusted (with `quote-inexact`)
 * while the passage found states the same figures as the quote. When the
 * figures differ — the page was updated from "4,000" to "3,000", or the
 * author misquoted it — the evidence no longer says what the claim says:
 * `quote-figure-changed`, an error at the claim's quote, and the claim is
 * not taken into reconciliation on that evidence.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { changedFigure } from '../../src/claims/quote-figures.js';
import { contentHash } from '../../src/ingest/index.js';
import { settled } from '../../src/model/result.js';
import { flat } from '../support/flat-message.js';
import { scratchFolders } from '../support/scratch-folders.js';

describe('changedFigure: the first figure a quote and a passage state differently', () => {
  it.for([
    // [quoted, found, expected]
    ['more than 4,000 times', 'more than 3,000 times', { quoted: '4,000', found: '3,000' }],
    ['spilled 4000 times', 'spilled 4,000 tiems', undefined],
    ['worth £1.2bn', 'worth £1.2m', { quoted: '1.2bn', found: '1.2m' }],
    ['worth £1.2bn', 'worth £1.2 bn', { quoted: '1.2bn', found: '1.2' }],
    ['1.5 million people', '15 million people', { quoted: '1.5', found: '15' }],
    ['four people died', 'five people died', { quoted: 'four', found: 'five' }],
    ['three ships', '3 ships', undefined],
    ['twenty-six ships', 'twenty-seven ships', { quoted: 'six', found: 'seven' }],
    ['$12 billion', '$12 million', { quoted: 'billion', found: 'million' }],
    ['a few hundred homes', 'a few thousand homes', { quoted: 'hundred', found: 'thousand' }],
    ['the 2025 figure', 'the 2026 figure', { quoted: '2025', found: '2026' }],
    ['up 12% on the year', 'up 12 % on teh year', undefined],
    ['rose to 40 on Monday', 'rose on Monday', { quoted: '40', found: undefined }],
    ['rose on Monday', 'rose to 40 on Monday', { quoted: undefined, found: '40' }],
    ['worth nearly $12 billion', 'worth near\u200Dly $12 billion', undefined],
    ['some ships sank', 'some shipz sank', undefined],
    ['1\u202F200 homes', '1200 homes', undefined],
  ] as const)('%s | %s', ([quoted, found, expected]) => {
    expect(changedFigure(quoted, found)).toEqual(expected);
  });
});

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { tempDir } = scratchFolders('quote-figures');

/** The minimal fixture with the reserve claim's quote written as `quote` (and `prefix`), and its source's sentence as `sentence`. */
const folderWith = (quote: string, sentence = 'Officials said the reserve is worth nearly $12 billion.', prefix?: string): string => {
  const dir = tempDir('folder');
  cpSync(FIXTURE, dir, { recursive: true });
  const textFile = join(dir, 'sources/wire.txt');
  const text = readFileSync(textFile, 'utf8').replace('Officials said the reserve is worth nearly $12 billion.', sentence);
  writeFileSync(textFile, text);
  const metaFile = join(dir, 'sources/wire.yaml');
  writeFileSync(metaFile, readFileSync(metaFile, 'utf8').replace(/contentHash: .*/, `contentHash: ${contentHash(text)}`));
  const claimsFile = join(dir, 'claims/wire.yaml');
  writeFileSync(claimsFile, readFileSync(claimsFile, 'utf8').replace('quote: worth nearly $12 billion', `quote: ${quote}${prefix === undefined ? '' : `\n    prefix: "${prefix}"`}`));
  return dir;
};

describe('loading a claim whose quote anchors only approximately', () => {
  it.for([
    {
      name: 'the source now says another figure',
      quote: 'Officials said the reserve is worth nearly $12 billion',
      sentence: 'Officials said the reserve is worth nearly $13 billion.',
      code: 'quote-figure-changed',
      severity: 'error',
      loads: false,
      says: 'says "13" where the quote says "12"',
    },
    {
      // What `update-source` leaves when a page changes its figure: the context still confirms the place.
      name: 'the source now says another figure, the prefix confirming the place',
      quote: 'worth nearly $12 billion',
      prefix: 'the reserve is ',
      sentence: 'Officials said the reserve is worth nearly $13 billion.',
      code: 'quote-figure-changed',
      severity: 'error',
      loads: false,
      says: 'says "13" where the quote says "12"',
    },
    {
      name: 'the author misquoted the scale',
      quote: 'worth nearly $12 million',
      code: 'quote-figure-changed',
      severity: 'error',
      loads: false,
      says: 'says "billion" where the quote says "million"',
    },
    {
      name: 'a typo in a word, the figures the same',
      quote: 'worth nearlly $12 billion',
      code: 'quote-inexact',
      severity: 'warning',
      loads: true,
      says: 'anchored to the closest passage',
    },
    {
      name: 'the figure written without its group separator',
      quote: 'is worth nearly 12 billion dollars',
      sentence: 'Officials said the reserve is worth nearly 12 billion dollars, or 1,000 a head.',
      code: undefined,
      severity: undefined,
      loads: true,
      says: undefined,
    },
  ] as const)('$name', async (entry) => {
    const { quote, code, severity, loads, says } = entry;
    const sentence = 'sentence' in entry ? entry.sentence : undefined;
    const prefix = 'prefix' in entry ? entry.prefix : undefined;
    const result = await loadCorpus(folderWith(quote, sentence, prefix));
    const messages = result.messages.map(flat).filter((m) => m.claimId === 'reserve');
    if (code === undefined) {
      expect(messages).toEqual([]);
    } else {
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ code, severity, file: 'claims/wire.yaml', line: 17, column: 12, claimId: 'reserve' });
      expect(messages[0]?.message).toContain(says);
    }
    const ids: string[] = settled(result).corpus.claims.map((c) => c.id);
    expect(ids.includes('reserve')).toBe(loads);
    // nothing else is lost
    expect(ids).toEqual(expect.arrayContaining(['members', 'signed']));
  });
});
