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
  id: EntityIdSchema,
  /** The canonical name shown in reports. */
  name: z.string().min(1),
  kind: EntityKindSchema,
  aliases: z.array(z.string().min(1)),
  /**
   * Entities this one lies inside (Wikidata P131 "located in the
   * administrative territorial entity"): Washington, D.C. in the United
   * States. A place and a place it lies in are compatible values.
   */
  locatedIn: z.array(EntityIdSchema).optional(),
  /**
   * Entities this one is a part of (Wikidata P361 "part of"): the State
   * Department of the US government. A part and its whole are compatible values.
   */
  partOf: z.array(EntityIdSchema).optional(),
  note: z.string().optional(),
});
export type AliasEntry = z.infer<typeof AliasEntrySchema>;
