/**
 * The generated parts of docs/ stay current: the "Built-in rules" section of
 * docs/rules.md (from the rules' meta) and docs/messages.md (from the code
 * table). Run `npm run docs` after changing a rule or a code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODE_LIST } from '../../src/model/message-codes.js';
import { builtinRules } from '../../src/reconcile/index.js';
import { renderMessageCodes } from '../tools/docs/message-codes.js';
import { RULES_END, RULES_START, renderRulesSection } from '../tools/docs/rules-section.js';

const DOCS = join(import.meta.dirname, '../../docs');

describe('generated documentation (run `npm run docs` when a test here fails)', () => {
  it('docs/rules.md lists every built-in rule as the rules describe themselves', () => {
    const text = readFileSync(join(DOCS, 'rules.md'), 'utf8');
    const section = text.slice(text.indexOf(RULES_START), text.indexOf(RULES_END) + RULES_END.length);
    expect(section).toBe(renderRulesSection(builtinRules()));
    for (const rule of builtinRules()) {
      expect(rule.meta.url).toMatch(/^https:\/\//);
      expect(rule.meta.url.endsWith(`rules.md#${rule.id}`)).toBe(true);
      expect(section).toContain(`### ${rule.id}\n`);
    }
  });

  it('docs/messages.md documents every message code, at the anchor its messages link to', () => {
    const text = readFileSync(join(DOCS, 'messages.md'), 'utf8');
    expect(text).toBe(renderMessageCodes());
    for (const code of MESSAGE_CODE_LIST) expect(text).toContain(`### ${code}\n`);
  });
});
