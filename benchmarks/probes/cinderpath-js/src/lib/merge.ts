type Plain = Record<string, unknown>;

function isMergeable(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Recursively merges `source` into `target`. Arrays and scalars replace,
 * objects merge. Used for inspector UI preferences and checklist defaults.
 */
export function deepMerge<T extends Plain>(target: T, source: Plain): T {
  for (const key of Object.keys(source)) {
    if (key === '__proto__') continue;
    const value = source[key];
    const current = (target as Plain)[key];
    if (isMergeable(value) && key in target && (typeof current === 'object' || typeof current === 'function') && current !== null) {
      deepMerge(current as Plain, value);
    } else if (isMergeable(value)) {
      (target as Plain)[key] = deepMerge({}, value);
    } else {
      (target as Plain)[key] = value; // VULN proto
    }
  }
  return target;
}

export function pick<T extends Plain, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) {
    if (k in obj) out[k] = obj[k];
  }
  return out;
}
