/**
 * Every file the CLI writes goes through the one atomic write
 * (`files/atomic-write.ts`): a report or export never replaces a file
 * through a symbolic link planted at its name, `suggest --out` and `init`
 * never replace a file, and a refusal is a clear message, exit 2.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './memory-io.js';

const FOLDER = 'test/fixtures/cli/conflict';
const temp = mkdtempSync(join(tmpdir(), 'claimtrace-write-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('writing output files', () => {
  it('report refuses to write through a symbolic link at a report’s name, and leaves its target alone', async () => {
    const out = join(temp, 'linked');
    const target = join(temp, 'elsewhere.md');
    writeFileSync(target, 'keep me\n');
    await runInProcess(['report', FOLDER, '--out', out, '--format', 'json']);
    symlinkSync(target, join(out, 'conflict-report.md'));
    const run = await runInProcess(['report', FOLDER, '--out', out, '--format', 'markdown']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('conflict-report.md is a symbolic link; claimtrace does not write through links');
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
  });

  it('replaces a report written before, leaving no temporary file beside it', async () => {
    const out = join(temp, 'twice');
    for (let i = 0; i < 2; i += 1) expect((await runInProcess(['report', FOLDER, '--out', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['conflict-report.html', 'conflict-report.md', 'conflicts.json']);
  });

  it('suggest --out never replaces a file', async () => {
    const existing = join(temp, 'suggested.yaml');
    writeFileSync(existing, 'mine\n');
    const run = await runInProcess(['suggest', FOLDER, 'harbour-gazette-port', '--out', existing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('suggested.yaml already exists');
    expect(run.stderr).toContain('never replaces a file');
    expect(readFileSync(existing, 'utf8')).toBe('mine\n');
  });
});
