/**
 * More problems than V8 takes as function arguments (about 125,000 on
 * Node 20): a claims file of 130,000 bad claims. Appending a file's problems
 * with `push(...problems)` threw "RangeError: Maximum call stack size
 * exceeded" and lost every message; every problem is now reported, and the
 * stylish output (whose column widths were `Math.max(...widths)`) lists them.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { createCheckReport } from '../../src/check/check-report.js';
import { renderFormat } from '../../src/formats/format.js';
import { stylishFormat } from '../../src/formats/stylish.js';
import { settled } from '../../src/model/result.js';


const CLAIMS = 130_000;
const temp = mkdtempSync(join(tmpdir(), 'claimtrace-many-problems-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a claims file with more problems than a call takes arguments', { timeout: 180_000 }, () => {
  it(`reports a problem for each of ${CLAIMS.toLocaleString('en')} claims that name an unknown predicate, each at its line (the file stays under the 16 MiB limit)`, async () => {
    const folder = join(temp, 'folder');
    cpSync(join(import.meta.dirname, '../fixtures/claims/minimal'), folder, { recursive: true });
    const lines = ['source: wire', 'claims:'];
    for (let i = 0; i < CLAIMS; i++) lines.push(`  - {id: c${i}, subject: Project Vault, predicate: nope, value: {quantity: $12 billion}, quote: worth}`);
    writeFileSync(join(folder, 'claims', 'many.yaml'), `${lines.join('\n')}\n`);
    const check = await checkClaimsFolder(folder);
    const lineOf = (m: (typeof check.messages)[number]): number | undefined => (m.place !== undefined && 'file' in m.place && m.place.file.endsWith('many.yaml') ? m.place.start.line : undefined);
    const placed = check.messages.filter((m) => m.severity === 'error' && lineOf(m) !== undefined);
    expect(placed.length).toBeGreaterThanOrEqual(CLAIMS);
    expect(Math.max(...placed.slice(-1000).map((m) => lineOf(m) as number))).toBe(CLAIMS + 2);
    const rendered = renderFormat(stylishFormat, { check: settled(check), report: createCheckReport(check), paths: { root: folder, cwd: folder }, labels: { title: 't', corpusLabel: 'c/', command: 'x' }, options: {} });
    expect(rendered.ok).toBe(true);
    const text = rendered.ok ? rendered.value : '';
    expect(text).toContain(`${CLAIMS + 2}:`);
  });
});
