import { describe, expect, it } from 'vitest';
import { valueConflictRule } from '../../../src/reconcile/index.js';
import { runExample } from '../fixture.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
const [notOk] = valueConflictRule.meta.examples;

describe('value-conflict', () => {
  it('reports each side with its claims, quotes, offsets and normalized values', () => {
    const [f] = runExample(valueConflictRule, notOk).findings;
    expect(f?.severity).toBe('error');
    expect(f?.sides.map((s) => s.claims.map((c) => [c.claimId, c.sourceId, c.span.quote.exact]))).toEqual([
      [['vault-a', 'a', 'a nearly $12 billion critical mineral reserve']],
      [['vault-b', 'b', 'a $120 billion stockpile']],
    ]);
    const text = notOk?.sources[1]?.text ?? '';
    const span = f?.sides[1]?.claims[0]?.span;
    expect(text.slice(span?.position.start, span?.position.end)).toBe('a $120 billion stockpile');
    expect(f?.sides[1]?.claims[0]?.value).toMatchObject({ type: 'quantity', low: 120e9 });
  });

  it('is a message: placed at its first claim, with the rule and its absolute docs url', () => {
    const [f] = runExample(valueConflictRule, notOk).findings;
    expect(f).toMatchObject({ source: 'reconcile', code: 'finding', ruleId: 'value-conflict', place: { sourceId: 'a' } });
    expect(f?.url).toMatch(/^https:\/\/.+\/rules\.md#value-conflict$/);
  });
});

describe('value-conflict: a finding of three values or more counts its sources in agreement', () => {
  const capital = { id: 'private-capital', valueType: 'quantity', cardinality: 'functional', label: 'private capital' } as const;
  const figures = ['$1.5 billion', '$3 billion', '$6 billion'];
  // Source of each of the three figures.
  it.each([
    ['one source', ['p', 'p', 'p'], 'Project Vault, private capital: one source gives three values'],
    ['two sources', ['p', 'p', 'q'], 'Project Vault, private capital: two sources give three values'],
    ['three sources', ['p', 'q', 'r'], 'Project Vault, private capital: three sources give three values'],
  ])('%s', (_, sourceOf, says) => {
    const ids = [...new Set(sourceOf)];
    const sources = ids.map((id) => ({ id, text: `Private investors put in ${figures.filter((_, i) => sourceOf[i] === id).join(', then ')}.` }));
    const claims = figures.map((figure, i) => ({ id: `pc-${i}`, source: sourceOf[i] as string, quote: figure, subject: 'Project Vault', predicate: 'private-capital', value: { quantity: figure } }));
    const { findings } = runExample(valueConflictRule, { title: 'three figures', sources, predicates: [capital], claims, findings: ['value-conflict'] });
    expect(findings.map((f) => f.message.slice(0, says.length))).toEqual([says]);
  });
});

describe('value-conflict: a wider value that fits two sides in conflict is shown fitting them, not hiding them', () => {
  const injured = { id: 'injured', valueType: 'quantity', cardinality: 'functional', label: 'people injured' } as const;
  /** One source per sentence; the claim quotes the figure's words. */
  const story = (sentences: readonly (readonly [string, string])[]) => ({
    title: 'injured',
    sources: sentences.map(([sentence], i) => ({ id: `s${i + 1}`, text: sentence })),
    predicates: [injured],
    claims: sentences.map(([, figure], i) => ({ id: `c${i + 1}`, source: `s${i + 1}`, quote: figure, subject: 'the blast', predicate: 'injured', value: { quantity: figure } })),
    findings: ['value-conflict'],
  });
  it.each([
    {
      name: 'an estimate between two counts',
      sentences: [
        ['About 100 people were injured in the blast, the fire service said.', 'About 100'],
        ['Hospital officials counted about 130 injured by the evening.', 'about 130'],
        ['Between 80 and 150 people were hurt, according to early police estimates.', 'Between 80 and 150'],
      ],
      sides: [['s1'], ['s2']],
      fits: '; s3 gives Between 80 and 150, which fits both',
      notes: [['s3', 'Between 80 and 150']],
    },
    {
      name: 'two sources give the wide estimate',
      sentences: [
        ['Between 80 and 150 people were hurt, police said.', 'Between 80 and 150'],
        ['Between 80 and 150 people were hurt, the mayor repeated.', 'Between 80 and 150'],
        ['About 100 people were injured, the fire service said.', 'About 100'],
        ['Hospital officials counted about 130 injured.', 'about 130'],
      ],
      sides: [['s3'], ['s4']],
      fits: '; s1 and s2 give Between 80 and 150, which fits both',
      notes: [['s1', 'Between 80 and 150'], ['s2', 'Between 80 and 150']],
    },
    {
      // Each "about" fits two counts in conflict, so both are set apart; they conflict with each other,
      // which used to stay hidden under the widest estimate.
      name: 'two rounded figures, each between two counts, under a wide estimate',
      sentences: [
        ['Officials first counted 48 injured.', '48'],
        ['A later tally gave 52 injured.', '52'],
        ['About 50 people were hurt, a witness said.', 'About 50'],
        ['The hospital treated 68 injured.', '68'],
        ['The regional office reported 72 injured.', '72'],
        ['Around 70 were injured, the mayor said.', 'Around 70'],
        ['Between 40 and 80 people were injured, police said.', 'Between 40 and 80'],
      ],
      sides: [['s1'], ['s2'], ['s4'], ['s5'], ['s3'], ['s6']],
      fits: '; s7 gives Between 40 and 80, which fits all six',
      notes: [['s7', 'Between 40 and 80']],
    },
    {
      // In conflict with 300 itself, the wide estimate is a side, as any value in conflict is.
      name: 'an estimate between two counts, in conflict with a third',
      sentences: [
        ['About 100 people were injured in the blast, the fire service said.', 'About 100'],
        ['Hospital officials counted about 130 injured by the evening.', 'about 130'],
        ['Between 80 and 150 people were hurt, according to early police estimates.', 'Between 80 and 150'],
        ['A union leaflet spoke of 300 injured.', '300'],
      ],
      sides: [['s1'], ['s2'], ['s4'], ['s3']],
      fits: ', 300 (s4) and Between 80 and 150 (s3) — 63% apart',
      notes: [],
    },
  ] as const)('$name', ({ sentences, sides, fits, notes }) => {
    const { findings } = runExample(valueConflictRule, story(sentences));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.sides.map((s) => s.sources)).toEqual(sides);
    expect(f?.message.slice(-fits.length)).toBe(fits);
    expect(f?.related.map((n) => [n.sourceId, n.span?.quote.exact])).toEqual(notes);
  });

  it('is no side and leaves the severity to the sides: 100 vs 130 stays the error it is', () => {
    const sentences = [
      ['About 100 people were injured, the fire service said.', 'About 100'],
      ['Hospital officials counted 130 injured.', '130'],
      ['Between 80 and 150 people were hurt, police said.', 'Between 80 and 150'],
    ] as const;
    const [alone] = runExample(valueConflictRule, story(sentences.slice(0, 2))).findings;
    const [f] = runExample(valueConflictRule, story(sentences)).findings;
    expect(f?.severity).toBe(alone?.severity);
    expect(f?.id).toBe(alone?.id);
    expect(f?.message).toBe(`${alone?.message as string}; s3 gives Between 80 and 150, which fits both`);
  });
});
