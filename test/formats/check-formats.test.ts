/**
 * The check formats CI systems read — SARIF 2.1.0 (validated against the
 * official schema, vendored in test/fixtures/sarif), GitHub workflow
 * commands and JUnit XML — on real checked folders: every result at its file
 * and line, stable fingerprints from finding ids, reviews as suppressions,
 * data escaped for each format.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { type CheckReport, createCheckReport } from '../../src/check/check-report.js';
import { type FormatInput, type OutputFormat, renderFormat } from '../../src/formats/format.js';
import { escapeData, escapeProperty, githubFormat } from '../../src/formats/github.js';
import { escapeXmlAttribute, escapeXmlText, junitFormat } from '../../src/formats/junit.js';
import { sarifFormat } from '../../src/formats/sarif.js';
import { settled } from '../../src/model/result.js';
import { baselineEntryFor } from '../../src/reconcile/baseline.js';
import { stringify } from 'yaml';
import { fixture } from '../cli/built-bin.js';
import { addAgreeingSource } from '../support/agreeing-source.js';

const REPO = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'claimtrace-formats-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Check a folder and build the input of a check format, paths shown from the repository root. */
const checked = async (folder: string, cwd = REPO): Promise<FormatInput & { report: CheckReport }> => {
  const check = await checkClaimsFolder(folder);
  return { check: settled(check), report: createCheckReport(check), paths: { root: folder, cwd }, labels: { title: 't', corpusLabel: 'c/', command: 'x' }, options: {} };
};

/** A check format's text (they always render: a check format has no errors of its own). */
const textOf = (format: OutputFormat, input: FormatInput): string => {
  const rendered = renderFormat(format, input);
  if (!rendered.ok) throw new Error(`${format.id} did not render`);
  return rendered.value;
};

const copy = (name: string, into: string): string => {
  const folder = join(temp, into);
  cpSync(fixture(name), folder, { recursive: true });
  return folder;
};

/** The conflict fixture with its value conflict reviewed and a stale entry. */
const reviewedWithStale = async (): Promise<string> => {
  const folder = copy('conflict', 'reviewed');
  const report = (await checked(folder)).report;
  const conflict = report.items.find((i) => i.kind === 'finding' && i.finding.ruleId === 'value-conflict');
  const id = conflict?.kind === 'finding' ? conflict.finding.id : '';
  writeFileSync(
    join(folder, 'baseline.yaml'),
    `findings:\n  - id: ${id}\n    rule: value-conflict\n    verdict: real-conflict\n    reason: both printed\n    reviewedBy: desk\n  - id: value-conflict:000000000000\n    rule: value-conflict\n    verdict: tension\n    reason: gone\n    reviewedBy: desk\n`,
  );
  return folder;
};

