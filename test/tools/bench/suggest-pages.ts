/**
 * Generated news pages for timing `suggest` (not a test): sentences dense
 * with what suggest looks for — figures with units, money, percentages,
 * dates, names, lists of names and attributed statements — from a seeded
 * PRNG, so every run measures the same page. `shape` lays the sentences out
 * as paragraphs (a few sentences each, as news pages are) or all on one
 * line (a page whose line breaks were lost).
 */
import type { Corpus } from '../../../src/model/corpus.js';
import { oneSourceCorpus } from '../../support/one-source-corpus.js';
import { createRandom } from './seeded-random.js';

const COMPANIES = ['Hartwell Water', 'Severn Vale', 'Northbrook Utilities', 'Anglian Mere', 'Southern Reach', 'Thames Crest', 'Wessex Downs', 'Yorkmoor Water'];
const PEOPLE = ['Priya Raman', 'Tom Ashby', 'Chiara Lodi', 'Park Ji-woo', 'Elena Marković', 'Rui Costa', 'Amara Okafor', 'Jonas Berg'];
const PLACES = ['Portugal', 'Spain', 'France', 'Italy', 'Germany', 'Japan', 'Canada', 'Norway', 'Chile', 'Kenya'];
const UNITS = ['spill events', 'tonnes of lithium', 'hours', 'people', 'homes', 'kilometres of pipe', 'beaches', 'treatment works', 'monitors'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const figure = (random: () => number): string => {
  const n = Math.floor(random() * 9_000) + 10;
  return n >= 1000 ? `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, '0')}` : String(n);
};
const day = (random: () => number): string => `${pick(random, MONTHS)} ${1 + Math.floor(random() * 28)}, ${2019 + Math.floor(random() * 7)}`;

const SENTENCES: readonly ((r: () => number) => string)[] = [
  (r) => `${pick(r, COMPANIES)} reported ${figure(r)} ${pick(r, UNITS)} in ${2019 + Math.floor(r() * 7)}, up ${1 + Math.floor(r() * 40)}% from the ${figure(r)} recorded on ${day(r)}.`,
  (r) => `The regulator fined ${pick(r, COMPANIES)} £${1 + Math.floor(r() * 90)}.${Math.floor(r() * 10)} million on ${day(r)}, ${pick(r, PEOPLE)} said.`,
  (r) => `"We will spend nearly $${1 + Math.floor(r() * 20)} billion on ${figure(r)} ${pick(r, UNITS)} by ${pick(r, MONTHS)} ${2026 + Math.floor(r() * 4)}," said ${pick(r, PEOPLE)}.`,
  (r) => `${pick(r, PLACES)}, ${pick(r, PLACES)} and ${pick(r, PLACES)} signed the accord on ${day(r)}, according to ${pick(r, COMPANIES)}.`,
  (r) => `More than ${figure(r)} ${pick(r, UNITS)} (about ${1 + Math.floor(r() * 60)}% of the total) were affected last year.`,
  (r) => `${pick(r, PEOPLE)}, a spokeswoman for ${pick(r, COMPANIES)}, said the company disagreed with the findings and would appeal.`,
  (r) => `Roughly ${1 + Math.floor(r() * 9)} miles below the weir, ${figure(r)} ${pick(r, UNITS)} were counted between ${figure(r)} and ${figure(r)} ${pick(r, UNITS)}.`,
];

/** A page of `sentences` sentences, as paragraphs of one to four sentences or on one line. */
export const generatedPage = (sentences: number, shape: 'paragraphs' | 'one-line', seed = 17): string => {
  const random = createRandom(seed);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i += 1) {
    parts.push(pick(random, SENTENCES)(random));
    parts.push(shape === 'paragraphs' && random() < 0.35 ? '\n\n' : ' ');
  }
  return `Water companies reported ${figure(random)} spill events\n\n${parts.join('').trimEnd()}\n`;
};

/** A folder of one source (`page`) with that text and a few predicates, as `suggestClaims` reads it. */
export const pageCorpus = (text: string): Corpus =>
  oneSourceCorpus(text, {
    id: 'page',
    title: 'Water companies reported 1,000 spill events - News',
    predicates: [
      { id: 'spill-count', valueType: 'quantity', cardinality: 'multi', label: 'spill events', description: 'How many sewage spills a company reported.' },
      { id: 'fine', valueType: 'quantity', cardinality: 'multi', label: 'fine', description: 'What a regulator fined a company.' },
      { id: 'signed-on', valueType: 'date', cardinality: 'multi', label: 'signed on', description: 'When an agreement was signed.' },
      { id: 'signatories', valueType: 'entity-set', cardinality: 'multi', label: 'signatories', description: 'Who signed an agreement.' },
    ],
    entities: [{ id: 'hartwell', name: 'Hartwell Water', kind: 'company', aliases: [] }],
  });
