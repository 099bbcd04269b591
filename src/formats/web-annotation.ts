/**
 * Format `web-annotation`: a W3C AnnotationCollection, one annotation per
 * claim–evidence-span link (docs/exports.md).
 */
import { toAnnotationCollection } from '../export/web-annotation.js';
import { checkOf, jsonLdText, type OutputFormat, reconciledOf } from './format.js';

export const webAnnotationFormat: OutputFormat = {
  id: 'web-annotation',
  summary: 'a W3C AnnotationCollection: one annotation per claim–evidence-span link',
  mediaType: 'application/ld+json',
  fileName: 'annotations.jsonld',
  needs: 'findings',
  commands: ['export'],
  options: [],
  render: (input) => jsonLdText(toAnnotationCollection(checkOf(input).loaded.corpus, { findings: reconciledOf(input).result.findings })),
};