/** The reviewed conflict fixture (no stale entry) with a third page that agrees with the Herald's side. */
let carriedCount = 0;
const carriedOver = async (): Promise<string> => {
  const folder = copy('conflict', `carried-${++carriedCount}`);
  const conflict = (await checked(folder)).report.items.find((i) => i.kind === 'finding');
  if (conflict?.kind !== 'finding') throw new Error('no finding');
  // the entry `claimtrace baseline accept` writes: what is disputed and the evidence fingerprint
  writeFileSync(join(folder, 'baseline.yaml'), stringify({ findings: [baselineEntryFor(conflict.finding, { verdict: 'real-conflict', reason: 'both printed', reviewedBy: 'desk' })] }));
  addAgreeingSource(folder);
  return folder;
};

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }[];
      relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; snippet?: { text: string } } } }[];
      partialFingerprints: Record<string, string>;
      baselineState?: string;
      suppressions?: { kind: string; status: string; justification: string }[];
    }[];
  }[];
}

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(join(REPO, 'test/fixtures/sarif/sarif-2.1.0.json'), 'utf8')) as object;
  // The official schema declares `required` keys in branches ajv's strict mode cannot see; validation is exact either way.
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const sarifOf = (input: FormatInput): SarifLog => JSON.parse(textOf(sarifFormat, input)) as SarifLog;

  let scenarios: [string, FormatInput][] = [];
  beforeAll(async () => {
    scenarios = [
      ['a new conflict', await checked(fixture('conflict'))],
      ['a quote that does not anchor', await checked(fixture('broken-quote'))],
      ['bad YAML', await checked(fixture('bad-yaml'))],
      ['a reviewed finding and a stale entry', await checked(await reviewedWithStale())],
      ['the bundled corpus (5 reviewed findings)', await checked(join(REPO, 'claims'))],
      ['a folder outside the working directory (file:// URIs)', await checked(fixture('conflict'), temp)],
      ['a review carried over to new evidence', await checked(await carriedOver())],
    ];
  }, 120_000);

  it('validates against the official SARIF 2.1.0 schema in every scenario', () => {
    for (const [name, input] of scenarios) {
      const log = sarifOf(input);
      expect(validate(log), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('is not vacuous: the schema refuses a wrong level and a line 0', () => {
    const log = sarifOf(scenarios[0]?.[1] as FormatInput) as unknown as { runs: { results: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const broken = structuredClone(log);
    const result = broken.runs[0]?.results[0];
    if (result === undefined) throw new Error('no result');
    result.level = 'fatal';
    expect(validate(broken)).toBe(false);
    const zero = structuredClone(log);
    const location = zero.runs[0]?.results[0]?.locations[0];
    if (location === undefined) throw new Error('no location');
    location.physicalLocation.region.startLine = 0;
    expect(validate(zero)).toBe(false);
  });

  it('describes every rule that ran (docs url, description) and every message code that occurs; results point at them', () => {
    const conflict = sarifOf(scenarios[0]?.[1] as FormatInput).runs[0];
    const ruleIds = conflict?.tool.driver.rules.map((r) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['value-conflict', 'date-tension', 'sum-constraint']));
    expect(ruleIds).not.toContain('uncorroborated'); // opt-in: it did not run
    expect(conflict?.tool.driver.rules.find((r) => r.id === 'value-conflict')?.helpUri).toMatch(/^https:\/\/.*rules\.md#value-conflict$/);
    for (const result of conflict?.results ?? []) expect(conflict?.tool.driver.rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    const broken = sarifOf(scenarios[1]?.[1] as FormatInput).runs[0];
    expect(broken?.tool.driver.rules.map((r) => r.id)).toEqual(['quote-not-found']);
    expect(broken?.tool.driver.rules[0]?.helpUri).toMatch(/messages\.md#quote-not-found$/);
  });

  it('places a finding at its first claim, its other claims and quotes as related locations, fingerprinted by its id', () => {
    const input = scenarios[0]?.[1] as FormatInput & { report: CheckReport };
    const result = sarifOf(input).runs[0]?.results.find((r) => r.ruleId === 'value-conflict');
    const finding = input.report.items.find((i) => i.kind === 'finding' && i.finding.ruleId === 'value-conflict');
    expect(result?.partialFingerprints).toEqual({ 'claimtraceFindingId/v1': finding?.kind === 'finding' ? finding.finding.id : '' });
    expect(result?.level).toBe('warning');
    expect(result?.baselineState).toBe('new');
    expect(result?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/cli/conflict/claims/gazette.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5 },
    });
    expect(result?.relatedLocations?.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine, l.physicalLocation.region.snippet?.text])).toEqual([
      ['test/fixtures/cli/conflict/claims/herald.yaml', 3, undefined],
      ['test/fixtures/cli/conflict/sources/gazette.txt', 6, 'The expansion will cost nearly $2 billion'],
      ['test/fixtures/cli/conflict/sources/herald.txt', 5, 'is expected to cost $3.5 billion'],
    ]);
  });

  it('keeps fingerprints when lines move, and renders the same input the same way', async () => {
    const folder = copy('conflict', 'moved');
    const file = join(folder, 'claims', 'gazette.yaml');
    const before = sarifOf(await checked(folder)).runs[0]?.results ?? [];
    writeFileSync(file, `# a note\n# another note\n${readFileSync(file, 'utf8')}`);
    const input = await checked(folder);
    const after = sarifOf(input).runs[0]?.results ?? [];
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    expect(after[0]?.locations[0]?.physicalLocation.region.startLine).toBe((before[0]?.locations[0]?.physicalLocation.region.startLine ?? 0) + 2);
    expect(textOf(sarifFormat, input)).toBe(textOf(sarifFormat, input));
  });

  it('keeps a finding’s partialFingerprints when a new source agrees with one side: updated, the review carried over as a suppression', async () => {
    const before = sarifOf(scenarios[3]?.[1] as FormatInput).runs[0]?.results.find((r) => r.ruleId === 'value-conflict');
    const after = sarifOf(scenarios[6]?.[1] as FormatInput).runs[0]?.results.find((r) => r.ruleId === 'value-conflict') as SarifLog['runs'][0]['results'][0] & {
      properties: { status: string; fingerprint: string; sides: { claims: string[] }[] };
    };
    expect(after.partialFingerprints).toEqual(before?.partialFingerprints);
    expect(after.properties.status).toBe('new-evidence');
    expect(after.baselineState).toBe('updated');
    expect(after.suppressions?.[0]?.justification).toBe('real-conflict: both printed (reviewed by desk; new evidence since, the review carries over)');
    // every claim of every side is named: the new one too, by its claim file's place and its quote's
    expect(after.properties.sides.flatMap((side) => side.claims).sort()).toEqual(['cost-courier', 'cost-gazette', 'cost-herald']);
    const uris = [after.locations[0], ...(after.relatedLocations ?? [])].map((l) => `${l?.physicalLocation.artifactLocation.uri}:${l?.physicalLocation.region.startLine}`);
    expect(uris.filter((u) => /claims\/\w+\.yaml:3$/.test(u))).toHaveLength(3);
    expect(uris.some((u) => u.endsWith('sources/courier.txt:5'))).toBe(true);
  });

  it('marks a reviewed finding unchanged with an accepted suppression giving the reason, and reports a stale entry at its line', () => {
    const results = sarifOf(scenarios[3]?.[1] as FormatInput).runs[0]?.results ?? [];
    const reviewed = results.find((r) => r.ruleId === 'value-conflict');
    expect(reviewed?.baselineState).toBe('unchanged');
    expect(reviewed?.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'real-conflict: both printed (reviewed by desk)' }]);
    const stale = results.find((r) => r.ruleId === 'stale-baseline-entry');
    expect(stale?.partialFingerprints).toEqual({ 'claimtraceBaselineEntry/v1': 'value-conflict:000000000000' });
    expect(stale?.locations[0]?.physicalLocation.region.startLine).toBe(7);
  });

  it('names files outside the working directory by file:// URI', () => {
    const result = sarifOf(scenarios[5]?.[1] as FormatInput).runs[0]?.results[0];
    expect(result?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: `file://${fixture('conflict', 'claims', 'gazette.yaml')}` });
  });
});

