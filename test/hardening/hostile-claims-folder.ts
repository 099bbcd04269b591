/**
 * A claims folder written to a temporary directory with hostile text in
 * every field a report shows: source metadata (title, publisher, URL,
 * language, non-content and AI-section notes and labels, citations), the
 * source texts themselves, claims (subjects, members, values, quotes,
 * notes, attributions), a claim file whose name is markup, and the baseline
 * (reasons, reviewers). Each payload sets `window.__pwned` if it ever runs.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkClaimsFolder } from '../../src/check/index.js';
import { contentHash, normalizeText } from '../../src/ingest/index.js';

/** Markup, attribute breakers, `javascript:` URLs and a bidi override in one line. */
export const PAYLOAD =
  `<script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=2"> ' onmouseover='window.__pwned=3' ` +
  `<a href="javascript:window.__pwned=4">x</a> javascript:window.__pwned=5 <svg onload="window.__pwned=6"></svg> \u202Eevil`;

export const HOSTILE_URL = 'javascript:window.__pwned=7';

/** A claim file whose very name is markup (legal on POSIX file systems). */
export const HOSTILE_CLAIM_FILE = 'claims/b"><img src=x onerror="window.__pwned=8">.yaml';

const NAME = `Pax <b onclick="window.__pwned=9">Silica</b>`;

const sourceText = (n: number): string =>
  normalizeText(
    [
      `Menu | Home | <script>window.__pwned=10</script>`,
      `Report ${n}. The members of ${NAME} are Japan, ${n === 1 ? 'Israel' : 'Canada'} and <i>${PAYLOAD}</i>.`,
      `Officials said the reserve is worth $${10 + 20 * n} billion.`,
      `The text value is ${PAYLOAD} (copy ${n}).`,
      `AI summary: ${PAYLOAD} end of summary ${n}.`,
      `As reported by ${PAYLOAD}.`,
    ].join('\n'),
  );

const source = (id: string, n: number, text: string) => ({
  id,
  text: `${id}.txt`,
  title: `Title ${n} ${PAYLOAD}`,
  publisher: PAYLOAD,
  url: n === 1 ? HOSTILE_URL : `https://example.org/?q="><script>window.__pwned=11</script>`,
  language: n === 1 ? `en" onclick="window.__pwned=12` : 'en',
  publishedAt: { date: '2025-12-12' },
  contentHash: contentHash(text),
  nonContent: [{ quote: 'Menu | Home | <script>window.__pwned=10</script>', kind: 'navigation', note: PAYLOAD }],
  aiGenerated: { sections: [{ from: 'AI summary:', to: `end of summary ${n}.`, label: PAYLOAD, note: PAYLOAD }] },
  cites: [{ outside: PAYLOAD, quote: `As reported by ${PAYLOAD}.`, url: HOSTILE_URL }],
});

const claims = (id: string, n: number) => ({
  source: id,
  claims: [
    {
      id: `members-${id}`,
      subject: NAME,
      predicate: 'founding-members',
      value: { members: ['Japan', n === 1 ? 'Israel' : 'Canada', PAYLOAD], list: 'closed' },
      quote: `are Japan, ${n === 1 ? 'Israel' : 'Canada'} and <i>${PAYLOAD}</i>`,
      note: PAYLOAD,
    },
    {
      id: `amount-${id}`,
      subject: NAME,
      predicate: 'amount',
      value: { quantity: `$${10 + 20 * n} billion` }, // far enough apart to conflict once rounding is allowed for
      quote: `worth $${10 + 20 * n} billion`,
      attribution: { speaker: PAYLOAD, role: PAYLOAD, outlet: PAYLOAD },
      hedge: 'reported',
    },
    { id: `text-${id}`, subject: NAME, predicate: 'described-as', value: { text: PAYLOAD }, quote: `The text value is ${PAYLOAD}`, note: `${PAYLOAD}\n# heading` },
  ],
});

/**
 * Write the folder (with a baseline reviewing every finding in hostile words) and return its path.
 *
 * @example
 * const folder = await writeHostileClaimsFolder();
 */
export const writeHostileClaimsFolder = async (): Promise<string> => {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrace-hostile-'));
  mkdirSync(join(folder, 'sources'));
  mkdirSync(join(folder, 'claims'));
  writeFileSync(
    join(folder, 'predicates.yaml'),
    stringify({
      predicates: [
        { id: 'founding-members', valueType: 'entity-set', cardinality: 'functional', description: `Founders ${PAYLOAD}`, label: PAYLOAD },
        { id: 'amount', valueType: 'quantity', cardinality: 'functional', description: 'An amount' },
        { id: 'described-as', valueType: 'text', cardinality: 'functional', description: 'A description' },
      ],
    }),
  );
  const ids = ['a', 'b'];
  ids.forEach((id, i) => {
    const text = sourceText(i + 1);
    writeFileSync(join(folder, 'sources', `${id}.txt`), text);
    writeFileSync(join(folder, 'sources', `${id}.yaml`), stringify(source(id, i + 1, text)));
  });
  writeFileSync(join(folder, 'claims/a.yaml'), stringify(claims('a', 1)));
  writeFileSync(join(folder, HOSTILE_CLAIM_FILE), stringify(claims('b', 2)));
  const check = await checkClaimsFolder(folder);
  if (!check.ok) throw new Error(`the hostile folder does not load: ${JSON.stringify(check.messages, null, 2)}`);
  writeFileSync(
    join(folder, 'baseline.yaml'),
    stringify({
      findings: check.value.reconciled.result.findings.map((f) => ({ id: f.id, rule: f.ruleId, verdict: 'real-conflict', reason: `Reviewed: ${PAYLOAD}`, reviewedBy: PAYLOAD })),
    }),
  );
  return folder;
};
