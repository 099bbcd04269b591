/**
 * Report safety: source text and claim text full of Markdown and HTML (pipes,
 * backticks, <script>, links, headings, list and quote markers, setext
 * underlines, emphasis) go through the whole pipeline — loader, reconciler,
 * report — and come out as text. No Markdown parser is installed, so the
 * checks are structural invariants of the rendered report: every heading,
 * table row, HTML tag and link is one the report itself writes, and the
 * injected strings appear only escaped.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildCorpus } from '../../src/claims/index.js';
import { createMessage } from '../../src/model/message.js';
import { failed, ok, settled } from '../../src/model/result.js';
import { contentHash, normalizeText } from '../../src/ingest/index.js';
import type { Finding } from '../../src/model/finding.js';
import { createReconciler, builtinRules } from '../../src/reconcile/index.js';
import { findingsToJson, renderMarkdownReport, type ReportInput } from '../../src/report/index.js';

const INLINE_ATTACK =
  'Pipes | and `code` <script>alert(1)</script> [x](http://evil) **bold** _em_ ~~s~~ ![i](http://evil/i.png) <http://evil> &amp; <img src=x onerror=alert(1)> \\ end';
const LINE_ATTACKS = ['# heading injected', '- list injected', '> quote injected', '1. ordered injected', '    code injected', '---', '===', '<div>html injected</div>', '| a | b |', '```'];
const NAME = 'Pax | <b>Silica</b> `x` [y](http://evil)';
const MEMBERS_A = ['A | B', '<script>x</script>', '[e](http://evil)'];
const MEMBERS_B = ['A | B', '# Heading member', '*star*'];

const sourceText = (n: number): string =>
  normalizeText(
    [
      `Report ${n}. The members of ${NAME} are named below.`,
      ...LINE_ATTACKS,
      INLINE_ATTACK,
      `Officials said the reserve is worth $${10 + n} billion.`,
      `The text value is ${INLINE_ATTACK} (copy ${n}).`,
    ].join('\n'),
  );

const TEXTS = { a: sourceText(1), b: sourceText(2) };

const claimsFor = (id: 'a' | 'b', members: readonly string[], amount: string) => ({
  source: id,
  claims: [
    {
      id: `${id}-members`,
      subject: NAME,
      predicate: 'founding-members',
      value: { members, list: 'closed' },
      quote: `# heading injected\n- list injected\n> quote injected`,
    },
    { id: `${id}-amount`, subject: NAME, predicate: 'amount', value: { quantity: amount }, quote: `worth ${amount}`, attribution: { speaker: '<b>Officials</b> | `x`' } },
    { id: `${id}-text`, subject: NAME, predicate: 'described-as', value: { text: INLINE_ATTACK }, quote: `The text value is ${INLINE_ATTACK}`, note: '# note\n| x |' },
  ],
});

const built = buildCorpus({
  yamlFiles: [
    {
      path: 'predicates.yaml',
      text: stringify({
        predicates: [
          { id: 'founding-members', valueType: 'entity-set', cardinality: 'functional', description: 'Founders <b>bold</b> | pipe' },
          { id: 'amount', valueType: 'quantity', cardinality: 'functional', description: 'An amount' },
          { id: 'described-as', valueType: 'text', cardinality: 'functional', description: 'A description' },
        ],
      }),
    },
    ...(['a', 'b'] as const).map((id) => ({
      path: `sources/${id}.yaml`,
      text: stringify({
        id,
        text: `${id}.txt`,
        title: `# Title ${id} | <script>alert(1)</script>`,
        publisher: `[Evil ${id}](http://evil) \`pub\``,
        publishedAt: { date: '2025-12-12' },
        contentHash: contentHash(TEXTS[id]),
      }),
    })),
    { path: 'claims/a.yaml', text: stringify(claimsFor('a', MEMBERS_A, '$11 billion')) },
    { path: 'claims/b.yaml', text: stringify(claimsFor('b', MEMBERS_B, '$12 billion')) },
  ],
  readTextFile: (path) => {
    const id = path.replace(/^sources\/|\.txt$/g, '') as 'a' | 'b';
    return TEXTS[id] !== undefined ? ok(TEXTS[id]) : failed([createMessage('source-text-missing', path)]);
  },
});

const reconciler = createReconciler({ rules: builtinRules() });
const reconciled = settled(reconciler.reconcile(settled(built).corpus));

/** A finding written by hand with hostile text in every free-text field. */
const handMade: Finding = {
  id: 'hostile-finding' as Finding['id'],
  source: 'reconcile',
  code: 'finding',
  ruleId: 'value-conflict' as Finding['ruleId'],
  kind: `kind ${INLINE_ATTACK}`,
  severity: 'error',
  message: `# message\n${LINE_ATTACKS.join('\n')}\n${INLINE_ATTACK}`,
  key: { subject: NAME, predicate: 'amount' as Finding['ruleId'] as never },
  disagreement: `value ${INLINE_ATTACK}`,
  sides: [
    {
      label: `label ${INLINE_ATTACK}`,
      claims: settled(built).corpus.claims
        .filter((c) => c.id === 'a-text')
        .map((c) => ({ claimId: c.id, sourceId: c.evidence[0]!.sourceId, span: c.evidence[0]!, value: c.value })),
      sources: [settled(built).corpus.claims.find((c) => c.id === 'a-text')!.evidence[0]!.sourceId],
      sourceGroups: [[settled(built).corpus.claims.find((c) => c.id === 'a-text')!.evidence[0]!.sourceId]],
      support: 1,
    },
  ],
  related: [{ message: `- related ${INLINE_ATTACK}`, span: settled(built).corpus.claims.find((c) => c.id === 'b-text')!.evidence[0]! }],
  discrepancy: { grade: 'magnitude', score: 2.5, label: `label ${INLINE_ATTACK}` },
  disputed: [[INLINE_ATTACK]],
  fingerprint: 'f00d',
};

