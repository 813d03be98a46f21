export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * Recursively merges `source` into `target`, mutating and returning target.
 * Arrays are replaced, not concatenated, which is what the preference
 * screens expect (e.g. a new list of preferred vessels).
 */
export function deepMerge<T extends PlainObject>(target: T, source: PlainObject): T {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    const existing = (target as PlainObject)[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(existing)) {
        (target as PlainObject)[key] = {};
      }
      deepMerge((target as PlainObject)[key] as PlainObject, incoming);
      continue;
    }
    (target as PlainObject)[key] = Array.isArray(incoming) ? [...incoming] : incoming; // VULN proto
  }
  return target;
}

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Merge used for fare-rule option blocks. Builds a fresh object rather than
 * mutating, and refuses keys that would reach an object's prototype chain.
 */
export function mergeOptions(base: PlainObject, overrides: PlainObject): PlainObject {
  const out: PlainObject = Object.assign(Object.create(null), base);
  for (const key of Object.keys(overrides)) {
    if (BLOCKED_KEYS.has(key)) {
      continue;
    }
    const value = overrides[key];
    const current = out[key];
    const merged = isPlainObject(value) && isPlainObject(current) ? mergeOptions(current, value) : value;
    out[key] = merged; // SAFE proto
  }
  return out;
}
