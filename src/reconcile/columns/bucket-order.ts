/**
 * Items bucketed by a dense integer id with a counting sort: two passes over
 * a typed array, no per-bucket array grown by `push`, no comparison. The
 * items of each bucket keep their input order, so a stable order of the
 * input (claims by id) stays stable inside every bucket.
 */

/** Where each bucket's items lie in `order`: bucket `b` holds `order[starts[b]] … order[starts[b + 1] - 1]`. */
export interface BucketOrder {
  /** Item indices, bucket by bucket, each bucket in input order. */
  readonly order: Int32Array;
  /** `buckets + 1` offsets into `order`. */
  readonly starts: Int32Array;
}

/**
 * Bucket items by id. `bucketOf[i]` is item i's bucket, in `0 … buckets - 1`.
 *
 * @example
 * const { order, starts } = bucketOrder(Int32Array.of(1, 0, 1), 2);
 * // order: [1, 0, 2]; starts: [0, 1, 3] (bucket 0: item 1; bucket 1: items 0 and 2)
 */
export const bucketOrder = (bucketOf: Int32Array, buckets: number): BucketOrder => {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < bucketOf.length; i += 1) {
    const b = (bucketOf[i] as number) + 1;
    starts[b] = (starts[b] as number) + 1;
  }
  for (let b = 0; b < buckets; b += 1) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const next = starts.slice(0, buckets);
  const order = new Int32Array(bucketOf.length);
  for (let i = 0; i < bucketOf.length; i += 1) {
    const b = bucketOf[i] as number;
    const at = next[b] as number;
    order[at] = i;
    next[b] = at + 1;
  }
  return { order, starts };
};
