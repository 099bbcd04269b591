/**
 * A few international organisations whose names and abbreviations are not
 * ambiguous in news text. The European Union is here, not among the
 * countries: it is not one. National bodies ("Pentagon" = "Department of
 * Defense" = "DoD") differ between countries and corpora and belong in the
 * corpus's own alias table.
 */
import type { AliasEntry } from '../model/entity.js';
import { entityId } from '../model/ids.js';

const org = (id: string, name: string, aliases: string[]): AliasEntry =>
  Object.freeze({ id: entityId(`org:${id}`), name, kind: 'organization' as const, aliases: Object.freeze(aliases) as string[] });

/** Built-in organisation entries, sorted by id. */
export const ORGANISATION_ENTRIES: readonly AliasEntry[] = Object.freeze([
  org('APEC', 'Asia-Pacific Economic Cooperation', ['APEC']),
  org('ASEAN', 'Association of Southeast Asian Nations', ['ASEAN']),
  org('EU', 'European Union', ['EU', 'E.U.']),
  org('G20', 'Group of Twenty', ['G20', 'G-20']),
  org('G7', 'Group of Seven', ['G7', 'G-7']),
  org('NATO', 'North Atlantic Treaty Organization', ['NATO', 'North Atlantic Treaty Organisation']),
  org('OECD', 'Organisation for Economic Co-operation and Development', [
    'OECD',
    'Organization for Economic Cooperation and Development',
  ]),
  org('UN', 'United Nations', ['UN', 'U.N.']),
]);
