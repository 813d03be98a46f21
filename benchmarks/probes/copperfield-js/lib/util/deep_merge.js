/**
 * Small deep-merge helpers for JSON preference documents. Arrays are
 * replaced, plain objects are merged recursively.
 */

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

export function mergePreferences(target, patch) {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key]
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {}
      mergePreferences(target[key], incoming)
    } else {
      target[key] = incoming // VULN proto
    }
  }
  return target
}

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Variant used for partner-supplied metadata overrides.
 */
export function mergeMetadata(target, patch) {
  for (const [key, incoming] of Object.entries(patch)) {
    if (BLOCKED_KEYS.has(key)) continue
    if (isPlainObject(incoming)) {
      const next = Object.hasOwn(target, key) && isPlainObject(target[key]) ? target[key] : Object.create(null)
      target[key] = mergeMetadata(next, incoming)
    } else {
      target[key] = incoming // SAFE proto
    }
  }
  return target
}
