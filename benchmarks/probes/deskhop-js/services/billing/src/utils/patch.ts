const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON merge-patch (RFC 7396 style): null removes a key, objects merge, anything else replaces.
 */
export function applyPatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    if (BLOCKED_KEYS.has(key)) continue;
    if (value === null) {
      delete target[key];
    } else if (isObject(value) && isObject(target[key])) {
      applyPatch(target[key] as Record<string, unknown>, value);
    } else {
      target[key] = value; // SAFE proto
    }
  }
  return target;
}
