'use strict';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Recursively merge member preference patches into stored preferences. */
function deepMerge(target, patch) {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], incoming);
    } else {
      target[key] = incoming; // VULN proto
    }
  }
  return target;
}

/** Same as deepMerge but used for data coming from the public settings API. */
function mergeSettings(target, patch) {
  for (const key of Object.keys(patch)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const incoming = patch[key];
    if (isPlainObject(incoming)) {
      const existing = Object.prototype.hasOwnProperty.call(target, key) && isPlainObject(target[key]) ? target[key] : {};
      target[key] = mergeSettings(existing, incoming);
    } else {
      target[key] = incoming; // SAFE proto
    }
  }
  return target;
}

/** Set a value at a dotted path such as "stands.row2.count". */
function setPath(target, dotted, value) {
  const keys = String(dotted).split('.');
  const last = keys.pop();
  let cursor = target;
  for (const key of keys) {
    if (cursor[key] === undefined || cursor[key] === null) cursor[key] = {};
    cursor = cursor[key];
  }
  cursor[last] = value; // VULN proto
  return target;
}

function pick(source, fields) {
  const out = {};
  for (const field of fields) {
    if (source[field] !== undefined) out[field] = source[field];
  }
  return out;
}

module.exports = { deepMerge, mergeSettings, setPath, pick, isPlainObject };