describe('github', () => {
  it.each([
    ['plain words', 'plain words', 'plain words'],
    ['100% sure', '100%25 sure', '100%25 sure'],
    ['two\nlines\r\n', 'two%0Alines%0D%0A', 'two%0Alines%0D%0A'],
    ['a: b, c', 'a: b, c', 'a%3A b%2C c'],
  ])('escapes %j as data %j and as a property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  it('annotates a finding in each claim file it has a claim in, as an error when it fails; reviewed findings are left out', async () => {
    const lines = textOf(githubFormat, await checked(fixture('conflict'))).split('\n');
    const conflict = lines.filter((l) => l.includes('title=claimtrace [value-conflict]'));
    expect(conflict.map((l) => l.slice(0, l.indexOf(',title')))).toEqual([
      '::error file=test/fixtures/cli/conflict/claims/gazette.yaml,line=3,col=5',
      '::error file=test/fixtures/cli/conflict/claims/herald.yaml,line=3,col=5',
    ]);
    expect(conflict[0]).toMatch(/::.*%0Avalue-conflict:[0-9a-f]{12} \(new: not in the baseline\)%0Acost-gazette at test\/fixtures\/cli\/conflict\/claims\/gazette\.yaml:3:5, quoting/);
    expect(lines.filter((l) => l.startsWith('::notice ') || l.startsWith('::warning '))).toEqual([]);
    expect(lines.at(-4)).toBe('✖ check failed: 1 finding not reviewed');
    expect(lines.at(-2)).toMatch(/^ {2}coverage: 1 of 3 values corroborated by two or more independent sources; 2 rest on one/);
    const reviewed = textOf(githubFormat, await checked(await reviewedWithStale()));
    expect(reviewed).not.toContain('[value-conflict]::');
    expect(reviewed).toMatch(/^::error file=.*baseline\.yaml,line=7,col=5,title=claimtrace \[stale-baseline-entry\]::baseline entry value-conflict:000000000000/m);
  });

  it('annotates a review carried over to new evidence as a notice with the old verdict, in each claim file — the new page’s too', async () => {
    const lines = textOf(githubFormat, await checked(await carriedOver())).split('\n');
    const conflict = lines.filter((l) => l.includes('title=claimtrace [value-conflict]'));
    // the sides in support order: the Herald's with the new page first, then the Gazette's
    expect(conflict.map((l) => l.slice(0, l.indexOf(',line')).replace(/file=.*\/claims\//, 'file=…/'))).toEqual([
      '::notice file=…/courier.yaml',
      '::notice file=…/herald.yaml',
      '::notice file=…/gazette.yaml',
    ]);
    expect(conflict[0]).toContain('(reviewed, new evidence: claims joined or left it, the disputed values are the same, so the review carries over)%0Areviewed as real-conflict by desk: both printed');
    expect(lines.some((l) => l.startsWith('::error'))).toBe(false);
  });

  it('annotates an error in the folder at its file and line, with its hint', async () => {
    const text = textOf(githubFormat, await checked(fixture('broken-quote')));
    expect(text).toMatch(/^::error file=test\/fixtures\/cli\/broken-quote\/claims\/gazette\.yaml,line=12,col=12,title=claimtrace \[quote-not-found\]::the quote .*%0Ahint: /m);
  });
});

