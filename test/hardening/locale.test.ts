/**
 * Output is the same bytes in every locale: the built CLI run under LANG and
 * LC_ALL for Danish (where "aa" sorts after "z"), Turkish (dotted and dotless
 * i), German, Japanese and C writes a byte-identical report,
 * conflicts.json, HTML report and `check --json`, on a folder whose names are chosen to
 * sort differently in those locales. And nothing in src/ asks the locale:
 * no localeCompare, toLocale…, Date.prototype string methods, or Intl
 * without a locale written out.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/index.js';
import { ensureBuilt, REPO, runBinAsync } from '../cli/built-bin.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { copyOf, tempDir } = scratchFolders('locale');
beforeAll(() => ensureBuilt('js'), 180_000);

const LOCALES = ['C', 'da_DK.UTF-8', 'tr_TR.UTF-8', 'de_DE.UTF-8', 'ja_JP.UTF-8'];

/** Names that collate differently by locale: Danish aa/æ/ø/å, Turkish i/İ/ı, German ß/umlauts, Japanese kana. */
const NAMES = ['Aalborg', 'Zürich', 'Ærø', 'Østerbro', 'Århus', 'İzmir', 'Istanbul', 'ılıca', 'Straße', 'Strasse', 'Öl', 'Yalta', 'Ijssel', 'とうきょう', 'Ångström', 'zeta', 'Zeta', 'æble'];

const folder = (): string => {
  const dir = copyOf(FIXTURE);
  // One source per name, each giving the reserve another amount: findings, groups and sources to order.
  NAMES.forEach((name, i) => {
    const id = `src-${name.normalize('NFKD').replace(/[^A-Za-z]/g, '') || 'kana'}-${i}`;
    const text = `${name} officials said the reserve is worth ${10 + i} billion dollars.`;
    writeFileSync(join(dir, `sources/${id}.txt`), text);
    writeFileSync(join(dir, `sources/${id}.yaml`), `id: ${id}\ntext: ${id}.txt\npublisher: ${JSON.stringify(name)}\npublishedAt: { date: 2025-12-12 }\ncontentHash: ${contentHash(text)}\n`);
    writeFileSync(
      join(dir, `claims/${id}.yaml`),
      `source: ${id}\nclaims:\n  - id: c-${id}\n    subject: ${JSON.stringify(i % 2 === 0 ? 'Project Vault' : name)}\n    predicate: amount\n    value: { quantity: "$${10 + i} billion" }\n    quote: worth ${10 + i} billion dollars\n    attribution: { speaker: ${JSON.stringify(`${name} officials`)} }\n`,
    );
  });
  return dir;
};

describe('output does not depend on the locale', () => {
  it('report, conflicts.json and check --json are byte-identical under every LANG/LC_ALL', async () => {
    const dir = folder();
    const outputs = await Promise.all(
      LOCALES.map(async (locale) => {
        const env = { LANG: locale, LC_ALL: locale, LANGUAGE: locale, NO_COLOR: '1' };
        const out = tempDir(locale);
        const report = await runBinAsync(['report', dir, '--out', out], { env });
        expect(report.code, report.stderr).toBe(0);
        const check = await runBinAsync(['check', dir, '--json', '--fail-on', 'info'], { env });
        return {
          locale,
          markdown: readFileSync(join(out, 'conflict-report.md')),
          json: readFileSync(join(out, 'conflicts.json')),
          html: readFileSync(join(out, 'conflict-report.html')),
          check: check.stdout,
        };
      }),
    );
    const [first, ...rest] = outputs;
    expect(first?.json.length).toBeGreaterThan(1000);
    for (const other of rest) {
      expect(other.markdown.equals(first?.markdown ?? Buffer.alloc(0)), `conflict-report.md under ${other.locale}`).toBe(true);
      expect(other.json.equals(first?.json ?? Buffer.alloc(0)), `conflicts.json under ${other.locale}`).toBe(true);
      expect(other.html.equals(first?.html ?? Buffer.alloc(0)), `conflict-report.html under ${other.locale}`).toBe(true);
      expect(other.check, `check --json under ${other.locale}`).toBe(first?.check);
    }
  }, 180_000);

  it('nothing in src/ asks the locale', () => {
    const files = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
    // Intl with a locale written out (`new Intl.Segmenter('en', …)`) does not ask the machine; without one it does.
    const asking = /\.localeCompare\(|\.toLocale(?:String|LowerCase|UpperCase|DateString|TimeString)\(|\bIntl\.\w+\((?!\s*['"])|\.to(?:Date|Time)String\(/;
    const found = files(join(REPO, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (asking.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${relative(REPO, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
