/**
 * Strict validation for every file an author writes: `strictSchema(schema)`
 * is the same schema with every object in it strict (an unknown key is an
 * issue, not silently dropped), however the schema was written — `z.object`,
 * `.extend`, inside unions, arrays, optionals, records or lazy schemas. Objects
 * that declare what extra keys may hold (`z.looseObject`, `.catchall(…)`)
 * keep their declaration. The loader validates every YAML file through it, so
 * a field added to any schema later is covered without anyone remembering;
 * `objectKeysAt` names the keys that were allowed where an unknown one was
 * found ("did you mean …").
 */
import { z } from 'zod';

type Def = { readonly type: string } & Record<string, unknown>;

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const cloneWith = (schema: z.ZodType, changes: Record<string, unknown>): z.ZodType =>
  (schema as unknown as { clone: (def: Def) => z.ZodType }).clone({ ...defOf(schema), ...changes });

const strict = new WeakMap<z.ZodType, z.ZodType>();

/** The wrappers whose one inner schema is in `innerType`. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success']);

/**
 * A copy made with a new definition is a new schema to zod's registry: give
 * it the metadata (`.describe()`, `.meta()`) of the schema it copies, so the
 * JSON Schema of the strict copy keeps every description (an `id` stays with
 * the original: ids are unique).
 */
const keepMetadata = (from: z.ZodType, to: z.ZodType): void => {
  const meta = z.globalRegistry.get(from);
  if (meta === undefined || z.globalRegistry.has(to)) return;
  const { id: _id, ...rest } = meta;
  if (Object.keys(rest).length > 0) z.globalRegistry.add(to, rest);
};

/**
 * `schema` with every object strict.
 *
 * @example
 * strictSchema(z.object({ id: z.string() })).safeParse({ id: 'a', ib: 1 }).success; // false: unknown key "ib"
 */
export const strictSchema = <T extends z.ZodType>(schema: T): T => {
  const known = strict.get(schema);
  if (known !== undefined) return known as T;
  const def = defOf(schema);
  let result: z.ZodType = schema;
  if (def.type === 'object') {
    const shape = Object.fromEntries(Object.entries(def['shape'] as Record<string, z.ZodType>).map(([key, value]) => [key, strictSchema(value)]));
    result = cloneWith(schema, { shape, catchall: def['catchall'] ?? z.never() });
  } else if (WRAPPERS.has(def.type)) {
    result = cloneWith(schema, { innerType: strictSchema(def['innerType'] as z.ZodType) });
  } else if (def.type === 'array') {
    result = cloneWith(schema, { element: strictSchema(def['element'] as z.ZodType) });
  } else if (def.type === 'union') {
    result = cloneWith(schema, { options: (def['options'] as z.ZodType[]).map((o) => strictSchema(o)) });
  } else if (def.type === 'intersection') {
    // Each side sees only its own keys: keep the sides as written (their union of keys is checked by neither).
    result = schema;
  } else if (def.type === 'pipe') {
    result = cloneWith(schema, { in: strictSchema(def['in'] as z.ZodType) });
  } else if (def.type === 'record') {
    result = cloneWith(schema, { valueType: strictSchema(def['valueType'] as z.ZodType) });
  } else if (def.type === 'tuple') {
    const rest = def['rest'] as z.ZodType | null | undefined;
    result = cloneWith(schema, { items: (def['items'] as z.ZodType[]).map((i) => strictSchema(i)), rest: rest ? strictSchema(rest) : rest });
  } else if (def.type === 'lazy') {
    const getter = def['getter'] as () => z.ZodType;
    result = z.lazy(() => strictSchema(getter()));
  }
  if (result !== schema) keepMetadata(schema, result);
  strict.set(schema, result);
  strict.set(result, result);
  return result as T;
};

/** The object schemas a value at `path` inside `schema` may be checked against (several below a union). */
const objectsAt = (schema: z.ZodType, path: readonly (string | number)[], depth = 0): z.ZodType[] => {
  if (depth > 64) return [];
  const def = defOf(schema);
  const again = (inner: unknown, rest = path): z.ZodType[] => (inner === undefined ? [] : objectsAt(inner as z.ZodType, rest, depth + 1));
  if (WRAPPERS.has(def.type)) return again(def['innerType']);
  if (def.type === 'pipe') return again(def['in']);
  if (def.type === 'lazy') return again((def['getter'] as () => z.ZodType)());
  if (def.type === 'union') return (def['options'] as z.ZodType[]).flatMap((o) => again(o));
  if (def.type === 'intersection') return [...again(def['left']), ...again(def['right'])];
  if (path.length === 0) return def.type === 'object' ? [schema] : [];
  const [head, ...rest] = path;
  if (def.type === 'object') return again((def['shape'] as Record<string, z.ZodType>)[String(head)], rest);
  if (def.type === 'array') return again(def['element'], rest);
  if (def.type === 'record') return again(def['valueType'], rest);
  if (def.type === 'tuple') return again((def['items'] as z.ZodType[])[Number(head)] ?? def['rest'] ?? undefined, rest);
  return [];
};

/**
 * The keys an object at `path` inside `schema` may have (the union of them,
 * when a union allows several forms there), sorted.
 *
 * @example
 * objectKeysAt(z.object({ a: z.array(z.object({ b: z.string() })) }), ['a', 0]); // ['b']
 */
export const objectKeysAt = (schema: z.ZodType, path: readonly (string | number)[]): string[] =>
  [...new Set(objectsAt(schema, path).flatMap((o) => Object.keys(defOf(o)['shape'] as object)))].sort();