/** A small well-formedness check: balanced tags, no raw `<` or `&` outside markup and entities. */
const wellFormedXml = (xml: string): string[] => {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '').replace(/<!--[\s\S]*?-->/g, '');
  const tokens = body.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const tag = /^<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
      if (tag === null) {
        problems.push(`bad tag ${token.slice(0, 60)}`);
        continue;
      }
      const [, closing, name = '', attributes = '', selfClosing] = tag;
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(attributes)) problems.push(`raw & in ${name}`);
      if (closing === '/') {
        if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
      } else if (selfClosing !== '/') stack.push(name);
    } else {
      if (/[<>]/.test(token)) problems.push(`raw < or > in text: ${token.slice(0, 60)}`);
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(token)) problems.push(`raw & in text: ${token.slice(0, 60)}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  return problems;
};

describe('junit', () => {
  it.each([
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d', 'a &lt; b &amp; c &gt; d'],
    ['say "hi" it\'s', 'say "hi" it\'s', 'say &quot;hi&quot; it&apos;s'],
    ['two\nlines', 'two\nlines', 'two&#10;lines'],
    ['bell \u0007 and lone \uD800', 'bell \uFFFD and lone \uFFFD', 'bell \uFFFD and lone \uFFFD'],
  ])('escapes %j as text %j and as an attribute %j', (text, asText, asAttribute) => {
    expect(escapeXmlText(text)).toBe(asText);
    expect(escapeXmlAttribute(text)).toBe(asAttribute);
  });

  it('a test case per finding named by its id, failures with the claims’ places, reviews as skipped, stale entries failing', async () => {
    const xml = textOf(junitFormat, await checked(await reviewedWithStale()));
    expect(wellFormedXml(xml)).toEqual([]);
    expect(xml).toMatch(/<testsuites name="claimtrace check .*reviewed" tests="2" failures="1" errors="0" skipped="1">/);
    expect(xml).toMatch(/<testcase classname="claimtrace rule value-conflict" name="value-conflict:[0-9a-f]{12}" file=".*reviewed\/claims\/gazette\.yaml" line="3">\n +<skipped message="reviewed: real-conflict — both printed \(desk\)"\/>/);
    expect(xml).toMatch(/<testcase classname="claimtrace baseline" name="stale baseline entry value-conflict:000000000000" file=".*baseline\.yaml" line="7">\n +<failure message="baseline entry/);
    const carried = textOf(junitFormat, await checked(await carriedOver()));
    expect(carried).toMatch(/name="value-conflict:[0-9a-f]{12}"[^>]*>\n +<skipped message="reviewed, new evidence since \(the review carries over\): real-conflict — both printed \(desk\)"\/>/);
    expect(carried).not.toContain('<failure');
    const failing = textOf(junitFormat, await checked(fixture('conflict')));
    expect(failing).toMatch(/<failure message="[^"]*" type="value-conflict">[^<]*\ncost-gazette at test\/fixtures\/cli\/conflict\/claims\/gazette\.yaml:3:5, quoting/);
  });

  it('stays well-formed with hostile words in messages', async () => {
    const folder = copy('broken-quote', 'hostile');
    const file = join(folder, 'claims', 'gazette.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('the terminal reopens to shipping lines in the autumn of 2028', '</failure><x a=1> & ]]> <!-- \\u0007'));
    const xml = textOf(junitFormat, await checked(folder));
    expect(xml).toContain('quote-not-found');
    expect(wellFormedXml(xml)).toEqual([]);
  });
});
