import { describe, expect, it } from 'vitest';
import type { AliasEntry } from '../../src/model/entity.js';
import { entityId } from '../../src/model/ids.js';
import { createEntityResolver } from '../../src/normalize/index.js';

/** The kind of alias table a corpus brings (the Pax Silica seeds name these). */
const corpusTable: AliasEntry[] = [
  {
    id: entityId('org:us-dod'),
    name: 'Department of Defense',
    kind: 'organization',
    aliases: ['Pentagon', 'DoD', 'U.S. Department of Defense', 'Department of War'],
  },
  { id: entityId('company:mp-materials'), name: 'MP Materials', kind: 'company', aliases: ['MP Materials Corp.'] },
  { id: entityId('programme:project-vault'), name: 'Project Vault', kind: 'programme', aliases: [] },
  { id: entityId('agreement:pax-silica'), name: 'Pax Silica Declaration', kind: 'agreement', aliases: ['Pax Silica'] },
  { id: entityId('person:jd-vance'), name: 'JD Vance', kind: 'person', aliases: ['J.D. Vance', 'Vice President JD Vance'] },
];

const resolver = createEntityResolver({ entities: corpusTable });

describe('resolve: countries through countries-list, dots stripped', () => {
  it.each([
    ['U.K.', 'country:GB'],
    ['UK', 'country:GB'],
    ['Britain', 'country:GB'],
    ['Great Britain', 'country:GB'],
    ['United Kingdom', 'country:GB'],
    ['the United Kingdom', 'country:GB'],
    ['U.S.', 'country:US'],
    ['US', 'country:US'],
    ['USA', 'country:US'],
    ['America', 'country:US'],
    ['United States', 'country:US'],
    ['united states of america', 'country:US'],
    ['UAE', 'country:AE'],
    ['United Arab Emirates', 'country:AE'],
    ['South Korea', 'country:KR'],
    ['Republic of Korea', 'country:KR'],
    ['ROK', 'country:KR'],
    ['Democratic Republic of Congo', 'country:CD'],
    ['the Netherlands', 'country:NL'],
    ['Türkiye', 'country:TR'],
    ['Turkiye', 'country:TR'],
    ['Japan', 'country:JP'],
    ['country:GB', 'country:GB'],
    ["China's", 'country:CN'],
    ['America\u2019s', 'country:US'],
  ])('%s → %s', (name, id) => {
    expect(resolver.resolve(name)).toBe(id);
  });
});

describe('resolve: organisations, people, programmes from alias tables', () => {
  it.each([
    ['Pentagon', 'org:us-dod'],
    ['the Pentagon', 'org:us-dod'],
    ['DoD', 'org:us-dod'],
    ['Department of Defense', 'org:us-dod'],
    ['U.S. Department of Defense', 'org:us-dod'],
    ['MP Materials', 'company:mp-materials'],
    ['Project Vault', 'programme:project-vault'],
    ['J.D. Vance', 'person:jd-vance'],
    ['EU', 'org:EU'],
    ['European Union', 'org:EU'],
    ['G7', 'org:G7'],
  ])('%s → %s', (name, id) => {
    expect(resolver.resolve(name)).toBe(id);
  });

  it.each([['MP Minerals'], ['Korea'], ['in'], ['IT'], ['European Commission'], [''], ['Project Vaut']])(
    '%j resolves to nothing',
    (name) => {
      expect(resolver.resolve(name)).toBeUndefined();
    },
  );

  it('knows canonical names and entries', () => {
    expect(resolver.canonicalName('country:GB')).toBe('United Kingdom');
    expect(resolver.canonicalName('org:us-dod')).toBe('Department of Defense');
    expect(resolver.canonicalName('org:nope')).toBeUndefined();
    expect(resolver.entity('country:KR')?.names).toContain('Republic of Korea');
  });
});

