/**
 * `npm run docs`: write the generated parts of docs/ — the "Built-in rules"
 * section of docs/rules.md and docs/messages.md — with the library's atomic
 * write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/files/atomic-write.js';
import { builtinRules } from '../../src/reconcile/index.js';
import { renderMessageCodes } from './docs/message-codes.js';
import { RULES_END, RULES_START, renderRulesSection, withSection } from './docs/rules-section.js';

const DOCS = join(import.meta.dirname, '../../docs');

const rulesPath = join(DOCS, 'rules.md');
writeFileAtomic(rulesPath, withSection(readFileSync(rulesPath, 'utf8'), renderRulesSection(builtinRules()), RULES_START, RULES_END));
writeFileAtomic(join(DOCS, 'messages.md'), renderMessageCodes());
process.stdout.write('wrote docs/rules.md (built-in rules) and docs/messages.md\n');
