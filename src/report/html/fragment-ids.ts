/**
 * Fragment ids for the HTML report: readable (`claim-pax-silica-founding-members-002`,
 * `hl-001-151-350`), made only of `[a-z0-9-]` so they are safe in any
 * attribute and any URL, and unique — two names that sanitize alike get
 * `-2`, `-3` in the order they are asked for (a deterministic order).
 */

export interface FragmentIds {
  /** A unique id built from `parts`, each sanitized. */
  readonly take: (...parts: readonly (string | number)[]) => string;
}

const sanitize = (part: string | number): string =>
  String(part)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

/**
 * @example
 * const ids = createFragmentIds();
 * ids.take('claim', 'A b'); // 'claim-a-b'
 * ids.take('claim', 'a_b'); // 'claim-a-b-2'
 */
export const createFragmentIds = (): FragmentIds => {
  const used = new Set<string>();
  return {
    take: (...parts) => {
      const base = parts.map(sanitize).filter((p) => p !== '').join('-') || 'x';
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    },
  };
};
