import { describe, expect, it } from 'vitest';
import { GENERATED_END, GENERATED_START, mergeGeneratedBlock, renderGeneratedBlock } from '../tools/bench/benchmarks-doc.js';
import type { MachineInfo } from '../tools/bench/machine.js';
import type { BenchSection } from '../tools/bench/section.js';

const block = (body: string): string => `${GENERATED_START}\n${body}\n${GENERATED_END}`;

describe('mergeGeneratedBlock', () => {
  it.each([
    { name: 'no file yet', existing: undefined, expected: `# Benchmarks\n\n${block('new')}\n` },
    { name: 'an empty file', existing: '\n', expected: `# Benchmarks\n\n${block('new')}\n` },
    {
      name: 'an old block: replaced, hand-written notes around it kept',
      existing: `# Benchmarks\n\nintro\n\n${block('old')}\n\n## Profiling\n\nbefore 6 s, after 2 s\n`,
      expected: `# Benchmarks\n\nintro\n\n${block('new')}\n\n## Profiling\n\nbefore 6 s, after 2 s\n`,
    },
    {
      name: 'a file without markers: its sections kept after the block',
      existing: '# Benchmarks\n\n## Reconciliation scale\n\nnotes by another helper\n',
      expected: `# Benchmarks\n\n${block('new')}\n\n## Reconciliation scale\n\nnotes by another helper\n`,
    },
    {
      name: 'a file without markers: its preamble stays above the block',
      existing: '# Benchmarks\n\nMeasured by scripts.\n\n## Reconciliation scale\n\nnotes\n',
      expected: `# Benchmarks\n\nMeasured by scripts.\n\n${block('new')}\n\n## Reconciliation scale\n\nnotes\n`,
    },
    {
      name: 'a file with only a preamble',
      existing: '# Benchmarks\n\nMeasured by scripts.\n',
      expected: `# Benchmarks\n\nMeasured by scripts.\n\n${block('new')}\n`,
    },
  ])('$name', ({ existing, expected }) => {
    expect(mergeGeneratedBlock(existing, block('new'))).toBe(expected);
  });

  it('is idempotent: merging the same block twice changes nothing', () => {
    const once = mergeGeneratedBlock('# Benchmarks\n\n## Notes\n\nkeep me\n', block('x'));
    expect(mergeGeneratedBlock(once, block('x'))).toBe(once);
  });
});

describe('renderGeneratedBlock', () => {
  const machine: MachineInfo = {
    cpuModel: 'Test CPU',
    cores: 2,
    totalMemoryBytes: 24 * 2 ** 30,
    platform: 'linux',
    arch: 'x64',
    osRelease: '6.1',
    node: 'v20.20.2',
    v8: '11.3',
    loadAverage: [3.5, 2, 1],
  };
  const sections: BenchSection[] = [
    {
      id: 'demo',
      title: 'Demo part',
      status: 'ran',
      note: 'one run',
      tables: [{ caption: 'Times', header: ['n', 'ms'], rows: [['1', '2']] }],
      targets: [
        { target: 'fast', measured: '2 ms', met: true },
        { target: 'huge', measured: 'not measured', met: undefined, note: 'quick mode' },
        { target: 'small', measured: '3 GB', met: false },
      ],
      meaning: 'What the demo means.',
      summary: 'demo ok',
      wallMs: 5,
    },
    { id: 'skip', title: 'Skipped part', status: 'skipped', note: 'no data in /nowhere', tables: [], targets: [], meaning: '', summary: 'skip', wallMs: 0 },
  ];
  const text = renderGeneratedBlock({ machine, command: 'npm run bench', date: '2026-11-22T08:00:00Z', runs: 3, sections, summary: 'all good', idleChildRssBytes: 95e6, wallMs: 120_000 });

  it.each([
    ['the machine', '2 × Test CPU, 24.0 GiB RAM, linux x64 6.1'],
    ['the Node version', 'v20.20.2'],
    ['the load average', '3.50 / 2.00 / 1.00 (1, 5, 15 min) at the start, on 2 cores'],
    ['the command', '`npm run bench`'],
    ['the date', '2026-11-22T08:00:00Z'],
    ['the number of runs', 'medians of 3 runs'],
    ['the idle baseline', 'peaks at 95 MB'],
    ['the summary', '**Summary:** all good'],
    ['a met target', '| 1 (demo) | fast | 2 ms | met |'],
    ['a missed target', '| 1 (demo) | small | 3 GB | missed |'],
    ['an unmeasured target with its reason', '| 1 (demo) | huge | not measured | not measured | quick mode |'],
    ['a numbered section heading', '## 1. Demo part'],
    ['what the figures mean', 'What the demo means.'],
    ['a skipped part with its reason', '**skipped.** no data in /nowhere'],
    ['the section table', '| n | ms |'],
  ])('states %s', (_, expected) => {
    expect(text).toContain(expected);
  });

  it('starts and ends with the markers', () => {
    expect(text.startsWith(GENERATED_START)).toBe(true);
    expect(text.endsWith(GENERATED_END)).toBe(true);
  });
});
