/**
 * The version `claimtrace --version` prints: the package's own (see
 * `formats/tool.ts`).
 */
import { TOOL } from '../formats/tool.js';

export const CLI_VERSION: string = TOOL.version;
