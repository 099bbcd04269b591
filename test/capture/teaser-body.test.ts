/**
 * A page that shows a teaser of its article above a paywall (or an AMP
 * stub) and states the whole text in JSON-LD `articleBody`: the capture's
 * article is the `articleBody`, in the teaser's place. Pages that show their
 * article, or whose `articleBody` is another text, keep their visible text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureSource, type CapturedSource } from '../../src/capture/index.js';
import { MAX_TEASER_BLOCKS, withArticleBody } from '../../src/capture/teaser-body.js';
import type { ClassifiedBlock } from '../../src/capture/extract-article.js';
import { formatMessage } from '../../src/model/message.js';

const captured = (html: string): CapturedSource => {
  const r = captureSource(new TextEncoder().encode(html), { fileName: 'page.html' });
  if (!r.ok) throw new Error(r.messages.map((m) => formatMessage(m)).join('\n'));
  return r.value;
};

const TEASER = 'RAVENNA (AFP) — Italian rescuers on Monday searched flooded villages in Emilia-Romagna for two people still missing, after torrential rain burst the banks of 21 rivers.';
const REST = [
  'Nine people have died, according to the interior ministry. The two missing are from the town of Lugo, where the Santerno river broke through a levee on Friday night.',
  'Nearly 250 millimetres of rain fell in 36 hours on the hills above Faenza, according to the regional civil protection agency, which said the ground was still saturated from a wet April.',
  'The A14 motorway between Bologna and Rimini reopened to traffic on Sunday evening, but dozens of local roads in the hills remain cut off by landslides.',
];
const PAYWALL = 'This article is for subscribers. Subscribe from €1 for the first month to keep reading, or log in if you already have an account.';

const page = (visible: readonly string[], articleBody: string | undefined): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood toll rises</title>${
    articleBody !== undefined ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Flood toll rises', articleBody })}</script>` : ''
  }</head><body><article><h1>Flood toll rises</h1>${visible.map((p) => `<p>${p}</p>`).join('')}<div class="paywall"><p>${PAYWALL}</p></div></article></body></html>`;

describe('a teaser page’s article is its JSON-LD articleBody', () => {
  it.each([
    ['paragraphs separated by blank lines', [TEASER, ...REST].join('\n\n')],
    ['paragraphs separated by single line breaks', [TEASER, ...REST].join('\n')],
  ])('%s', (_name, body) => {
    const page1 = captured(page([TEASER], body));
    const paragraphs = page1.text.split('\n\n');
    // The teaser's place now holds every paragraph of the body, once, after the title.
    expect(paragraphs.slice(1, 5)).toEqual([TEASER, ...REST]);
    expect(page1.text.split(TEASER).length).toBe(2);
    expect(page1.fromArticleBody).toMatchObject({ bodyWords: expect.any(Number), visibleWords: expect.any(Number) });
    expect(page1.nonContent.map((n) => n.kind)).toContain('login-prompt');
  });

  it('reads the AMP fixture’s whole article, with the paywall notice as non-content', () => {
    const html = readFileSync(new URL('../fixtures/romagna-flood-pages/adriatic-times-amp-floods.html', import.meta.url), 'utf8');
    const amp = captured(html);
    expect(amp.text).toContain('Nine people have died, according to the interior ministry.');
    expect(amp.text).toContain('In May 2023, floods in the same region killed 17 people');
    expect(amp.fromArticleBody?.bodyWords).toBeGreaterThan(2 * (amp.fromArticleBody?.visibleWords ?? Infinity) - 1);
  });

  it.each([
    // why, what the page shows, its articleBody, words of the body that must not become the text
    ['the page shows the whole article', [TEASER, ...REST], [TEASER, ...REST].join('\n\n'), undefined],
    ['the articleBody is another text', [TEASER], ['Markets in Milan closed higher on Friday as investors weighed a string of company results and the outlook for rates.', ...REST].join('\n\n'), 'Markets in Milan'],
    ['the articleBody is not much longer than what the page shows', [TEASER, REST[0] ?? '', REST[1] ?? ''], [TEASER, ...REST].join('\n\n'), REST[2]],
    ['the page states no articleBody', [TEASER, REST[0] ?? ''], undefined, undefined],
  ])('keeps the visible text when %s', (_name, visible, body, hidden) => {
    const page1 = captured(page(visible, body));
    expect(page1.fromArticleBody).toBeUndefined();
    for (const p of visible) expect(page1.text).toContain(p);
    if (hidden !== undefined) expect(page1.text).not.toContain(hidden);
  });

  it('puts the body where the teaser stood, keeping blocks around it', () => {
    const block = (text: string, article = true, heading = false): ClassifiedBlock => ({ text, pieces: [text], context: ['p'], heading, article });
    const blocks = [block('Flood toll rises', true, true), block('A flooded street in Lugo. (Photo: AFP)'), block(TEASER), block(PAYWALL, false)];
    const result = withArticleBody(blocks, [TEASER, ...REST].join('\n\n'));
    expect(result?.blocks.map((b) => b.text)).toEqual(['Flood toll rises', 'A flooded street in Lugo. (Photo: AFP)', TEASER, ...REST, PAYWALL]);
    expect(result?.blocks.at(-1)?.article).toBe(false);
  });

  it('takes a page that shows more article blocks than a teaser has as showing its article (and does no search per block)', () => {
    const block = (text: string): ClassifiedBlock => ({ text, pieces: [text], context: ['p'], heading: false, article: true });
    const many = (n: number) => [block(TEASER), ...Array.from({ length: n - 1 }, (_, i) => block(`item ${i}`))];
    const body = [TEASER, ...REST, ...Array.from({ length: 4 * MAX_TEASER_BLOCKS }, (_, i) => `item ${i} of a long list in the body`)].join('\n\n');
    expect(withArticleBody(many(MAX_TEASER_BLOCKS), body)).toBeDefined();
    expect(withArticleBody(many(MAX_TEASER_BLOCKS + 1), body)).toBeUndefined();
  });
});
