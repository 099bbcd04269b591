import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/model/index.js';
import { FLIGHT_AIRLINE_SOURCES, flightGroupKey, loadFlightBenchmark } from '../../src/benchmarks/index.js';
import { majorityVote } from '../../src/resolve/index.js';

// source, flight, sched dep, actual dep, dep gate, sched arr, actual arr, arr gate (written for the test)
const claims = [
  'aa\tAA-1007-TPA-MIA\t12/01/2011 01:55 PM\t12/01/2011 02:07 PM\tF78\t12/01/2011 03:00 PM\t12/01/2011 02:57 PM\tD5',
  'flightexplorer\tAA-1007-TPA-MIA\t\t12/1/2011 2:07PM EST\t\t\t12/1/2011 2:51PM EST\t',
  'airtravelcenter\tAA-1007-TPA-MIA\t\t12/1/11 2:06 PM (-05:00)\t\t\t12/1/11 2:51 PM (-05:00)\t',
  'orbitz\tAA-1007-TPA-MIA\t1:55pDec 1\t2:07pDec 1\t F78\t3:00pDec 1\t2:57pDec 1\t -',
  'travelocity\tAA-1007-TPA-MIA\tDec 01 - 1:55pm\tDec 01 - Contact Airline\tNot provided by airline\tDec 01 - 3:00pm\tDec 01 - 2:57pm\tD5',
  'flightview\tAA-1007-TPA-MIA\t1:55 PM, Dec 01\t2:08 PM, Dec 01\tTerm F - F78\t3:00 PM, Dec 01\t2:57 PM, Dec 01\tTerminal 1',
  '',
].join('\n');
const gold = 'AA-1007-TPA-MIA\t12/01/2011 01:55 PM\t12/01/2011 02:07 PM\tF78\t12/01/2011 03:00 PM\t12/01/2011 02:57 PM\t--\n';

describe('loadFlightBenchmark', () => {
  const data = loadFlightBenchmark({ day: '2011-12-01', claims, gold });

  it('makes one claim per non-empty, readable cell, about the flight, with the canonical minute as value', () => {
    expect(data.stats).toMatchObject({ rows: 6, sources: 6, groups: 6 });
    const dep = data.claims.filter((c) => c.predicate === 'flight.actual-departure').map((c) => [c.evidence[0]!.sourceId, c.value]);
    expect(dep).toEqual([
      ['flight:aa', { type: 'text', text: '2011-12-01T14:07', raw: '12/01/2011 02:07 PM' }],
      ['flight:airtravelcenter', { type: 'text', text: '2011-12-01T14:06', raw: '12/1/11 2:06 PM (-05:00)' }],
      ['flight:flightexplorer', { type: 'text', text: '2011-12-01T14:07', raw: '12/1/2011 2:07PM EST' }],
      ['flight:flightview', { type: 'text', text: '2011-12-01T14:08', raw: '2:08 PM, Dec 01' }],
      ['flight:orbitz', { type: 'text', text: '2011-12-01T14:07', raw: '2:07pDec 1' }],
    ]);
    expect(data.claims.find((c) => c.predicate === 'flight.departure-gate' && c.evidence[0]!.sourceId === 'flight:flightview')?.value).toEqual({
      type: 'text',
      text: 'F78',
      raw: 'Term F - F78',
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
    expect(data.gold.get(flightGroupKey('AA-1007-TPA-MIA', 'flight.actual-departure'))).toBe('2011-12-01T14:07');
    expect(data.gold.has(flightGroupKey('AA-1007-TPA-MIA', 'flight.arrival-gate'))).toBe(false);
    const r = majorityVote.resolve(data.problem);
    expect(r.groups.find((g) => g.key === flightGroupKey('AA-1007-TPA-MIA', 'flight.actual-departure'))?.preferred?.valueKey).toBe(
      '2011-12-01T14:07',
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
