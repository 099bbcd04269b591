/**
 * What a suggested quantity counts ends where its noun phrase ends: at the
 * plural head ("3,214 spill events", never "… events amount"; "two miles",
 * never "… miles below"), with a compound noun of two words kept whole
 * ("spill events", "basis points", "staff members") and two nouns joined by
 * "and" kept together. What a measure measures is not its unit: "40,000
 * tonnes of lithium" is proposed as 40,000 tonnes, so that it compares with
 * the same amount written without "of lithium".
 */
import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../src/suggest/index.js';
import { oneSourceCorpus } from '../support/one-source-corpus.js';

const quantities = (text: string): { quote: string; unit: string | undefined }[] => {
  const result = suggestClaims(oneSourceCorpus(text), 's', { minConfidence: 0 });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return result.value.suggestions
    .filter((s) => s.kind === 'quantity')
    .map((s) => ({ quote: s.quote.exact, unit: s.value.type === 'quantity' ? s.value.unit : undefined }));
};

describe('a quantity’s unit ends with its noun phrase', () => {
  it.each([
    ['The company reported 3,214 spill events amount to a record.', '3,214 spill events', 'spill events'],
    ['The outfall sits roughly two miles below the weir.', 'roughly two miles', 'miles'],
    ['Hartwell logged 3,214 spill events in 2025.', '3,214 spill events', 'spill events'],
    ['The mine produced 40,000 tonnes of lithium last year.', '40,000 tonnes', 'tonnes'],
    ['The storm dumped 200 millimetres of rain within hours.', '200 millimetres', 'millimetres'],
    ['Some 1,200 homes lost power overnight.', 'Some 1,200 homes', 'homes'],
    ['The river rose 3 metres above its normal level.', '3 metres', 'metres'],
    ['The firm employs 400 staff members nationwide.', '400 staff members', 'staff members'],
    ['Rates rose 25 basis points on Tuesday.', '25 basis points', 'basis points'],
    ['Inspectors visited 45 treatment works across the region.', '45 treatment works', 'treatment works'],
    ['Police said 14 people remain missing after the flood.', '14 people', 'people'],
    ['Delegates from more than 50 countries and organizations attended.', 'more than 50 countries and organizations', 'countries and organizations'],
    ['More than 300 spill events were recorded at the site.', 'More than 300 spill events', 'spill events'],
  ])('%s → %s', (sentence, quote, unit) => {
    expect(quantities(sentence)).toContainEqual({ quote, unit });
  });
});
