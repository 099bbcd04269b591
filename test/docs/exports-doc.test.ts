/**
 * docs/exports.md is the export of the bundled corpus as it is now: its
 * samples, counts and warnings come from `renderExportsDoc` (run `npm run
 * docs` when this fails), and its samples are what the CLI prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { settled } from '../../src/model/result.js';
import { runInProcess } from '../cli/memory-io.js';
import { DOC_CLAIMREVIEW_OPTIONS, renderExportsDoc } from '../tools/docs/exports-doc.js';

const REPO = join(import.meta.dirname, '../..');
const page = readFileSync(join(REPO, 'docs', 'exports.md'), 'utf8');

/** The JSON blocks of the page. */
const samples = (): unknown[] => [...page.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1] ?? 'null'));

describe('docs/exports.md (run `npm run docs` when a test here fails)', () => {
  it('is what the export of the bundled corpus gives now', async () => {
    expect(page).toBe(renderExportsDoc(settled(await checkClaimsFolder(join(REPO, 'claims')))));
  }, 60_000);

  it('shows samples that `claimtrace export claims` writes, item for item', async () => {
    const options = Object.entries(DOC_CLAIMREVIEW_OPTIONS).flatMap(([name, value]) => [`--${name}`, value]);
    const [annotations, reviews, prov] = await Promise.all([
      runInProcess(['export', 'claims', '--format', 'web-annotation']),
      runInProcess(['export', 'claims', '--format', 'claimreview', ...options]),
      runInProcess(['export', 'claims', '--format', 'prov']),
    ]);
    const [annotation, review, provSample] = samples() as [unknown, unknown, { '@graph': unknown[] }];
    expect((JSON.parse(annotations.stdout) as { first: { items: unknown[] } }).first.items).toContainEqual(annotation);
    expect((JSON.parse(reviews.stdout) as { '@graph': unknown[] })['@graph']).toContainEqual(review);
    const graph = (JSON.parse(prov.stdout) as { '@graph': unknown[] })['@graph'];
    expect(provSample['@graph'].length).toBeGreaterThan(3);
    for (const node of provSample['@graph']) expect(graph).toContainEqual(node);
  }, 60_000);
});
