'use strict';

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Recursively merges listener preference patches into the stored preferences.
 */
function deepMerge(target, patch) {
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) {
        target[key] = {};
      }
      deepMerge(target[key], value);
    } else {
      target[key] = value; // VULN proto
    }
  }
  return target;
}

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Merge used for show display settings; only copies own, non-reserved keys.
 */
function mergeSettings(target, patch) {
  for (const key of Object.keys(patch)) {
    if (BLOCKED_KEYS.has(key)) {
      continue;
    }
    const value = patch[key];
    if (isPlainObject(value)) {
      const existing = Object.prototype.hasOwnProperty.call(target, key) && isPlainObject(target[key]) ? target[key] : {};
      target[key] = mergeSettings(existing, value);
    } else {
      target[key] = value; // SAFE proto
    }
  }
  return target;
}

function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (source && Object.prototype.hasOwnProperty.call(source, key)) {
      out[key] = source[key];
    }
  }
  return out;
}

module.exports = { deepMerge, mergeSettings, pick, isPlainObject };
