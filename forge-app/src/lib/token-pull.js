// The token-pull web trigger: Trace POSTs {"nonce": …}; the app makes Forge deliver the app
// system token to Trace's own remote (attached by Forge as `x-forge-oauth-system`) with that
// nonce, so Trace can match the delivery to the scan that asked for it.
//
// The trigger URL is public. Everything from the request is untrusted, and the function's
// answer is only ever one of three static output keys, so nothing Trace or Forge returns —
// least of all a token — can reach the caller of the web trigger.

import {
  MAX_TOKEN_PULL_BODY_BYTES,
  NONCE_PATTERN,
  OUTPUT_DELIVERED,
  OUTPUT_FAILED,
  OUTPUT_REFUSED,
  REMOTE_KEY,
  TOKEN_DELIVERY_PATH,
} from './constants.js';
import { errorName, loggerOf } from './log.js';

/** The only three values a token-pull invocation can return. Frozen so no caller can add to them. */
export const RESULTS = Object.freeze({
  delivered: Object.freeze({ outputKey: OUTPUT_DELIVERED }),
  refused: Object.freeze({ outputKey: OUTPUT_REFUSED }),
  failed: Object.freeze({ outputKey: OUTPUT_FAILED }),
});

/**
 * @typedef {{ok: true, nonce: string} | {ok: false, reason: string}} ParsedPull
 */

/**
 * First value of a web-trigger header ({name: [values]}), case-insensitively.
 * @param {unknown} headers
 * @param {string} name lower-case header name
 * @returns {string | undefined}
 */
export function headerValue(headers, name) {
  if (headers === null || typeof headers !== 'object') return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : undefined;
  }
  return undefined;
}

/**
 * Validate a web-trigger request strictly. Accepts only
 * `POST` with body `{"nonce": "<32–128 of [A-Za-z0-9_-]>"}` (no other keys), at most
 * MAX_TOKEN_PULL_BODY_BYTES bytes, and a JSON content type if one is declared.
 * @param {unknown} request the Forge web trigger request object
 * @returns {ParsedPull}
 */
export function parseTokenPullRequest(request) {
  if (request === null || typeof request !== 'object') return { ok: false, reason: 'no_request' };
  const req = /** @type {Record<string, unknown>} */ (request);
  if (typeof req.method !== 'string' || req.method.toUpperCase() !== 'POST') {
    return { ok: false, reason: 'method' };
  }
  const contentType = headerValue(req.headers, 'content-type');
  if (contentType !== undefined) {
    const mediaType = contentType.split(';', 1)[0].trim().toLowerCase();
    if (mediaType !== 'application/json') return { ok: false, reason: 'content_type' };
  }
  const body = req.body;
  if (typeof body !== 'string' || body.length === 0) return { ok: false, reason: 'empty_body' };
  // Cheap check first (UTF-16 length ≤ UTF-8 bytes), then the exact byte count.
  if (body.length > MAX_TOKEN_PULL_BODY_BYTES) return { ok: false, reason: 'body_too_large' };
  if (new TextEncoder().encode(body).length > MAX_TOKEN_PULL_BODY_BYTES) {
    return { ok: false, reason: 'body_too_large' };
  }
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, reason: 'not_object' };
  }
  const keys = Object.keys(parsed);
  if (keys.length !== 1 || keys[0] !== 'nonce') return { ok: false, reason: 'unexpected_keys' };
  const nonce = parsed.nonce;
  if (typeof nonce !== 'string' || !NONCE_PATTERN.test(nonce)) {
    return { ok: false, reason: 'bad_nonce' };
  }
  return { ok: true, nonce };
}

/**
 * The exact request body Trace receives.
 * @param {string} nonce
 * @returns {string}
 */
export function tokenDeliveryBody(nonce) {
  return JSON.stringify({ nonce });
}

/**
 * Map Trace's answer to a static output: 2xx delivered; a definite "no" from Trace (unknown,
 * used or expired nonce — any 4xx but 401/408/429) refused; everything else failed.
 * @param {number} status
 * @returns {typeof RESULTS[keyof typeof RESULTS]}
 */
export function resultForStatus(status) {
  if (status >= 200 && status < 300) return RESULTS.delivered;
  if (status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429) {
    return RESULTS.refused;
  }
  return RESULTS.failed;
}

/**
 * Handle one web-trigger invocation.
 * @param {unknown} request Forge web trigger request ({method, headers, body, …})
 * @param {{invokeRemote: Function, logger?: object}} api
 * @returns {Promise<{outputKey: string}>}
 */
export async function pullToken(request, api) {
  const log = loggerOf(api);
  const parsed = parseTokenPullRequest(request);
  if (!parsed.ok) {
    log.warn(`token-pull: refused (${parsed.reason})`);
    return RESULTS.refused;
  }
  let response;
  try {
    response = await api.invokeRemote(REMOTE_KEY, {
      path: TOKEN_DELIVERY_PATH,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: tokenDeliveryBody(parsed.nonce),
    });
  } catch (err) {
    log.error(`token-pull: Trace unreachable (${errorName(err)})`);
    return RESULTS.failed;
  }
  // The response body is deliberately never read: whatever Trace says stays here.
  const status = typeof response?.status === 'number' ? response.status : 0;
  const result = resultForStatus(status);
  log.info(`token-pull: ${result.outputKey} (HTTP ${status})`);
  return result;
}
