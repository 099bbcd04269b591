/**
 * `npm run docs`: write the generated parts of docs/ — the "Built-in rules"
 * section of docs/rules.md, docs/messages.md, and docs/ci.md (the CI
 * walkthrough, run for real in a scratch repository with the packed
 * package: it builds the package first; `--no-ci` skips it) — with the
 * library's atomic write.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/files/atomic-write.js';
import { builtinRules } from '../../src/reconcile/index.js';
import { installTarball, packPackage } from '../package/packed.js';
import { renderCiDoc, runWalkthrough } from './ci-walkthrough.js';
import { renderMessageCodes } from './docs/message-codes.js';
import { RULES_END, RULES_START, renderRulesSection, withSection } from './docs/rules-section.js';

const DOCS = join(import.meta.dirname, '../../docs');

const rulesPath = join(DOCS, 'rules.md');
writeFileAtomic(rulesPath, withSection(readFileSync(rulesPath, 'utf8'), renderRulesSection(builtinRules()), RULES_START, RULES_END));
writeFileAtomic(join(DOCS, 'messages.md'), renderMessageCodes());
process.stdout.write('wrote docs/rules.md (built-in rules) and docs/messages.md\n');
if (!process.argv.includes('--no-ci')) {
  const packed = await packPackage();
  try {
    const project = join(packed.scratch, 'newsroom-claims');
    mkdirSync(project);
    writeFileAtomic(join(DOCS, 'ci.md'), renderCiDoc(runWalkthrough(project, () => installTarball(packed.tarball, project))));
  } finally {
    rmSync(packed.scratch, { recursive: true, force: true });
  }
  process.stdout.write('wrote docs/ci.md (the CI walkthrough, run in a scratch repository)\n');
}
