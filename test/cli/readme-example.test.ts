/**
 * The README's example of using claimtrace from another TypeScript project,
 * compiled with the project's TypeScript against the built package (linked
 * into a temporary project's node_modules, resolved through package.json
 * "exports" and its .d.ts) and run with node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { settled } from '../../src/model/result.js';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';
import { ensureBuilt, fixture, REPO } from './built-bin.js';

const MARKER = '<!-- readme-example: check-claims.ts -->';

/** The ```ts block that follows the marker in README.md. */
const readmeExample = (): string => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const at = readme.indexOf(MARKER);
  if (at < 0) throw new Error(`README.md has no ${MARKER}`);
  const open = readme.indexOf('```ts\n', at);
  const close = readme.indexOf('\n```', open + 6);
  if (open < 0 || close < 0) throw new Error('README.md: no ```ts block after the example marker');
  return readme.slice(open + 6, close + 1);
};

const project = mkdtempSync(join(tmpdir(), 'claimtrace-readme-'));

beforeAll(async () => {
  await ensureBuilt('package');
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(REPO, join(project, 'node_modules', 'claimtrace'), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-claimtrace', private: true, type: 'module' }));
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(REPO, 'node_modules', '@types')],
        outDir: 'out',
      },
      files: ['check-claims.ts'],
    }),
  );
  writeFileSync(join(project, 'check-claims.ts'), readmeExample());
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('README: using claimtrace from another TypeScript project', () => {
  it('compiles against the built package with strict settings', () => {
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs: prints every built-in finding the configuration leaves on, and the custom rule finding', async () => {
    const folder = fixture('ai-section');
    const stdout = execFileSync(process.execPath, [join(project, 'out', 'check-claims.js'), folder], { encoding: 'utf8' });
    const loaded = await loadCorpus(folder);
    const builtin = settled(createReconciler({ rules: builtinRules(), config: { uncorroborated: 'off' } }).reconcile(settled(loaded).corpus)).findings;
    expect(builtin.length).toBeGreaterThan(0);
    expect(stdout).not.toContain('[uncorroborated]');
    for (const finding of builtin) expect(stdout).toContain(`${finding.severity} [${finding.ruleId}] ${finding.id}: `);
    const custom = stdout.split('\n').filter((line) => line.includes('[machine-written-evidence]'));
    expect(custom).toHaveLength(1);
    expect(custom[0]).toContain('opening-herald rests on a section');
  });

  it('exits 2 with file:line:col diagnostics on an invalid folder', () => {
    const result = spawnSync(process.execPath, [join(project, 'out', 'check-claims.js'), fixture('broken-quote')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^claims\/gazette\.yaml:\d+:\d+: error \[quote-not-found\]/m);
  });
});
