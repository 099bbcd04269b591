/**
 * `npm run schema`: write the JSON Schema of every claim-folder file kind and
 * of the configuration file (claimtrace.config.json, shipped in the package)
 * to docs/schema/, generated from the zod schemas.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/files/atomic-write.js';
import { CLAIM_FOLDER_FILE_KINDS, claimFolderJsonSchema } from '../../src/claims/index.js';
import { configJsonSchema } from '../../src/config/index.js';

const out = process.argv[2] ?? 'docs/schema';
mkdirSync(out, { recursive: true });
for (const kind of CLAIM_FOLDER_FILE_KINDS) {
  const path = join(out, `${kind}.schema.json`);
  writeFileAtomic(path, `${JSON.stringify(claimFolderJsonSchema(kind), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
const configPath = join(out, 'claimtrace-config.schema.json');
writeFileAtomic(configPath, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${configPath}`);
