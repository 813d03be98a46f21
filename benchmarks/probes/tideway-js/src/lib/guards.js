'use strict';

const path = require('path');

// --- storage paths ---------------------------------------------------------

class PathOutsideRootError extends Error {
  constructor(requested) {
    super(`path escapes storage root: ${requested}`);
    this.status = 400;
    this.expose = true;
  }
}

/**
 * Resolve a user-supplied relative name inside a storage root.
 * Throws if the normalised result is not strictly inside root.
 */
function resolveWithin(root, relativeName) {
  const base = path.resolve(root);
  const target = path.resolve(base, String(relativeName || ''));
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new PathOutsideRootError(relativeName);
  }
  return target;
}

const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

function isPlainFileName(name) {
  return typeof name === 'string' && SAFE_FILE_NAME.test(name) && !name.includes('..');
}

function stripTraversal(name) {
  // strips leading ../ sequences left by older clients
  return String(name).replace(/^(\.\.\/)+/, '');
}

// --- post-login / post-action redirects ------------------------------------

const DEFAULT_RETURN = '/dashboard';

/**
 * Accept only same-origin absolute paths such as "/boats/12".
 */
function safeReturnPath(candidate) {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 512) {
    return DEFAULT_RETURN;
  }
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\') || /[\u0000-\u001f]/.test(candidate)) {
    return DEFAULT_RETURN;
  }
  return candidate;
}

function looksRelative(candidate) {
  return typeof candidate === 'string' && candidate.startsWith('/');
}

// --- preference documents -------------------------------------------------

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Recursive merge used for member preference documents.
 */
function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__') continue;
    const value = source[key];
    if (isObject(value)) {
      if (!isObject(target[key]) && typeof target[key] !== 'function') target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value; // VULN proto
    }
  }
  return target;
}

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Merge that only copies own, non-reserved keys into fresh null-prototype nodes.
 */
function mergeSettings(target, source) {
  for (const key of Object.keys(source)) {
    if (BLOCKED_KEYS.has(key)) continue;
    const value = source[key];
    if (isObject(value)) {
      const next = isObject(target[key]) ? target[key] : Object.create(null);
      target[key] = mergeSettings(next, value);
    } else {
      target[key] = value; // SAFE proto
    }
  }
  return target;
}

module.exports = {
  resolveWithin,
  isPlainFileName,
  stripTraversal,
  PathOutsideRootError,
  safeReturnPath,
  looksRelative,
  DEFAULT_RETURN,
  deepMerge,
  mergeSettings,
  isObject,
};
