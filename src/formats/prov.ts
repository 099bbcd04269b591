/**
 * Format `prov`: W3C PROV-O — sources, spans, claims, publishers, derivations,
 * machine-written parts (docs/exports.md).
 */
import { toProv } from '../export/prov.js';
import { checkOf, type OutputFormat, scriptSafeJson } from './format.js';

export const provFormat: OutputFormat = {
  id: 'prov',
  summary: 'W3C PROV-O: sources, spans, claims, publishers, derivations, AI-written parts',
  mediaType: 'application/ld+json',
  fileName: 'provenance.jsonld',
  needs: 'corpus',
  commands: ['export'],
  options: [],
  render: (input) => scriptSafeJson(toProv(checkOf(input).loaded.corpus)),
};
