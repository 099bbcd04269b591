/**
 * A Markdown or plain-text document without front matter: what its first
 * lines say about it. A press release names its issuer above "FOR IMMEDIATE
 * RELEASE", dates itself on a line of its own, and gives its headline after;
 * a document that opens with a heading and a date line says as much. Every
 * inferred value says it was inferred; nothing is read from running text.
 */
import { describe, expect, it } from 'vitest';
import { captureSource, type CapturedSource } from '../../src/capture/index.js';
import { renderSourceFile } from '../../src/capture/source-file.js';

const BODY =
  'DARROW FALLS — A fire that began late on Wednesday at the recycling plant on Industrial Parkway remains active this morning, and about 1,200 homes have been evacuated.';

const capture = (text: string, fileName: string): CapturedSource => {
  const r = captureSource(new TextEncoder().encode(text), { fileName });
  if (!r.ok) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r.value;
};

describe('the head of a document that states no metadata', () => {
  it.each([
    // what, file, its text, title, publisher, publication day
    [
      'a Markdown release: issuer heading, mark and date, headline',
      'release.md',
      `# Darrow County Office of Emergency Management\n\n**FOR IMMEDIATE RELEASE**\nOctober 15, 2026\n\n## Evacuation order remains in place\n\n${BODY}\n\n###\n`,
      'Evacuation order remains in place',
      'Darrow County Office of Emergency Management',
      '2026-10-15',
    ],
    [
      'a plain-text release, date on the mark’s line, a contact line before the headline',
      'release.txt',
      `Northshire Water Authority\n\nPRESS RELEASE – 3 March 2026\n\nMedia contact: press@northshire.example\n\nBoil-water notice lifted for 40,000 homes\n\n${BODY}\n`,
      'Boil-water notice lifted for 40,000 homes',
      'Northshire Water Authority',
      '2026-03-03',
    ],
    [
      'a release taken from a PDF: issuer and mark in two columns on one line',
      'pdf.txt',
      `NORTHVALE TRAINS LIMITED                       PRESS RELEASE\n\nFor immediate release: 4 December 2026\n\nDerailment at Ashby Marsh: a statement\n\n${BODY}\n`,
      'Derailment at Ashby Marsh: a statement',
      'NORTHVALE TRAINS LIMITED',
      '2026-12-04',
    ],
    [
      'columns split at a tab too; a column that is more than a mark stays',
      'tab.txt',
      `Kestrel County Council\tPress Office\n\nNEWS RELEASE 4 December 2026\n\nRoad reopens\n\n${BODY}\n`,
      'Road reopens',
      'Kestrel County Council Press Office',
      '2026-12-04',
    ],
    ['a Markdown note: heading, then a date line', 'note.md', `# Council approves footbridge\n\n2026-03-04\n\n${BODY}\n`, 'Council approves footbridge', undefined, '2026-03-04'],
    ['front matter wins over the head', 'fm.md', `---\ntitle: From the front matter\ndate: 2026-01-02\n---\n# Council approves footbridge\n\n2026-03-04\n\n${BODY}\n`, 'From the front matter', undefined, '2026-01-02'],
  ])('%s', (_what, file, text, title, publisher, day) => {
    const m = capture(text, file).metadata;
    expect(m.title).toBe(title);
    expect(m.publisher).toBe(publisher);
    expect(m.publisherFrom !== undefined).toBe(publisher !== undefined);
    expect(m.publishedAt === undefined ? undefined : 'date' in m.publishedAt ? m.publishedAt.date : m.publishedAt.datetime.slice(0, 10)).toBe(day);
  });

  it.each([
    ['a date inside running text is not the publication date', 'a.md', `# Council approves footbridge\n\n${BODY} The vote was on March 3, 2026.\n`],
    ['a date after the first paragraph is not read', 'b.txt', `Council approves footbridge\n\n${BODY}\n\nMarch 3, 2026\n`],
    ['a line with a date and other words is not a date line', 'c.md', `# Council approves footbridge\n\nUpdated twice since March 3, 2026 by the desk\n\n${BODY}\n`],
  ])('no date: %s', (_what, file, text) => {
    const m = capture(text, file).metadata;
    expect(m.publishedAt).toBeUndefined();
  });

  it('a plain-text first line without a release mark is not taken for a headline', () => {
    expect(capture(`Notes from the desk\n\n${BODY}\n`, 'n.txt').metadata.title).toBeUndefined();
  });

  it('says in the source file what was inferred, and from which line', () => {
    const page = capture(`# Darrow County OEM\n\nFOR IMMEDIATE RELEASE\n\nOctober 15, 2026\n\n## Evacuation order remains in place\n\n${BODY}\n`, 'r.md');
    const yaml = renderSourceFile(page, { id: 'r', textFile: 'r.txt', retrievedAt: '2026-10-15T10:00Z', from: 'r.md' });
    expect(yaml).toContain('# publisher: inferred: the line above "FOR IMMEDIATE RELEASE"; check it.');
    expect(yaml).toContain('# publishedAt: from the date line at its top: "October 15, 2026" — inferred');
    expect(yaml).toMatch(/^publishedAt:\n {2}date: 2026-10-15$/m);
  });
});

