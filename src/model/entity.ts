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
  id: EntityIdSchema,
  /** The canonical name shown in reports. */
  name: z.string().min(1),
  kind: EntityKindSchema,
  aliases: z.array(z.string().min(1)),
  note: z.string().optional(),
});
export type AliasEntry = z.infer<typeof AliasEntrySchema>;
