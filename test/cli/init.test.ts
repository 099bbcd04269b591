import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldFiles } from '../../src/cli/scaffold.js';
import { contentHash } from '../../src/ingest/content-hash.js';
import { ensureBuilt, runBin } from './built-bin.js';

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-init-'));

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('claimtrace init [dir]', () => {
  it('writes the scaffold and names every file it created', () => {
    const result = runBin(['init', 'my-claims'], { cwd: temp });
    expect(result.code).toBe(0);
    for (const file of scaffoldFiles()) {
      expect(readFileSync(join(temp, 'my-claims', file.path), 'utf8')).toBe(file.content);
      expect(result.stdout).toContain(join('my-claims', file.path));
    }
  });

  it('defaults to ./claims', () => {
    const cwd = mkdtempSync(join(temp, 'default-'));
    expect(runBin(['init'], { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'claims', 'predicates.yaml'))).toBe(true);
  });

  it('refuses to overwrite and writes nothing', () => {
    const result = runBin(['init', 'my-claims'], { cwd: temp });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/my-claims\/predicates\.yaml.* already exist; nothing was written/);
  });

  it('records the real content hash of the example text', () => {
    const files = new Map(scaffoldFiles().map((f) => [f.path, f.content]));
    expect(files.get('sources/example.yaml')).toContain(`contentHash: ${contentHash(files.get('sources/example.txt') ?? '')}`);
  });
});
