/**
 * "Did you mean …" for keys a new author writes in the wrong place: not a
 * typo of a key allowed there (closestName finds those), but a key that
 * belongs at another level or under another name — `speaker:` on a claim
 * (it goes under `attribution:`), `date:` on a source (it is
 * `publishedAt:`), `quote:` inside an attribution (it is the claim's), a
 * claim's keys at the top of a claim file (they go in a `claims:` item).
 *
 * The object a key was found in is told by the keys allowed there (a claim
 * allows `predicate` and `attribution`, an attribution `speaker` and
 * `outlet`, …), so the table holds for every file the loader validates
 * without knowing which file it is.
 */

/** The kinds of object an author writes, each told by keys only it allows. */
type Place = 'claim' | 'claim-file' | 'attribution' | 'evidence' | 'qualifiers' | 'source' | 'entity' | 'predicate';

const PLACES: readonly (readonly [Place, readonly string[], readonly string[]])[] = [
  // place, keys it allows, keys it does not
  ['claim', ['predicate', 'attribution', 'qualifiers'], []],
  ['claim-file', ['source', 'claims'], ['predicate']],
  ['attribution', ['speaker', 'outlet', 'role'], []],
  ['evidence', ['quote', 'source', 'start', 'end'], ['predicate']],
  ['qualifiers', ['time', 'place', 'context'], ['predicate']],
  ['source', ['publishedAt', 'contentHash', 'text'], []],
  ['entity', ['aliases', 'kind', 'name'], []],
  ['predicate', ['valueType', 'cardinality', 'description'], []],
];

const placeOf = (allowed: readonly string[]): Place | undefined => {
  const has = new Set(allowed);
  return PLACES.find(([, yes, no]) => yes.every((k) => has.has(k)) && !no.some((k) => has.has(k)))?.[0];
};

/** A key as compared: lower case, without `_`, `-` and spaces (`said_by`, `saidBy`, `said-by` are one). */
const squashed = (key: string): string => key.toLowerCase().replace(/[-_\s]/g, '');

const CLAIM_KEYS_AT_TOP = ['id', 'subject', 'predicate', 'value', 'quote', 'attribution', 'speaker', 'hedge', 'polarity', 'qualifiers', 'evidence', 'prefix', 'suffix'];
const PAGE_KEYS = ['date', 'publishedat', 'published', 'publicationdate', 'datepublished', 'url', 'title', 'headline', 'publisher', 'author', 'byline'];

