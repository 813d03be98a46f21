import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  forwardLifecycleEvent,
  isRetryableStatus,
  retryCountOf,
  retryDelaySeconds,
} from '../src/lib/lifecycle.js';
import { TOKEN_PULL_URL, fakeForge, installedEvent } from './helpers/fake-forge.js';

describe('lifecycle: the request Trace receives', () => {
  it('reads the token-pull URL, then POSTs {event, tokenPullUrl} to /forge/v1/lifecycle', async () => {
    const { api, calls, webTriggerCalls } = fakeForge();
    const event = installedEvent();

    const result = await forwardLifecycleEvent(event, api);

    assert.equal(result, undefined);
    assert.deepEqual(webTriggerCalls, [{ moduleKey: 'trace-token-pull', forceCreate: undefined }]);
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0], {
      remoteKey: 'trace',
      path: '/forge/v1/lifecycle',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event, tokenPullUrl: TOKEN_PULL_URL }),
    });
    // Key order and compact form are part of the contract with the emulator's Python mode.
    assert.ok(calls[0].body.startsWith('{"event":{"id":"6d0b2f9e-'));
    assert.ok(calls[0].body.endsWith(`"tokenPullUrl":"${TOKEN_PULL_URL}"}`));
  });

  it('forwards an upgrade event unchanged, permissions included', async () => {
    const { api, calls } = fakeForge();
    const event = {
      id: '6d0b2f9e-1c3a-4e5b-9a7c-2b4d6f8a0c1e',
      upgraderAccountId: '712020:abc',
      app: { id: '3f6e2c1a-9b7d-4e0f-8a52-0c1d2e3f4a5b', version: '2.0.0' },
      permissions: { scopes: ['read:app-system-token', 'read:repository:bitbucket'], external: {} },
    };
    await forwardLifecycleEvent(event, api);
    assert.deepEqual(JSON.parse(calls[0].body), { event, tokenPullUrl: TOKEN_PULL_URL });
  });

  it('drops a non-object event without calling anything', async () => {
    for (const bad of [null, 'installed', 42, ['a']]) {
      const { api, calls, webTriggerCalls } = fakeForge();
      assert.equal(await forwardLifecycleEvent(bad, api), undefined);
      assert.equal(calls.length, 0);
      assert.equal(webTriggerCalls.length, 0);
    }
  });
});

describe('lifecycle: retries through InvocationError + retryContext', () => {
  it('asks for a redelivery after 5 s on the first failed delivery (HTTP 503)', async () => {
    const { api } = fakeForge({ remote: () => new Response('{"error":"busy"}', { status: 503 }) });
    const result = await forwardLifecycleEvent(installedEvent(), api);
    assert.deepEqual(result, {
      _retry: true,
      retryOptions: { retryAfter: 5, retryReason: 'FUNCTION_RETRY_REQUEST' },
    });
  });

  it('backs off 25/125/625 s as retryContext.retryCount grows, and stops after 4', async () => {
    const expected = new Map([
      [1, 25],
      [2, 125],
      [3, 625],
    ]);
    for (const [retryCount, delay] of expected) {
      const { api, calls } = fakeForge({ remote: () => new Response('{}', { status: 500 }) });
      const event = installedEvent({
        retryContext: { retryCount, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: null },
      });
      const result = await forwardLifecycleEvent(event, api);
      assert.equal(result.retryOptions.retryAfter, delay, `retryCount ${retryCount}`);
      // The redelivered event goes to Trace as received, retryContext included.
      assert.deepEqual(JSON.parse(calls[0].body).event.retryContext.retryCount, retryCount);
    }
    const { api, logs } = fakeForge({ remote: () => new Response('{}', { status: 500 }) });
    const last = installedEvent({
      retryContext: { retryCount: 4, retryReason: 'X', retryData: null },
    });
    assert.equal(await forwardLifecycleEvent(last, api), undefined);
    assert.ok(
      logs.some(([level, line]) => level === 'error' && line.includes('retries exhausted')),
    );
  });

  it('retries when Trace rejects the invocation token (401), is rate limited or times out', async () => {
    for (const status of [401, 408, 429, 500, 502, 504]) {
      const { api } = fakeForge({ remote: () => new Response('{}', { status }) });
      const result = await forwardLifecycleEvent(installedEvent(), api);
      assert.equal(result?._retry, true, `HTTP ${status}`);
    }
  });

  it('does not retry a definite refusal from Trace (400, 403, 404, 409, 422)', async () => {
    for (const status of [400, 403, 404, 409, 422]) {
      const { api, logs } = fakeForge({ remote: () => new Response('{}', { status }) });
      assert.equal(await forwardLifecycleEvent(installedEvent(), api), undefined, `HTTP ${status}`);
      assert.ok(logs.some(([level]) => level === 'error'));
    }
  });

  it('retries when the remote cannot be reached, without logging the error text', async () => {
    const secretish = 'https://trace.example.com/?token=ATCTT3xFfGN0abcdef';
    const { api, logs } = fakeForge({
      remote: () => {
        throw new TypeError(`fetch failed ${secretish}`);
      },
    });
    const result = await forwardLifecycleEvent(installedEvent(), api);
    assert.equal(result._retry, true);
    assert.ok(logs.every(([, line]) => !line.includes('ATCTT3')));
    assert.ok(logs.some(([, line]) => line.includes('TypeError')));
  });

  it('retries when the remote answer has no status', async () => {
    for (const answer of [undefined, null, {}, { ok: true }, { status: '204' }]) {
      const { api } = fakeForge({ remote: () => answer });
      const result = await forwardLifecycleEvent(installedEvent(), api);
      assert.equal(result?._retry, true, JSON.stringify(answer));
    }
  });

  it('retries without calling Trace when the web trigger URL is unavailable', async () => {
    for (const getUrl of [
      () => {
        throw new Error('platform');
      },
      () => '',
      () => undefined,
    ]) {
      const { api, calls } = fakeForge({ getUrl });
      const result = await forwardLifecycleEvent(installedEvent(), api);
      assert.equal(result._retry, true);
      assert.equal(calls.length, 0);
    }
  });
});

describe('lifecycle: helpers', () => {
  it('reads retryCount defensively', () => {
    assert.equal(retryCountOf({}), 0);
    assert.equal(retryCountOf({ retryContext: { retryCount: 3 } }), 3);
    assert.equal(retryCountOf({ retryContext: { retryCount: '3' } }), 0);
    assert.equal(retryCountOf({ retryContext: { retryCount: -1 } }), 0);
    assert.equal(retryCountOf(null), 0);
  });

  it('classifies statuses and delays', () => {
    assert.deepEqual([200, 204, 400, 401, 403, 408, 429, 500, 503].map(isRetryableStatus), [
      false,
      false,
      false,
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
    assert.deepEqual([0, 1, 2, 3].map(retryDelaySeconds), [5, 25, 125, 625]);
  });
});
