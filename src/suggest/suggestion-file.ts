/**
 * Suggestions as a ready-to-edit claim file: `source:` and one claim per
 * candidate, each preceded by a comment with its kind, confidence and the
 * sentence with the value in [brackets]. A subject or predicate that could
 * not be guessed is written empty, so `check` refuses the file until a
 * person fills it in; a guessed one passes once the person keeps it.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { bothReadings } from './date-mentions.js';
import type { Suggestion } from './suggest-claims.js';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The claim entry of one suggestion, as a claim file writes it. */
export const suggestionEntry = (s: Suggestion): Record<string, unknown> =>
  // Copies: a value object shared by two entries would be written as a YAML anchor and alias.
  structuredClone({
  id: s.id,
  subject: s.subject ?? '',
  predicate: s.predicate ?? '',
  value: s.fileValue,
  quote: s.quote.exact,
  ...(s.quote.prefix !== undefined ? { prefix: s.quote.prefix } : {}),
  ...(s.quote.suffix !== undefined ? { suffix: s.quote.suffix } : {}),
  ...(s.attribution !== undefined ? { attribution: s.attribution } : {}),
  });

/**
 * @example
 * suggestionsYaml('harbour', text, suggestions) // '# Suggested claims for harbour …\nsource: harbour\nclaims:\n  # quantity, confidence 0.85 …'
 */
export const suggestionsYaml = (sourceId: string, text: string, suggestions: readonly Suggestion[], header: readonly string[] = []): string => {
  const doc = new Document({ source: sourceId, claims: suggestions.map(suggestionEntry) });
  doc.commentBefore = [
    ` Suggested claims for ${sourceId}, by \`claimtrace suggest\`. For each one: check the value against`,
    ' the quote, confirm or fill in the subject and predicate (an empty one must be filled in: check',
    ' refuses it), and delete the claims you do not want. Then save it under claims/ and run check.',
    ...header.map((h) => ` ${h}`),
  ].join('\n');
  const claims = doc.get('claims', true);
  if (isSeq(claims)) {
    claims.items.forEach((item, i) => {
      const s = suggestions[i] as Suggestion;
      const before = text.slice(s.sentence.start, s.quote.start);
      const after = text.slice(s.quote.end, s.sentence.end);
      const sentence = oneLine(`${before}[${text.slice(s.quote.start, s.quote.end)}]${after}`);
      const shown = sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
      const readings = bothReadings(s.value);
      (item as YAMLMap).commentBefore = ` ${s.kind}, confidence ${s.confidence.toFixed(2)}: ${shown}${s.table !== undefined ? ` (table cell: ${s.table.label})` : ''}${readings === undefined ? '' : `
 ${readings}`}`;
      if (isMap(item)) {
        for (const key of ['value', 'attribution']) {
          const node = item.get(key, true);
          if (isMap(node)) node.flow = true;
          if (isMap(node)) for (const pair of node.items) if (isSeq(pair.value)) pair.value.flow = true;
        }
      }
    });
  }
  return doc.toString({ lineWidth: 0 });
};
