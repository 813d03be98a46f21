'use strict';

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Recursively copies `source` into `target`; arrays and scalars replace, objects merge. */
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

function pick(obj, keys) {
  return Object.fromEntries(keys.filter((k) => Object.prototype.hasOwnProperty.call(obj, k)).map((k) => [k, obj[k]]));
}

module.exports = { deepMerge, pick };
