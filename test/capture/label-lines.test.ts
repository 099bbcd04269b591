/**
 * Lines that label or point rather than tell, though article extraction
 * keeps them with the article: a section label above the headline, a
 * caption or link opening with a pointer word (WATCH, LISTEN, Read more,
 * RELATED, See also, Advertisement), a wire's copyright notice. Their words
 * stay in the text; they are listed as non-content. Lines that only look
 * alike — a sentence starting "Watchdog", a photo caption, a dated line, a
 * label after the headline — stay article text.
 */
import { describe, expect, it } from 'vitest';
import { captureSource, type CapturedSource } from '../../src/capture/index.js';
import { pointerKind } from '../../src/capture/label-lines.js';
import { renderSourceFile } from '../../src/capture/source-file.js';

const P1 = 'A regional passenger train derailed near Ashby Marsh on Thursday morning after striking debris from a landslip in a cutting, the investigators said.';
const P2 = 'The line between Wexbridge and Carnford will stay closed until 14 December while the track and a damaged bridge parapet are repaired.';

const capture = (head: string, body: string): CapturedSource => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const r = captureSource(new TextEncoder().encode(html), { fileName: 'page.html' });
  if (!r.ok) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r.value;
};
const nonContent = (page: CapturedSource): string[] => page.nonContent.map((n) => `${n.kind}: ${n.quote ?? `${n.from} … ${n.to}`}`);

describe('labels and pointer lines kept by the extraction are non-content', () => {
  it.each([
    // what, the line's HTML (inside the article, before or among its paragraphs), the entry expected
    ['a section label above the headline', '<div class="kicker">State &amp; Regional</div><h1>Train derails in northern England</h1>', 'boilerplate: State & Regional'],
    ['a section label that is a link', '<div><a href="/uk">UK News</a></div><h1>Train derails in northern England</h1>', 'boilerplate: UK News'],
    ['a video caption: WATCH', `<h1>Train derails in northern England</h1><p>${P1}</p><figure><figcaption>WATCH: Drone footage shows the scale of the derailment</figcaption></figure>`, 'boilerplate: WATCH: Drone footage shows the scale of the derailment'],
    ['an audio caption: LISTEN |', `<h1>Train derails in northern England</h1><p>${P1}</p><p>LISTEN | The Transport Podcast on landslips</p>`, 'boilerplate: LISTEN | The Transport Podcast on landslips'],
    ['a "Read more:" link inside the body', `<h1>Train derails in northern England</h1><p>${P1}</p><p><strong>Read more:</strong> <a href="/x">Rail network warned over landslip risk</a></p>`, 'related-links: Read more: Rail network warned over landslip risk'],
    ['RELATED — a link', `<h1>Train derails in northern England</h1><p>${P1}</p><p>RELATED — <a href="/y">Three hurt in Stonehaven crash</a></p>`, 'related-links: RELATED — Three hurt in Stonehaven crash'],
    ['See also:', `<h1>Train derails in northern England</h1><p>${P1}</p><p>See also: How landslips are monitored</p>`, 'related-links: See also: How landslips are monitored'],
    ['an ADVERTISEMENT line between paragraphs', `<h1>Train derails in northern England</h1><p>${P1}</p><p>ADVERTISEMENT</p>`, 'boilerplate: ADVERTISEMENT'],
    ['a wire’s copyright notice', `<h1>Train derails in northern England</h1><p>${P1}</p><p>Copyright 2026 The Associated Press. All rights reserved.</p>`, 'page-chrome: Copyright 2026 The Associated Press. All rights reserved.'],
    ['a pull quote in an <aside>: boilerplate, not related links', `<h1>Train derails in northern England</h1><p>${P1}</p><aside class="pull-quote"><blockquote>“Everything went sideways”</blockquote></aside>`, 'boilerplate: “Everything went sideways”'],
  ])('%s', (_what, html, entry) => {
    const page = capture('<title>Train derails in northern England</title>', `<article>${html}<p>${P1.replace('Thursday', 'Friday')}</p><p>${P2}</p></article>`);
    expect(nonContent(page)).toContain(entry);
  });

  it.each([
    // what, HTML, the words that must stay article text
    ['a sentence that starts like a pointer word', `<h1>Train derails in northern England</h1><p>Watchdog: the line was inspected in October, the regulator said on Friday.</p>`, 'Watchdog: the line was inspected'],
    ['a photo caption', `<h1>Train derails in northern England</h1><figure><figcaption>The derailed carriages in the cutting on Thursday.</figcaption></figure>`, 'The derailed carriages in the cutting on Thursday.'],
    ['a short line after the headline', `<h1>Train derails in northern England</h1><p>Analysis</p>`, 'Analysis'],
    ['a dated line above the headline', `<p>4 December 2026</p><h1>Train derails in northern England</h1>`, '4 December 2026'],
    ['"More" inside a sentence', `<h1>Train derails in northern England</h1><p>More than 30 people were hurt, the ambulance service said on Thursday.</p>`, 'More than 30 people were hurt'],
  ])('stays article text: %s', (_what, html, words) => {
    const page = capture('<title>Train derails in northern England</title>', `<article>${html}<p>${P1}</p><p>${P2}</p></article>`);
    expect(page.text).toContain(words);
    expect(nonContent(page).some((e) => e.includes(words))).toBe(false);
  });

  it.each([
    ['WATCH: Drone footage', 'boilerplate'],
    ['Video – Aerial pictures of the crash', 'boilerplate'],
    ['More: Rail news', 'related-links'],
    ['Advertisement', 'boilerplate'],
    ['Watch the skies tonight for the meteor shower.', undefined],
    ['Related stories', undefined],
    ['READ MORE: a headline\nand a second line', undefined],
  ])('pointerKind(%j) is %s', (text, kind) => {
    expect(pointerKind(text)).toBe(kind);
  });
});

