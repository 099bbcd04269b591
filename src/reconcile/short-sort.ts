/**
 * The reconciler's short sorts live in `model/short-sort.ts`, below both the
 * reconciler and the resolution strategies (`resolve/compile-problem.ts`),
 * which share them. This module keeps the reconciler's import path.
 */
export { SHORT, sortOrdinal, sortPrefix, sortShort } from '../model/short-sort.js';
