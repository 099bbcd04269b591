/**
 * The configuration file: found from the claims folder up to the project's
 * root, or named; every problem is an error at its line and column, an
 * unknown key or rule id names the closest one; rule options are checked by
 * the rule's own schema; plugins bring rules; ignore globs leave files out.
 * The JSON Schema of the file is shipped, current, and agrees with the loader.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { createCheckReport } from '../../src/check/check-report.js';
import { configJsonSchema, findConfigFile, loadConfig, SHIPPED_SCHEMA_KINDS, shippedJsonSchema } from '../../src/config/index.js';
import { SCHEMA_BASE_URL } from '../../src/model/docs-url.js';
import { formatMessage } from '../../src/model/message.js';
import { builtinRules } from '../../src/reconcile/index.js';

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-config-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
/** A project: package.json at its root, a claims folder, and the files given (paths relative to the root). */
const project = (files: Record<string, string>): { root: string; claims: string } => {
  const root = join(temp, `p${++count}`);
  mkdirSync(join(root, 'claims'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, claims: join(root, 'claims') };
};

/** A rule object as a plugin may export it (the shape defineRule makes), with no import. */
const PLUGIN_RULE = (id: string): string => `{
  id: ${JSON.stringify(id)},
  meta: {
    description: 'never reports', docs: 'never reports', contested: false, url: 'https://newsroom.example/rules', examples: [],
    kinds: { quiet: { severity: 'warning', description: 'nothing' } },
    options: { safeParse: (value) => ({ success: true, data: value }) },
  },
  check: () => [],
}`;

describe('loadConfig: finding the file', () => {
  it('uses the defaults when there is none: every built-in rule, no settings, nothing ignored', async () => {
    const { claims } = project({});
    const config = await loadConfig(claims);
    expect(config.ok && config.value.file).toBeUndefined();
    expect(config.ok && config.value.rules.map((r) => r.id)).toEqual(builtinRules().map((r) => r.id));
    expect(config.ok && config.value.rulesConfig).toEqual({});
  });

  it.each([
    ['in the claims folder', 'claims/claimtrace.config.json'],
    ['in the repository root above it', 'claimtrace.config.json'],
    ['as .mjs', 'claimtrace.config.mjs'],
  ])('finds it %s', async (_name, path) => {
    const { root, claims } = project({ [path]: path.endsWith('.mjs') ? 'export default { failOn: "error" };\n' : '{ "failOn": "error" }\n' });
    const config = await loadConfig(claims);
    expect(config.ok && config.value.file).toBe(join(root, path));
    expect(config.ok && config.value.failOn).toBe('error');
  });

  it('does not look above the project root (the first folder with package.json or .git)', async () => {
    const outer = join(temp, 'outer');
    mkdirSync(join(outer, 'repo', 'claims'), { recursive: true });
    writeFileSync(join(outer, 'claimtrace.config.json'), '{ "failOn": "info" }\n');
    writeFileSync(join(outer, 'repo', 'package.json'), '{}\n');
    expect(findConfigFile(join(outer, 'repo', 'claims'))).toEqual({ ok: true, value: undefined, messages: [] });
  });

  it('takes the file --config names, relative to the working directory', async () => {
    const { root, claims } = project({ 'ci/strict.json': '{ "failOn": "info" }\n', 'claimtrace.config.json': '{ "failOn": "error" }\n' });
    const config = await loadConfig(claims, { file: 'ci/strict.json', cwd: root });
    expect(config.ok && config.value.failOn).toBe('info');
  });
});

interface BadCase {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly options?: { readonly file: string };
  /** The formatted first message, from the project's root. */
  readonly says: RegExp;
}

const BAD: readonly BadCase[] = [
  { name: 'an unknown key', files: { 'claimtrace.config.json': '{\n  "rules": {},\n  "failOnn": "error"\n}\n' }, says: /^claimtrace\.config\.json:3:3: error \[config-unknown-key\] unknown key "failOnn"\n  hint: did you mean "failOn"\?$/ },
  { name: 'an unknown rule id', files: { 'claimtrace.config.json': '{\n  "rules": {\n    "value-conflit": "off"\n  }\n}\n' }, says: /^claimtrace\.config\.json:3:5: error \[unknown-rule\] no rule has the id "value-conflit"\n  hint: did you mean "value-conflict"\?$/ },
  { name: 'a level that is not one', files: { 'claimtrace.config.json': '{ "rules": { "uncorroborated": "warn" } }\n' }, says: /^claimtrace\.config\.json:1:32: error \[config-invalid\] rules\.uncorroborated: /m },
  {
    name: 'an unknown rule option',
    files: { 'claimtrace.config.json': '{\n  "rules": {\n    "date-tension": ["warning", { "lateAfterDay": 3 }]\n  }\n}\n' },
    says: /^claimtrace\.config\.json:3:35: error \[config-unknown-key\] unknown key "lateAfterDay" in rules\.date-tension\[1\]\n  hint: did you mean "lateAfterDays"\?$/,
  },
  {
    name: 'a rule option its schema refuses',
    files: { 'claimtrace.config.json': '{\n  "rules": {\n    "date-tension": ["warning", { "lateAfterDays": -1 }]\n  }\n}\n' },
    says: /^claimtrace\.config\.json:3:52: error \[invalid-rule-options\] rule "date-tension": rules\.date-tension\[1\]\.lateAfterDays: /,
  },
  { name: 'a bad failOn', files: { 'claimtrace.config.json': '{ "failOn": "fatal" }\n' }, says: /^claimtrace\.config\.json:1:13: error \[config-invalid\] failOn: / },
  { name: 'a negative maxWarnings', files: { 'claimtrace.config.json': '{ "maxWarnings": -3 }\n' }, says: /^claimtrace\.config\.json:1:18: error \[config-invalid\] maxWarnings: / },
  // JSON errors are JSON's (YAML would take the trailing comma and the bare word), at the first one.
  { name: 'JSON with a trailing comma', files: { 'claimtrace.config.json': '{\n  "rules": { "uncorroborated": "off", }\n  "failOn" "error"\n}\n' }, says: /^claimtrace\.config\.json:2:39: error \[config-syntax\] JSON: a comma before "}": JSON allows no trailing comma\n  hint: fix the JSON/ },
  { name: 'JSON missing a colon', files: { 'claimtrace.config.json': '{\n  "failOn" "error"\n}\n' }, says: /^claimtrace\.config\.json:2:12: error \[config-syntax\] JSON: expected ":" after the property name, found "\\""/ },
  { name: 'JSON with a bare word', files: { 'claimtrace.config.json': '{ "failOn": error }\n' }, says: /^claimtrace\.config\.json:1:13: error \[config-syntax\] JSON: expected a value .*, found "e"/ },
  { name: 'JSON with a name not in quotes, CRLF', files: { 'claimtrace.config.json': '{\r\n  "rules": {},\r\n  failOn: "error"\r\n}\r\n' }, says: /^claimtrace\.config\.json:3:3: error \[config-syntax\] JSON: expected a property name in double quotes, found "f"/ },
  { name: 'JSON that ends too soon, after a BOM', files: { 'claimtrace.config.json': '\uFEFF{\n  "rules": {\n' }, says: /^claimtrace\.config\.json:3:1: error \[config-syntax\] JSON: the file ends before the "}" that closes the object/ },
  { name: 'JSON with a string not closed', files: { 'claimtrace.config.json': '{ "failOn": "error }\n' }, says: /^claimtrace\.config\.json:1:21: error \[config-syntax\] JSON: a line break or control character inside a string/ },
  { name: 'a repeated key', files: { 'claimtrace.config.json': '{\n  "failOn": "error",\n  "failOn": "info"\n}\n' }, says: /^claimtrace\.config\.json:3:3: error \[yaml-duplicate-key\]/ },
  { name: 'both file forms in one folder', files: { 'claimtrace.config.json': '{}\n', 'claimtrace.config.mjs': 'export default {};\n' }, says: /error \[config-ambiguous\] .* has both claimtrace\.config\.json and claimtrace\.config\.mjs/ },
  { name: 'a --config file that is not there', files: {}, options: { file: 'nowhere.json' }, says: /error \[config-missing\] the configuration file nowhere\.json does not exist/ },
  { name: 'a --config that is a folder', files: { 'settings/readme.txt': 'x\n' }, options: { file: 'settings' }, says: /error \[config-unreadable\] the configuration file is a folder, not a regular file; it was not read\n  hint: name a claimtrace\.config\.json or \.mjs file/ },
  // An endless device is never read: it is refused at once.
  { name: 'a --config that is a device', files: {}, options: { file: '/dev/zero' }, says: /error \[config-unreadable\] the configuration file is a device, not a regular file; it was not read/ },
  { name: 'a plugin that cannot be imported', files: { 'claimtrace.config.json': '{\n  "plugins": ["./rules/missing.mjs"]\n}\n' }, says: /^claimtrace\.config\.json:2:15: error \[config-plugin\] plugin "\.\/rules\/missing\.mjs" cannot be imported/ },
  {
    name: 'a plugin without rules',
    files: { 'claimtrace.config.json': '{ "plugins": ["./rules/empty.mjs"] }\n', 'rules/empty.mjs': 'export const version = 1;\n' },
    says: /error \[config-plugin\] plugin "\.\/rules\/empty\.mjs" exports no rules/,
  },
  {
    name: 'a plugin rule with a built-in rule’s id',
    files: { 'claimtrace.config.json': '{ "plugins": ["./rules/clash.mjs"] }\n', 'rules/clash.mjs': `export const rules = [${PLUGIN_RULE('value-conflict')}];\n` },
    says: /error \[config-plugin\] plugin "\.\/rules\/clash\.mjs": rule "value-conflict" has the id of a built-in rule/,
  },
  {
    name: 'a plugin export that is not a rule',
    files: { 'claimtrace.config.json': '{ "plugins": ["./rules/odd.mjs"] }\n', 'rules/odd.mjs': 'export const rules = [{ id: "x" }];\n' },
    says: /error \[config-plugin\] plugin "\.\/rules\/odd\.mjs": rule 1 is not a rule/,
  },
  { name: 'an .mjs that throws', files: { 'claimtrace.config.mjs': 'throw new Error("boom");\n' }, says: /error \[config-unreadable\] .*claimtrace\.config\.mjs cannot be imported: boom/ },
  { name: 'an .mjs without a default export', files: { 'claimtrace.config.mjs': 'export const rules = {};\n' }, says: /error \[config-invalid\] .* has no default export/ },
  { name: 'an unknown key in an .mjs (placed where it is written)', files: { 'claimtrace.config.mjs': 'export default {\n  rules: {},\n  ignores: ["x"],\n};\n' }, says: /^claimtrace\.config\.mjs:3:3: error \[config-unknown-key\] unknown key "ignores"\n  hint: did you mean "ignore"\?$/ },
  { name: 'an unknown key on the first line of an .mjs, without a final newline', files: { 'claimtrace.config.mjs': 'export default { rules: {}, ignores: ["x"] };' }, says: /^claimtrace\.config\.mjs:1:29: error \[config-unknown-key\] unknown key "ignores"/ },
  { name: 'an unknown key on the last of three CRLF lines of an .mjs', files: { 'claimtrace.config.mjs': 'export default {\r\n  rules: {},\r\n    ignores: ["x"] };' }, says: /^claimtrace\.config\.mjs:3:5: error \[config-unknown-key\] unknown key "ignores"/ },
];

describe('loadConfig: every problem at its line and column', () => {
  it.each(BAD)('$name', async ({ files, options, says }) => {
    const { root, claims } = project(files);
    const config = await loadConfig(claims, { cwd: root, ...(options ?? {}) });
    expect(config.ok).toBe(false);
    const text = config.messages.map((m) => formatMessage(m, { cwd: root, root: claims })).join('\n');
    expect(text).toMatch(says);
    expect(config.messages.every((m) => m.severity === 'error')).toBe(true);
  });

  it('names every problem of the file in one run, in file order', async () => {
    const { root, claims } = project({ 'claimtrace.config.json': '{\n  "rules": { "value-conflit": "off" },\n  "failOnn": "error",\n  "ignore": "drafts"\n}\n' });
    const config = await loadConfig(claims, { cwd: root });
    expect(config.messages.map((m) => [m.code, m.place !== undefined && 'file' in m.place ? m.place.start.line : 0])).toEqual([
      ['unknown-rule', 2],
      ['config-unknown-key', 3],
      ['config-invalid', 4],
    ]);
  });
});

describe('loadConfig: what a valid file gives', () => {
  it('rule settings by id: off, a severity, a level with options', async () => {
    const { claims } = project({
      'claimtrace.config.json': JSON.stringify({ rules: { uncorroborated: 'off', 'value-conflict': 'error', 'date-tension': ['warning', { lateAfterDays: 3 }] }, failOn: 'error', maxWarnings: 5 }),
    });
    const config = await loadConfig(claims);
    expect(config.ok && config.value).toMatchObject({
      rulesConfig: { uncorroborated: 'off', 'value-conflict': 'error', 'date-tension': ['warning', { lateAfterDays: 3 }] },
      failOn: 'error',
      maxWarnings: 5,
    });
  });

  it('plugins: a module’s rules and an .mjs configuration’s inline plugin join the built-in rules, and can be set by id', async () => {
    const { claims } = project({
      'rules/house.mjs': `export const rules = [${PLUGIN_RULE('house:quiet')}];\n`,
      'claimtrace.config.mjs': `export default {\n  plugins: ['./rules/house.mjs', { rules: [${PLUGIN_RULE('house:inline')}] }],\n  rules: { 'house:quiet': 'error' },\n};\n`,
    });
    const config = await loadConfig(claims);
    expect(config.ok, config.messages.map((m) => formatMessage(m)).join('\n')).toBe(true);
    expect(config.ok && config.value.rules.map((r) => r.id).slice(-2)).toEqual(['house:quiet', 'house:inline']);
    expect(config.ok && config.value.rulesConfig).toEqual({ 'house:quiet': 'error' });
  });

  it('ignore: globs relative to the configuration file’s folder', async () => {
    const { root, claims } = project({ 'claimtrace.config.json': '{ "ignore": ["claims/claims/drafts/**", "**/*.wip.yaml"] }\n' });
    const config = await loadConfig(claims);
    if (!config.ok) throw new Error('expected a valid configuration');
    expect(config.value.isIgnored(claims, 'claims/drafts/next-week.yaml')).toBe(true);
    expect(config.value.isIgnored(claims, 'claims/today.wip.yaml')).toBe(true);
    expect(config.value.isIgnored(claims, 'claims/today.yaml')).toBe(false);
    expect(config.value.isIgnored(join(root, 'claims'), 'sources/drafts/x.yaml')).toBe(false);
  });
});

describe('the JSON Schema of claimtrace.config.json', () => {
  const schema = configJsonSchema();
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  // docs/schema/config-file.schema.json is kept current with the claim folder's schemas (test/claims/json-schema.test.ts)
  // and shipped with them as claimtrace/schema/config-file.schema.json (test/package/tarball.test.ts).
  it('is one of the shipped schemas, with its $id where the repository serves it', () => {
    expect(SHIPPED_SCHEMA_KINDS).toContain('config-file');
    expect(shippedJsonSchema('config-file')).toEqual(schema);
    expect(schema['$id']).toBe(`${SCHEMA_BASE_URL}config-file.schema.json`);
  });

  it.each([
    [{ rules: { uncorroborated: 'off', 'value-conflict': 'error', 'date-tension': ['warning', { lateAfterDays: 3 }] }, failOn: 'warning', maxWarnings: 0, ignore: ['x/**'], plugins: ['./p.mjs'] }, true],
    [{ $schema: './node_modules/claimtrace/dist/schema/config-file.schema.json' }, true],
    [{ failOnn: 'error' }, false],
    [{ rules: { uncorroborated: 'warn' } }, false],
    [{ rules: { 'date-tension': ['warning', { lateAfterDay: 3 }] } }, false],
    [{ maxWarnings: -1 }, false],
    [{ rules: { 'house:rule': 'error' } }, true],
  ])('judges %j as the loader does: valid = %s', async (config, valid) => {
    expect(validate(config)).toBe(valid);
    const { claims } = project({ 'claimtrace.config.json': JSON.stringify(config), 'p.mjs': `export const rules = [${PLUGIN_RULE('house:p')}];\n` });
    const loaded = await loadConfig(claims);
    // The schema cannot know plugin rule ids, so the loader is stricter there: an unknown id is refused.
    expect(loaded.ok).toBe(valid && !JSON.stringify(config).includes('house:rule'));
  });
});

describe('checkClaimsFolder(dir, { configFile }) and createCheckReport: the check as the CLI runs it, from the library', () => {
  const withConflict = (config: string): string => {
    const { root, claims } = project({ 'claimtrace.config.json': config });
    rmSync(claims, { recursive: true, force: true });
    cpSync(join(import.meta.dirname, '../fixtures/cli/conflict'), claims, { recursive: true });
    return root;
  };

  it('applies the configuration found from the folder: a rule off, a severity, the threshold', async () => {
    const root = withConflict('{ "rules": { "date-tension": "off", "uncorroborated": "on", "value-conflict": "error" }, "failOn": "error", "recheckOn": "new-evidence" }\n');
    const check = await checkClaimsFolder(join(root, 'claims'), { configFile: true });
    const report = createCheckReport(check);
    expect([report.failOn, report.recheckOn]).toEqual(['error', 'new-evidence']);
    expect(report.items.flatMap((i) => (i.kind === 'finding' ? [[i.finding.ruleId, i.finding.severity, i.fails]] : []))).toEqual([
      ['value-conflict', 'error', true],
      ['uncorroborated', 'info', false],
      ['uncorroborated', 'info', false],
    ]);
    expect(report.verdict).toBe('fail');
    const plain = createCheckReport(await checkClaimsFolder(join(root, 'claims')), {});
    expect(plain.items.flatMap((i) => (i.kind === 'finding' ? [[i.finding.ruleId, i.finding.severity]] : []))).toEqual([['value-conflict', 'warning']]);
    expect(plain.recheckOn).toBe('changed-values');
  });

  it('reports a broken configuration as config messages: the verdict is error (exit 2)', async () => {
    const root = withConflict('{ "rulez": {} }\n');
    const report = createCheckReport(await checkClaimsFolder(join(root, 'claims'), { configFile: true }));
    expect(report.verdict).toBe('error');
    expect(report.items.filter((i) => i.kind === 'message').map((i) => (i.kind === 'message' ? [i.message.source, i.message.code] : []))).toEqual([['config', 'config-unknown-key']]);
  });
});
