/**
 * The commands by name, each loaded only when it runs: `claimtrace check`
 * never loads the exporters, the HTML report, page capture (linkedom,
 * Readability) or the claim suggester (compromise). Module loading was most
 * of a cold `check` (issue 19); each `import()` below is a chunk of its own
 * in the build.
 */
import type { Command } from './command.js';

/** A command known by name, loaded on first use. */
export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<Command>;
}

/** Every command, in the order the help lists them (the order of `COMMANDS`). */
export const COMMAND_TABLE: readonly CommandEntry[] = [
  { name: 'check', load: async () => (await import('./commands/check.js')).checkCommand },
  { name: 'baseline', load: async () => (await import('./commands/baseline.js')).baselineCommand },
  { name: 'summary', load: async () => (await import('./commands/summary.js')).summaryCommand },
  { name: 'report', load: async () => (await import('./commands/report.js')).reportCommand },
  { name: 'anchor', load: async () => (await import('./commands/anchor.js')).anchorCommand },
  { name: 'explain', load: async () => (await import('./commands/explain.js')).explainCommand },
  { name: 'export', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'init', load: async () => (await import('./commands/init.js')).initCommand },
  { name: 'add', load: async () => (await import('./commands/add.js')).addCommand },
  { name: 'update-source', load: async () => (await import('./commands/update-source.js')).updateSourceCommand },
  { name: 'rehash', load: async () => (await import('./commands/rehash.js')).rehashCommand },
  { name: 'suggest', load: async () => (await import('./commands/suggest.js')).suggestCommand },
];

/** A command as given: loaded already, or an entry of the table. */
export type CommandLike = Command | CommandEntry;

const isEntry = (command: CommandLike): command is CommandEntry => 'load' in command && !('run' in command);

/** The command itself, loading it when it is an entry. */
export const loadCommand = async (command: CommandLike): Promise<Command> => (isEntry(command) ? command.load() : command);
