/**
 * Synthetic claims for the scale benchmarks, generated one NDJSON line at a
 * time (never a corpus in memory): a fixed set of sources with short texts,
 * claim groups of 1–8 claims over six predicates (amounts, dates, places,
 * a yes/no fact, partners, statements), with aliases ("UK" / "United
 * Kingdom"), hedged and rounded figures that agree, real conflicts (≈10% of
 * groups: a tenfold amount, a date a month later, another country), a few
 * denials, and attributions to outlets outside the corpus.
 */
import { createHash } from 'node:crypto';
import type { Corpus } from '../../../src/model/corpus.js';
import type { PredicateId, SourceId } from '../../../src/model/ids.js';
import type { Predicate } from '../../../src/model/predicate.js';
import type { SourceDocument } from '../../../src/model/source.js';
import type { ClaimLine } from '../../../src/claims/ndjson-claims.js';
import { createRandom as seededRandom } from './seeded-random.js';

const PREDICATES: readonly Predicate[] = [
  { id: 'amount' as PredicateId, valueType: 'quantity', cardinality: 'functional', description: 'amount', label: 'amount' },
  { id: 'signed-on' as PredicateId, valueType: 'date', cardinality: 'functional', description: 'signing day', label: 'signed on' },
  { id: 'headquarters' as PredicateId, valueType: 'entity', cardinality: 'functional', description: 'seat', label: 'headquarters' },
  { id: 'launched' as PredicateId, valueType: 'boolean', cardinality: 'functional', description: 'launch', label: 'launch' },
  { id: 'partner' as PredicateId, valueType: 'entity', cardinality: 'multi', description: 'partner', label: 'partner' },
  { id: 'said' as PredicateId, valueType: 'text', cardinality: 'multi', description: 'statement', label: 'statement' },
];
const COUNTRIES = ['Japan', 'UK', 'United Kingdom', 'Germany', 'France', 'Australia', 'South Korea', 'Israel', 'Singapore', 'UAE', 'United Arab Emirates', 'Canada', 'India', 'Brazil'];
const OUTLETS = ['politico.com', 'Reuters', 'Yonhap', 'AFP', 'Bloomberg'];
const QUOTE = 'Dispatch';

const day = (offset: number): string => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The corpus the lines are read against (sources, predicates, no claims):
 * `sources` sources, independent of the number of claims.
 *
 * @example
 * const corpus = syntheticScaleCorpus(500);
 */
export const syntheticScaleCorpus = (sources = 500): Omit<Corpus, 'claims'> => ({
  sources: Array.from({ length: sources }, (_, s): SourceDocument => {
    const text = `${QUOTE} ${s}: figures as Outlet ${s % 97} reported them.`;
    return {
      source: {
        id: `s${String(s).padStart(5, '0')}` as SourceId,
        publisher: `Outlet ${s % 97}`,
        publishedAt: { precision: 'day', value: day(300 + (s % 60)) },
        contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
        aiGenerated: { whole: false, ranges: [] },
        derivedFrom: [],
        cites: [],
        nonContent: [],
      },
      text,
    };
  }),
  predicates: PREDICATES,
  entities: [],
});

/**
 * `n` claim lines, deterministic for a seed.
 *
 * @example
 * writeClaimsNdjson('big.ndjson', syntheticClaimLines(1_000_000, syntheticScaleCorpus()));
 */
export function* syntheticClaimLines(n: number, corpus: Omit<Corpus, 'claims'>, seed = 19): Generator<ClaimLine> {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const sources = corpus.sources.map((d) => d.source.id as string);
  let made = 0;
  for (let g = 0; made < n; g++) {
    const predicate = PREDICATES[g % PREDICATES.length]!;
    const size = 1 + Math.floor(random() * 8);
    const conflict = random() < 0.1;
    const base = 1 + Math.floor(random() * 100);
    const baseDay = 300 + Math.floor(random() * 40);
    const country = COUNTRIES[base % COUNTRIES.length]!;
    for (let k = 0; k < size && made < n; k++) {
      const odd = conflict && k === size - 1;
      const r = random();
      let value: unknown;
      let polarity: string | undefined;
      switch (predicate.id as string) {
        case 'amount': {
          const x = (odd ? base * 10 : base) * 1e9;
          // a hedged, rounded figure around the same amount agrees with the exact one
          value = r < 0.2 ? { quantity: `about $${base} billion` } : { type: 'quantity', low: x, high: x, lowInclusive: true, highInclusive: true, currency: 'USD' };
          if (odd) value = { type: 'quantity', low: x, high: x, lowInclusive: true, highInclusive: true, currency: 'USD' };
          break;
        }
        case 'signed-on':
          value = { type: 'date', start: day(odd ? baseDay + 30 : baseDay), end: day(odd ? baseDay + 30 : baseDay), precision: 'day' };
          break;
        case 'headquarters':
          value = { type: 'entity', name: odd ? COUNTRIES[(base + 5) % COUNTRIES.length]! : country };
          break;
        case 'launched':
          value = { type: 'boolean', value: true };
          if (odd) polarity = 'negative';
          break;
        case 'partner':
          value = { type: 'entity', name: `Partner ${Math.floor(random() * 5000)} Metals` };
          break;
        default:
          value = { type: 'text', text: `statement ${base}` };
      }
      const source = pick(sources);
      yield {
        id: `c${String(made).padStart(9, '0')}`,
        source,
        subject: `Venture ${g}`,
        predicate: predicate.id,
        value,
        evidence: [{ quote: QUOTE, start: 0, end: QUOTE.length }],
        ...(r > 0.9 ? { hedge: 'reported' } : {}),
        ...(polarity !== undefined ? { polarity } : {}),
        ...(random() < 0.1 ? { attribution: { outlet: pick(OUTLETS) } } : {}),
      };
      made += 1;
    }
  }
}
