// Forge function handlers (manifest.yml `function` entries `index.onLifecycle`, `index.onPush`,
// `index.tokenPull`).
// Handlers only wire the Forge runtime into the pure logic in ./lib; they hold no state, so no
// tenant's data can survive into another invocation.

import { invokeRemote, webTrigger } from '@forge/api';
import { InvocationError, InvocationErrorCode } from '@forge/events';

import { forwardLifecycleEvent } from './lib/lifecycle.js';
import { forwardPushEvent } from './lib/push.js';
import { pullToken } from './lib/token-pull.js';

/**
 * Lifecycle trigger `trace-lifecycle` (avi:forge:installed:app, avi:forge:upgraded:app).
 * @param {object} event
 * @param {object} _context
 */
export async function onLifecycle(event, _context) {
  return forwardLifecycleEvent(event, {
    invokeRemote,
    webTrigger,
    InvocationError,
    InvocationErrorCode,
    logger: console,
  });
}

/**
 * Product trigger `trace-push` (avi:bitbucket:push:repository).
 * @param {object} event
 * @param {object} _context
 */
export async function onPush(event, _context) {
  return forwardPushEvent(event, {
    invokeRemote,
    InvocationError,
    InvocationErrorCode,
    logger: console,
  });
}

/**
 * Web trigger `trace-token-pull` (static outputs delivered / refused / failed).
 * @param {object} request
 * @param {object} _context
 * @returns {Promise<{outputKey: string}>}
 */
export async function tokenPull(request, _context) {
  return pullToken(request, { invokeRemote, logger: console });
}
