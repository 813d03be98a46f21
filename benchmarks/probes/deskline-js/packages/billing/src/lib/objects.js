'use strict';

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepAssign(target, source) {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlainObject(incoming) && isPlainObject(target[key])) {
      deepAssign(target[key], incoming);
    } else {
      target[key] = incoming; // VULN proto
    }
  }
  return target;
}

module.exports = { deepAssign, isPlainObject };