describe('the title is the article’s <h1>; where the page’s other titles differ, add says which it took', () => {
  it.each([
    // what, <head>, <h1>, title, titleFrom
    ['a syndicated page: og:title differs', '<title>UK train derailment: 31 hurt | Lakeshore Tribune</title><meta property="og:title" content="UK train derailment: 31 hurt"><meta property="og:site_name" content="Lakeshore Tribune">', 'Dozens hurt as train derails in England', 'Dozens hurt as train derails in England', 'the article\'s <h1>; og:title says "UK train derailment: 31 hurt"'],
    ['a live page: the <title> adds "Live:"', '<title>Live: Train derails near Ashby Marsh – North Today</title><meta property="og:site_name" content="North Today">', 'Train derails near Ashby Marsh', 'Train derails near Ashby Marsh', 'the article\'s <h1>; the <title> says "Live: Train derails near Ashby Marsh"'],
    ['all agree: nothing to say', '<title>Train derails near Ashby Marsh | North Today</title><meta property="og:site_name" content="North Today"><meta property="og:title" content="Train derails near Ashby Marsh">', 'Train derails near Ashby Marsh', 'Train derails near Ashby Marsh', undefined],
  ])('%s', (_what, head, h1, title, titleFrom) => {
    const page = capture(head, `<article><h1>${h1}</h1><p>${P1}</p><p>${P2}</p></article>`);
    expect(page.metadata.title).toBe(title);
    expect(page.metadata.titleFrom).toBe(titleFrom);
    // the headline is the article's, never non-content
    expect(nonContent(page).some((e) => e.includes(h1))).toBe(false);
    const yaml = renderSourceFile(page, { id: 'p', textFile: 'p.txt', retrievedAt: '2026-12-04T12:00Z', from: 'p.html' });
    if (titleFrom !== undefined) expect(yaml).toContain(`# title: ${titleFrom}.`);
    else expect(yaml).not.toContain('# title:');
  });
});
