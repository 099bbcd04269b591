/**
 * Exports in the standard formats of the field: W3C Web Annotation,
 * schema.org ClaimReview and W3C PROV-O, all JSON-LD, all pure functions of
 * a corpus (and the reconciler's findings where a format reports them).
 * (The JSON Schema of the claim file format comes from `src/claims/`.)
 */
export * from './linked-data-ids.js';
export * from './web-annotation.js';
export * from './review-verdict.js';
export * from './claim-review.js';
export * from './prov.js';
export { toCodePointOffset, toUtf16Offset } from './code-points.js';
