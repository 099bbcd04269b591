/**
 * Control characters from the claims folder never reach a terminal raw. A
 * folder carries ESC/CSI/OSC sequences, C1 controls, a carriage return and
 * bidi overrides in a source text, a claim note, a speaker, a publisher, a
 * baseline reason and a file name (the evil subject in a finding of its own,
 * since a value one source alone gives is coverage, not a finding); `check`, `summary`, `explain`, `anchor`
 * and the Markdown and HTML reports must show each as a visible marker (⟨U+001B⟩), with
 * or without colour, and JSON output must escape them (same data when
 * parsed). The terminal choke point is then tested as a property: for any
 * text, the only escape sequences out are claimtrace's own colours.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTerminal } from '../../src/cli/terminal.js';
import { escapeJsonControls, jsonText, visibleControls } from '../../src/ingest/control-characters.js';
import { contentHash, normalizeText } from '../../src/ingest/index.js';
import { ensureBuilt, runBinAsync } from '../cli/built-bin.js';
import { runInProcess } from '../cli/memory-io.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { copyOf, tempDir } = scratchFolders('escapes');

/** Any control character a terminal may obey (tab and newline lay text out and are allowed). */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** claimtrace's own escape sequences: its colours and the progress line's erase. */
const OWN_ESCAPES = /\u001b\[(?:1|2|22|31|32|33|36|39)m|\r\u001b\[2K/g;

const CLEAR_SCREEN = '\u001b[2J\u001b[H';
const SET_TITLE = '\u001b]0;pwned\u0007';
const CLIPBOARD = '\u001b]52;c;ZXZpbA==\u0007';
const C1_CSI = '\u009b31m';
const OVERWRITE = '\rall good';
const RLO = '\u202e';

const EVIL_TEXT = normalizeText(`The vault holds ${CLEAR_SCREEN}$14 billion${SET_TITLE} in reserves, ${C1_CSI}officials${RLO} said.${OVERWRITE}\n`);

/** The minimal fixture plus a source whose words, metadata and claim carry control characters, conflicting with the fixture's $12 billion. */
const evilFolder = (): string => {
  const dir = copyOf(FIXTURE);
  writeFileSync(join(dir, 'sources/evil.txt'), EVIL_TEXT);
  writeFileSync(
    join(dir, 'sources/evil.yaml'),
    `id: evil\ntext: evil.txt\ntitle: ${JSON.stringify(`Vault ${SET_TITLE}`)}\npublisher: ${JSON.stringify(`Evil${CLIPBOARD} Wire`)}\npublishedAt: { date: 2025-12-12 }\ncontentHash: ${contentHash(EVIL_TEXT)}\n`,
  );
  writeFileSync(
    join(dir, 'claims/evil.yaml'),
    [
      'source: evil',
      'claims:',
      '  - id: evil-reserve',
      '    subject: Project Vault',
      '    predicate: amount',
      '    value: { quantity: "$14 billion" }',
      `    quote: ${JSON.stringify(`holds ${CLEAR_SCREEN}$14 billion`)}`,
      `    attribution: { speaker: ${JSON.stringify(`officials${OVERWRITE}`)} }`,
      `    note: ${JSON.stringify(`see ${C1_CSI}here${RLO}`)}`,
      '  - id: evil-subject',
      `    subject: ${JSON.stringify(`Vault${CLEAR_SCREEN}${RLO}`)}`,
      '    predicate: amount',
      '    value: { quantity: "$14 billion" }',
      '    quote: in reserves',
      '',
    ].join('\n'),
  );
  // The wire gives the evil subject another amount: a finding names it (a value one source alone gives is coverage, not a finding).
  writeFileSync(
    join(dir, 'claims/wire.yaml'),
    `${readFileSync(join(FIXTURE, 'claims/wire.yaml'), 'utf8')}  - id: wire-evil-subject\n    subject: ${JSON.stringify(`Vault${CLEAR_SCREEN}${RLO}`)}\n    predicate: amount\n    value: { quantity: nearly $12 billion }\n    quote: worth nearly $12 billion\n`,
  );
  return dir;
};

/** How JSON.stringify writes the evil subject and the evil quote (ESC escaped, the override raw). */
const SUBJECT_DATA = 'Vault\\u001b[2J\\u001b[H\u202e';
const QUOTE_DATA = 'holds \\u001b[2J\\u001b[H$14 billion';

const expectNoRawControls = (output: string, label: string): void => {
  expect(output.replace(OWN_ESCAPES, ''), label).not.toMatch(RAW_CONTROL);
};

describe('control characters from the claims folder at the terminal', () => {
  let dir: string;
  let findingId: string;
  beforeAll(async () => {
    dir = evilFolder();
    const json = await runInProcess(['check', '.', '--json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as { findings: { id: string; ruleId: string; message: string }[] };
    // the fixture's Project Vault is reviewed; the evil subject's conflict stays new
    const finding = report.findings.find((f) => f.ruleId === 'value-conflict' && f.message.includes('Project Vault'));
    if (finding === undefined) throw new Error(`no value conflict in ${json.stdout.slice(0, 500)}`);
    findingId = finding.id;
    writeFileSync(
      join(dir, 'baseline.yaml'),
      `findings:\n  - id: ${findingId}\n    rule: value-conflict\n    verdict: real-conflict\n    reason: ${JSON.stringify(`checked ${CLEAR_SCREEN}${CLIPBOARD}`)}\n    reviewedBy: ${JSON.stringify(`me${C1_CSI}`)}\n`,
    );
  });

  it.each([
    { name: 'check', args: () => ['check', '.', '--fail-on', 'info'], shows: true },
    { name: 'summary', args: () => ['summary', '.'], shows: true },
    { name: 'explain', args: () => ['explain', findingId, '.'], shows: true },
    { name: 'anchor', args: () => ['anchor', 'sources/evil.yaml', `holds ${CLEAR_SCREEN}$14`], shows: true },
  ])('$name shows them as markers, with and without colour', async ({ args, shows }) => {
    for (const tty of [false, true]) {
      const result = await runInProcess(args(), { cwd: dir, tty });
      const output = result.stdout + result.stderr;
      expectNoRawControls(output, `${args().join(' ')} (tty ${tty})`);
      if (shows) expect(output).toContain('⟨U+001B⟩');
      if (tty) expect(output).toMatch(OWN_ESCAPES);
    }
  });

  it('the built bin prints nothing raw either (the real process streams)', async () => {
    await ensureBuilt('js');
    const result = await runBinAsync(['explain', findingId, '.'], { cwd: dir });
    expectNoRawControls(result.stdout + result.stderr, 'claimtrace explain');
    expect(result.stdout).toContain('checked ⟨U+001B⟩[2J⟨U+001B⟩[H⟨U+001B⟩]52;c;ZXZpbA==⟨U+0007⟩');
  });

  it('a file name with escapes is shown with markers in diagnostics', async () => {
    const named = evilFolder();
    writeFileSync(join(named, `claims/x${CLEAR_SCREEN}.yaml`), 'source: evil\nclaims: 5\n');
    const result = await runInProcess(['check', '.'], { cwd: named });
    expectNoRawControls(result.stdout + result.stderr, 'check');
    expect(result.stderr).toContain('claims/x⟨U+001B⟩[2J⟨U+001B⟩[H.yaml:2:9: error [schema]');
  });

  it.each([
    { name: 'check --json', args: () => ['check', '.', '--json'], data: SUBJECT_DATA },
    { name: 'explain --json', args: () => ['explain', findingId, '.', '--json'], data: QUOTE_DATA },
    { name: 'export --format findings-json', args: () => ['export', '.', '--format', 'findings-json'], data: SUBJECT_DATA },
    { name: 'export --format web-annotation', args: () => ['export', '.', '--format', 'web-annotation'], data: QUOTE_DATA },
  ])('$name escapes them: valid JSON with the same data, nothing raw', async ({ args, data }) => {
    const result = await runInProcess(args(), { cwd: dir });
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).not.toContain('⟨U+');
    // The same data: the words with their ESC, as JSON.stringify writes them.
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain(data);
  });

  it('the Markdown and HTML reports show them as markers', async () => {
    const out = tempDir('report');
    const result = await runInProcess(['report', '.', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const markdown = readFileSync(join(out, 'conflict-report.md'), 'utf8');
    expect(markdown).not.toMatch(RAW_CONTROL);
    expect(markdown).toContain('holds ⟨U+001B⟩\\[2J⟨U+001B⟩\\[H$14 billion');
    expect(readFileSync(join(out, 'conflicts.json'), 'utf8')).not.toMatch(RAW_CONTROL);
    // The HTML report, written in the same set, shows them the same way.
    const page = readFileSync(join(out, 'conflict-report.html'), 'utf8');
    expect(page).not.toMatch(RAW_CONTROL);
    expect(page).toContain('holds ⟨U+001B⟩[2J⟨U+001B⟩[H$14 billion');
  });
});

describe('the terminal choke point (property)', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 80 });
  const withControls = fc.array(fc.oneof(anyText, fc.constantFrom(CLEAR_SCREEN, SET_TITLE, CLIPBOARD, C1_CSI, OVERWRITE, RLO, '\u001b[31m', '\u001b[39m', '\r\u001b[2K', '\u0000')), { maxLength: 8 }).map((parts) => parts.join(''));

  it('for any text, plain or coloured, the only escape sequences out are claimtrace’s own', () => {
    fc.assert(
      fc.property(withControls, fc.boolean(), (text, tty) => {
        let written = '';
        const raw = { write: (s: string) => void (written += s), isTTY: tty };
        const terminal = createTerminal({ stdout: raw, stderr: raw, env: {} });
        terminal.stdout.write(`${terminal.out.red(text)} ${text}${terminal.eraseLine}\n`);
        const own = written.match(OWN_ESCAPES) ?? [];
        expect(own).toHaveLength(tty ? 3 : 1);
        expect(written.replace(OWN_ESCAPES, '')).not.toMatch(RAW_CONTROL);
        // Nothing is lost: the text is there, its controls as markers.
        expect(written).toContain(visibleControls(text));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON output: escaped controls, the same data when parsed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), withControls, (value, text) => {
        const document = { value, text };
        const json = jsonText(document);
        expect(json).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(document)));
        expect(escapeJsonControls(JSON.stringify(text))).not.toMatch(/[\u2028\u2029]/);
      }),
      { numRuns: 300 },
    );
  });
});
