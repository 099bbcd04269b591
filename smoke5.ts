import { syntheticScaleCorpus } from './test/tools/bench/synthetic-claim-lines.js';
import { openClaimStore } from './src/scale/index.js';
const corpus = syntheticScaleCorpus();
const store = await openClaimStore(corpus, { threads: 2 });
const t = performance.now();
await store.loadNdjson('/tmp/s19.ndjson');
console.log('load', performance.now() - t);
store.close();
