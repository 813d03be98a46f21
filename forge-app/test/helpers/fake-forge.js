// An in-memory Forge platform for the pure logic in src/lib: records every remote call exactly
// as the app made it and answers with real fetch `Response` objects (what @forge/api returns).
// InvocationError / InvocationErrorCode are the real ones from @forge/events.

import { InvocationError, InvocationErrorCode } from '@forge/events';

export const TOKEN_PULL_URL =
  'https://6d0b2f9e-1c3a-4e5b-9a7c-2b4d6f8a0c1e.webtrigger.atlassian.app/public/XUBR5WnG2Hk2V52APDdGaRSDm';

/**
 * A response whose body reads are counted, so tests can prove the app never reads it.
 * @param {number} status
 * @param {string | null} body
 * @param {Record<string, string>} [headers]
 */
export function trackedResponse(status, body, headers = {}) {
  const nullBody = [101, 204, 205, 304].includes(status);
  const response = new Response(nullBody ? null : body, { status, headers });
  const reads = { count: 0 };
  for (const method of ['text', 'json', 'arrayBuffer', 'blob', 'formData']) {
    const original = response[method].bind(response);
    response[method] = (...args) => {
      reads.count += 1;
      return original(...args);
    };
  }
  return { response, reads };
}

/**
 * @param {object} [options]
 * @param {(call: object) => Response | Promise<Response>} [options.remote] answers invokeRemote
 * @param {() => string | Promise<string>} [options.getUrl] answers webTrigger.getUrl
 */
export function fakeForge(options = {}) {
  const calls = [];
  const webTriggerCalls = [];
  const logs = [];
  const remote = options.remote ?? (() => new Response(null, { status: 204 }));
  const getUrl = options.getUrl ?? (() => TOKEN_PULL_URL);
  const api = {
    async invokeRemote(remoteKey, init) {
      // Snapshot what the app passed; later mutation by the app must not alter the record.
      const call = structuredClone({ remoteKey, ...init });
      calls.push(call);
      return remote(call);
    },
    webTrigger: {
      async getUrl(moduleKey, forceCreate) {
        webTriggerCalls.push({ moduleKey, forceCreate });
        return getUrl();
      },
    },
    InvocationError,
    InvocationErrorCode,
    logger: {
      info: (...args) => logs.push(['info', args.join(' ')]),
      warn: (...args) => logs.push(['warn', args.join(' ')]),
      error: (...args) => logs.push(['error', args.join(' ')]),
    },
  };
  return { api, calls, webTriggerCalls, logs };
}

/** A valid nonce the way Trace makes them (secrets.token_urlsafe(32) → 43 chars). */
export const NONCE = 'q6Zb0-Yt3kP_9xWv2LmN8rHs4JdFc7GaE1uQiTo5yBw';

/**
 * A web-trigger request as Forge hands it to the function (spec §4.9).
 * @param {object} [overrides]
 */
export function webTriggerRequest(overrides = {}) {
  return {
    method: 'POST',
    headers: { 'content-type': ['application/json'], 'user-agent': ['trace-scanner/1.0'] },
    body: JSON.stringify({ nonce: NONCE }),
    path: '/public/XUBR5WnG2Hk2V52APDdGaRSDm',
    userPath: '',
    queryParameters: {},
    ...overrides,
  };
}

/** A lifecycle event as Forge delivers it to a trigger function (spec §4.4). */
export function installedEvent(overrides = {}) {
  return {
    id: '6d0b2f9e-1c3a-4e5b-9a7c-2b4d6f8a0c1e',
    installerAccountId: '712020:8f0e4c1d-2b3a-4c5d-9e6f-7a8b9c0d1e2f',
    app: {
      id: '3f6e2c1a-9b7d-4e0f-8a52-0c1d2e3f4a5b',
      version: '1.4.0',
      name: 'Trace',
      ownerAccountId: '5ffed3379edf280075d75b20',
    },
    environment: { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
    ...overrides,
  };
}
