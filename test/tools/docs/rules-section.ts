/**
 * The "Built-in rules" section of docs/rules.md, generated from the rules
 * themselves (`meta`: description, docs, kinds, options, contested flag,
 * examples), so it cannot drift from the code. `npm run docs` writes it;
 * test/docs/generated-docs.test.ts fails when the committed file is stale.
 */
import { z } from 'zod';
import type { AnyRule, ExpectedFinding } from '../../../src/reconcile/rule.js';

export const RULES_START = '<!-- generated:rules:start — written by `npm run docs` from the rules’ meta; do not edit by hand -->';
export const RULES_END = '<!-- generated:rules:end -->';

const code = (s: string): string => `\`${s}\``;

const kindsCell = (rule: AnyRule): string =>
  Object.entries(rule.meta.kinds)
    .map(([kind, k]) => `${code(kind)} (${k.severity})`)
    .join(', ');

interface OptionDoc {
  readonly name: string;
  readonly type: string;
  readonly defaultValue: string;
  readonly description: string;
}

const optionsOf = (rule: AnyRule): readonly OptionDoc[] => {
  const json = z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Record<string, unknown>> };
  return Object.entries(json.properties ?? {}).map(([name, p]) => ({
    name,
    type: String(p['type'] ?? 'any'),
    defaultValue: p['default'] === undefined ? '—' : code(JSON.stringify(p['default'])),
    description: String(p['description'] ?? ''),
  }));
};

const expected = (findings: readonly ExpectedFinding[]): string =>
  findings.length === 0
    ? 'reports nothing'
    : `reports ${findings.map((f) => (typeof f === 'string' ? code(f) : `${code(f.kind)} (${f.severity})`)).join(', ')}`;

const ruleSection = (rule: AnyRule): string[] => {
  const lines = [`### ${rule.id}`, '', rule.meta.description, '', rule.meta.docs, ''];
  lines.push('| kind | default severity | what it says |', '|---|---|---|');
  for (const [kind, k] of Object.entries(rule.meta.kinds)) lines.push(`| ${code(kind)} | ${k.severity} | ${k.description} |`);
  lines.push('');
  const options = optionsOf(rule);
  if (options.length > 0) {
    lines.push('| option | type | default | what it does |', '|---|---|---|---|');
    for (const o of options) lines.push(`| ${code(o.name)} | ${o.type} | ${o.defaultValue} | ${o.description} |`);
    lines.push('');
    lines.push(`Set them by rule id: ${code(`{ '${rule.id}': ['on', { ${options.map((o) => `${o.name}: …`).join(', ')} }] }`)}.`, '');
  } else {
    lines.push('No options.', '');
  }
  if (rule.meta.contested) lines.push('Contested: its findings ask which value is true, so the report gives the value truth discovery prefers.', '');
  if (rule.meta.optIn) lines.push(`Opt-in: it runs only when the configuration turns it on (${code(`{ '${rule.id}': 'on' }`)}).`, '');
  lines.push(`Examples (\`ruleTester\` runs each one; they live in ${code(`src/reconcile/rules/examples/${rule.id}.ts`)}):`, '');
  for (const example of rule.meta.examples) {
    const options = example.options !== undefined ? ` (options ${code(JSON.stringify(example.options))})` : '';
    lines.push(`- ${example.title}${options} — ${expected(example.findings)}`);
  }
  lines.push('');
  return lines;
};

/**
 * The generated section, markers included.
 *
 * @example
 * renderRulesSection(builtinRules())
 */
export const renderRulesSection = (rules: readonly AnyRule[]): string => {
  const lines = [RULES_START, '## Built-in rules', ''];
  lines.push('| rule | kinds (default severity) | options | contested |', '|---|---|---|---|');
  for (const rule of rules) {
    const options = optionsOf(rule).map((o) => code(o.name)).join(', ') || '—';
    lines.push(`| [${code(rule.id)}](#${rule.id}) | ${kindsCell(rule)} | ${options} | ${rule.meta.contested ? 'yes' : 'no'} |`);
  }
  lines.push('');
  lines.push(
    'Configure rules by id in one place (`createReconciler({ config })`, or `checkClaimsFolder(dir, { config })`):',
    '`off`, `on` (the rule’s own severities), a severity every finding of the rule takes, or a pair',
    'of one of these and the rule’s options — `{ \'date-tension\': [\'warning\', { lateAfterDays: 3 }], uncorroborated: \'off\' }`.',
    'A setting for an unknown rule id, or options the rule’s schema refuses, is an error message and that rule does not run.',
    '',
  );
  for (const rule of rules) lines.push(...ruleSection(rule));
  lines.push(RULES_END);
  return lines.join('\n');
};

/** `document` with its generated section replaced by `section`. */
export const withSection = (document: string, section: string, start: string, end: string): string => {
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the document has no section between "${start}" and "${end}"`);
  return `${document.slice(0, from)}${section}${document.slice(to + end.length)}`;
};
