/**
 * `npm run schema`: write every JSON Schema the package ships — the claim
 * folder's file kinds and the configuration file (`SHIPPED_SCHEMA_KINDS`) —
 * to docs/schema/, generated from the zod schemas, as one set through the
 * CLI's atomic write (`writeOutputFiles`; the folder is created when missing).
 */
import { join } from 'node:path';
import { SHIPPED_SCHEMA_KINDS, shippedJsonSchema } from '../../src/config/index.js';
import { writeOutputFiles } from '../../src/cli/write-output.js';

const out = process.argv[2] ?? 'docs/schema';
const files = SHIPPED_SCHEMA_KINDS.map((kind) => ({ path: join(out, `${kind}.schema.json`), content: `${JSON.stringify(shippedJsonSchema(kind), null, 2)}\n` }));
writeOutputFiles(files, { io: { cwd: process.cwd() } });
for (const { path } of files) console.log(`wrote ${path}`);
