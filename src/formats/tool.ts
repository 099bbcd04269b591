/**
 * claimtrace as a tool names itself in outputs (SARIF's `tool.driver`, the
 * CLI's `--version`): its name, the package's version (tsup inlines
 * package.json at build time) and where it is documented.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { DOCS_BASE_URL } from '../model/docs-url.js';

export const TOOL = Object.freeze({
  name: 'claimtrace',
  version: packageJson.version,
  /** The documentation of `claimtrace check` and its formats. */
  informationUri: `${DOCS_BASE_URL}cli.md`,
});
