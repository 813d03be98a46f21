type Plain = Record<string, any>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Recursively merges `patch` into `target` and returns `target`. */
export function deepMerge<T extends Plain>(target: T, patch: Plain): T {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject((target as Plain)[key])) {
        (target as Plain)[key] = {};
      }
      deepMerge((target as Plain)[key], incoming);
    } else {
      (target as Plain)[key] = incoming; // VULN proto
    }
  }
  return target;
}
