/**
 * The flight benchmark (Li, Dong, Lyons, Meng & Srivastava, PVLDB 2012) as
 * sources and claims: one source per flight-status site, six claims per row
 * (scheduled / actual departure, departure gate, scheduled / actual arrival,
 * arrival gate) about the flight, for one snapshot day.
 */
import type { Claim } from '../model/claim.js';
import { ClaimIdSchema, PredicateIdSchema, type PredicateId } from '../model/ids.js';
import type { Predicate } from '../model/predicate.js';
import type { TextValue } from '../model/value.js';
import type { ClaimGroup, Observation } from '../resolve/problem.js';
import { assembleDataset, type BenchmarkDataset, type LoadProblem } from './dataset.js';
import { arrivalAfterDeparture, normalizeGate, parseFlightTime } from './flight-time.js';
import { buildSourceRows, spanAt } from './source-documents.js';
import { parseTsvRows, trimmedRange } from './tsv-rows.js';
import { compareOrdinal } from '../model/ordinal.js';

/** The six attributes, in column order, with their kind. */
export const FLIGHT_ATTRIBUTES = [
  { id: 'flight.scheduled-departure', kind: 'time', label: 'scheduled departure' },
  { id: 'flight.actual-departure', kind: 'time', label: 'actual departure' },
  { id: 'flight.departure-gate', kind: 'gate', label: 'departure gate' },
  { id: 'flight.scheduled-arrival', kind: 'time', label: 'scheduled arrival' },
  { id: 'flight.actual-arrival', kind: 'time', label: 'actual arrival' },
  { id: 'flight.arrival-gate', kind: 'gate', label: 'arrival gate' },
] as const;

/** The flight predicates (all functional text values). */
export const flightPredicates: readonly Predicate[] = FLIGHT_ATTRIBUTES.map((a) => ({
  id: PredicateIdSchema.parse(a.id),
  valueType: 'text',
  cardinality: 'functional',
  label: a.label,
  description:
    a.kind === 'time'
      ? `The flight's ${a.label} time, as airport-local wall-clock minute YYYY-MM-DDThh:mm.`
      : `The flight's ${a.label}, as the gate name in upper case ("C12").`,
}));

/** What a flight id may look like (it becomes part of claim ids). */
const FLIGHT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

/** The sources of the airlines whose own pages provide the gold. */
export const FLIGHT_AIRLINE_SOURCES: readonly string[] = ['aa', 'ua', 'CO'];

/** Group key of one attribute of one flight. */
export const flightGroupKey = (flight: string, predicate: string): string => `flight:${flight}|${predicate}`;

const normalizeCell = (kind: 'time' | 'gate', text: string, day: string): string | undefined =>
  kind === 'time' ? parseFlightTime(text, day) : normalizeGate(text);

/**
 * A row's six keys with each arrival read as the day after when its clock
 * would put it well before the departure (see `arrivalAfterDeparture`):
 * scheduled arrival against scheduled departure, actual against actual,
 * each falling back to the other departure.
 */
const datedArrivals = (keys: readonly (string | undefined)[]): (string | undefined)[] => {
  const [sDep, aDep, dGate, sArr, aArr, aGate] = keys;
  return [
    sDep,
    aDep,
    dGate,
    sArr === undefined ? undefined : arrivalAfterDeparture(sArr, sDep ?? aDep),
    aArr === undefined ? undefined : arrivalAfterDeparture(aArr, aDep ?? sDep),
    aGate,
  ];
};

/** `true` when a cell says plainly that nothing is known. */
const isNoClaim = (text: string): boolean =>
  /^(-+|not available|not provided by airline|contact airline|n\/a)$/i.test(text.trim()) ||
  /- (not available|contact airline)$/i.test(text.trim());

/**
 * Load one day of the flight benchmark from `claims-YYYYMMDD.tsv` and,
 * optionally, `gold-YYYYMMDD.tsv`. `day` is the snapshot date (YYYY-MM-DD),
 * used for times that omit the date or year. `excludeSources` drops sources
 * by their name in the file (e.g. `FLIGHT_AIRLINE_SOURCES`).
 *
 * @example
 * const data = loadFlightBenchmark({ day: '2011-12-01', claims, gold, excludeSources: FLIGHT_AIRLINE_SOURCES });
 */
