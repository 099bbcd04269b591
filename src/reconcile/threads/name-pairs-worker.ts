/**
 * The worker thread of name-variant's candidate pairs (built to
 * `dist/name-pairs-worker.js`): finds the pairs of the name table it is
 * sent (see `candidatePairs`) and answers with them as integers; the
 * calling thread decides them with the resolver and makes the findings.
 */
import { answerBlockingCall } from './blocking-worker-side.js';
import { candidatePairs, type NamePairsInput } from '../rules/name-pairs.js';

answerBlockingCall<NamePairsInput, Int32Array>((input) => {
  const pairs = candidatePairs(input);
  return { value: pairs, transfer: [pairs.buffer as ArrayBuffer] };
});
