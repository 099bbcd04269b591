import { syntheticScaleCorpus } from './test/tools/bench/synthetic-claim-lines.js';
import { readClaimsNdjson } from './src/scale/read-claims-ndjson.js';
import { claimRowContext } from './src/scale/claim-rows.js';
import { createEntityResolver } from './src/normalize/entity-resolver.js';
import { openDuckDb } from './src/scale/duckdb-driver.js';
import { CREATE_CLAIMS } from './src/scale/claims-table.js';
const corpus = syntheticScaleCorpus();
const claims = [];
for await (const r of readClaimsNdjson('/tmp/s19.ndjson', { ...corpus, resolver: createEntityResolver({ entities: [] }) })) claims.push(r.claim);
const ctx = claimRowContext(corpus);
let t = performance.now();
const rows = claims.map(ctx.toRow);
console.log('toRow', performance.now() - t);
const db = await openDuckDb({});
await db.connection.run(CREATE_CLAIMS);
t = performance.now();
const ap = await db.connection.createAppender('claims');
let i = 0;
for (const row of rows) {
  ap.appendBigInt(BigInt(i++)); ap.appendVarchar(row.claimId); ap.appendVarchar(row.groupKey); ap.appendVarchar(row.predicate); ap.appendVarchar(row.cardinality); ap.appendVarchar(row.valueType); ap.appendVarchar(row.sourceId); ap.appendVarchar(row.witness); ap.appendVarchar(row.valueKey); ap.appendVarchar(row.classKey); ap.appendBoolean(row.affirmative);
  if (row.low === undefined) ap.appendNull(); else ap.appendDouble(row.low);
  if (row.high === undefined) ap.appendNull(); else ap.appendDouble(row.high);
  ap.appendVarchar(row.json); ap.endRow();
}
ap.flushSync(); ap.closeSync();
console.log('append', performance.now() - t);