const input: ReportInput = {
  title: `# Conflicts | ${INLINE_ATTACK}`,
  corpusLabel: 'claims` <b>x</b>',
  corpus: settled(built).corpus,
  findings: [...reconciled.findings, handMade],
  ruleDescriptions: { ...Object.fromEntries(reconciler.rules.map((r) => [r.id, r.meta.description])), 'value-conflict': `rule ${INLINE_ATTACK}` },
  dependence: reconciled.dependence,
  reviews: new Map([['hostile-finding', { verdict: `| ${INLINE_ATTACK}` as never, reason: `# ${INLINE_ATTACK}`, reviewedBy: '<b>me</b>' }]]),
  preferred: new Map([['hostile-finding', { strategy: '`s`', value: INLINE_ATTACK, confidence: 0.5, explanation: `- ${INLINE_ATTACK}` }]]),
  command: 'npm run report`; rm -rf /',
};
const markdown = renderMarkdownReport(input);
const lines = markdown.split('\n');

/** Whether the character at `i` is escaped by an odd number of backslashes. */
const escaped = (line: string, i: number): boolean => {
  let n = 0;
  for (let j = i - 1; j >= 0 && line[j] === '\\'; j -= 1) n += 1;
  return n % 2 === 1;
};
/** Positions of `ch` in `line` that are not backslash-escaped. */
const unescaped = (line: string, ch: string): number[] =>
  [...line].flatMap((c, i) => (c === ch && !escaped(line, i) ? [i] : []));

/** Inline code spans of a line (backtick fences), removed so that their content is not read as structure. */
const withoutCode = (line: string): string => {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '`' && !escaped(line, i)) {
      let run = 0;
      while (line[i + run] === '`') run += 1;
      const fence = '`'.repeat(run);
      const close = line.indexOf(fence, i + run);
      if (close !== -1 && line[close + run] !== '`') {
        out += 'CODE';
        i = close + run;
        continue;
      }
    }
    out += line[i];
    i += 1;
  }
  return out;
};

