/**
 * `npm run docs`: write the generated parts of docs/ — the "Built-in rules"
 * section of docs/rules.md, docs/messages.md and docs/exports.md (from the
 * export of the bundled corpus) — with the library's atomic write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/claims/atomic-write.js';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { settled } from '../../src/model/result.js';
import { builtinRules } from '../../src/reconcile/index.js';
import { renderExportsDoc } from './docs/exports-doc.js';
import { renderMessageCodes } from './docs/message-codes.js';
import { RULES_END, RULES_START, renderRulesSection, withSection } from './docs/rules-section.js';

const DOCS = join(import.meta.dirname, '../../docs');

const rulesPath = join(DOCS, 'rules.md');
writeFileAtomic(rulesPath, withSection(readFileSync(rulesPath, 'utf8'), renderRulesSection(builtinRules()), RULES_START, RULES_END));
writeFileAtomic(join(DOCS, 'messages.md'), renderMessageCodes());
writeFileAtomic(join(DOCS, 'exports.md'), renderExportsDoc(settled(await checkClaimsFolder(join(DOCS, '../claims')))));
process.stdout.write('wrote docs/rules.md (built-in rules), docs/messages.md and docs/exports.md\n');
