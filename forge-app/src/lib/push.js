// Forward a Bitbucket push event (`avi:bitbucket:push:repository`, delivered with the
// `read:repository:bitbucket` scope the app already has) to Trace, which scans pushes to a
// repository's main branch. Pure: every Forge capability comes in through `api`.

import { PUSH_PATH } from './constants.js';
import { retryOrGiveUp, sendToTrace } from './lifecycle.js';
import { loggerOf } from './log.js';

const PUSH_EVENT_TYPE = 'avi:bitbucket:push:repository';

/**
 * The exact request body Trace receives: `{"event": …}` without the commit list (Trace needs the
 * repository, the ref and the new head, not commit messages), compact JSON.
 * @param {Record<string, any>} event
 * @returns {string}
 */
export function pushBody(event) {
  const { retryContext: _retry, ...rest } = event;
  const push = rest.push && typeof rest.push === 'object' ? { ...rest.push } : rest.push;
  if (push && typeof push === 'object') delete push.commits;
  return JSON.stringify({ event: push === undefined ? rest : { ...rest, push } });
}

/**
 * Handle `avi:bitbucket:push:repository`. Returns `undefined` when Trace took the event (or
 * refused it for good), or an `InvocationError` asking Forge to redeliver while retries remain.
 * @param {unknown} event
 * @param {import('./lifecycle.js').ForgeFunctionApi} api
 * @returns {Promise<object | undefined>}
 */
export async function forwardPushEvent(event, api) {
  const log = loggerOf(api);
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    log.error('push: event is not an object; dropped');
    return undefined;
  }
  const typed = /** @type {Record<string, any>} */ (event);
  if (typed.eventType !== undefined && typed.eventType !== PUSH_EVENT_TYPE) {
    log.error('push: not a push event; dropped');
    return undefined;
  }
  return sendToTrace(
    { path: PUSH_PATH, body: pushBody(typed), label: 'push' },
    retryOrGiveUp(event, 'push', api),
    api,
  );
}
