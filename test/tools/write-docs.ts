/**
 * `npm run docs`: write the generated parts of docs/ — the "Built-in rules"
 * section of docs/rules.md, docs/messages.md, docs/exports.md (from the
 * export of the bundled corpus) and docs/ci.md (the CI walkthrough, run for
 * real in a scratch repository with the packed package: it builds the
 * package first; `--no-ci` skips it) — as one set through the CLI's atomic
 * write (`writeOutputFiles`): all the files are this run's, or none is.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkClaimsFolder } from '../../src/check/check-claims-folder.js';
import { writeOutputFiles } from '../../src/cli/write-output.js';
import { settled } from '../../src/model/result.js';
import { builtinRules } from '../../src/reconcile/index.js';
import { installTarball, packPackage } from '../package/packed.js';
import { renderCiDoc, runWalkthrough } from './ci-walkthrough.js';
import { renderExportsDoc } from './docs/exports-doc.js';
import { renderMessageCodes } from './docs/message-codes.js';
import { RULES_END, RULES_START, renderRulesSection, withSection } from './docs/rules-section.js';

const DOCS = join(import.meta.dirname, '../../docs');

/** docs/ci.md: the walkthrough run in a scratch repository made from the packed package. */
const ciDoc = async (): Promise<string> => {
  const packed = await packPackage();
  try {
    const project = join(packed.scratch, 'newsroom-claims');
    mkdirSync(project);
    return renderCiDoc(runWalkthrough(project, () => installTarball(packed.tarball, project)));
  } finally {
    rmSync(packed.scratch, { recursive: true, force: true });
  }
};

const rulesPath = join(DOCS, 'rules.md');
const files = [
  { path: rulesPath, content: withSection(readFileSync(rulesPath, 'utf8'), renderRulesSection(builtinRules()), RULES_START, RULES_END) },
  { path: join(DOCS, 'messages.md'), content: renderMessageCodes() },
  { path: join(DOCS, 'exports.md'), content: renderExportsDoc(settled(await checkClaimsFolder(join(DOCS, '../claims')))) },
  ...(process.argv.includes('--no-ci') ? [] : [{ path: join(DOCS, 'ci.md'), content: await ciDoc() }]),
];
writeOutputFiles(files, { io: { cwd: process.cwd() } });
process.stdout.write(`wrote ${files.map((f) => `docs/${f.path.slice(DOCS.length + 1)}`).join(', ')}\n`);
