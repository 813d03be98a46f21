// Stand-in for `@forge/api` inside the emulator (contract: docs/internals/forge-node-runner.md). Each call
// becomes one POST to the invocation's bridge, where the emulator performs what Forge would
// (adds the FIT, x-b3-* and the system token per manifest, routes Bitbucket calls, …).

import { callBridge } from './bridge.mjs';
import { BridgeResponse } from './response.mjs';
import { Route, assumeTrustedRoute, isRoute, route } from './route.mjs';

export { Route, assumeTrustedRoute, route };

/**
 * Headers as a plain object of strings, in the order and spelling the app used.
 * @param {unknown} headers object, Headers or [name, value][]
 * @returns {Record<string, string>}
 */
function plainHeaders(headers) {
  if (headers === undefined || headers === null) return {};
  const entries =
    typeof headers.entries === 'function' && !Array.isArray(headers)
      ? [...headers.entries()]
      : Array.isArray(headers)
        ? headers
        : Object.entries(headers);
  return Object.fromEntries(entries.map(([k, v]) => [String(k), String(v)]));
}

/**
 * Only string bodies cross the bridge byte-for-byte; anything else is a usage error here.
 * @param {unknown} body
 * @returns {string | null}
 */
function stringBody(body) {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return body;
  throw new TypeError('emulator @forge/api stand-in supports string request bodies only');
}

/**
 * @param {string} remoteKey `remotes[].key` from the manifest
 * @param {{path: string, method?: string, headers?: object, body?: string}} init
 * @returns {Promise<BridgeResponse>}
 */
export async function invokeRemote(remoteKey, init) {
  if (typeof remoteKey !== 'string' || remoteKey === '') {
    throw new TypeError('invokeRemote: remoteKey must be a non-empty string');
  }
  if (!init || typeof init.path !== 'string') {
    throw new TypeError('invokeRemote: options.path is required');
  }
  const answer = await callBridge('invoke-remote', {
    remoteKey,
    path: init.path,
    method: (init.method ?? 'GET').toUpperCase(),
    headers: plainHeaders(init.headers),
    body: stringBody(init.body),
  });
  return new BridgeResponse(answer);
}

export const webTrigger = Object.freeze({
  /**
   * @param {string} moduleKey
   * @param {boolean | {forceCreate?: boolean}} [optionsOrForceCreate]
   * @returns {Promise<string>}
   */
  async getUrl(moduleKey, optionsOrForceCreate = false) {
    const forceCreate =
      typeof optionsOrForceCreate === 'object' && optionsOrForceCreate !== null
        ? Boolean(optionsOrForceCreate.forceCreate)
        : Boolean(optionsOrForceCreate);
    const answer = await callBridge('webtrigger/get-url', { moduleKey, forceCreate });
    if (typeof answer?.url !== 'string') throw new Error('webTrigger.getUrl: no url in answer');
    return answer.url;
  },

  /** @param {string} url */
  async deleteUrl(url) {
    await callBridge('webtrigger/delete-url', { url });
  },

  /**
   * Not in the node-runner contract yet; the Trace app does not use it.
   * @param {string} [moduleKey]
   * @returns {Promise<{moduleKey: string, url: string}[]>}
   */
  async queryUrls(moduleKey) {
    const answer = await callBridge('webtrigger/query-urls', { moduleKey: moduleKey ?? null });
    return Array.isArray(answer?.urls) ? answer.urls : [];
  },
});

/**
 * @param {Route} path built with `route`
 * @param {{method?: string, headers?: object, body?: string}} [init]
 * @returns {Promise<BridgeResponse>}
 */
export async function requestBitbucket(path, init = {}) {
  if (!isRoute(path)) {
    throw new Error("requestBitbucket: build the path with the 'route' template from @forge/api");
  }
  const answer = await callBridge('request-bitbucket', {
    path: path.value,
    method: (init.method ?? 'GET').toUpperCase(),
    headers: plainHeaders(init.headers),
    body: stringBody(init.body),
  });
  return new BridgeResponse(answer);
}

/** App (system-user) context: the only one the Trace app's functions have. */
export function asApp() {
  return Object.freeze({ requestBitbucket });
}

/** No user is ever in session for lifecycle or web-trigger functions. */
export function asUser() {
  throw new Error('asUser() is not available: no user in session for this invocation');
}

const api = Object.freeze({ asApp, asUser, invokeRemote, webTrigger, requestBitbucket });
export default api;
