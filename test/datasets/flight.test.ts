import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/model/index.js';
import { FLIGHT_AIRLINE_SOURCES, flightGroupKey, loadFlightBenchmark } from '../../src/datasets/index.js';
import { majorityVote } from '../../src/resolve/index.js';

// source, flight, sched dep, actual dep, dep gate, sched arr, actual arr, arr gate (written for the test)
const claims = [
  'aa\tZZ-901-AAA-BBB\t12/01/2011 09:10 AM\t12/01/2011 09:22 AM\tB12\t12/01/2011 11:40 AM\t12/01/2011 11:31 AM\tC7',
  'flightexplorer\tZZ-901-AAA-BBB\t\t12/1/2011 9:22AM EST\t\t\t12/1/2011 11:29AM EST\t',
  'airtravelcenter\tZZ-901-AAA-BBB\t\t12/1/11 9:21 AM (-05:00)\t\t\t12/1/11 11:29 AM (-05:00)\t',
  'orbitz\tZZ-901-AAA-BBB\t9:10aDec 1\t9:22aDec 1\t B12\t11:40aDec 1\t11:31aDec 1\t -',
  'travelocity\tZZ-901-AAA-BBB\tDec 01 - 9:10am\tDec 01 - Contact Airline\tNot provided by airline\tDec 01 - 11:40am\tDec 01 - 11:31am\tC7',
  'flightview\tZZ-901-AAA-BBB\t9:10 AM, Dec 01\t9:23 AM, Dec 01\tTerm B - B12\t11:40 AM, Dec 01\t11:31 AM, Dec 01\tTerminal 1',
  '',
].join('\n');
const gold = 'ZZ-901-AAA-BBB\t12/01/2011 09:10 AM\t12/01/2011 09:22 AM\tB12\t12/01/2011 11:40 AM\t12/01/2011 11:31 AM\t--\n';

describe('loadFlightBenchmark', () => {
  const data = loadFlightBenchmark({ day: '2011-12-01', claims, gold });

  it('makes one claim per non-empty, readable cell, about the flight, with the canonical minute as value', () => {
    expect(data.stats).toMatchObject({ rows: 6, sources: 6, groups: 6 });
    const dep = data.claims.filter((c) => c.predicate === 'flight.actual-departure').map((c) => [c.evidence[0]!.sourceId, c.value]);
    expect(dep).toEqual([
      ['flight:aa', { type: 'text', text: '2011-12-01T09:22', raw: '12/01/2011 09:22 AM' }],
      ['flight:airtravelcenter', { type: 'text', text: '2011-12-01T09:21', raw: '12/1/11 9:21 AM (-05:00)' }],
      ['flight:flightexplorer', { type: 'text', text: '2011-12-01T09:22', raw: '12/1/2011 9:22AM EST' }],
      ['flight:flightview', { type: 'text', text: '2011-12-01T09:23', raw: '9:23 AM, Dec 01' }],
      ['flight:orbitz', { type: 'text', text: '2011-12-01T09:22', raw: '9:22aDec 1' }],
    ]);
    expect(data.claims.find((c) => c.predicate === 'flight.departure-gate' && c.evidence[0]!.sourceId === 'flight:flightview')?.value).toEqual({
      type: 'text',
      text: 'B12',
      raw: 'Term B - B12',
    });
  });

  it('points every claim at its cell in the source text', () => {
    for (const c of data.claims) {
      expect(ClaimSchema.safeParse(c).success).toBe(true);
      const span = c.evidence[0]!;
      const text = data.sources.find((s) => s.source.id === span.sourceId)!.text;
      expect(text.slice(span.position.start, span.position.end)).toBe(span.quote.exact);
      expect(span.quote.exact).toBe(c.value.type === 'text' ? c.value.raw : undefined);
    }
  });

  it('counts "Contact Airline", "Not provided", "-" and empty cells as no claim, a terminal without gate as unreadable', () => {
    expect(data.stats.noClaim).toBe(3 + 3 + 1 + 2 + 2);
    expect(data.stats.unparsed).toBe(1);
  });

  it('scores the gold cells that state a value ("--" is not scored)', () => {
    expect(data.gold.size).toBe(5);
    expect(data.gold.get(flightGroupKey('ZZ-901-AAA-BBB', 'flight.actual-departure'))).toBe('2011-12-01T09:22');
    expect(data.gold.has(flightGroupKey('ZZ-901-AAA-BBB', 'flight.arrival-gate'))).toBe(false);
    const r = majorityVote.resolve(data.problem);
    expect(r.groups.find((g) => g.key === flightGroupKey('ZZ-901-AAA-BBB', 'flight.actual-departure'))?.preferred?.valueKey).toBe(
      '2011-12-01T09:22',
    );
  });

  it('can leave out the airlines that provide the gold', () => {
    const without = loadFlightBenchmark({ day: '2011-12-01', claims, gold, excludeSources: FLIGHT_AIRLINE_SOURCES });
    expect(without.sources.map((s) => s.source.id)).not.toContain('flight:aa');
    expect(without.stats.sources).toBe(5);
    expect(without.gold.size).toBe(5);
  });
});

describe('malformed flight rows', () => {
  it('are reported with their line and left out', () => {
    const data = loadFlightBenchmark({
      day: '2011-12-01',
      claims: 'aa\tAA-1-X-Y\t12/01/2011 01:55 PM\nok\tAA-1-X-Y\t\t\t\t\t\t\nok\tAA 1 X Y\t12/01/2011 01:55 PM\t\t\t\t\t\n',
    });
    expect(data.problems).toEqual([
      { file: 'claims', line: 1, message: 'expected 8 tab-separated cells (source, flight, 6 attributes), found 3' },
      { file: 'claims', line: 3, message: '"AA 1 X Y" is not a flight id (letters, digits, "-", "_", "." and ":", at most 80)' },
    ]);
    expect(data.sources.map((s) => s.source.id)).toEqual(['flight:ok']);
    expect(data.claims).toEqual([]);
  });
});
