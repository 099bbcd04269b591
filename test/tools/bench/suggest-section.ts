/**
 * `suggest` on generated pages of doubling length (`suggest-pages.ts`), as a
 * section of `npm run bench`: each page shape (paragraphs, and the same
 * sentences on one line) in its own child process, every size measured side
 * by side in that one process, CPU time per size as the median over runs,
 * and the growth per doubling (linear is about 2, quadratic 4).
 *
 *   npx tsx test/tools/bench/suggest-section.ts            # full sizes, printed
 *   npx tsx test/tools/bench/suggest-section.ts --quick    # smaller sizes
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { suggestClaims } from '../../../src/suggest/index.js';
import { reportFromChild, runInChild } from './child-run.js';
import { formatCount, formatDuration, formatRatio } from './format.js';
import { cpuMs } from './process-clock.js';
import type { BenchSection, TargetCheck } from './section.js';
import { unavailableSection } from './section.js';
import { median } from './statistics.js';
import { generatedPage, pageCorpus } from './suggest-pages.js';
import { formatTextTable } from './table.js';

const ENTRY = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(ENTRY), '..', '..', '..');
const SCENARIO = 'suggest-scale';
const SHAPES = ['paragraphs', 'one-line'] as const;
type Shape = (typeof SHAPES)[number];

/** Sentences per page, doubling. */
export const SUGGEST_SIZES = { quick: [250, 500, 1_000], full: [1_000, 2_000, 4_000] } as const;

/** The growth per doubling suggest must stay within (linear is 2, quadratic 4). */
export const MAX_SUGGEST_GROWTH = 2.5;

interface SizeRow {
  readonly sentences: number;
  readonly characters: number;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly suggestions: number;
}

interface ScaleParams {
  readonly shape: Shape;
  readonly sizes: readonly number[];
}

/** Every size of one shape, one after another in this process (the child's side). */
const measure = (params: unknown): readonly SizeRow[] => {
  const { shape, sizes } = params as ScaleParams;
  // A small page first, so the first size is not also the one that warms up the JIT and loads the tagger's lexicon.
  suggestClaims(pageCorpus(generatedPage(50, shape)), 'page');
  return sizes.map((sentences) => {
    const text = generatedPage(sentences, shape);
    const corpus = pageCorpus(text);
    const cpu = cpuMs();
    const wall = performance.now();
    const result = suggestClaims(corpus, 'page', { minConfidence: 0 });
    return { sentences, characters: text.length, cpuMs: cpuMs() - cpu, wallMs: performance.now() - wall, suggestions: result.ok ? result.value.suggestions.length : -1 };
  });
};

/** (last / first) ^ (1 / doublings) over the rows' CPU times. */
const growthPerDoubling = (rows: readonly SizeRow[]): number | undefined => {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined || first === last || first.cpuMs <= 0) return undefined;
  return (last.cpuMs / first.cpuMs) ** (1 / Math.log2(last.sentences / first.sentences));
};

/** Options of the suggest part. */
export interface SuggestBenchOptions {
  readonly quick: boolean;
  readonly runs: number;
  readonly progress?: (message: string) => void;
}

/**
 * Measure suggest at doubling page sizes, each shape in its own child, `runs` times.
 *
 * @example
 * const section = await benchSuggest({ quick: true, runs: 1 });
 */
export const benchSuggest = async (options: SuggestBenchOptions): Promise<BenchSection> => {
  const started = performance.now();
  const sizes = options.quick ? SUGGEST_SIZES.quick : SUGGEST_SIZES.full;
  const rows: string[][] = [];
  const targets: TargetCheck[] = [];
  const growths: string[] = [];
  for (const shape of SHAPES) {
    const runs: (readonly SizeRow[])[] = [];
    for (let i = 0; i < options.runs; i += 1) {
      options.progress?.(`suggest on generated pages (${shape}, ${sizes.join(', ')} sentences), run ${i + 1}/${options.runs}`);
      const out = await runInChild<readonly SizeRow[]>(SCENARIO, { shape, sizes } satisfies ScaleParams, { entry: ENTRY, cwd: ROOT, timeoutMs: 900_000 });
      if (out.status === 'failed') return unavailableSection('suggest-scale', 'Suggest at doubling page sizes', 'failed', `${shape}: ${out.reason}`);
      runs.push(out.report.value);
    }
    const measured: SizeRow[] = sizes.map((_, k) => {
      const first = runs[0]?.[k] as SizeRow;
      return { ...first, cpuMs: median(runs.map((r) => r[k]?.cpuMs ?? Number.NaN)), wallMs: median(runs.map((r) => r[k]?.wallMs ?? Number.NaN)) };
    });
    measured.forEach((row, k) => {
      const previous = measured[k - 1];
      rows.push([
        k === 0 ? shape : '',
        formatCount(row.sentences),
        `${formatCount(row.characters / 1024)} KB`,
        formatDuration(row.cpuMs),
        formatDuration(row.wallMs),
        previous === undefined ? '' : formatRatio(row.cpuMs / previous.cpuMs),
        formatCount(row.suggestions),
      ]);
    });
    const growth = growthPerDoubling(measured);
    growths.push(`${shape} ×${growth === undefined ? 'n/a' : growth.toFixed(2)}`);
    targets.push({
      target: `suggest on a page of ${shape} grows at most ${MAX_SUGGEST_GROWTH}× per doubling of its length`,
      measured: growth === undefined ? 'n/a' : `×${growth.toFixed(2)} per doubling (CPU time)`,
      met: growth === undefined ? undefined : growth <= MAX_SUGGEST_GROWTH,
    });
  }
  return {
    id: 'suggest-scale',
    title: 'Suggest at doubling page sizes',
    status: 'ran',
    note: `generated pages of ${sizes.join(', ')} sentences; each shape in its own process, sizes side by side; ${options.runs} run(s), medians`,
    tables: [{ caption: 'suggestClaims on one page (CPU and wall time of the call; ratio = CPU time against the size before)', header: ['shape', 'sentences', 'text', 'CPU', 'wall', 'ratio', 'candidates'], rows }],
    targets,
    meaning: [
      'Each page is generated from a seeded PRNG (`suggest-pages.ts`): sentences dense with what suggest looks for — counts with units, money, percentages, dates, names, lists of names and attributed statements — laid out as paragraphs of one to four sentences, or all on one line (a page whose line breaks were lost).',
      'The ratio per doubling should stay near 2: every step of suggest is per sentence or per value, with lookups instead of searches across the page.',
      'The candidates grow a little less than the page because words that recur more than 16 times on a page are not quoted (`MAX_QUOTED_OCCURRENCES`): the generated sentences reuse a few dozen percentages and phrases.',
    ].join(' '),
    summary: `suggest ${growths.join(', ')} per doubling`,
    wallMs: performance.now() - started,
  };
};

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const at = process.argv.indexOf('--scenario');
  if (at >= 0) {
    const params = process.argv[process.argv.indexOf('--params') + 1] ?? '{}';
    await reportFromChild(measure, JSON.parse(params) as unknown);
  } else {
    const section = await benchSuggest({ quick: process.argv.includes('--quick'), runs: 1, progress: (m) => process.stderr.write(`  … ${m}\n`) });
    process.stdout.write(`${section.title}\n${section.note ?? ''}\n\n${section.tables.map(formatTextTable).join('\n\n')}\n`);
    for (const t of section.targets) process.stdout.write(`  ${t.met === undefined ? '·' : t.met ? '✓' : '✗'} ${t.target}: ${t.measured}\n`);
  }
}
