/**
 * `npm run schema`: write the JSON Schema of every claim-folder file kind to
 * docs/schema/, generated from the zod schemas, as one set through the CLI's
 * atomic write (`writeOutputFiles`; the folder is created when missing).
 */
import { join } from 'node:path';
import { CLAIM_FOLDER_FILE_KINDS, claimFolderJsonSchema } from '../../src/claims/index.js';
import { writeOutputFiles } from '../../src/cli/write-output.js';

const out = process.argv[2] ?? 'docs/schema';
const files = CLAIM_FOLDER_FILE_KINDS.map((kind) => ({ path: join(out, `${kind}.schema.json`), content: `${JSON.stringify(claimFolderJsonSchema(kind), null, 2)}\n` }));
writeOutputFiles(files, { io: { cwd: process.cwd() } });
for (const { path } of files) console.log(`wrote ${path}`);
