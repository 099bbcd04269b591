import { describe, expect, it } from 'vitest';
import { EntitySetValueSchema } from '../../src/model/value.js';
import { createEntityResolver, parseEntitySet } from '../../src/normalize/index.js';

const resolver = createEntityResolver();

const cases: [string, 'closed' | 'open' | 'count', string[], number?][] = [
  ['the founding members are A, B, C, D and E', 'closed', ['A', 'B', 'C', 'D', 'E']],
  ['among them A and B', 'open', ['A', 'B']],
  ['nine partners', 'count', [], 9],
  ['five founding members', 'count', [], 5],
  ['26 new investments and partnerships', 'count', [], 26],
  ['Singapore, Australia, Japan, South Korea, and Israel', 'closed', ['Singapore', 'Australia', 'Japan', 'South Korea', 'Israel']],
  ['the five founding members are Singapore, Australia, Japan, South Korea and Israel', 'closed', ['Singapore', 'Australia', 'Japan', 'South Korea', 'Israel']],
  ['five countries: A, B, C, D and E', 'closed', ['A', 'B', 'C', 'D', 'E']],
  [
    'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel are among a band of nations',
    'open',
    ['Singapore', 'Australia', 'Japan', 'South Korea', 'the United Arab Emirates', 'the Netherlands', 'the UK', 'Israel'],
  ],
  ['including Japan, Australia and others', 'open', ['Japan', 'Australia']],
  ['countries such as Japan and Australia', 'open', ['Japan', 'Australia']],
  ['the UK, European Union, Japan, India, South Korea, Australia, and the Democratic Republic of Congo', 'closed',
    ['the UK', 'European Union', 'Japan', 'India', 'South Korea', 'Australia', 'the Democratic Republic of Congo']],
  ['Trinidad and Tobago, Japan and Bosnia and Herzegovina', 'closed', ['Trinidad and Tobago', 'Japan', 'Bosnia and Herzegovina']],
  ['A as well as B & C', 'closed', ['A', 'B', 'C']],
  ['Japan', 'closed', ['Japan']],
];

describe('parseEntitySet', () => {
  it.each(cases)('%s', (text, mode, names, count) => {
    const result = parseEntitySet(text, { resolver });
    if (!result.ok) throw new Error(result.messages[0]?.message);
    expect(result.value.mode).toBe(mode);
    expect(result.value.members.map((m) => m.name)).toEqual(names);
    expect(result.value.count).toBe(count);
    expect(EntitySetValueSchema.safeParse(result.value).success).toBe(true);
  });

  it('gives members their canonical ids through the resolver', () => {
    const result = parseEntitySet('the UK, the Democratic Republic of Congo and European Union', { resolver });
    expect(result.ok && result.value.members.map((m) => m.id)).toEqual(['country:GB', 'country:CD', 'org:EU']);
  });

  it.each([
    ['', 'empty'],
    ['the five founding members are Singapore, Australia and Israel', 'count-mismatch'],
    ['over 50 countries and organizations', 'unrecognized'],
    ['$5 billion', 'unrecognized'],
    ['the members are', 'no-members'],
    ['among them', 'no-members'],
  ] as const)('%j is refused with %s', (text, code) => {
    const result = parseEntitySet(text, { resolver });
    expect(!result.ok && result.messages[0]?.code).toBe(code);
  });
});
