/**
 * docs/architecture.md stays true: it describes every folder of src/, and no
 * module imports (at run time) against the dependency direction it states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const DOC = readFileSync(join(import.meta.dirname, '../../docs/architecture.md'), 'utf8');

/** The model's base files; the rest of model/ are the records that carry values. */
const MODEL_BASE = new Set(['ids', 'span', 'source', 'entity', 'corpus', 'message', 'message-codes', 'result', 'ordinal', 'docs-url', 'display-path', 'baseline', 'iso-date', 'strict-schema', 'short-sort', 'append-all']);

const MODEL = ['model-base', 'model-records'];
/** What each part may import at run time (the dependency direction of docs/architecture.md). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'model-base': [],
  ingest: ['model-base'],
  files: ['model-base'],
  normalize: ['model-base'],
  anchor: ['ingest', 'model-base'],
  values: ['normalize', 'model-base'],
  'model-records': ['values', 'normalize', 'model-base'],
  claims: ['anchor', 'files', 'ingest', 'normalize', 'values', ...MODEL],
  reconcile: ['anchor', 'normalize', 'values', ...MODEL],
  resolve: ['values', ...MODEL],
  report: ['ingest', 'values', ...MODEL],
  export: ['values', 'normalize', ...MODEL],
  config: ['claims', 'files', 'ingest', 'normalize', 'reconcile', ...MODEL],
  check: ['claims', 'config', 'reconcile', 'resolve', 'report', 'values', 'normalize', 'ingest', ...MODEL],
  capture: ['claims', 'anchor', 'files', 'ingest', 'normalize', ...MODEL],
  suggest: ['anchor', 'ingest', 'normalize', 'values', ...MODEL],
  formats: ['check', 'claims', 'reconcile', 'report', 'export', 'ingest', ...MODEL],
  testing: ['anchor', 'ingest', 'normalize', 'reconcile', 'values', 'claims', 'config', 'check', 'formats', ...MODEL],
  datasets: ['anchor', 'ingest', 'normalize', 'resolve', 'values', ...MODEL],
  scale: ['anchor', 'claims', 'files', 'normalize', 'reconcile', 'values', ...MODEL],
};

const partOf = (file: string): string => {
  const rel = relative(SRC, file).split('/');
  if (rel.length === 1) return 'entry';
  if (rel[0] === 'model') return MODEL_BASE.has((rel[1] ?? '').replace(/\.ts$/, '')) ? 'model-base' : 'model-records';
  return rel[0] ?? '';
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('docs/architecture.md', () => {
  it('describes every folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const folder of folders) expect(DOC, folder).toContain(`\`src/${folder}/\``);
  });

  it('states the dependency direction the code follows (run-time imports; `import type` may look ahead)', () => {
    const wrong: string[] = [];
    for (const file of files(SRC)) {
      const from = partOf(file);
      const allowed = ALLOWED[from];
      if (allowed === undefined) continue; // cli and the entry files may import anything
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'/gms)) {
        const target = resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'));
        if (relative(SRC, target).startsWith('..')) continue; // package.json (the version), not a module of ours
        const to = partOf(target);
        if (to !== from && !allowed.includes(to)) wrong.push(`${relative(SRC, file)} (${from}) imports ${relative(SRC, target)} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