export const loadFlightBenchmark = (input: {
  readonly day: string;
  readonly claims: string;
  readonly gold?: string;
  readonly excludeSources?: readonly string[];
  readonly name?: string;
}): BenchmarkDataset => {
  const problems: LoadProblem[] = [];
  const excluded = new Set(input.excludeSources ?? []);
  const allRows = parseTsvRows(input.claims);
  const rows = allRows.filter((r) => {
    if (excluded.has(r.cells[0]?.text.trim() ?? '')) return false;
    if (r.cells.length >= 8) return true;
    problems.push({ file: 'claims', line: r.line, message: `expected 8 tab-separated cells (source, flight, 6 attributes), found ${r.cells.length}` });
    return false;
  });
  const sources = buildSourceRows(input.claims, rows, {
    prefix: 'flight',
    publisher: 'flight status site',
    url: 'http://lunadong.com/fusionDataSets.htm',
    retrievedAt: input.day,
  });
  const predicateIds: readonly PredicateId[] = flightPredicates.map((p) => p.id);
  const observationsByGroup = new Map<string, Observation[]>();
  const claims: Claim[] = [];
  let noClaim = 0;
  let unparsed = 0;
  for (const s of sources) {
    s.rows.forEach(({ row, offset }, index) => {
      const flight = row.cells[1]!.text.trim();
      if (!FLIGHT_ID.test(flight)) {
        problems.push({
          file: 'claims',
          line: row.line,
          message: flight === '' ? 'the flight id is empty' : `"${flight}" is not a flight id (letters, digits, "-", "_", "." and ":", at most 80)`,
        });
        return;
      }
      const cells = FLIGHT_ATTRIBUTES.map((attr, a) => {
        const range = trimmedRange(row.cells[a + 2]!);
        if (range === undefined || isNoClaim(range.text)) return { range, key: undefined };
        return { range, key: normalizeCell(attr.kind, range.text, input.day) };
      });
      const keys = datedArrivals(cells.map((c) => c.key));
      FLIGHT_ATTRIBUTES.forEach((attr, a) => {
        const range = cells[a]!.range;
        if (range === undefined || isNoClaim(range.text)) {
          noClaim += 1;
          return;
        }
        const key = keys[a];
        if (key === undefined) {
          unparsed += 1;
          return;
        }
        const predicate = predicateIds[a]!;
        const value: TextValue = { type: 'text', text: key, raw: range.text };
        const id = ClaimIdSchema.parse(`${s.sourceId}:${flight}:${attr.id.slice('flight.'.length)}:${index + 1}`);
        claims.push({
          id,
          subject: { name: flight },
          predicate,
          value,
          polarity: 'affirmative',
          hedge: 'asserted',
          evidence: [spanAt(s.sourceId, s.document.text, range.start - row.start + offset, range.end - row.start + offset)],
        });
        const gk = flightGroupKey(flight, attr.id);
        const list = observationsByGroup.get(gk);
        const obs: Observation = { sourceId: s.sourceId, claimId: id, value, valueKey: key };
        if (list === undefined) observationsByGroup.set(gk, [obs]);
        else list.push(obs);
      });
    });
  }
  const groups: ClaimGroup[] = [...observationsByGroup.entries()]
    .sort((a, b) => compareOrdinal(a[0], b[0]))
    .map(([key, observations]) => ({ key, functional: true, predicate: key.slice(key.lastIndexOf('|') + 1), observations }));

  const gold = new Map<string, string>();
  const goldWithoutClaims: string[] = [];
  if (input.gold !== undefined) {
    for (const row of parseTsvRows(input.gold)) {
      const flight = row.cells[0]?.text.trim() ?? '';
      if (flight === '' || row.cells.length < 7) {
        problems.push({ file: 'gold', line: row.line, message: `expected 7 tab-separated cells (flight, 6 attributes), found ${row.cells.length}` });
        continue;
      }
      // The gold does not know it ("", "--", "TBA"): not scored.
      const texts = FLIGHT_ATTRIBUTES.map((_, a) => row.cells[a + 1]!.text.trim());
      const known = texts.map((text) => !(text === '' || isNoClaim(text) || /^tb[ad]$/i.test(text)));
      const keys = datedArrivals(FLIGHT_ATTRIBUTES.map((attr, a) => (known[a] ? normalizeCell(attr.kind, texts[a]!, input.day) : undefined)));
      FLIGHT_ATTRIBUTES.forEach((attr, a) => {
        if (!known[a]) return;
        const key = keys[a];
        if (key === undefined) {
          problems.push({ file: 'gold', line: row.line, message: `cannot read the gold ${attr.label} "${texts[a]!}"` });
          return;
        }
        const gk = flightGroupKey(flight, attr.id);
        if (observationsByGroup.has(gk)) gold.set(gk, key);
        else goldWithoutClaims.push(gk);
      });
    }
  }

  return assembleDataset({
    name: input.name ?? `flight-${input.day}`,
    sources,
    predicates: flightPredicates,
    claims,
    groups,
    gold,
    goldWithoutClaims,
    rows: rows.length,
    noClaim,
    unparsed,
    problems,
  });
};
