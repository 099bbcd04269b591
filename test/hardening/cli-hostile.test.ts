/**
 * The hostile-input catalogue at the command line: the built bin
 * (`node dist/cli.js`) exits 2 on invalid input, prints each diagnostic as
 * file:line:col, never a stack trace, and still counts everything else it
 * loaded. Exports stay safe to paste into an HTML page. (A selection of the
 * catalogue in test/hardening/hostile-input.test.ts: each case spawns Node.)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, expect as globalExpect, it, type ExpectStatic } from 'vitest';
import { ensureBuilt, runBinAsync } from '../cli/built-bin.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt('js'), 180_000);

const folderWith = (files: Record<string, string | Uint8Array>, setup?: (dir: string) => void): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-cli-hostile-'));
  scratch.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  setup?.(dir);
  return dir;
};

const claim = (id: string, quote = 'worth nearly $12 billion', extra = ''): string =>
  `  - id: ${id}\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: ${quote}\n${extra}`;

/** No Node stack frame, no internal error name. */
const expectNoStackTrace = (output: string, expect: ExpectStatic = globalExpect): void => {
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toMatch(/node:internal|TypeError|RangeError|ReferenceError/);
};

interface CliCase {
  readonly name: string;
  readonly files: Record<string, string | Uint8Array>;
  readonly setup?: (dir: string) => void;
  /** The diagnostic line the bin must print. */
  readonly printed: string;
}

const CASES: readonly CliCase[] = [
  { name: 'malformed YAML', files: { 'claims/bad.yaml': 'source: wire\nclaims:\n  - id: x\n    subject: [unclosed\n' }, printed: 'claims/bad.yaml:5:1: error [yaml-syntax]' },
  { name: 'a source path escaping the folder', files: { 'sources/evil.yaml': 'id: evil\ntext: ../../etc/passwd\npublishedAt: unknown\n' }, printed: 'sources/evil.yaml:2:7: error [source-path]' },
  { name: 'YAML nested 20 000 levels deep', files: { 'claims/bad.yaml': `source: wire\nclaims:\n  - id: deep\n    note: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` }, printed: 'claims/bad.yaml:4:' },
  {
    name: 'a YAML alias bomb',
    files: {
      'claims/bad.yaml':
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
        ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]\n`).join('') +
        'source: wire\nclaims: *i\n',
    },
    printed: 'claims/bad.yaml:1:1: error [yaml-alias-limit]',
  },
  { name: 'a __proto__ key', files: { 'claims/bad.yaml': `source: wire\nclaims:\n${claim('proto', 'worth nearly $12 billion', '    __proto__: { polluted: true }\n')}` }, printed: 'claims/bad.yaml:8:5: error [schema]' },
  { name: 'a Latin-1 claim file', files: { 'claims/bad.yaml': Uint8Array.from([...new TextEncoder().encode('source: wire\nclaims: []\n# caf'), 0xe9, 0x0a]) }, printed: 'claims/bad.yaml:3:6: error [invalid-utf8]' },
];

describe('claimtrace check on hostile input', () => {
  it.concurrent.for(CASES)('$name: exit 2, the diagnostic at file:line:col, no stack trace, the rest still loaded', async ({ files, setup, printed }, { expect }) => {
    const dir = folderWith(files, setup);
    const result = await runBinAsync(['check', '.'], { cwd: dir, env: { NO_COLOR: '1' } });
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(2);
    expect(output).toContain(printed);
    expectNoStackTrace(output, expect);
    // Nothing lost: the fixture's source and three claims still load next to the bad input.
    expect(output).toMatch(/\b1 source, 3 claims\b/);
  });

  it('a missing folder: exit 2 naming it, no stack trace', async () => {
    const result = await runBinAsync(['check', join(tmpdir(), 'claimtrace-no-such-folder')], { env: { NO_COLOR: '1' } });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('[folder-missing]');
    expectNoStackTrace(result.stdout + result.stderr);
  });
});

describe('claimtrace export with hostile claim text', () => {
  const ATTACK = '</script><script>alert(1)</script> & \u2028';

  it('writes JSON-LD that can be pasted into a <script> element: no "<", ">", "&" or line separators raw, same data when parsed', async () => {
    // Two amounts for the hostile subject: a conflict, so ClaimReview has claims to review.
    const conflicting = (id: string, amount: string): string =>
      claim(id, 'worth nearly $12 billion', `    note: ${JSON.stringify(ATTACK)}\n`)
        .replace('subject: Pax Silica', `subject: ${JSON.stringify(`Pax ${ATTACK}`)}`)
        .replace('"$12 billion"', JSON.stringify(amount));
    const dir = folderWith({ 'claims/wire.yaml': `source: wire\nclaims:\n${conflicting('attack', '$12 billion')}${conflicting('attack-2', '$120 billion')}` });
    const formats = ['claimreview', 'web-annotation', 'prov'];
    const results = await Promise.all(formats.map((format) => runBinAsync(['export', '.', '--format', format, ...(format === 'claimreview' ? ['--date', '2026-01-15', '--base-url', 'https://example.org/checks', '--author', 'Desk', '--min-severity', 'info'] : [])], { cwd: dir, env: { NO_COLOR: '1' } })));
    for (const [i, result] of results.entries()) {
      const format = formats[i];
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout, format).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.stringify(JSON.parse(result.stdout))).toContain('Pax </script><script>alert(1)</script>');
    }
  });
});
