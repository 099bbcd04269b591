/**
 * Capturing documents as sources: a saved news page (metadata in meta tags
 * and JSON-LD), Markdown and plain text; pages that are not articles;
 * pages in other encodings; and the non-content ranges the loader reads back.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { pageBlocks, type DomNode } from '../../src/capture/page-blocks.js';
import { nonContentKind } from '../../src/capture/non-content-kind.js';
import { describe, expect, it } from 'vitest';
import { captureSource, MAX_PAGE_BYTES, MAX_PAGE_DEPTH, type CapturedSource } from '../../src/capture/index.js';
import { tooDeep } from '../../src/capture/page-depth.js';
import { formatMessage, type Message } from '../../src/model/message.js';
import { publishedAtFromText } from '../../src/capture/published-at.js';
import { pageFormat } from '../../src/capture/page-format.js';
import { loadSource } from '../../src/claims/load-source.js';
import { readYamlFile } from '../../src/claims/yaml-file.js';
import { ok, settled } from '../../src/model/result.js';
import { renderSourceFile } from '../../src/capture/source-file.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/capture/${name}`, import.meta.url));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const capturedWith = (bytes: Uint8Array, fileName = 'page.html'): { page: CapturedSource; messages: readonly Message[] } => {
  const r = captureSource(bytes, { fileName });
  if (!r.ok) throw new Error(r.messages.map((m) => formatMessage(m)).join('\n'));
  return { page: r.value, messages: r.messages };
};
const captured = (bytes: Uint8Array, fileName = 'page.html'): CapturedSource => capturedWith(bytes, fileName).page;
const article = (body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body><article>${body}</article></body></html>`;
const PARAGRAPHS = [
  'The city council approved the construction of a new footbridge over the river on Tuesday after a long debate.',
  'The project will cost about $4 million, the mayor said, and work is expected to start in the spring of next year.',
  'Residents on both banks have asked for a crossing for more than a decade, and the council heard from forty of them.',
].map((p) => `<p>${p}</p>`).join('');

describe('captureSource on a saved news page', () => {
  const page = captured(fixture('harbour.html'));

  it('reads what the page states about itself', () => {
    expect(page.metadata).toMatchObject({
      title: 'Harbour expansion approved',
      url: 'https://gazette.example/news/2026/03/harbour-expansion',
      publisher: 'Coastal Gazette',
      author: 'Ana Lima',
      publishedAt: { datetime: '2026-03-04T09:30Z' },
      language: 'en-GB',
    });
  });

  it('keeps the article in page order and never lets script or style into the text', () => {
    expect(page.text).toContain('The port authority approved a $450 million expansion');
    expect(page.text.indexOf('Harbour expansion approved')).toBeLessThan(page.text.indexOf('The port authority'));
    for (const marker of ['SCRIPT-MARKER', 'INLINE-SCRIPT-MARKER', 'font-family', 'hidden-style-marker', 'trackingScriptMarker']) expect(page.text).not.toContain(marker);
  });

  it('lists what extraction dropped as non-content, with kinds', () => {
    const kinds = page.nonContent.map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['navigation', 'cookie-banner', 'related-links', 'page-chrome']));
    const quoted = page.nonContent.map((n) => n.quote ?? n.from ?? '').join(' | ');
    expect(quoted).toContain('We use cookies');
    expect(quoted).not.toContain('The port authority');
  });

  it('writes a source file the loader reads back exactly', () => {
    const yamlText = renderSourceFile(page, { id: 'harbour', textFile: 'harbour.txt', retrievedAt: '2026-03-05T08:00Z', from: 'harbour.html' });
    const loaded = loadSource(settled(readYamlFile('sources/harbour.yaml', yamlText)), () => ok(page.text));
    expect(loaded.messages.filter((d) => d.severity === 'error')).toEqual([]);
    if (!loaded.ok) throw new Error('the source file does not load back');
    const ranges = loaded.value.document.source.nonContent;
    expect(ranges).toHaveLength(page.nonContent.length);
    for (const r of ranges) expect(page.text.slice(r.range.start, r.range.end)).not.toContain('$450 million');
    expect(loaded.value.document.source).toMatchObject({ author: 'Ana Lima', publishedAt: { precision: 'minute', value: '2026-03-04T09:30Z' } });
  });
});

describe('captureSource: what a page states, and what it does not', () => {
  it.each([
    ['JSON-LD datePublished only', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-02-01"}</script>', { date: '2026-02-01' }],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2026-02-02T10:00:00+01:00">', { datetime: '2026-02-02T10:00+01:00' }],
    ['no date at all', '', undefined],
    ['an impossible date', '<meta property="article:published_time" content="2026-02-30">', undefined],
    ['invalid JSON-LD', '<script type="application/ld+json">{not json</script>', undefined],
  ])('%s', (_, head, expected) => {
    const page = captured(utf8(article(PARAGRAPHS, head)));
    expect(page.metadata.publishedAt).toEqual(expected);
  });
});

describe('captureSource refuses what is not an article, saying what it found', () => {
  it.each([
    ['a cookie wall', '<div class="consent">We use cookies and similar technologies to personalise content and ads. Accept all or manage your privacy settings to continue to the site. You can change your consent at any time.</div><button>Accept all</button>', /cookie wall/],
    ['a login page', '<form><h2>Sign in to continue reading</h2><p>Log in with your email address or create an account to read this article.</p><input type="password"></form>', /login|only \d+ words|no article text/],
    ['an empty body', '', /no visible text/],
    ['a script-only page', '<script>renderApp()</script><noscript>Enable JavaScript</noscript>', /no visible text/],
  ])('%s', (_, body, found) => {
    const r = captureSource(utf8(`<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`), { fileName: 'page.html' });
    expect(r.ok).toBe(false);
    expect(r.messages).toHaveLength(1);
    const [m] = r.messages;
    expect(m).toMatchObject({ source: 'capture', code: 'not-an-article', severity: 'error' });
    expect(m?.message).toMatch(found);
    expect(m?.hint).toMatch(/--format text/);
    expect(m?.url).toMatch(/messages\.md#not-an-article$/);
  });
});

describe('captureSource refuses a page nested past MAX_PAGE_DEPTH before extracting it', () => {
  // The article, wrapped in `depth` levels of `open` (each closed, or not: `close` empty); `<html>`, `<body>`,
  // `<article>` and the `<p>`s nest three levels more.
  const wrapped = (open: string, close: string, depth: number): string =>
    `<!doctype html><html><head><title>T</title></head><body>${open.repeat(depth)}<article>${PARAGRAPHS}</article>${close.repeat(depth)}</body></html>`;
  it.each([
    ['20 nested <div>s', '<div>', '</div>', 20, true],
    ['nested <div>s up to the limit', '<div>', '</div>', MAX_PAGE_DEPTH - 4, true],
    ['nested <div>s one past the limit', '<div>', '</div>', MAX_PAGE_DEPTH - 3, false],
    ['10,000 nested <div>s', '<div>', '</div>', 10_000, false],
    ['unclosed <b><i><u>, 30 times', '<b><i><u>', '', 30, true],
    ['unclosed <b><i><u>, 5,000 times', '<b><i><u>', '', 5_000, false],
  ])('%s', (_, open, close, depth, captures) => {
    const r = captureSource(utf8(wrapped(open, close, depth)), { fileName: 'page.html' });
    expect(r.ok).toBe(captures);
    if (captures) return;
    expect(r.messages).toHaveLength(1);
    const [m] = r.messages;
    expect(m).toMatchObject({ source: 'capture', code: 'page-too-deep', severity: 'error' });
    expect(m?.message).toMatch(new RegExp(`more than ${MAX_PAGE_DEPTH} deep at line 1, column \\d+ \\(<html> > <body> > `));
    expect(m?.hint).toMatch(/--format text/);
    expect(m?.url).toMatch(/messages\.md#page-too-deep$/);
  });

  it('every fixture page nests far less deep than the limit', () => {
    for (const name of ['capture/harbour.html', 'capture/harbour-edited.html', 'busan-strike-pages/harbour-daily-busan-strike.html', 'busan-strike-pages/ledger-busan-europe.html', 'busan-strike-pages/freight-wire-busan-strike.html']) {
      const html = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
      expect(tooDeep(html, 8)).toBeUndefined();
      expect(tooDeep(html, 5)).toBeDefined();
    }
  });

  // The depth counted is the one the HTML parser builds: implied ends, void and raw-text elements, comments.
  it.each([
    ['<html><body><div><div>x</div></div></body></html>', 3, ['html', 'body', 'div', 'div']],
    ['<html><body><div><div>x</div></div></body></html>', 4, undefined],
    ['<html><body><p>a</p><div><p>b</p><div><div><i>c</i></div></div></div></body></html>', 5, ['html', 'body', 'div', 'div', 'div', 'i']],
    ['<html><body><p>a<p>b<p>c<ul><li>1<li>2<li>3</ul></body></html>', 4, undefined],
    ['<html><body><br><img src="a>b"><hr><input><wbr><br></body></html>', 2, undefined],
    ['<html><body><script>"<div><div><div>"</script><!-- <div><div><div> --><style>a<b{}</style></body></html>', 3, undefined],
    ['<HTML><Body><DIV><div></DIV></div></body></html>', 3, ['html', 'body', 'div', 'div']],
    ['<html><body><svg><g/><g/><g/></svg></body></html>', 3, undefined],
    ['<html><body></span></b><div></x><div>', 3, ['html', 'body', 'div', 'div']],
  ])('tooDeep(%s, %d)', (html, limit, path) => {
    expect(tooDeep(html, limit)?.path).toEqual(path);
  });

  it('places the refusal at the start tag past the limit', () => {
    const r = captureSource(utf8(`<html>\n<body>\n${'<div>\n'.repeat(200)}</body></html>`), { fileName: 'page.html' });
    expect(r.messages[0]?.message).toContain(`deep at line ${MAX_PAGE_DEPTH + 1}, column 1 (`);
  });
});

describe('captureSource decodes pages by their declared charset', () => {
  it.each([
    ['windows-1252', [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94], 'Café “ok”'],
    ['iso-8859-2', [0x50, 0xb3, 0xf3, 0x64, 0xbc], 'Płódź'],
    ['shift_jis', [0x93, 0xfa, 0x96, 0x7b], '日本'],
  ])('%s', (charset, special, expected) => {
    const before = utf8(`<!doctype html><html><head><meta charset="${charset}"><title>T</title></head><body><article>${PARAGRAPHS}<p>`);
    const after = utf8('</p></article></body></html>');
    const page = captured(new Uint8Array([...before, ...special, ...after]));
    expect(page.encoding).toMatchObject({ source: 'declared', replaced: 0 });
    expect(page.text).toContain(expected);
  });

  it('reads an undeclared non-UTF-8 page as windows-1252 and says so', () => {
    const { page, messages } = capturedWith(new Uint8Array([...utf8(`<html><body><article>${PARAGRAPHS}<p>Caf`), 0xe9, ...utf8('</p></article></body></html>')]));
    expect(page.text).toContain('Café');
    expect(messages).toEqual([expect.objectContaining({ code: 'encoding-guessed', severity: 'warning', message: expect.stringMatching(/not UTF-8/) })]);
  });

  it.each([
    ['an encoding label no decoder knows', { encoding: 'klingon-8' }, 'page-undecodable', /"klingon-8" is not a character encoding/],
    ['a page over the limit', { tooLarge: true }, 'page-too-large', /at most \d+ are captured/],
    ['a file without text', { text: '  \n\n ' }, 'page-empty', /no text/],
  ] as const)('refuses %s with one message', (_name, how, code, words) => {
    const bytes = 'tooLarge' in how ? new Uint8Array(MAX_PAGE_BYTES + 1) : utf8('text' in how ? how.text : `<p>${PARAGRAPHS}</p>`);
    const r = captureSource(bytes, { fileName: 'text' in how ? 'page.txt' : 'page.html', ...('encoding' in how ? { encoding: how.encoding } : {}) });
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toEqual([code]);
    expect(r.messages[0]?.message).toMatch(words);
  });
});

describe('captureSource on Markdown and plain text', () => {
  it('renders Markdown to its words and reads the front matter', () => {
    const md = '---\ntitle: Footbridge approved\nurl: https://courier.example/bridge\ndate: 2026-01-06\nauthor: Sam Reed\n---\n# Footbridge approved\n\nThe **council** approved a [new footbridge](https://x.example) on *Tuesday*.\n\n- It will cost about $4 million.\n';
    const page = captured(utf8(md), 'bridge.md');
    expect(page.format).toBe('markdown');
    expect(page.text).toBe('Footbridge approved\n\nThe council approved a new footbridge on Tuesday.\n\nIt will cost about $4 million.\n');
    expect(page.metadata).toMatchObject({ title: 'Footbridge approved', url: 'https://courier.example/bridge', publishedAt: { date: '2026-01-06' }, author: 'Sam Reed' });
  });

  it('keeps plain text as it is, normalized', () => {
    const page = captured(utf8('\uFEFFLine one\r\nLine two\r\n'), 'notes.txt');
    expect(page.text).toBe('Line one\nLine two\n');
    expect(page.nonContent).toEqual([]);
    expect(page.metadata.publishedAt).toBeUndefined();
  });
});

describe('pageFormat and publishedAtFromText', () => {
  it.each([
    ['a.html', '', 'html'],
    ['a.MD', '', 'markdown'],
    ['', '<!DOCTYPE html><html>', 'html'],
    ['', '<!-- saved from url=(0020)https://a.example/ -->\n<html>', 'html'],
    ['', '# Title\n\ntext', 'markdown'],
    ['', 'just words', 'text'],
  ])('%j %j → %s', (name, head, format) => expect(pageFormat(name, head)).toBe(format));

  it.each([
    ['2026-03-04', { date: '2026-03-04' }],
    ['2026-03-04T09:30:15.123Z', { datetime: '2026-03-04T09:30Z' }],
    ['2026-03-04T09:30:00+0530', { datetime: '2026-03-04T09:30+05:30' }],
    ['2026-03-04 09:30 +01:00', { datetime: '2026-03-04T09:30+01:00' }],
    ['2026-03-04t09:30:00,5z', { datetime: '2026-03-04T09:30Z' }],
    ['2026-02-30', undefined],
    ['2026-03-04T09:60', undefined],
    ['2026-03-04T09:30+15:00', undefined],
    ['March 4, 2026', { date: '2026-03-04' }],
    ['2026-13-01', undefined],
    ['2026-03-04T25:00', undefined],
    ['yesterday', undefined],
  ])('%s', (text, expected) => expect(publishedAtFromText(text)).toEqual(expected));
});

describe('dropped blocks that cannot be named', () => {
  it('says which words they are, so a repeated share link is told from a lost paragraph', () => {
    // A live blog: a "Share" link under each of its seven posts, more copies than MAX_NAMED_REPEATS names.
    const { messages } = capturedWith(readFileSync(new URL('../fixtures/romagna-flood-pages/herald-live-romagna-floods.html', import.meta.url)));
    expect(messages.filter((m) => m.code === 'non-content-unnamed').map((m) => m.message)).toEqual([
      '7 dropped blocks could not be named uniquely and are not listed as non-content: "Share" ×7',
    ]);
  });
});

describe('a block that only links to places in the page is navigation', () => {
  const blocksOf = (body: string) => {
    const doc = parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as { body: DomNode };
    return pageBlocks(doc.body).map((b) => [b.text, b.inPageLinks === true]);
  };

  it.each([
    ['a live blog’s key events', '<ul><li><a href="#p-1545">15.45 BST Schools to stay shut until Wednesday</a></li></ul>', true],
    ['a table of contents entry with its number in the link', '<ol><li><a href="#costs">2. Costs</a></li></ol>', true],
    ['a paragraph with a footnote link', '<p>The toll rose to nine, the prefecture said (<a href="#note-1">note 1</a>).</p>', false],
    ['a share link to "#" (a script’s button)', '<p><a href="#">Share</a></p>', false],
    ['a link to another page', '<ul><li><a href="/world/venice-tax">Venice doubles day-tripper fee</a></li></ul>', false],
    ['an item with words outside its in-page link', '<ul><li>Updated: <a href="#p-1">Schools shut</a></li></ul>', false],
  ])('%s', (_name, body, inPage) => {
    expect(blocksOf(body)).toEqual([[expect.any(String), inPage]]);
  });

  it('drops a key-events list from the article as navigation, and keeps a heading that links to itself', () => {
    const html = article(
      `<h2><a href="#costs">Costs</a></h2><ul class="key-events"><li><a href="#p-2">13.10 Damage put at about €1.8bn</a></li><li><a href="#p-1">09.30 Death toll rises to nine</a></li></ul>${PARAGRAPHS}`,
    );
    const page = captured(utf8(html));
    expect(page.text).toContain('Costs');
    expect(page.nonContent).toEqual([{ kind: 'navigation', quote: '13.10 Damage put at about €1.8bn\n\n09.30 Death toll rises to nine' }]);
  });
});

describe('a row of links is navigation, even when one of them is "Log in"', () => {
  const kindOf = (body: string) => {
    const doc = parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as { body: DomNode };
    return pageBlocks(doc.body).map((b) => nonContentKind(b));
  };

  it.each([
    ['a top bar whose last link is "Log in"', '<div class="topbar"><a href="/">The Post</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/login">Log in</a></div>', 'navigation'],
    ['a row of section links with separators', '<div><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></div>', 'navigation'],
    ['a prompt’s two links', '<p><a href="/subscribe">Subscribe</a> · <a href="/login">Log in</a></p>', 'login-prompt'],
    ['a prompt’s three links, most of them about an account', '<div><a href="/signin">Sign in</a> | <a href="/register">Register</a> | <a href="/forgot">Forgot password</a></div>', 'login-prompt'],
    ['a sentence with links in it', '<div>Already a member? <a href="/a">Log in</a>, <a href="/b">browse</a> or <a href="/c">read on</a></div>', 'login-prompt'],
  ])('%s', (_name, body, kind) => {
    expect(kindOf(body)).toEqual([kind]);
  });
});

describe('the title of a page: its <h1> (the headline a reader sees), else the <title> without the site suffix', () => {
  const titleOf = (head: string, h1: string): string | undefined => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body><article>${h1}${PARAGRAPHS}</article></body></html>`;
    return captured(utf8(html)).metadata.title;
  };

  it.each([
    ['a suffix after " - ", the <h1> before it', '<title>Water companies to pay £1.18 billion for sewage spills - GOV.EXAMPLE</title>', '<h1>Water companies to pay £1.18 billion for sewage spills</h1>', 'Water companies to pay £1.18 billion for sewage spills'],
    ['a suffix after " – "', '<title>Sewage spill league table 2025 – RiverWatch</title>', '<h1>Sewage spill league table 2025</h1>', 'Sewage spill league table 2025'],
    ['a <title> that adds to the headline: the <h1>', '<title>Budget 2026 at a glance - the winners and losers</title>', '<h1>Budget 2026 at a glance</h1>', 'Budget 2026 at a glance'],
    ['no <h1>, a title whose dash is part of the headline: kept whole', '<title>Budget 2026 at a glance - the winners and losers</title>', '', 'Budget 2026 at a glance - the winners and losers'],
    ['a headline of one word: kept whole', '<title>Budget - The Winners</title>', '<h1>Budget</h1>', 'Budget - The Winners'],
    // the outlet's name after the last separator is the publisher (inferred), so it is dropped from the title too
    ['an <h1> other than the title: the <h1>', '<title>Floods - live updates - The Herald</title>', '<h1>Live: floods in Romagna</h1>', 'Live: floods in Romagna'],
    ['no <h1>: the title without the outlet it ends with', '<title>Floods - live updates - The Herald</title>', '', 'Floods - live updates'],
    ['no <h1>, a title ending in no outlet: the title as it is', '<title>Floods in Romagna - live updates</title>', '', 'Floods in Romagna - live updates'],
    ['an <h1> other than the title, the site named: the <h1>', '<title>Council approves bridge | The Courier</title><meta property="og:site_name" content="The Courier">', '<h1>Something else</h1>', 'Something else'],
    ['an <h1> that only names the site (a logo): the <title> without its suffix', '<title>Council approves bridge | The Courier</title><meta property="og:site_name" content="The Courier">', '<h1>The Courier</h1>', 'Council approves bridge'],
    ['no <h1>, the site named (og:site_name): its suffix dropped, as before', '<title>Council approves bridge | The Courier</title><meta property="og:site_name" content="The Courier">', '', 'Council approves bridge'],
  ])('%s', (_name, head, h1, title) => {
    expect(titleOf(head, h1)).toBe(title);
  });
});
