import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, runBin } from './built-bin.js';
import { runInProcess } from './memory-io.js';

const TEXT_PATH = fixture('texts', 'notice.txt');
/** The normalized text offsets refer to (CRLF → LF). */
const text = readFileSync(TEXT_PATH, 'utf8').replaceAll('\r\n', '\n');

const lineColumn = (offset: number): string => {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
};

beforeAll(() => ensureBuilt());

describe('claimtrace anchor <source-file> "<quote>"', () => {
  it.each([
    ['an exact quote', 'cost nearly $2 billion', 'cost nearly $2 billion', 'exact'],
    ['a quote with straight quotation marks', 'a "major" expansion', 'a “major” expansion', 'folded'],
  ])('anchors %s and prints offsets, line:column and context', (_name, quote, found, method) => {
    const start = text.indexOf(found);
    const result = runBin(['anchor', TEXT_PATH, quote]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`anchored (${method} match`);
    expect(result.stdout).toContain(`notice.txt:${lineColumn(start)}–${lineColumn(start + found.length)}`);
    expect(result.stdout).toContain(`(offsets ${start}–${start + found.length})`);
    expect(result.stdout).toContain(`[${found}]`);
  });

  it('reads the text a source metadata file names', async () => {
    const result = await runInProcess(['anchor', fixture('texts', 'notice.yaml'), 'port authority approved', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    const start = text.indexOf('port authority approved');
    expect(json).toMatchObject({ status: 'anchored', start, end: start + 23, method: 'exact' });
    expect(json['file']).toMatch(/notice\.txt$/);
  });

  it('gives machines the selectors and the 1-based place with --json', async () => {
    const result = await runInProcess(['anchor', TEXT_PATH, 'starts in March', '--json']);
    const json = JSON.parse(result.stdout) as Record<string, Record<string, unknown>>;
    const start = text.indexOf('starts in March');
    const [line, column] = lineColumn(start).split(':').map(Number);
    expect(json['from']).toEqual({ line, column });
    expect(json['quote']).toMatchObject({ type: 'TextQuoteSelector', exact: 'starts in March', prefix: text.slice(start - 32, start) });
    expect(json['position']).toEqual({ type: 'TextPositionSelector', start, end: start + 15 });
  });

  it('says a quote is ambiguous, lists every occurrence, and exits 1', async () => {
    const result = await runInProcess(['anchor', TEXT_PATH, 'Officials said', '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { status: string; candidates: { start: number }[] };
    expect(json.status).toBe('ambiguous');
    const starts: number[] = [];
    for (let i = text.indexOf('Officials said'); i >= 0; i = text.indexOf('Officials said', i + 1)) starts.push(i);
    expect(json.candidates.map((c) => c.start).sort((a, b) => a - b)).toEqual(starts);
  });

  it('picks one occurrence with --suffix', async () => {
    const result = await runInProcess(['anchor', TEXT_PATH, 'Officials said', '--suffix', ' little else', '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { start: number }).start).toBe(text.indexOf('Officials said little'));
  });

  it('says why a misspelt quote does not anchor, with candidates and scores, and exits 1', () => {
    const result = runBin(['anchor', TEXT_PATH, 'the port authorty aproved a major expanson on Sunday']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/does not anchor|ambiguous/);
    expect(result.stdout).toMatch(/\d\.\d{3} fuzzy/);
    expect(result.stdout).toContain('hint:');
  });

  it('says so when nothing comes close', async () => {
    const result = await runInProcess(['anchor', TEXT_PATH, 'Brazil joined the coalition', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'orphaned', candidates: [] });
  });

  it.each([
    ['a missing file', ['anchor', 'no/such/file.txt', 'x'], 2, /cannot read no\/such\/file\.txt/],
    ['invalid YAML (a content problem)', ['anchor', fixture('texts', 'broken.yaml'), 'x'], 1, /broken\.yaml is not valid YAML/],
    ['a bad --hint', ['anchor', TEXT_PATH, 'x', '--hint', '1.5'], 2, /--hint must be a non-negative integer/],
    ['a missing quote', ['anchor', TEXT_PATH], 2, /anchor needs 2 arguments/],
    ['an unknown option', ['anchor', TEXT_PATH, 'x', '--fuzzy'], 2, /unknown option --fuzzy for claimtrace anchor/],
    ['a misspelt option', ['anchor', TEXT_PATH, 'x', '--sufix', 'y'], 2, /unknown option --sufix for claimtrace anchor\n  hint: did you mean --suffix\?/],
  ])('on %s: exit %d, a message and no stack trace', async (_name, args, code, message) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
