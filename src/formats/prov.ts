/**
 * Format `prov`: W3C PROV-O — captures, pages, spans, claims, agents,
 * derivations, machine-written parts (docs/exports.md).
 */
import { toProv } from '../export/prov.js';
import { checkOf, jsonLdText, type OutputFormat } from './format.js';

export const provFormat: OutputFormat = {
  id: 'prov',
  summary: 'W3C PROV-O: captures, pages, spans, claims, agents, derivations, AI-written parts',
  mediaType: 'application/ld+json',
  fileName: 'provenance.jsonld',
  needs: 'corpus',
  commands: ['export'],
  options: [],
  render: (input) => jsonLdText(toProv(checkOf(input).loaded.corpus)),
};
