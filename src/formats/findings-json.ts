/**
 * Format `findings-json`: the findings as data (docs/conflicts.json), with the
 * source-dependence groups, reviews and preferred values beside them.
 */
import { reportInputFromCheck } from '../check/report-input-from-check.js';
import { findingsToJson } from '../report/findings-json.js';
import { checkOf, type OutputFormat, reconciledOf } from './format.js';
import { jsonText } from '../ingest/control-characters.js';

export const findingsJsonFormat: OutputFormat = {
  id: 'findings-json',
  summary: 'the findings as data, with source dependence, reviews and preferred values',
  mediaType: 'application/json',
  fileName: 'conflicts.json',
  aliases: ['json'],
  needs: 'findings',
  commands: ['report', 'export'],
  options: [],
  render: (input) => jsonText(findingsToJson(reportInputFromCheck(checkOf(input), reconciledOf(input), input.labels))),
};
