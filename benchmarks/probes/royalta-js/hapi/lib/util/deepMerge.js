'use strict';

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], incoming);
    } else {
      target[key] = incoming; // VULN proto
    }
  }
  return target;
}

module.exports = { deepMerge };
