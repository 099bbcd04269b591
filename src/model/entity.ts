/**
 * Alias tables: the entities a corpus knows and the names they go by.
 * Countries come from countries-list; organisations, people, programmes and
 * agreements come from tables like this one, which a corpus extends.
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
  kind: EntityKindSchema.describe('What it is; the exports type speakers and publishers by it (person → Person, organization → Organization, country → GovernmentOrganization, …).'),
  aliases: z.array(z.string().min(1)).describe('Other names it goes by (case, dots and a leading "the" are ignored when matching).'),
  note: z.string().optional().describe('A note for people: why the entry is as it is.'),
});
export type AliasEntry = z.infer<typeof AliasEntrySchema>;
