/**
 * `npm run docs`: write the generated parts of docs/ — the "Built-in rules"
 * section of docs/rules.md, docs/messages.md and docs/exports.md (from the
 * export of the bundled corpus) — as one set through the CLI's atomic write
 * (`writeOutputFiles`): all three files are this run's, or none is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { writeOutputFiles } from '../../src/cli/write-output.js';
import { settled } from '../../src/model/result.js';
import { builtinRules } from '../../src/reconcile/index.js';
import { renderExportsDoc } from './docs/exports-doc.js';
import { renderMessageCodes } from './docs/message-codes.js';
import { RULES_END, RULES_START, renderRulesSection, withSection } from './docs/rules-section.js';

const DOCS = join(import.meta.dirname, '../../docs');

const rulesPath = join(DOCS, 'rules.md');
writeOutputFiles(
  [
    { path: rulesPath, content: withSection(readFileSync(rulesPath, 'utf8'), renderRulesSection(builtinRules()), RULES_START, RULES_END) },
    { path: join(DOCS, 'messages.md'), content: renderMessageCodes() },
    { path: join(DOCS, 'exports.md'), content: renderExportsDoc(settled(await checkClaimsFolder(join(DOCS, '../claims')))) },
  ],
  { io: { cwd: process.cwd() } },
);
process.stdout.write('wrote docs/rules.md (built-in rules), docs/messages.md and docs/exports.md\n');