describe('the conflict report with hostile source and claim text', () => {
  it('was built from the hostile corpus (the attack reached the report)', () => {
    expect(built.messages.filter((d) => d.severity === 'error')).toEqual([]);
    expect(settled(built).corpus.claims).toHaveLength(6);
    expect(reconciled.findings.length).toBeGreaterThan(0);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('\\[x\\](http://evil)');
    expect(markdown).toContain('\\# heading injected');
  });

  it('has only the headings the report writes', () => {
    const headings = lines.filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l));
    // The title, section headings in plain words, and one numbered heading per finding.
    const allowed = [/^## [A-Z][A-Za-z -]*$/, /^### [A-Z][A-Za-z -]*$/, /^### \d+\. (Error|Warning|Info): /];
    expect(headings[0]).toMatch(/^# /);
    for (const h of headings.slice(1)) {
      expect(allowed.some((p) => p.test(h)), h).toBe(true);
      expect(h).not.toMatch(/injected|Heading member|message|Title/);
    }
    // The hand-made finding's heading carries its hostile kind, escaped.
    expect(headings.filter((h) => /^### \d+\. Error: kind Pipes \\\| and \\`code\\` &lt;script&gt;/.test(h))).toHaveLength(1);
    // No setext underline under a line of text.
    for (const [i, l] of lines.entries()) {
      if (/^ {0,3}(=+|-+)\s*$/.test(l)) expect(lines[i - 1]?.trim() ?? '', `setext at line ${i + 1}`).toBe('');
    }
  });

  it('has HTML only in the anchors it writes; every other < and > is an entity', () => {
    for (const l of lines) {
      if (/^<a id="finding-[a-z0-9-]+"><\/a>$/.test(l)) continue;
      expect(withoutCode(l), l).not.toMatch(/<[A-Za-z!/?]/);
    }
    expect(markdown).not.toContain('<script');
  });

  it('has table rows whose cells the text cannot split', () => {
    let columns: number | undefined;
    for (const l of lines) {
      if (!l.startsWith('|')) {
        columns = undefined;
        continue;
      }
      const pipes = unescaped(withoutCode(l), '|').length;
      columns ??= pipes;
      expect(pipes, l).toBe(columns);
    }
  });

  it('has links only to its own anchors, and no emphasis or code spans from the text', () => {
    for (const l of lines) {
      const plain = withoutCode(l);
      for (const at of unescaped(plain, '[')) expect(plain.slice(at), l).toMatch(/^\[\d+\]\(#finding-[a-z0-9-]+\)/);
      // The report's own bold labels (`**...**`, escaped stars allowed inside) aside, no unescaped emphasis run.
      expect(plain.replace(/\*\*(?:\\.|[^*\\])*\*\*/g, ''), l).not.toMatch(/(?<!\\)[*_~]/);
    }
    expect(markdown).not.toMatch(/(?<!\\)\]\(http/);
  });

  it('starts no block (list, quote, code, heading) from a line of text: quoted lines stay inside the block quote', () => {
    for (const l of lines) {
      // The line's content, inside any block quote the report opened ("  > " in a list item).
      const content = l.replace(/^ {0,3}> ?/, '').replace(/^ {2}> ?/, '');
      for (const attack of LINE_ATTACKS) expect(content.startsWith(attack), l).toBe(false);
      expect(content, `an indented code block: ${l}`).not.toMatch(/^( {4,}|\t)\S/);
    }
  });

  it('keeps the hostile text as data in the JSON report', () => {
    const json = JSON.parse(JSON.stringify(findingsToJson(input))) as { findings: Finding[] };
    const hostile = json.findings.find((f) => f.id === 'hostile-finding');
    expect(hostile?.message).toBe(handMade.message);
    expect(json.findings).toHaveLength(input.findings.length);
  });
});
