/**
 * The format table: every output is one module with one signature, and the
 * CLI's usage, help and validation come from the table — so a format added
 * to the table is offered, documented and dispatched with no other change.
 */
import { describe, expect, it } from 'vitest';
import type { OutputFormat } from '../../src/formats/format.js';
import { OUTPUT_FORMATS, formatById, formatsFor } from '../../src/formats/registry.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { memoryIo } from '../cli/memory-io.js';

describe('the format table', () => {
  it('has one entry per output, each with a unique id and file name', () => {
    expect(OUTPUT_FORMATS.map((f) => f.id)).toEqual(['markdown', 'findings-json', 'html', 'web-annotation', 'claimreview', 'prov', 'jsonschema', 'stylish', 'json', 'github', 'sarif', 'junit']);
    // A name (id or alias) picks one format of a command: `json` is findings-json for report and export, the check's JSON for check.
    for (const command of ['report', 'export', 'check'] as const) {
      const names = formatsFor(command).flatMap((f) => [f.id, ...(f.aliases ?? [])]);
      expect(new Set(names).size, command).toBe(names.length);
    }
    expect(new Set(OUTPUT_FORMATS.map((f) => f.fileName)).size).toBe(OUTPUT_FORMATS.length);
    expect(formatsFor('report').map((f) => f.id)).toEqual(['markdown', 'findings-json', 'html']);
    expect(formatsFor('check').map((f) => f.id)).toEqual(['stylish', 'json', 'github', 'sarif', 'junit']);
    expect(formatsFor('check').every((f) => f.needs === 'check')).toBe(true);
    expect(formatsFor('export').some((f) => f.needs === 'check')).toBe(false);
    expect(formatById('prov')?.mediaType).toBe('application/ld+json');
    expect(formatById('html')?.mediaType).toBe('text/html');
    expect(formatById('JSON')?.id).toBe('findings-json');
    expect(formatById('md')?.id).toBe('markdown');
    expect(formatById('csv')).toBeUndefined();
  });

  it('gives the CLI its usage, help and option list', async () => {
    const exportCommand = COMMANDS.find((c) => c.name === 'export');
    for (const format of formatsFor('export')) {
      expect(exportCommand?.usage[0]).toContain(format.id);
      expect(exportCommand?.description).toContain(format.summary);
      for (const option of format.options) expect(exportCommand?.options[option.name]).toEqual({ type: 'string' });
    }
    const io = memoryIo();
    expect(await runCli(['export', '--help'], io)).toBe(0);
    for (const format of formatsFor('export')) expect(io.out()).toContain(format.id);
    const checkHelp = memoryIo();
    expect(await runCli(['check', '--help'], checkHelp)).toBe(0);
    for (const format of formatsFor('check')) expect(checkHelp.out()).toContain(`${format.id}`);
    for (const format of formatsFor('check')) expect(checkHelp.out()).toContain(format.summary);
  });

  it('renders a format it does not know nothing about: a format needing nothing works without a folder', () => {
    const echo: OutputFormat = {
      id: 'echo',
      summary: 'echoes its option',
      mediaType: 'text/plain',
      fileName: 'echo.txt',
      needs: 'nothing',
      commands: ['export'],
      options: [{ name: 'say', help: 'what to say' }],
      render: (input) => `${input.options['say'] ?? ''}\n`,
    };
    expect(echo.render({ labels: { title: 't', corpusLabel: 'c', command: 'x' }, options: { say: 'hello' } })).toBe('hello\n');
  });
});
