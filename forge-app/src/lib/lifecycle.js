// Forward a Forge lifecycle event (installed / major upgrade) to Trace, together with this
// installation's token-pull web trigger URL, and ask Forge to redeliver when Trace could not
// take it. Pure: every Forge capability comes in through `api`.

import {
  LIFECYCLE_PATH,
  MAX_LIFECYCLE_RETRIES,
  REMOTE_KEY,
  TOKEN_PULL_TRIGGER_KEY,
} from './constants.js';
import { errorName, loggerOf } from './log.js';

/**
 * @typedef {object} ForgeFunctionApi
 * @property {(remoteKey: string, init: {path: string, method: string,
 *   headers?: Record<string, string>, body?: string}) => Promise<{ok: boolean, status: number}>}
 *   invokeRemote  `@forge/api` invokeRemote
 * @property {{getUrl: (moduleKey: string, forceCreate?: boolean) => Promise<string>}} webTrigger
 *   `@forge/api` webTrigger
 * @property {new (options: {retryAfter: number, retryReason: string}) => object} InvocationError
 *   `@forge/events` InvocationError
 * @property {{FUNCTION_RETRY_REQUEST: string}} InvocationErrorCode `@forge/events` codes
 * @property {{info?: Function, warn?: Function, error?: Function}} [logger] defaults to console
 */

/**
 * Statuses worth another delivery: the FIT was refused (e.g. Trace was rotating JWKS or its
 * clock is off), Trace was overloaded, or it failed. Other 4xx are Trace saying "no" for good.
 * @param {number} status
 * @returns {boolean}
 */
export function isRetryableStatus(status) {
  return status === 401 || status === 408 || status === 429 || status >= 500;
}

/**
 * How many times Forge has already redelivered this event (0 on the first delivery).
 * @param {unknown} event
 * @returns {number}
 */
export function retryCountOf(event) {
  const count = /** @type {any} */ (event)?.retryContext?.retryCount;
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/**
 * Back-off before the next delivery, in seconds: 5, 25, 125, 625.
 * @param {number} retryCount deliveries already retried
 * @returns {number}
 */
export function retryDelaySeconds(retryCount) {
  return 5 ** (retryCount + 1);
}

/**
 * The exact request body Trace receives (key order event, tokenPullUrl; compact JSON).
 * @param {object} event the lifecycle event as Forge passed it
 * @param {string} tokenPullUrl
 * @returns {string}
 */
export function lifecycleBody(event, tokenPullUrl) {
  return JSON.stringify({ event, tokenPullUrl });
}

/**
 * Handle `avi:forge:installed:app` / `avi:forge:upgraded:app`.
 *
 * Returns `undefined` when Trace accepted the event (or refused it for good), or an
 * `InvocationError` asking Forge to redeliver while retries remain.
 * @param {unknown} event
 * @param {ForgeFunctionApi} api
 * @returns {Promise<object | undefined>}
 */
export async function forwardLifecycleEvent(event, api) {
  const log = loggerOf(api);
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    // Nothing Trace could use; a redelivery would carry the same thing.
    log.error('lifecycle: event is not an object; dropped');
    return undefined;
  }
  const retry = retryOrGiveUp(event, 'lifecycle', api);

  let tokenPullUrl;
  try {
    tokenPullUrl = await api.webTrigger.getUrl(TOKEN_PULL_TRIGGER_KEY);
  } catch (err) {
    return retry(`web trigger URL unavailable (${errorName(err)})`);
  }
  if (typeof tokenPullUrl !== 'string' || tokenPullUrl === '') {
    return retry('web trigger URL empty');
  }

  return sendToTrace(
    { path: LIFECYCLE_PATH, body: lifecycleBody(event, tokenPullUrl), label: 'lifecycle' },
    retry,
    api,
  );
}

/**
 * A function that answers "ask Forge to redeliver this event" while retries remain (with
 * back-off), and `undefined` (give up, logged) once they are exhausted.
 * @param {unknown} event the event as Forge passed it (its retryContext counts deliveries)
 * @param {string} label log prefix
 * @param {ForgeFunctionApi} api
 * @returns {(why: string) => object | undefined}
 */
export function retryOrGiveUp(event, label, api) {
  const log = loggerOf(api);
  const retryCount = retryCountOf(event);
  return (why) => {
    if (retryCount >= MAX_LIFECYCLE_RETRIES) {
      log.error(`${label}: ${why}; retries exhausted (${retryCount})`);
      return undefined;
    }
    const retryAfter = retryDelaySeconds(retryCount);
    log.warn(`${label}: ${why}; asking Forge to redeliver in ${retryAfter}s`);
    return new api.InvocationError({
      retryAfter,
      retryReason: api.InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    });
  };
}

/**
 * POST `body` to Trace's remote at `path`; 2xx is done, a retryable answer asks Forge to
 * redeliver (through `retry`), any other answer is Trace saying "no" for good.
 * @param {{path: string, body: string, label: string}} request
 * @param {(why: string) => object | undefined} retry
 * @param {ForgeFunctionApi} api
 * @returns {Promise<object | undefined>}
 */
export async function sendToTrace({ path, body, label }, retry, api) {
  const log = loggerOf(api);
  let response;
  try {
    response = await api.invokeRemote(REMOTE_KEY, {
      path,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  } catch (err) {
    return retry(`Trace unreachable (${errorName(err)})`);
  }
  if (!Number.isInteger(response?.status)) {
    return retry('Trace answer unreadable');
  }
  if (response.status >= 200 && response.status < 300) {
    log.info(`${label}: delivered (HTTP ${response.status})`);
    return undefined;
  }
  if (isRetryableStatus(response.status)) {
    return retry(`Trace answered HTTP ${response.status}`);
  }
  log.error(`${label}: Trace refused the event (HTTP ${response.status}); not retried`);
  return undefined;
}
