/**
 * The lazy command table is the CLI's list: it names every command, in the
 * help's order, and each entry loads exactly that command.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE, loadCommand } from '../../src/cli/command-table.js';
import { COMMANDS } from '../../src/cli/commands/index.js';

describe('the command table', () => {
  it('names every command in the order of the full list', () => {
    expect(COMMAND_TABLE.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
  });

  it.each(COMMAND_TABLE.map((entry) => [entry.name, entry] as const))('loads %s as that command', async (name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(name);
    expect(command).toBe(COMMANDS.find((c) => c.name === name));
    expect(await loadCommand(command)).toBe(command);
  });
});
