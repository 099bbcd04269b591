/**
 * `npm run schema`: write the JSON Schema of every claim-folder file kind to
 * docs/schema/, generated from the zod schemas.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/files/atomic-write.js';
import { CLAIM_FOLDER_FILE_KINDS, claimFolderJsonSchema } from '../../src/claims/index.js';

const out = process.argv[2] ?? 'docs/schema';
mkdirSync(out, { recursive: true });
for (const kind of CLAIM_FOLDER_FILE_KINDS) {
  const path = join(out, `${kind}.schema.json`);
  writeFileAtomic(path, `${JSON.stringify(claimFolderJsonSchema(kind), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
