/**
 * The consistency check of the bundled Pax Silica corpus (claims/): every
 * file validates, every quote anchors, every hash matches, the findings
 * equal the reviewed expectation file (claims/baseline.yaml), and the
 * committed conflict reports (Markdown, JSON, HTML) are current.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder, type CheckResult, type Reconciled } from '../../src/check/index.js';
import type { LoadedFolder } from '../../src/claims/index.js';
import { formatMessage } from '../../src/model/message.js';
import type { Finding } from '../../src/model/finding.js';
import { createEntityResolver } from '../../src/normalize/index.js';
import { compareValues } from '../../src/values/index.js';
import { REPORT_FILES } from '../../src/cli/commands/report.js';
import { runInProcess } from '../cli/memory-io.js';

const ROOT = join(import.meta.dirname, '../..');
const CLAIMS = join(ROOT, 'claims');

let check: CheckResult;
let loaded: LoadedFolder;
let reconciled: Reconciled;

beforeAll(async () => {
  check = await checkClaimsFolder(CLAIMS);
  if (!check.ok) throw new Error(check.messages.map(formatMessage).join('\n'));
  ({ loaded, reconciled } = check.value);
});

const describeFinding = (f: Finding): string => `${f.id} [${f.severity}] ${f.message}`;
const sourcesOf = (f: Finding): string[] => [...new Set(f.sides.flatMap((s) => s.claims.map((c) => c.sourceId.slice(0, 3))))].sort();

describe('the bundled Pax Silica corpus', () => {
  it('validates every file, anchors every quote uniquely and matches every source hash', () => {
    expect(check.messages.map(formatMessage)).toEqual([]);
  });

  it('has claims for every one of the five seed texts, well over 100 in all', () => {
    const perSource = new Map<string, number>();
    for (const claim of loaded.corpus.claims) {
      for (const span of claim.evidence) perSource.set(span.sourceId, (perSource.get(span.sourceId) ?? 0) + 1);
    }
    expect(loaded.corpus.sources).toHaveLength(5);
    for (const { source } of loaded.corpus.sources) expect(perSource.get(source.id) ?? 0, source.id).toBeGreaterThanOrEqual(20);
    expect(loaded.corpus.claims.length).toBeGreaterThan(100);
  });

  it('finds exactly the reviewed findings: nothing new, nothing changed, nothing stale', () => {
    const { comparison } = reconciled;
    const report = {
      unexpected: comparison.unacknowledged.map(describeFinding),
      changed: comparison.changed.map((c) => `${describeFinding(c.finding)} (reviewed as ${c.entry.verdict}: ${c.entry.reason})`),
      newEvidence: comparison.newEvidence.map((c) => `${describeFinding(c.finding)} (reviewed as ${c.entry.verdict}: ${c.entry.reason})`),
      missing: comparison.stale.map((e) => `${e.id} (${e.verdict}: ${e.reason})`),
      wrongRule: comparison.mismatched.map((m) => `${m.entry.id}: reviewed as rule ${m.entry.rule}, found by ${m.finding.ruleId}`),
    };
    expect(report).toEqual({ unexpected: [], changed: [], newEvidence: [], missing: [], wrongRule: [] });
  });

  it('gives every reviewed finding a one-line verdict', () => {
    for (const entry of reconciled.baseline.findings) {
      expect(entry.reason.includes('\n'), entry.id).toBe(false);
      expect(entry.reason.length, entry.id).toBeGreaterThan(10);
    }
  });

  it('reports the five reviewed disagreements, each once, and nothing else', () => {
    const found = reconciled.result.findings.map((f) => `${f.ruleId} ${f.kind} ${f.key?.predicate ?? ''}`.trim());
    expect(found).toEqual([
      'membership-conflict membership-conflict founding-members',
      'membership-conflict count-conflict founding-members',
      'value-conflict value-conflict launched-on',
      'name-variant name-variant',
      'source-dependence source-dependence',
    ]);
    expect(reconciled.baseline.findings.map((e) => e.id).sort()).toEqual(reconciled.result.findings.map((f) => f.id).sort());
  });

  it('surfaces who founded Pax Silica: the UAE, the Netherlands and the UK named by 002, left out by 001 and 004', () => {
    const members = reconciled.result.findings.find((f) => f.kind === 'membership-conflict' && f.key?.predicate === 'founding-members');
    for (const name of ['United Arab Emirates', 'Netherlands', 'United Kingdom']) expect(members?.message).toContain(name);
    expect(members?.disputed).toEqual([['country:AE'], ['country:GB'], ['country:NL']]);
    expect(sourcesOf(members as Finding)).toEqual(['001', '002', '004']);
    expect(members?.related.map((n) => n.message).join('\n')).toContain('001 names United Arab Emirates elsewhere (Pax Silica Summit, participants)');
  });

  it('surfaces how many founded it: five (001, 004) against at least eight (002)', () => {
    const count = reconciled.result.findings.find((f) => f.kind === 'count-conflict');
    expect(count?.sides.map((s) => [s.label, s.sources.map((x) => x.slice(0, 3))])).toEqual([
      ['001 and 004: five founding members', ['001', '004']],
      ['002: at least eight founding members', ['002']],
    ]);
    expect(count?.severity).toBe('error');
  });

  it('surfaces "MP Minerals" against "MP Materials" as a name variant', () => {
    const variants = reconciled.result.findings.filter((f) => f.kind === 'name-variant');
    expect(variants.map((f) => f.data?.['names'])).toEqual([['MP Materials', 'MP Minerals']]);
  });

  it('surfaces the passages the two aggregator pages share and counts them as one witness', () => {
    const passages = reconciled.result.dependence.passages.filter(
      (p) => p.a.sourceId.startsWith('000') && p.b.sourceId.startsWith('003'),
    );
    expect(passages.length).toBeGreaterThanOrEqual(3);
    const group = reconciled.result.dependence.groups.find((g) => g.sources.some((s) => s.startsWith('000')));
    expect(group?.sources.map((s) => s.slice(0, 3))).toEqual(['000', '003']);
  });

  it('reports the launch on Friday 12 Dec 2025 against 24 Dec 2025 once, with the publication-date explanation as its note', () => {
    const launch = reconciled.result.findings.filter((f) => f.key?.predicate === 'launched-on');
    expect(launch.map((f) => f.ruleId)).toEqual(['value-conflict']);
    const [finding] = launch;
    expect(finding?.message).toMatch(/2025-12-12.*2025-12-24/);
    expect(finding?.severity).toBe('warning'); // 000 only hedges its date
    expect(finding?.discrepancy?.label).toBe('twelve days apart');
    const note = finding?.related.find((n) => n.ruleId === 'date-tension');
    expect(note?.message).toContain('its own publication date');
    expect(note?.span?.sourceId.slice(0, 3)).toBe('000');
  });

  it('counts single-source values as coverage: no finding, no baseline entry', () => {
    expect(reconciled.result.findings.filter((f) => f.ruleId === 'uncorroborated')).toEqual([]);
    expect(reconciled.baseline.findings.some((e) => e.verdict === 'single-source')).toBe(false);
    const { coverage } = reconciled.result;
    expect(coverage.singleSource.length).toBeGreaterThan(150);
    expect(coverage.corroborated).toBeGreaterThan(0);
    expect(coverage.values).toBe(coverage.corroborated + coverage.singleSource.length);
  });

  it('never calls aliases or compatible values a conflict', () => {
    const resolver = createEntityResolver({ entities: loaded.corpus.entities });
    const conflictKinds = new Set(['value-conflict', 'membership-conflict']);
    for (const finding of reconciled.result.findings.filter((f) => conflictKinds.has(f.kind))) {
      const [left, right] = finding.sides;
      expect(finding.sides, describeFinding(finding)).toHaveLength(2);
      const verdicts = (left?.claims ?? []).flatMap((a) => (right?.claims ?? []).map((b) => compareValues(a.value, b.value, { resolver }).verdict));
      expect(verdicts, describeFinding(finding)).toContain('conflict');
    }
    for (const finding of reconciled.result.findings.filter((f) => f.kind === 'name-variant')) {
      const names = finding.data?.['names'] as readonly string[] | undefined;
      expect(names?.length, describeFinding(finding)).toBeGreaterThanOrEqual(2);
      const ids = (names ?? []).map((n) => resolver.resolve(n)).filter((id) => id !== undefined);
      // Two spellings the alias tables already join are aliases, not variants.
      expect(new Set(ids).size, describeFinding(finding)).toBe(ids.length);
    }
  });

  it('keeps the committed conflict report current (run `npm run report` after changing claims/)', async () => {
    // `npm run report` is `claimtrace report claims --out docs`; render the same into a scratch folder.
    const out = mkdtempSync(join(tmpdir(), 'claimtrace-report-'));
    try {
      const run = await runInProcess(['report', 'claims', '--out', out], { cwd: ROOT });
      expect(run.code, run.stderr).toBe(0);
      for (const file of [REPORT_FILES.markdown, REPORT_FILES.json, REPORT_FILES.html]) {
        expect(readFileSync(join(ROOT, 'docs', file), 'utf8'), `docs/${file} is stale: run npm run report`).toBe(readFileSync(join(out, file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
