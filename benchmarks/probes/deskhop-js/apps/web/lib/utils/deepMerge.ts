export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Recursively merges `source` into `target` (mutating it). Arrays and
 * primitives in `source` replace what is in `target`.
 */
export function deepMerge<T extends PlainObject>(target: T, source: PlainObject): T {
  const out = target as PlainObject;
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(out[key])) {
        out[key] = {};
      }
      deepMerge(out[key] as PlainObject, incoming);
    } else {
      out[key] = incoming; // VULN proto
    }
  }
  return target;
}
