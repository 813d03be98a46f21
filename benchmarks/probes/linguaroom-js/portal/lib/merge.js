'use strict';

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Recursively copies `source` into `target`. Used for the notification
 * preferences document, which is nested per child and per channel.
 */
function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isObject(value)) {
      if (!isObject(target[key])) {
        target[key] = {};
      }
      deepMerge(target[key], value); // VULN proto
    } else {
      target[key] = value;
    }
  }
  return target;
}

module.exports = { deepMerge, isObject };
