/**
 * `npm run docs`: write the generated parts of docs/ — the "Built-in rules"
 * section of docs/rules.md, docs/messages.md and docs/exports.md (from the
 * export of the bundled corpus). Atomic writes (a temporary file renamed over
 * the old one).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { settled } from '../../src/model/result.js';
import { builtinRules } from '../../src/reconcile/index.js';
import { renderExportsDoc } from './docs/exports-doc.js';
import { renderMessageCodes } from './docs/message-codes.js';
import { RULES_END, RULES_START, renderRulesSection, withSection } from './docs/rules-section.js';

const DOCS = join(import.meta.dirname, '../../docs');

const writeAtomic = (path: string, text: string): void => {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
};

const rulesPath = join(DOCS, 'rules.md');
writeAtomic(rulesPath, withSection(readFileSync(rulesPath, 'utf8'), renderRulesSection(builtinRules()), RULES_START, RULES_END));
writeAtomic(join(DOCS, 'messages.md'), renderMessageCodes());
writeAtomic(join(DOCS, 'exports.md'), renderExportsDoc(settled(await checkClaimsFolder(join(DOCS, '../claims')))));
process.stdout.write('wrote docs/rules.md (built-in rules), docs/messages.md and docs/exports.md\n');
