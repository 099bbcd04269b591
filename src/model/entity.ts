/**
 * Alias tables: the entities a corpus knows, the names they go by, what kind
 * of thing each is, and where it sits (`locatedIn`, Wikidata's P131: a city
 * in a country; `partOf`, P361: a department of a government). Countries come
 * from countries-list; organisations, people, programmes and agreements come
 * from tables like this one, which a corpus extends.
 */
import { z } from 'zod';
import { EntityIdSchema } from './ids.js';

export const EntityKindSchema = z.enum([
  'country',
  'organization',
  'company',
  'person',
  'programme',
  'agreement',
  'event',
  'place',
  'publication',
  'other',
]);
export type EntityKind = z.infer<typeof EntityKindSchema>;

export const AliasEntrySchema = z.object({
  id: EntityIdSchema.describe('The entity id values and findings use; a built-in id (`country:US`, `org:EU`) extends the built-in entry.'),
  /** The canonical name shown in reports. */
  name: z.string().min(1).describe('The canonical name shown in reports.'),
  kind: EntityKindSchema.describe('What it is; comparison keeps kinds apart (an organisation is not a place), and the exports type speakers and publishers by it (person → Person, organization → Organization, country → GovernmentOrganization, …).'),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe('Other names it goes by (case, dots and a leading "the" are ignored when matching); none when it goes only by its `name`.'),
  /**
   * Entities this one lies inside (Wikidata P131 "located in the
   * administrative territorial entity"): Washington, D.C. in the United
   * States. A place and a place it lies in are compatible values.
   */
  locatedIn: z
    .array(EntityIdSchema)
    .optional()
    .describe('Ids of the places this one lies inside (Wikidata P131, "located in"): Washington, D.C. in `country:US`. A place and a place it lies in are compatible values.'),
  /**
   * Entities this one is a part of (Wikidata P361 "part of"): the State
   * Department of the US government. A part and its whole are compatible values.
   */
  partOf: z
    .array(EntityIdSchema)
    .optional()
    .describe('Ids of the entities this one is a part of (Wikidata P361, "part of"): the State Department of `org:us-government`. A part and its whole are compatible values.'),
  note: z.string().optional().describe('A note for people: why the entry is as it is.'),
});
export type AliasEntry = z.infer<typeof AliasEntrySchema>;
