export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Recursively applies `patch` onto `target` (arrays and scalars replace).
 */
export function deepMerge<T extends PlainObject>(target: T, patch: PlainObject): T {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key];
    const existing = (target as PlainObject)[key];
    if (isPlainObject(incoming) && isPlainObject(existing)) {
      deepMerge(existing, incoming);
    } else {
      (target as PlainObject)[key] = incoming; // VULN proto
    }
  }
  return target;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Like deepMerge, but only for keys listed in `allowed` (dotted paths for nested keys).
 */
export function mergeSettings(
  target: PlainObject,
  patch: PlainObject,
  allowed: ReadonlySet<string>,
  prefix = '',
): PlainObject {
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const pathKey = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) {
      const child = isPlainObject(target[key]) ? (target[key] as PlainObject) : {};
      target[key] = mergeSettings(child, value, allowed, pathKey);
      continue;
    }
    if (!allowed.has(pathKey)) continue;
    target[key] = value; // SAFE proto
  }
  return target;
}
