/**
 * `claimtrace baseline status|accept|prune`: reviews go into baseline.yaml
 * without hand-editing — every entry with a verdict, a reason and who
 * reviewed it — comments stay, the file is written whole or not at all, and
 * `check` agrees with what the commands say.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BaselineSchema } from '../../src/model/baseline.js';
import { addAgreeingSource, withSingleSourceFindings } from '../support/agreeing-source.js';
import { fixture } from './built-bin.js';
import { runInProcess } from './memory-io.js';

interface StatusJson {
  entries: { standing: string; id: string; rule: string; fails: boolean; where?: string }[];
}

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-baseline-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
const folderFrom = (name: string): string => {
  const folder = join(temp, `${name}-${++count}`);
  cpSync(fixture(name), folder, { recursive: true });
  return folder;
};

const REVIEW = ['--verdict', 'real-conflict', '--reason', 'The Gazette and the Herald disagree: $2bn vs $3.5bn; both printed.', '--by', 'night desk', '--date', '2026-01-12'];

const status = async (folder: string): Promise<StatusJson> => JSON.parse((await runInProcess(['baseline', 'status', folder, '--json'])).stdout) as StatusJson;
const baselineOf = (folder: string) => BaselineSchema.parse(parse(readFileSync(join(folder, 'baseline.yaml'), 'utf8')));
const checkCode = async (folder: string, ...args: string[]): Promise<number> => (await runInProcess(['check', folder, ...args])).code;

describe('claimtrace baseline status', () => {
  it('lists new findings (and which fail the check) with the place of their first claim', async () => {
    const folder = folderFrom('conflict');
    const result = await status(folder);
    expect(result.entries.map((e) => [e.standing, e.rule, e.fails])).toEqual([['new', 'value-conflict', true]]);
    expect(result.entries[0]?.where).toBe(`${join(folder, 'claims', 'gazette.yaml')}:3:5`);
    const text = await runInProcess(['baseline', 'status', folder]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /1 finding, 0 baseline entries — 1 new, 0 with changed values, 0 carried over to new evidence, 0 naming another rule, 0 stale, 0 idle, 0 reviewed/,
    );
    expect(text.stdout).toMatch(/^1 new — not reviewed:$/m);
  });

  it('lists a single-source value as a finding only when the opt-in rule is on (below --fail-on: it does not fail)', async () => {
    const folder = folderFrom('conflict');
    withSingleSourceFindings(folder);
    expect((await status(folder)).entries.map((e) => [e.standing, e.rule, e.fails])).toEqual([
      ['new', 'value-conflict', true],
      ['new', 'uncorroborated', false],
      ['new', 'uncorroborated', false],
    ]);
  });

  it('shows a review carried over to new evidence (a page agreeing with one side) with its verdict, and one whose values changed with what was disputed then and now', async () => {
    const folder = folderFrom('conflict');
    await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    const [reviewed] = (await status(folder)).entries;
    addAgreeingSource(folder);
    const carried = await status(folder);
    expect(carried.entries.map((e) => [e.standing, e.id, e.fails])).toEqual([['carried-over', reviewed?.id, false]]);
    const text = await runInProcess(['baseline', 'status', folder]);
    expect(text.stdout).toMatch(/^1 carried over — reviewed; claims joined or left since, the disputed values are the same: the review still holds:$/m);
    expect(text.stdout).toContain('reviewed as real-conflict by night desk on 2026-01-12: The Gazette and the Herald disagree');
    expect(await checkCode(folder)).toBe(0);
    expect(await checkCode(folder, '--recheck-on', 'new-evidence')).toBe(1);
    expect((await status(folder)).entries[0]?.fails).toBe(false);
    expect((JSON.parse((await runInProcess(['baseline', 'status', folder, '--json', '--recheck-on', 'new-evidence'])).stdout) as StatusJson).entries[0]?.fails).toBe(true);

    const claims = join(folder, 'claims', 'herald.yaml');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('value: { quantity: "$3.5 billion" }', 'value: { quantity: "$4.5 billion" }'));
    const changed = await runInProcess(['baseline', 'status', folder]);
    expect(changed.stdout).toMatch(/^1 values changed — reviewed, but the disputed values changed since/m);
    expect(changed.stdout).toMatch(/disputed when reviewed: [^\n]*3500000000[^\n]*\n +disputed now: +[^\n]*4500000000/);
    expect(await checkCode(folder)).toBe(1);
  });
});

describe('claimtrace baseline accept', () => {
  it('--all records every finding that fails the check, with verdict, reason, reviewer, date and fingerprint; then check exits 0', async () => {
    const folder = folderFrom('conflict');
    expect(await checkCode(folder)).toBe(1);
    const result = await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/baseline\.yaml: 1 review by night desk on 2026-01-12\n  accepted value-conflict:[0-9a-f]{12} \[value-conflict\] real-conflict: The Gazette/);
    const [entry] = baselineOf(folder).findings;
    expect(entry).toMatchObject({ rule: 'value-conflict', verdict: 'real-conflict', reviewedBy: 'night desk', reviewedAt: '2026-01-12', fingerprint: expect.stringMatching(/^[0-9a-f]+$/) });
    expect(entry?.reason).toContain('$2bn vs $3.5bn');
    expect(await checkCode(folder)).toBe(0);
    expect((await status(folder)).entries.find((e) => e.rule === 'value-conflict')?.standing).toBe('reviewed');
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('takes ids (or unique prefixes), keeps the baseline’s comments and other entries, and says what it did as JSON', async () => {
    const folder = folderFrom('conflict');
    withSingleSourceFindings(folder);
    writeFileSync(join(folder, 'baseline.yaml'), '# Reviews of the port desk.\nfindings: []  # none yet\n');
    const ids = (await status(folder)).entries.filter((e) => e.rule === 'uncorroborated').map((e) => e.id);
    const result = await runInProcess(['baseline', 'accept', (ids[0] ?? '').slice(0, 20), ids[1] ?? '', '--dir', folder, '--json', ...REVIEW.slice(0, 4), '--by', 'port desk']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { file: string; accepted: { id: string; replaced: boolean }[] };
    expect(json.accepted.map((e) => [e.id, e.replaced])).toEqual(ids.map((id) => [id, false]));
    expect(readFileSync(join(folder, 'baseline.yaml'), 'utf8')).toMatch(/^# Reviews of the port desk\.\n/);
    expect(baselineOf(folder).findings.map((e) => e.id)).toEqual(ids);
  });

  it.each([
    ['the folder as an argument after the id, the id by the hash after its rule', (folder: string, id: string) => ['baseline', 'accept', id.slice(id.indexOf(':') + 1), folder, ...REVIEW], undefined],
    ['the folder with --dir, the id by a prefix of its hash', (folder: string, id: string) => ['baseline', 'accept', id.slice(id.indexOf(':') + 1, id.indexOf(':') + 7), '--dir', folder, ...REVIEW], undefined],
    ['no folder, run in the folder above it', (_folder: string, id: string) => ['baseline', 'accept', id, ...REVIEW], 'parent'],
  ] as const)('finds the folder and the finding a reviewer names: %s', async (_name, args, where) => {
    const parent = join(temp, `parent-${++count}`);
    const folder = join(parent, 'desk-claims');
    cpSync(fixture('conflict'), folder, { recursive: true });
    const [id = ''] = (await status(folder)).entries.map((e) => e.id);
    const result = await runInProcess(args(folder, id), where === 'parent' ? { cwd: parent } : {});
    if (where === 'parent') {
      // Run one level too high: one error naming the claims folder there, not a warning for every file below.
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/is not a claims folder \(it has no predicates\.yaml\), and no folder was named/);
      expect(result.stderr).toContain('the claims folder here is desk-claims: name it after the command (claimtrace baseline accept (--all | <finding-id>…) --verdict <verdict> --reason <text> --by <name> desk-claims)');
      expect(result.stderr).not.toContain('unknown-file');
      return;
    }
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(baselineOf(folder).findings.map((e) => e.id)).toEqual([id]);
  });

  it('refuses a folder given twice: as an argument and with --dir', async () => {
    const folder = folderFrom('conflict');
    const result = await runInProcess(['baseline', 'accept', '--all', folder, '--dir', folder, ...REVIEW]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/give the folder once/);
  });

  it('writes issue 13’s entry: the stable id and rule, what is disputed and the evidence fingerprint', async () => {
    const folder = folderFrom('conflict');
    await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    const check = JSON.parse((await runInProcess(['check', folder, '--json'])).stdout) as { findings: { id: string; status: string; disputed: string[][]; fingerprint: string }[] };
    const [finding] = check.findings;
    expect(finding?.status).toBe('acknowledged');
    expect(baselineOf(folder).findings).toEqual([
      expect.objectContaining({ id: finding?.id, rule: 'value-conflict', disputed: finding?.disputed, fingerprint: finding?.fingerprint }),
    ]);
    expect(readFileSync(join(folder, 'baseline.yaml'), 'utf8')).toMatch(/^    disputed: \[ \[ "q:.*" \], \[ "q:.*" \] \]$/m);
  });

  it('replaces the review of a finding whose disputed values changed since it was reviewed', async () => {
    const folder = folderFrom('conflict');
    await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    const claims = join(folder, 'claims', 'herald.yaml');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('value: { quantity: "$3.5 billion" }', 'value: { quantity: "$4.5 billion" }'));
    expect((await status(folder)).entries.find((e) => e.rule === 'value-conflict')?.standing).toBe('changed');
    expect(await checkCode(folder)).toBe(1);
    const again = await runInProcess(['baseline', 'accept', '--all', '--dir', folder, '--verdict', 'real-conflict', '--reason', 'still disagree, no longer hedged', '--by', 'night desk']);
    expect(again.stdout).toMatch(/updated value-conflict:/);
    expect(baselineOf(folder).findings).toHaveLength(1);
    expect(await checkCode(folder)).toBe(0);
  });

  it('has nothing to accept when everything that fails is reviewed', async () => {
    const folder = folderFrom('conflict');
    await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    const result = await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nothing to accept');
  });

  it.each([
    ['no reason', ['--all', '--verdict', 'tension', '--by', 'x'], /baseline accept needs --reason <why>/],
    ['no reviewer', ['--all', '--verdict', 'tension', '--reason', 'x'], /baseline accept needs --by <who>/],
    ['no verdict', ['--all', '--reason', 'x', '--by', 'y'], /baseline accept needs --verdict/],
    ['an unknown verdict', ['--all', '--verdict', 'maybe', '--reason', 'x', '--by', 'y'], /--verdict must be one of real-conflict, tension, dependence, single-source, not-a-conflict/],
    ['an empty reason', ['--all', '--verdict', 'tension', '--reason', '  ', '--by', 'y'], /needs --reason/],
    ['both --all and ids', ['value-conflict:', '--all', ...REVIEW], /--all or finding ids \(not both, not neither\)/],
    ['neither --all nor ids', [...REVIEW], /--all or finding ids/],
    ['an unknown id', ['value-conflict:ffffffffffff', ...REVIEW], /no finding value-conflict:ffffffffffff .*\n  hint: did you mean: /],
    ['a prefix of several', ['uncorroborated:', ...REVIEW], /"uncorroborated:" matches 2 findings; give more of the id/],
    ['an option of another subcommand', ['--all', '--dry-run', ...REVIEW], /--dry-run does not apply to baseline accept/],
    ['a bad date', ['--all', ...REVIEW.slice(0, 6), '--date', '12/01/2026'], /--date must be YYYY-MM-DD/],
  ])('refuses %s: exit 2, nothing written', async (_name, args, message) => {
    const folder = folderFrom('conflict');
    withSingleSourceFindings(folder);
    const result = await runInProcess(['baseline', 'accept', '--dir', folder, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(join(folder, 'baseline.yaml'), 'utf8')).toBe(readFileSync(fixture('conflict', 'baseline.yaml'), 'utf8'));
  });

  it('refuses a folder with errors: exit 1, the errors listed, nothing written', async () => {
    const folder = folderFrom('broken-quote');
    const before = readFileSync(join(folder, 'baseline.yaml'), 'utf8');
    const result = await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('quote-not-found');
    expect(readFileSync(join(folder, 'baseline.yaml'), 'utf8')).toBe(before);
  });

  it('creates baseline.yaml when the folder has none', async () => {
    const folder = folderFrom('conflict');
    rmSync(join(folder, 'baseline.yaml'));
    expect((await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW])).code).toBe(0);
    expect(existsSync(join(folder, 'baseline.yaml'))).toBe(true);
    expect(await checkCode(folder)).toBe(0);
  });
});

describe('claimtrace baseline prune', () => {
  const STALE = '  # reviewed when the Herald still said $2bn\n  - id: value-conflict:000000000000\n    rule: value-conflict\n    verdict: tension\n    reason: gone since\n    reviewedBy: desk\n';

  it('removes stale entries (after --dry-run showed them), keeping the rest and the comments; check then exits 0', async () => {
    const folder = folderFrom('conflict');
    await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    const path = join(folder, 'baseline.yaml');
    writeFileSync(path, `# Port desk reviews.\n${readFileSync(path, 'utf8')}${STALE}`);
    expect(await checkCode(folder)).toBe(1);
    expect((await status(folder)).entries.filter((e) => e.standing === 'stale').map((e) => e.id)).toEqual(['value-conflict:000000000000']);

    const before = readFileSync(path, 'utf8');
    const dry = await runInProcess(['baseline', 'prune', folder, '--dry-run']);
    expect(dry.stdout).toMatch(/would remove 1 stale entry\n  would remove value-conflict:000000000000 \[value-conflict\] tension: gone since/);
    expect(readFileSync(path, 'utf8')).toBe(before);

    const pruned = await runInProcess(['baseline', 'prune', folder, '--json']);
    expect((JSON.parse(pruned.stdout) as { removed: { id: string }[] }).removed.map((e) => e.id)).toEqual(['value-conflict:000000000000']);
    expect(readFileSync(path, 'utf8')).toMatch(/^# Port desk reviews\.\n/);
    expect(baselineOf(folder).findings.map((e) => e.rule)).toEqual(['value-conflict']);
    expect(await checkCode(folder)).toBe(0);
  });

  it('keeps the entries of a rule the configuration sets off: idle, not stale, and check passes', async () => {
    const root = join(temp, `idle-${++count}`);
    cpSync(fixture('conflict'), join(root, 'claims'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{}\n');
    const folder = join(root, 'claims');
    await runInProcess(['baseline', 'accept', '--all', '--dir', folder, ...REVIEW]);
    writeFileSync(join(root, 'claimtrace.config.json'), '{ "rules": { "value-conflict": "off" } }\n');
    expect(await checkCode(folder)).toBe(0);
    expect((await status(folder)).entries.map((e) => e.standing)).toEqual(['idle']);
    await runInProcess(['baseline', 'prune', folder]);
    expect(baselineOf(folder).findings).toHaveLength(1);
  });
});

describe('claimtrace baseline (usage)', () => {
  it.each([
    [['baseline'], /baseline needs at least 1 argument/],
    [['baseline', 'sort'], /unknown baseline command "sort"\n  hint: one of status, accept, prune/],
    [['baseline', 'status', 'a', 'b'], /baseline status takes at most one folder/],
    [['baseline', 'acept', '--all'], /unknown baseline command "acept"\n  hint: did you mean "claimtrace baseline accept"\?/],
  ])('%j: exit 2', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
