/**
 * Every command, loaded: for the help text's full list and for tests. The
 * CLI itself goes through the lazy table (`command-table.ts`) so that a run
 * loads only the command it runs.
 */
import type { Command } from '../command.js';
import { addCommand } from './add.js';
import { anchorCommand } from './anchor.js';
import { baselineCommand } from './baseline.js';
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { exportCommand } from './export.js';
import { initCommand } from './init.js';
import { rehashCommand } from './rehash.js';
import { reportCommand } from './report.js';
import { suggestCommand } from './suggest.js';
import { summaryCommand } from './summary.js';
import { updateSourceCommand } from './update-source.js';

/** Every command, in the order the help lists them (the order of `COMMAND_TABLE`). */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  baselineCommand,
  summaryCommand,
  reportCommand,
  anchorCommand,
  explainCommand,
  exportCommand,
  initCommand,
  addCommand,
  updateSourceCommand,
  rehashCommand,
  suggestCommand,
];
