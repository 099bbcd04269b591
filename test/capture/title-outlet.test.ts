/**
 * The publisher of a page that states none (no og:site_name, no JSON-LD
 * publisher) is read from the outlet's name its `<title>` ends with — only
 * when that ending reads as an outlet's name and is not part of the
 * headline — and marked as inferred: in the metadata (`publisherFrom`), in
 * the source file's comment and in `add`'s output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureSource, type CapturedSource } from '../../src/capture/index.js';
import { outletFromTitle } from '../../src/capture/page-metadata.js';
import { renderSourceFile } from '../../src/capture/source-file.js';
import { runInProcess } from '../cli/memory-io.js';

const BODY = [
  'The county council approved a new footbridge over the River Wend on Tuesday, after three years of debate about its cost.',
  'The bridge will cost £4.2 million and should open in the spring of 2028, the council leader said after the vote.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const capture = (head: string, h1: string): CapturedSource => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body><article>${h1}${BODY}</article></body></html>`;
  const r = captureSource(new TextEncoder().encode(html), { fileName: 'page.html' });
  if (!r.ok) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r.value;
};

const H1 = '<h1>Council approves footbridge over the Wend</h1>';

describe('the publisher inferred from the outlet a <title> ends with', () => {
  it.each([
    // what, <head>, <h1>, publisher, inferred?, title
    ['" | " then the outlet', '<title>Council approves footbridge over the Wend | The Daily Post</title>', H1, 'The Daily Post', true, 'Council approves footbridge over the Wend'],
    ['" - " then the outlet', '<title>Council approves footbridge over the Wend - Northshire Gazette</title>', H1, 'Northshire Gazette', true, 'Council approves footbridge over the Wend'],
    ['a syndicated story whose <title> headline is not its <h1>', '<title>Wend bridge gets green light after three-year fight - The Valley Courier</title>', H1, 'The Valley Courier', true, 'Council approves footbridge over the Wend'],
    ['the same with no <h1>: the <title> without the outlet', '<title>Wend bridge gets green light after three-year fight - The Valley Courier</title>', '', 'The Valley Courier', true, 'Wend bridge gets green light after three-year fight'],
    ['a section between headline and outlet: the last part', '<title>Council approves footbridge over the Wend | Local | Newcastle upon Tyne Chronicle</title>', '', 'Newcastle upon Tyne Chronicle', true, 'Council approves footbridge over the Wend | Local'],
    ['a call sign', '<title>Council approves footbridge over the Wend | KDFL 8 News</title>', H1, 'KDFL 8 News', true, 'Council approves footbridge over the Wend'],
    ['og:site_name stated: it is the publisher, nothing inferred', '<title>Council approves footbridge over the Wend | The Daily Post</title><meta property="og:site_name" content="Daily Post Online">', '', 'Daily Post Online', false, 'Council approves footbridge over the Wend | The Daily Post'],
    ['JSON-LD publisher stated: nothing inferred', '<title>Council approves footbridge over the Wend | Post</title><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Daily Post"}}</script>', '', 'The Daily Post', false, 'Council approves footbridge over the Wend | Post'],
    ['a twitter handle only: the outlet the title names is a better name', '<title>Council approves footbridge over the Wend - Northshire Gazette</title><meta name="twitter:site" content="@NGazette">', H1, 'Northshire Gazette', true, 'Council approves footbridge over the Wend'],
  ])('%s', (_what, head, h1, publisher, inferred, title) => {
    const page = capture(head, h1);
    expect(page.metadata.publisher).toBe(publisher);
    expect(page.metadata.publisherFrom !== undefined).toBe(inferred);
    expect(page.metadata.title).toBe(title);
  });

  it.each([
    // what, <head>, <h1>
    ['the ending is part of the headline (<h1> holds it)', '<title>Budget 2026 - The Winners And Losers</title>', '<h1>Budget 2026 - The Winners And Losers</h1>'],
    ['a lower-case ending: words of the headline', '<title>Budget 2026 at a glance - the winners and losers</title>', '<h1>Budget 2026 at a glance</h1>'],
    ['a kind of page, not an outlet', '<title>Storm hits the coast overnight - Live Updates</title>', '<h1>Storm hits the coast overnight</h1>'],
    ['an analysis label', '<title>Why the council said yes | Analysis</title>', '<h1>Why the council said yes</h1>'],
    ['a section, not an outlet', '<title>Council approves footbridge over the Wend | Politics</title>', H1],
    ['a section with "news"', '<title>Council approves footbridge over the Wend - World News</title>', H1],
    ['a sports section', '<title>United sign striker on four-year deal | Sport</title>', '<h1>United sign striker on four-year deal</h1>'],
    ['a headline of two words', '<title>Budget day - The Daily Post</title>', '<h1>Budget day</h1>'],
    ['an ending of seven words', '<title>Council approves footbridge over the Wend | The Very Long Name Of A Local Paper</title>', H1],
    ['a question after the separator', '<title>Council approves footbridge - What Happens Next?</title>', '<h1>Council approves footbridge</h1>'],
    ['no separator', '<title>Council approves footbridge over the Wend</title>', H1],
  ])('nothing inferred: %s', (_what, head, h1) => {
    const page = capture(head, h1);
    expect(page.metadata.publisher).toBeUndefined();
    expect(page.metadata.publisherFrom).toBeUndefined();
  });

  it('says in the source file that the publisher was inferred, and from what', () => {
    const page = capture('<title>Council approves footbridge over the Wend - Northshire Gazette</title>', H1);
    const yaml = renderSourceFile(page, { id: 'bridge', textFile: 'bridge.txt', retrievedAt: '2026-03-05T10:00Z', from: 'bridge.html' });
    expect(yaml).toContain('# publisher: inferred: the page states no publisher, and its <title> ends with "Northshire Gazette"; check it.');
    expect(yaml).toMatch(/^publisher: Northshire Gazette$/m);
    // a publisher given on the command line is not called inferred
    const given = renderSourceFile(page, { id: 'bridge', textFile: 'bridge.txt', retrievedAt: '2026-03-05T10:00Z', from: 'bridge.html', publisher: 'The Gazette' });
    expect(given).not.toContain('inferred');
  });

  it('reads the outlet from the title alone, comparing with every headline the page states', () => {
    expect(outletFromTitle('Council approves footbridge over the Wend - Northshire Gazette', ['Council approves footbridge over the Wend'])).toBe('Northshire Gazette');
    expect(outletFromTitle('Council approves footbridge over the Wend - Northshire Gazette', ['Wend footbridge: Northshire Gazette readers react'])).toBeUndefined();
  });
});

describe('add says where the publisher came from', () => {
  const PAGE = 'test/fixtures/darrow-fire-pages/valley-courier-allied-press-fire.html';
  const folders: string[] = [];
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  const freshFolder = async (): Promise<string> => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-outlet-'));
    folders.push(dir);
    expect((await runInProcess(['init', join(dir, 'claims'), '--bare'])).code).toBe(0);
    return join(dir, 'claims');
  };

  it.each([
    // extra arguments, the publisher written, whether it is called inferred
    [[] as string[], 'The Valley Courier', true],
    [['--publisher', 'Valley Courier Media'], 'Valley Courier Media', false],
  ])('add %j', async (extra, publisher, inferred) => {
    const json = await runInProcess(['add', PAGE, '--into', await freshFolder(), '--json', ...extra]);
    expect(json.code, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout) as { source: { publisher?: string }; from: { publisher?: string; publishedAt?: string } };
    expect(out.source.publisher).toBe(publisher);
    expect(out.from.publisher?.startsWith('inferred: ') ?? false).toBe(inferred);
    expect(out.from.publishedAt).toBe('<meta article:published_time>: 2026-10-16T07:45:00-05:00');

    const text = await runInProcess(['add', PAGE, '--into', await freshFolder(), '--retrieved', '2026-10-16', ...extra]);
    expect(text.code, text.stderr).toBe(0);
    const line = text.stdout.split('\n').find((l) => l.startsWith('  publisher'));
    expect(line).toBe(inferred ? `  publisher  ${publisher} (inferred: the page states no publisher, and its <title> ends with "${publisher}")` : `  publisher  ${publisher}`);
  });
});