/** Where a key belongs when written in `place`: the keys (squashed) and what to write instead. */
const TABLE: readonly (readonly [Place, readonly string[], (key: string) => string])[] = [
  // ---- on a claim
  ['claim', ['speaker', 'role', 'outlet'], (k) => `a claim's ${k} goes under \`attribution\`: \`attribution: { ${k}: … }\``],
  ['claim', ['saidby', 'by', 'who', 'person', 'spokesperson'], () => 'who says it goes under `attribution`: `attribution: { speaker: … }`'],
  ['claim', ['accordingto', 'publication', 'reportedby', 'via'], () => 'the outlet the source relays it from goes under `attribution`: `attribution: { outlet: … }`'],
  [
    'claim',
    ['date', 'when', 'time', 'asof', 'on', 'day'],
    () =>
      'a date the claim states is its value (`value: { date: … }`, with a predicate whose valueType is date); when the claim holds goes in `qualifiers: { time: … }`; the page\'s own date is `publishedAt` in its source file',
  ],
  ['claim', ['place', 'where', 'location', 'context'], (k) => `a condition the claim holds under goes in \`qualifiers\`: \`qualifiers: { ${k === 'context' ? 'context' : 'place'}: … }\``],
  [
    'claim',
    ['source', 'sourceid', 'from'],
    () => 'a claim quotes the claim file\'s `source:` (at the top of the file); a quote from another source is written `evidence: [{ quote: …, source: <source id> }]`',
  ],
  ['claim', ['text', 'excerpt', 'snippet', 'words', 'passage', 'citation'], () => 'the source\'s exact words are the claim\'s `quote:`'],
  ['claim', ['url', 'link', 'publisher', 'author', 'title', 'headline', 'publishedat', 'published'], () => 'what the page says about itself belongs in its source file (sources/<id>.yaml), not on a claim'],
  ['claim', ['unit', 'units', 'currency', 'amount', 'number', 'quantity', 'members'], (k) => `the value is written in words under \`value\`: \`value: { ${k === 'members' ? 'members: [ … ], list: closed' : 'quantity: "…"'} }\` (units and currency in its words: "12 ships", "$4.2 million")`],
  // ---- at the top of a claim file
  ['claim-file', CLAIM_KEYS_AT_TOP, () => 'a claim file holds `source:` and `claims:`; each claim is an item of the `claims:` list (`  - id: …`, its keys indented under it)'],
  ['claim-file', PAGE_KEYS, () => 'what the page says about itself belongs in its source file (sources/<id>.yaml); a claim file names the source by its id: `source: <id>`'],
  // ---- inside an attribution
  ['attribution', ['quote', 'prefix', 'suffix', 'value', 'subject', 'predicate', 'date', 'hedge'], (k) => `\`${k}\` is the claim's, beside \`attribution:\`, not inside it`],
  ['attribution', ['name', 'person', 'who', 'by', 'saidby'], () => 'write who says it as `speaker`: `attribution: { speaker: … }`'],
  ['attribution', ['source', 'publication', 'organisation', 'organization', 'accordingto', 'via'], () => 'a publication the source relays it from is `outlet`; a person or body who says it is `speaker`'],
  ['attribution', ['title', 'position', 'job', 'jobtitle', 'office'], () => 'write the speaker\'s title or office as `role`'],
  // ---- in an evidence entry
  ['evidence', ['speaker', 'outlet', 'role'], (k) => `an attribution is the claim's: \`attribution: { ${k}: … }\` beside \`evidence:\``],
  ['evidence', ['sourceid', 'from'], () => 'name the quote\'s source as `source: <source id>`'],
  // ---- in qualifiers
  ['qualifiers', ['date', 'when', 'asof', 'period'], () => 'write when the claim holds as `time`: `qualifiers: { time: … }`'],
  ['qualifiers', ['where', 'location'], () => 'write where the claim holds as `place`'],
  // ---- in a source file
  [
    'source',
    ['date', 'published', 'publishdate', 'publicationdate', 'datepublished', 'pubdate', 'publishedon'],
    () => 'the publication date is `publishedAt: { date: YYYY-MM-DD }` (or `{ datetime: YYYY-MM-DDThh:mm }`, or `unknown`)',
  ],
  ['source', ['retrieved', 'accessed', 'accessdate', 'retrievedon', 'captured', 'savedat'], () => 'write when the page was captured as `retrievedAt:` (ISO 8601)'],
  ['source', ['site', 'sitename', 'outlet', 'publication', 'newspaper', 'organisation', 'organization', 'broadcaster', 'station'], () => 'write who publishes the page as `publisher:`'],
  ['source', ['byline', 'authors', 'writer', 'reporter', 'by'], () => 'write who wrote the page as `author:` (several names in one string)'],
  ['source', ['headline'], () => 'write the headline as `title:`'],
  ['source', ['link', 'href', 'canonical', 'address'], () => 'write the page\'s address as `url:`'],
  ['source', ['hash', 'sha256', 'checksum'], () => 'write the text\'s hash as `contentHash: sha256:…`'],
  ['source', ['lang', 'locale'], () => 'write the content language as `language:` (a BCP 47 tag: en, en-GB)'],
  ['source', ['file', 'textfile', 'path'], () => 'name the text file as `text: <id>.txt`'],
  ['source', ['claims'], () => 'claims go in a claim file under claims/ (`source: <id>` and a `claims:` list), not in the source file'],
  // ---- in an entity
  ['entity', ['type', 'category', 'class'], () => 'an entity\'s type is written `kind:` (country, organization, company, person, programme, agreement, event, place, publication or other)'],
  ['entity', ['alias', 'names', 'aka', 'alsoknownas', 'othernames', 'synonyms'], () => 'other names are `aliases: [ … ]` (optional)'],
  ['entity', ['label', 'title', 'canonical', 'canonicalname', 'fullname'], () => 'write the name shown in reports as `name:`'],
  ['entity', ['country', 'in', 'location', 'parent', 'within'], () => 'where it lies is `locatedIn: [ <entity id> ]`; what it is part of is `partOf: [ <entity id> ]`'],
  // ---- in a predicate
  ['predicate', ['type', 'kind', 'valuekind', 'value', 'datatype'], () => 'the kind of value is written `valueType:` (entity, entity-set, quantity, date, weekday, boolean or text)'],
  ['predicate', ['functional', 'multi', 'multiple', 'single', 'unique', 'multivalued'], () => 'write `cardinality: functional` (one true value per subject) or `cardinality: multi`'],
  ['predicate', ['name', 'title'], () => 'write a short name for reports as `label:`'],
  ['predicate', ['unit', 'units'], () => 'a quantity\'s unit is in its claims\' words ("12 ships"); unit synonyms go in the `units:` table at the top level of predicates.yaml'],
];

const INDEX = new Map<string, (key: string) => string>(TABLE.flatMap(([place, keys, hint]) => keys.map((k) => [`${place}\u0000${k}`, hint] as const)));

/**
 * Where `key`, found in an object that allows `allowed`, belongs — when it is
 * a key of another level or another name for an allowed one.
 *
 * @example
 * misplacedKeyHint('speaker', ['attribution', 'id', 'predicate', 'qualifiers', 'quote', 'subject', 'value']);
 * // 'a claim's speaker goes under `attribution`: `attribution: { speaker: … }`'
 * misplacedKeyHint('qoute', [...]); // undefined: a typo, for closestName
 */
export const misplacedKeyHint = (key: string, allowed: readonly string[]): string | undefined => {
  const place = placeOf(allowed);
  if (place === undefined) return undefined;
  const hint = INDEX.get(`${place}\u0000${squashed(key)}`);
  if (hint === undefined || allowed.includes(key)) return undefined;
  return hint(key);
};