describe('createEntityResolver: layering, ambiguity, determinism', () => {
  it('does not know countries when told not to, nor the EU as a country', () => {
    const bare = createEntityResolver({ countries: false, organisations: false });
    expect(bare.resolve('UK')).toBeUndefined();
    expect(bare.entities).toEqual([]);
    expect(createEntityResolver().entity('org:EU')?.kind).toBe('organization');
  });

  it('lets a corpus entry extend a built-in entity by its id', () => {
    const r = createEntityResolver({
      entities: [{ id: entityId('country:US'), name: 'United States', kind: 'country', aliases: ['Washington'] }],
    });
    expect(r.resolve('Washington')).toBe('country:US');
    expect(r.resolve('U.S.A.')).toBe('country:US');
  });

  it('makes a name two corpus entries claim ambiguous instead of picking one', () => {
    const r = createEntityResolver({
      entities: [
        { id: entityId('person:a'), name: 'Guo Jiakun', kind: 'person', aliases: ['Guo'] },
        { id: entityId('person:b'), name: 'Gao', kind: 'person', aliases: ['Guo'] },
      ],
    });
    expect(r.resolve('Guo')).toBeUndefined();
    expect(r.ambiguous).toEqual([{ key: 'guo', ids: ['person:a', 'person:b'] }]);
  });

  it('gives the same answers whatever the order of the table', () => {
    const reversed = createEntityResolver({ entities: [...corpusTable].reverse() });
    expect(reversed.entities).toEqual(resolver.entities);
    for (const name of ['Pentagon', 'Pax Silica', 'UK', 'MP Materials Corp.']) {
      expect(reversed.resolve(name)).toBe(resolver.resolve(name));
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(resolver)).toBe(true);
    expect(Object.isFrozen(resolver.entities)).toBe(true);
  });
});

describe('nearDuplicate', () => {
  const bare = createEntityResolver();
  it.each([
    // near-duplicates of one entity
    ['MP Minerals', 'MP Materials', true, 'near-duplicate'],
    ['Project Vaut', 'Project Vault', true, 'near-duplicate'],
    ['Chris Berry', 'Chris Barry', true, 'near-duplicate'],
    ['Jamieson Greer', 'Jamison Greer', true, 'near-duplicate'],
    ['Lithium Americas', 'Lithium Americas Corp.', true, 'near-duplicate'],
    ['Untied States', 'United States', true, 'near-duplicate'],
    ['MSP', 'Mineral Security Partnership', true, 'acronym'],
    ['FORGE', 'Forum on Resource Geostrategic Engagement', true, 'acronym'],
    ['U.K.', 'UK', true, 'same-name'],
    ['Britain', 'United Kingdom', true, 'same-entity'],
    // not near-duplicates
    ['United States', 'United Kingdom', false, 'different-entities'],
    ['North Korea', 'South Korea', false, 'different-entities'],
    ['Lynas Rare Earths', 'USA Rare Earth', false, 'unrelated'],
    ['North Star Mining', 'South Star Mining', false, 'unrelated'],
    ['Critical Minerals Ministerial', 'Critical Minerals Production Alliance', false, 'unrelated'],
    ['G7', 'G8', false, 'unrelated'],
    ['Lithium Americas', 'MP Materials', false, 'unrelated'],
    ['Guo Jiakun', 'Gao', false, 'unrelated'],
    ['Donald Trump', 'Donald Trump administration', false, 'unrelated'],
    ['Trump administration', 'Trump-administrationen', true, 'near-duplicate'],
    ['Department of State', 'State Department', true, 'near-duplicate'],
    ['Critical Minerals Ministerial', 'Ministerial Meeting on Critical Minerals', true, 'near-duplicate'],
  ] as const)('%s / %s → %s (%s)', (a, b, similar, relation) => {
    const result = bare.nearDuplicate(a, b);
    expect(result.similar).toBe(similar);
    expect(result.relation).toBe(relation);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.reason.length).toBeGreaterThan(10);
    // symmetric
    expect(bare.nearDuplicate(b, a).similar).toBe(similar);
  });

  it('uses the corpus table: names of one known entity are the same entity', () => {
    expect(resolver.nearDuplicate('Pentagon', 'DoD')).toMatchObject({ similar: true, relation: 'same-entity' });
    expect(resolver.nearDuplicate('MP Materials', 'Project Vault')).toMatchObject({ similar: false, relation: 'different-entities' });
  });
});
