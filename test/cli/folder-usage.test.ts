import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE, loadCommand } from '../../src/cli/command-table.js';
import { folderUsage } from '../../src/cli/folder-usage.js';

const usageOf = async (name: string): Promise<readonly string[]> => {
  const entry = COMMAND_TABLE.find((c) => c.name === name);
  if (entry === undefined) throw new Error(`no command ${name}`);
  return (await loadCommand(entry)).usage;
};

describe('folderUsage: how a command names its claims folder, from its own usage lines', () => {
  it.each([
    ['check', [], 'claimtrace check floods'],
    ['baseline', ['accept', 'abc123'], 'claimtrace baseline accept (--all | <finding-id>…) --verdict <verdict> --reason <text> --by <name> floods'],
    ['baseline', ['status'], 'claimtrace baseline status floods'],
    ['baseline', ['prune'], 'claimtrace baseline prune floods'],
    ['report', [], 'claimtrace report floods --out <dir>'],
    ['suggest', ['harbour'], 'claimtrace suggest floods <sourceId>'],
    ['explain', ['abc123'], 'claimtrace explain <finding-id> floods'],
    ['summary', [], 'claimtrace summary floods'],
  ] as const)('%s %j', async (name, positionals, expected) => {
    expect(folderUsage(await usageOf(name), name, positionals[0], 'floods')).toBe(expected);
  });

  it('names the folder for every command whose usage takes one, so no hint is written twice', async () => {
    for (const entry of COMMAND_TABLE) {
      const { usage, name } = await loadCommand(entry);
      const takesFolder = usage.some((line) => /\[dir\]|\[--dir <dir> \| <dir>\]/.test(line));
      const shown = folderUsage(usage, name, undefined, 'floods');
      if (takesFolder) expect(shown, name).toContain(' floods');
    }
  });

  it.each([
    ['no line of the command', ['claimtrace other [dir]'], 'check', undefined],
    ['a usage without a folder', ['claimtrace anchor <file> <quote>'], 'anchor', undefined],
    ['an option value named <dir> is not the folder', ['claimtrace report --out <dir>'], 'report', undefined],
  ] as const)('gives nothing for %s', (_case, usage, name, expected) => {
    expect(folderUsage(usage, name, undefined, 'floods')).toBe(expected);
  });
});
