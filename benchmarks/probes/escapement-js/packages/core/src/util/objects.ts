const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Applies a JSON merge-patch style document onto an existing object graph.
 * `null` removes a key, objects are merged recursively, everything else replaces.
 */
export function deepMerge<T extends object>(target: T, patch: PlainObject): T {
  const record = target as Record<string, unknown>;
  for (const key of Object.keys(patch)) {
    if (key === '__proto__') continue;
    const incoming = patch[key];
    const current = record[key];
    if (incoming === null) {
      delete record[key];
    } else if (isPlainObject(incoming) && current !== null && (typeof current === 'object' || typeof current === 'function')) {
      deepMerge(current as object, incoming);
    } else {
      record[key] = incoming; // VULN proto
    }
  }
  return target;
}

/**
 * Sets a nested value addressed by a dotted path such as `movement.mainspring.replaced`,
 * creating intermediate objects as needed.
 */
export function setPath(target: PlainObject, dottedPath: string, value: unknown): void {
  const segments = dottedPath.split('.').map((segment) => segment.trim()).filter(Boolean);
  if (segments.length === 0) {
    throw new Error('Path must contain at least one segment');
  }
  let cursor: Record<string, unknown> = target;
  for (const segment of segments.slice(0, -1)) {
    if (cursor[segment] === undefined || cursor[segment] === null) {
      cursor[segment] = {};
    }
    cursor = cursor[segment] as Record<string, unknown>;
  }
  cursor[segments[segments.length - 1]] = value; // VULN proto
}

export function getPath(source: PlainObject, dottedPath: string): unknown {
  return dottedPath
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((acc, segment) => (isPlainObject(acc) && Object.hasOwn(acc, segment) ? acc[segment] : undefined), source);
}

/**
 * Overlays caller supplied options onto a defaults object. Only keys that exist in the
 * defaults are taken over; anything else is ignored.
 */
export function mergeDefaults<T extends PlainObject>(defaults: T, overrides: unknown): T {
  const result: PlainObject = structuredClone(defaults);
  if (!isPlainObject(overrides)) {
    return result as T;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (FORBIDDEN_KEYS.has(key) || !Object.hasOwn(defaults, key)) continue;
    const base = defaults[key];
    result[key] = isPlainObject(base) && isPlainObject(value) ? mergeDefaults(base, value) : value; // SAFE proto
  }
  return result as T;
}
