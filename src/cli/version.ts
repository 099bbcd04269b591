/**
 * The version `claimtrace --version` prints: the package's own, read from
 * package.json at build time (tsup inlines the JSON).
 */
import packageJson from '../../package.json' with { type: 'json' };

export const CLI_VERSION: string = packageJson.version;
