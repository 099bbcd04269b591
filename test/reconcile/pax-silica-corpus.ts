/**
 * A small claim set over the real Pax Silica seed texts, written the way a
 * fact-checker would encode them. It exercises the four disagreements the
 * bundled corpus must surface and the agreements it must not call conflicts.
 */
import type { Corpus } from '../../src/model/corpus.js';
import { corpus, predicate, v } from './fixture.js';
import { PAX_SILICA_TEXTS as T } from './pax-silica-texts.js';

export const S000 = '000_6ddc9de317a1d06d';
export const S001 = '001_661b18e7d48334bf';
export const S002 = '002_9710c6be1d14500a';
export const S003 = '003_59ad961581f640fd';
export const S004 = '004_89b4317fb03b8678';

export const paxSilicaCorpus = (): Corpus =>
  corpus({
    sources: [
      {
        id: S000,
        text: T[S000],
        published: '2025-12-24',
        cites: [{ outside: 'South China Morning Post' }],
        nonContent: [
          { quote: 'Wannan shafin yana amfani da cookies\n\nMuna amfani da cookies don nazari don inganta shafin mu. Karanta manufar sirri mu don ƙarin bayani.\nƘi', kind: 'cookie-banner' },
        ],
      },
      { id: S001, text: T[S001], published: '2025-12-12T14:11' },
      { id: S002, text: T[S002], nonContent: [{ quote: 'Continue with Google', kind: 'login-prompt' }] },
      {
        id: S003,
        text: T[S003],
        nonContent: [
          { quote: 'Denna webbplats använder cookies\n\nVi använder cookies för analys för att förbättra vår webbplats. Läs vår integritetspolicy för mer information.\nAvböj', kind: 'cookie-banner' },
        ],
      },
      { id: S004, text: T[S004], published: '2025-12-12T19:45', cites: [{ outside: 'politico.com' }] },
    ],
    predicates: [
      predicate('signatories', 'entity-set', 'functional', 'signatories'),
      predicate('participants', 'entity-set', 'multi', 'participants'),
      predicate('launched', 'boolean', 'functional', 'launch'),
      predicate('stake-in', 'entity', 'multi', 'stake'),
      predicate('invested-in', 'entity', 'multi', 'investment'),
      predicate('amount', 'quantity', 'functional', 'amount'),
      predicate('attendance', 'quantity', 'functional', 'attendance'),
    ],
    claims: [
      {
        id: 'signatories-001',
        source: S001,
        quote: 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members',
        subject: 'Pax Silica',
        predicate: 'signatories',
        value: v.closed('Singapore', 'Australia', 'Japan', 'South Korea', 'Israel'),
      },
      {
        id: 'signatories-002',
        source: S002,
        quote: 'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel are among a band of nations',
        subject: 'Pax Silica',
        predicate: 'signatories',
        value: v.open(['Singapore', 'Australia', 'Japan', 'South Korea', 'UAE', 'Netherlands', 'UK', 'Israel']),
      },
      {
        id: 'signatories-004',
        source: S004,
        quote: 'bringing Singapore, Australia, Japan, South Korea and Israel',
        subject: 'Pax Silica',
        predicate: 'signatories',
        value: v.open(['Singapore', 'Australia', 'Japan', 'South Korea', 'Israel']),
        hedge: 'reported',
        attribution: { outlet: 'politico.com' },
      },
      {
        id: 'signatories-004-yonhap',
        source: S004,
        quote: 'includes South Korea, according to the Yonhap News Agency',
        subject: 'Pax Silica',
        predicate: 'signatories',
        value: v.entity('Republic of Korea'),
        attribution: { outlet: 'Yonhap News Agency' },
      },
      {
        id: 'summit-participants-001',
        source: S001,
        quote: 'officials from the European Union, Canada, Netherlands, and United Arab Emirates',
        subject: 'Pax Silica Summit',
        predicate: 'participants',
        value: v.open(['European Union', 'Canada', 'Netherlands', 'United Arab Emirates']),
        hedge: 'expected',
      },
      {
        id: 'launch-001',
        source: S001,
        quote: 'The coalition was officially launched with the signing of the Pax Silica Declaration today',
        subject: 'Pax Silica',
        predicate: 'launched',
        value: v.boolean(true),
        qualifiers: { time: { ...v.date('2025-12-12'), raw: 'today' } },
      },
      {
        id: 'launch-004',
        source: S004,
        quote: 'launching a coalition of partners with the signing on Friday of the Pax Silica Declaration',
        subject: 'Pax Silica',
        predicate: 'launched',
        value: v.boolean(true),
        hedge: 'reported',
        qualifiers: { time: { ...v.date('2025-12-12'), raw: 'Friday' } },
      },
      {
        id: 'launch-000',
        source: S000,
        quote: 'The second Trump administration has launched the Pax Silica initiative',
        subject: 'Pax Silica initiative',
        predicate: 'launched',
        value: v.boolean(true),
      },
      {
        id: 'mp-stake-002',
        source: S002,
        quote: 'the Pentagon purchasing a majority stake in MP Minerals',
        subject: 'Pentagon',
        predicate: 'stake-in',
        value: v.entity('MP Minerals'),
      },
      {
        id: 'mp-investment-003',
        source: S003,
        quote: 'investments already in MP Materials, a rare earth magnets maker',
        subject: 'US government',
        predicate: 'invested-in',
        value: v.entity('MP Materials'),
      },
      {
        id: 'vault-003',
        source: S003,
        quote: 'a nearly $12 billion critical mineral reserve',
        subject: 'Project Vault',
        predicate: 'amount',
        value: v.quantity(11_000_000_000, 12_000_000_000, undefined, 'USD'),
      },
      {
        id: 'ministerial-000',
        source: S000,
        quote: 'attended by representatives from over 50 countries and organizations',
        subject: 'Critical Minerals Ministerial',
        predicate: 'attendance',
        value: { ...v.quantity(50, null, 'countries and organizations'), lowInclusive: false },
      },
      {
        id: 'ministerial-003',
        source: S003,
        quote: 'attended by representatives from over 50 countries and organizations',
        subject: 'Critical Minerals Ministerial',
        predicate: 'attendance',
        value: { ...v.quantity(50, null, 'countries and organizations'), lowInclusive: false },
      },
    ],
    entities: [
      { id: 'pax-silica' as never, name: 'Pax Silica', kind: 'agreement', aliases: ['Pax Silica initiative', 'Pax Silica Declaration'] },
    ],
  });
