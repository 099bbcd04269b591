/**
 * Ok / not-ok examples of `name-variant`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { ExampleClaim, ExamplePredicate, ExampleSource, RuleExample } from '../../rule.js';

const stake: ExamplePredicate = { id: 'stake-in', valueType: 'entity', cardinality: 'multi', label: 'stake' };
const invested: ExamplePredicate = { id: 'invested-in', valueType: 'entity', cardinality: 'multi', label: 'investment' };
const partner: ExamplePredicate = { id: 'partner', valueType: 'entity', cardinality: 'multi', label: 'partner' };

const MINERALS: ExampleSource = { id: '002', text: 'the Pentagon purchasing a majority stake in MP Minerals, which pledged to build up refinement' };
const MATERIALS: ExampleSource = { id: '003', text: 'with investments already in MP Materials, a rare earth magnets maker' };

const minerals: ExampleClaim = { id: 'stake-002', source: '002', quote: 'a majority stake in MP Minerals', subject: 'Pentagon', predicate: 'stake-in', value: { entity: 'MP Minerals' } };
const materials: ExampleClaim = { id: 'investment-003', source: '003', quote: 'investments already in MP Materials', subject: 'US government', predicate: 'invested-in', value: { entity: 'MP Materials' } };
const partnerClaim = (id: string, source: string, quote: string, name: string, subject = 'Pax Silica'): ExampleClaim => ({
  id,
  source,
  quote,
  subject,
  predicate: 'partner',
  value: { entity: name },
});

export const nameVariantExamples: readonly RuleExample[] = [
  {
    title: 'not ok: "MP Minerals" (002) vs "MP Materials" (003), no alias joins them',
    sources: [MINERALS, MATERIALS],
    predicates: [stake, invested],
    claims: [minerals, materials],
    findings: ['name-variant'],
    says: ['“MP Materials”', '“MP Minerals”', 'no alias table links them'],
  },
  {
    title: 'not ok: a one-letter swap in the first letters of a one-word name ("Project Vualt" / "Project Vault")',
    sources: [
      { id: 'x', text: 'Project Vault, the $12 billion reserve, was unveiled on Monday.' },
      { id: 'y', text: 'Allies line up behind Project Vualt as the minerals race heats up.' },
    ],
    predicates: [partner],
    claims: [partnerClaim('p-x', 'x', 'Project Vault', 'Japan', 'Project Vault'), partnerClaim('p-y', 'y', 'Project Vualt', 'Japan', 'Project Vualt')],
    findings: ['name-variant'],
    says: ['“Project Vault”', '“Project Vualt”'],
  },
  {
    title: 'not ok: three spellings of one name are one finding ("MP Materials", "MP Minerals", "MP Materails")',
    sources: [
      { id: 'x', text: 'MP Materials is building a magnet plant.' },
      { id: 'y', text: 'MP Minerals is building a magnet plant.' },
      { id: 'z', text: 'MP Materails is building a magnet plant.' },
    ],
    predicates: [partner],
    claims: [partnerClaim('p-x', 'x', 'MP Materials', 'Japan', 'MP Materials'), partnerClaim('p-y', 'y', 'MP Minerals', 'Japan', 'MP Minerals'), partnerClaim('p-z', 'z', 'MP Materails', 'Japan', 'MP Materails')],
    findings: ['name-variant'],
    says: ['three spellings that are probably one entity'],
  },
  {
    title: 'ok: the alias table says they are one company',
    sources: [MINERALS, MATERIALS],
    predicates: [stake, invested],
    claims: [minerals, materials],
    entities: [{ id: 'mp-materials' as never, name: 'MP Materials', kind: 'company', aliases: ['MP Minerals'] }],
    findings: [],
  },
  {
    title: 'ok: the same name spelt with dots and case ("the U.K." / "UK")',
    sources: [
      { id: 'x', text: 'the U.K. joined' },
      { id: 'y', text: 'and the uk too' },
    ],
    predicates: [partner],
    claims: [partnerClaim('p-x', 'x', 'the U.K.', 'the U.K.'), partnerClaim('p-y', 'y', 'the uk', 'uk')],
    findings: [],
  },
  {
    title: 'ok: look-alike names of two known entities ("Austria" / "Australia")',
    sources: [
      { id: 'x', text: 'Austria joined' },
      { id: 'y', text: 'Australia joined' },
    ],
    predicates: [partner],
    claims: [partnerClaim('p-x', 'x', 'Austria', 'Austria'), partnerClaim('p-y', 'y', 'Australia', 'Australia')],
    findings: [],
  },
  {
    title: 'ok: a coalition and its summit are different kinds of thing ("Pax Silica" / "Pax Silica Summit")',
    sources: [
      { id: 'x', text: 'Pax Silica includes Japan' },
      { id: 'y', text: 'the Pax Silica Summit with Canada' },
    ],
    predicates: [partner],
    claims: [partnerClaim('p-x', 'x', 'Pax Silica includes Japan', 'Japan'), partnerClaim('p-y', 'y', 'the Pax Silica Summit with Canada', 'Canada', 'Pax Silica Summit')],
    findings: [],
  },
  {
    title: 'ok: both spellings in one source only',
    sources: [{ id: 'x', text: 'MP Minerals, also written MP Materials' }],
    predicates: [partner],
    claims: [partnerClaim('p-1', 'x', 'MP Minerals', 'MP Minerals'), partnerClaim('p-2', 'x', 'MP Materials', 'MP Materials')],
    findings: [],
  },
];
