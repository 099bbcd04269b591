/**
 * The head of an article, between its headline and its first paragraph: a
 * byline or dateline is non-content of kind `byline` (whether extraction
 * kept it or not; the author and date are still read from the page's
 * metadata); a standfirst — one or two sentences under the headline, in an
 * element that calls itself one or repeating the page's description — is
 * article text. Sentences that only open like a byline stay article text.
 */
import { describe, expect, it } from 'vitest';
import { captureSource, type CapturedSource } from '../../src/capture/index.js';
import { bylineLine } from '../../src/capture/head-lines.js';

const P1 = 'A regional passenger train derailed near Ashby Marsh on Thursday morning after striking debris from a landslip in a cutting, the investigators said.';
const P2 = 'The line between Wexbridge and Carnford will stay closed until 14 December while the track and a damaged bridge parapet are repaired.';
const H1 = '<h1>Train derails in northern England</h1>';

const capture = (head: string, body: string): CapturedSource => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Train derails in northern England</title>${head}</head><body>${body}</body></html>`;
  const r = captureSource(new TextEncoder().encode(html), { fileName: 'page.html' });
  if (!r.ok) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r.value;
};
const entries = (page: CapturedSource): string[] => page.nonContent.map((n) => `${n.kind}: ${n.quote ?? `${n.from} … ${n.to}`}`);

describe('bylineLine', () => {
  it.each([
    ['an AP wire byline with a date and "Updated"', 'By OLIVIA BRENNAN Associated Press · Dec. 3, 2026 Updated 4:05 p.m. EST'],
    ['a Reuters byline', 'By Jane Doe, Reuters'],
    ['a name and a title after a bar', 'Jane Doe | Staff writer'],
    ['a dateline', 'Published 3 December 2026, 10:05 GMT'],
    ['a dateline with a colon', 'Updated: 4 December 2026 07:30'],
    ['two names and a title', 'By Jane Doe and John McAllister, Transport Correspondents'],
    ['a name with a particle and an initial', 'By Ana de la Cruz and J. R. Smith · 3 December 2026'],
    ['an agency alone', 'By The Associated Press'],
    ['an agency and a date', 'By AFP | Published May 17, 2026 9:40 AM CEST'],
    ['a name, a place and a date', 'By Harriet Pryce in Carnford · Friday 4 December 2026, 07:30 GMT'],
    ['a name and an agency after a comma', 'Jane Doe, Reuters'],
  ])('is a byline: %s', (_what, line) => {
    expect(bylineLine(line)).toBe(true);
  });

  it.each([
    ['a sentence opening with "By" and a weekday', 'By Tuesday, the line had reopened.'],
    ['a sentence opening with "By" and a capitalized phrase', 'By Christmas Day the line will reopen'],
    ['a sentence opening with "By" and a name-like pair', 'By Network Rail estimates the repair will cost £1.2m.'],
    ['a sentence about a person', 'Jane Doe said the line had been inspected in October.'],
    ['a name and a separator without a title or agency', 'Jane Doe | Carnford'],
    ['"Published" without a date', 'Published by the rail regulator in its annual report'],
    ['a long paragraph', `By Jane Doe, Reuters ${'and more words '.repeat(10)}`],
    ['two lines', 'By Jane Doe\nReuters'],
  ])('is not a byline: %s', (_what, line) => {
    expect(bylineLine(line)).toBe(false);
  });
});

describe('capture: the byline under the headline is non-content, the standfirst article text', () => {
  it.each([
    // what, the head's HTML between the headline and the first paragraph, the entry expected
    ['an AP byline that extraction keeps', '<div class="story-meta">By OLIVIA BRENNAN Associated Press · Dec. 3, 2026 Updated 4:05 p.m. EST</div>', 'byline: By OLIVIA BRENNAN Associated Press · Dec. 3, 2026 Updated 4:05 p.m. EST'],
    ['a Reuters byline in a plain paragraph', '<p>By Jane Doe, Reuters</p>', 'byline: By Jane Doe, Reuters'],
    ['a name and a title', '<div>Jane Doe | Staff writer</div>', 'byline: Jane Doe | Staff writer'],
    ['a dateline in a <time>', '<p><time datetime="2026-12-03T10:05Z">Published 3 December 2026, 10:05 GMT</time></p>', 'byline: Published 3 December 2026, 10:05 GMT'],
    ['a byline under a standfirst, in an element extraction drops', '<p class="standfirst">Investigators say a landslip after two days of heavy rain is the likely cause</p><p class="byline">By Harriet Pryce, Transport Correspondent · Friday 4 December 2026, 07:30 GMT</p>', 'byline: By Harriet Pryce, Transport Correspondent · Friday 4 December 2026, 07:30 GMT'],
  ])('%s', (_what, html, entry) => {
    const page = capture('', `<article>${H1}${html}<p>${P1}</p><p>${P2}</p></article>`);
    expect(entries(page)).toContain(entry);
  });

  it.each([
    // what, head (meta), the head's HTML, the words that must stay article text
    ['a standfirst', '', '<p class="standfirst">Investigators say a landslip after two days of heavy rain is the likely cause</p><p class="byline">By Harriet Pryce · 4 December 2026</p><figure><figcaption>The carriages in the cutting. Photograph: Tom Ellery</figcaption></figure>', 'Investigators say a landslip'],
    ['a dek in an <h2>', '', '<h2 class="article__dek">Two carriages overturned; 23 people were taken to hospital</h2>', 'Two carriages overturned'],
    ['a summary inside a summary element', '', '<div class="c-summary">The line will stay closed for ten days while the track is repaired</div>', 'The line will stay closed for ten days'],
    ['the page’s description repeated', '<meta property="og:description" content="A landslip is thought to have caused the derailment on the Kestrel Valley line">', '<p class="x9">A landslip is thought to have caused the derailment on the Kestrel Valley line</p>', 'A landslip is thought to have caused the derailment'],
  ])('stays article text: %s', (_what, head, html, words) => {
    // the story's paragraphs in their own element, as news sites write them: extraction keeps that element and drops most of what is beside it
    const page = capture(head, `<article>${H1}${html}<div class="article-body"><p>${P1}</p><p>${P2}</p><p>${P1.replace('Thursday', 'Friday')}</p></div></article>`);
    expect(page.text).toContain(words);
    expect(entries(page).some((e) => e.includes(words.slice(0, 20)))).toBe(false);
  });

  it('keeps a sentence opening with "By" and a weekday, as the first paragraph, as article text', () => {
    const page = capture('', `<article>${H1}<p>By Tuesday, the line had reopened.</p><p>${P1}</p><p>${P2}</p></article>`);
    expect(page.text).toContain('By Tuesday, the line had reopened.');
    expect(entries(page).some((e) => e.includes('By Tuesday'))).toBe(false);
  });

  it('names the author from the metadata still, though the byline line is non-content', () => {
    const page = capture('<meta name="author" content="Jane Doe">', `<article>${H1}<p>By Jane Doe, Reuters</p><p>${P1}</p><p>${P2}</p></article>`);
    expect(page.metadata.author).toBe('Jane Doe');
    expect(entries(page)).toContain('byline: By Jane Doe, Reuters');
  });

  it('leaves a byline-like line further down the article as article text', () => {
    const page = capture('', `<article>${H1}<p>${P1}</p><p>Jane Doe | Staff writer</p><p>${P2}</p></article>`);
    expect(entries(page).some((e) => e.includes('Jane Doe'))).toBe(false);
  });
});
