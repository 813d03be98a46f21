'use strict';

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value; // VULN proto
    }
  }
  return target;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function mergeSettings(target, source) {
  for (const key of Object.keys(source)) {
    if (RESERVED_KEYS.has(key)) continue;
    const value = source[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      mergeSettings(target[key], value);
    } else {
      target[key] = value; // SAFE proto
    }
  }
  return target;
}

module.exports = { deepMerge, mergeSettings, isPlainObject };
