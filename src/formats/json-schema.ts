/**
 * Format `jsonschema`: the JSON Schema of the claim file format (it does not
 * read a claims folder).
 */
import { claimFileJsonSchema } from '../claims/json-schema.js';
import { type OutputFormat, scriptSafeJson } from './format.js';

export const jsonSchemaFormat: OutputFormat = {
  id: 'jsonschema',
  summary: 'the JSON Schema of the claim file format (needs no folder)',
  mediaType: 'application/schema+json',
  fileName: 'claim-file.schema.json',
  needs: 'nothing',
  commands: ['export'],
  options: [],
  render: () => scriptSafeJson(claimFileJsonSchema()),
};
