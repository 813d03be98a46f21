export type PlainObject = Record<string, unknown>;

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is PlainObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Applies a partial settings document onto the stored one. Arrays and
 * scalars replace the previous value, objects are merged recursively.
 */
export function mergeSettings<T extends PlainObject>(base: T, patch: PlainObject): T {
  const target = base as PlainObject;
  for (const [key, value] of Object.entries(patch)) {
    if (BLOCKED_KEYS.has(key)) continue;
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) {
      mergeSettings(current, value); // SAFE proto
    } else if (value === null) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
  return base;
}

export function cloneDeep<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