describe('a release’s furniture is not its content', () => {
  const shown = (page: CapturedSource): string[] => page.nonContent.map((n) => `${n.kind}: ${(n.quote ?? `${n.from} … ${n.to}`).replace(/\n\n/g, ' / ')}`);

  it.each([
    [
      'plain text: the mark and date line, the contact line, the end mark',
      'r.txt',
      `Northshire Water Authority\n\nPRESS RELEASE – 3 March 2026\n\nMedia contact: press@northshire.example\n\nBoil-water notice lifted for 40,000 homes\n\n${BODY}\n\n-30-\n`,
      ['boilerplate: PRESS RELEASE – 3 March 2026', 'boilerplate: Media contact: press@northshire.example', 'boilerplate: -30-'],
    ],
    [
      'Markdown: the mark, date and contact lines as one range',
      'r.md',
      `# Darrow County OEM\n\n**FOR IMMEDIATE RELEASE**\nOctober 15, 2026\n\nMedia contact: Lena Marsh, (555) 014-2290\n\n## Evacuation order remains in place\n\n${BODY}\n\n###\n`,
      ['boilerplate: FOR IMMEDIATE RELEASE October 15, 2026 / Media contact: Lena Marsh, (555) 014-2290'],
    ],
    [
      'a footer after the end mark (a PDF’s page number and registered office) is furniture too',
      'f.txt',
      `Northshire Water Authority\n\nPRESS RELEASE – 3 March 2026\n\nBoil-water notice lifted\n\n${BODY}\n\n            - ENDS -\n\nPage 1 of 1          Northshire Water\nRegistered office: Dale Road\n`,
      ['boilerplate: PRESS RELEASE – 3 March 2026', 'boilerplate: - ENDS -', 'boilerplate: Page 1 of 1          Northshire Water\nRegistered office: Dale Road'],
    ],
    [
      'an end mark further up than the last few blocks is not read as one',
      'g.txt',
      `Northshire Water Authority\n\nPRESS RELEASE – 3 March 2026\n\nBoil-water notice lifted\n\n${BODY}\n\nENDS\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n`,
      ['boilerplate: PRESS RELEASE – 3 March 2026'],
    ],
    ['a document without a release mark keeps its lines', 'n.md', `# Council approves footbridge\n\n2026-03-04\n\n${BODY}\n\n-30-\n`, []],
  ])('%s', (_what, file, text, expected) => {
    expect(shown(capture(text, file))).toEqual(expected);
  });

  it('reads a long plain text in one pass, blank lines of spaces included', () => {
    const text = `${' '.repeat(200_000)}\n\n${BODY}\n${'\n   \n'.repeat(50_000)}${BODY}\n`;
    const page = capture(text, 'long.txt');
    expect(page.words).toBeGreaterThan(40);
    expect(page.nonContent).toEqual([]);
  });
});
