/**
 * The worker thread of source dependence (built to
 * `dist/source-dependence-worker.js`): finds the shared passages of the
 * texts it is sent and answers with them as integers (see
 * `sharedPassageRuns`); the calling thread adds the declared relations,
 * links and groups.
 */
import { answerBlockingCall } from './blocking-worker-side.js';
import { sharedPassageRuns } from '../dependence/shared-passages.js';
import { type PassageInput, rangesOf } from './passage-input.js';

answerBlockingCall<PassageInput, Int32Array>(({ texts, ranges, options }) => {
  const runs = sharedPassageRuns(texts, rangesOf(texts.length, ranges), options);
  return { value: runs, transfer: [runs.buffer as ArrayBuffer] };
});
