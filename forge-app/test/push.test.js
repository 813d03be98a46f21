import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { forwardPushEvent, pushBody } from '../src/lib/push.js';
import { fakeForge } from './helpers/fake-forge.js';

function pushEvent(overrides = {}) {
  return {
    eventType: 'avi:bitbucket:push:repository',
    actor: {
      type: 'user',
      accountId: '712020:abc',
      uuid: '{cc8e193d-7603-4dfd-8771-fcc8960aa0fb}',
    },
    repository: { uuid: '{5b6cc2a1-4841-469e-aebe-b0b58e14ffd3}' },
    workspace: { uuid: '{1d4a3f7e-0c2b-4e9a-8f61-3b5c7d9e1a20}' },
    push: {
      ref: 'main',
      mainbranch: true,
      before: 'a'.repeat(40),
      after: 'b'.repeat(40),
      commits: [{ hash: 'b'.repeat(40), message: { value: 'do not forward me' } }],
    },
    ...overrides,
  };
}

describe('push: the request Trace receives', () => {
  it('POSTs {event} without the commit list to /forge/v1/push', async () => {
    const { api, calls, webTriggerCalls } = fakeForge();
    const event = pushEvent();

    assert.equal(await forwardPushEvent(event, api), undefined);

    assert.equal(webTriggerCalls.length, 0);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].remoteKey, 'trace');
    assert.equal(calls[0].path, '/forge/v1/push');
    assert.equal(calls[0].method, 'POST');
    const sent = JSON.parse(calls[0].body).event;
    assert.equal(sent.push.after, 'b'.repeat(40));
    assert.equal(sent.push.ref, 'main');
    assert.equal(sent.repository.uuid, event.repository.uuid);
    assert.equal(sent.push.commits, undefined);
    assert.doesNotMatch(calls[0].body, /do not forward me/);
    // the event Forge handed over is not modified
    assert.equal(event.push.commits.length, 1);
  });

  it('drops the retry context and keeps an event without a push member as it is', () => {
    const body = JSON.parse(pushBody({ eventType: 'x', retryContext: { retryCount: 1 } }));
    assert.deepEqual(body, { event: { eventType: 'x' } });
  });

  it('drops non-objects and other event types without calling Trace', async () => {
    for (const bad of [
      null,
      'push',
      7,
      ['a'],
      pushEvent({ eventType: 'avi:forge:installed:app' }),
    ]) {
      const { api, calls, logs } = fakeForge();
      assert.equal(await forwardPushEvent(bad, api), undefined);
      assert.equal(calls.length, 0);
      assert.equal(logs[0][0], 'error');
    }
  });
});

describe('push: retries', () => {
  it('asks Forge to redeliver after 5 s when Trace answers 503', async () => {
    const { api } = fakeForge({ remote: () => new Response('{}', { status: 503 }) });
    const result = await forwardPushEvent(pushEvent(), api);
    assert.deepEqual(result, {
      _retry: true,
      retryOptions: { retryAfter: 5, retryReason: 'FUNCTION_RETRY_REQUEST' },
    });
  });

  it('gives up after four redeliveries and when Trace says no for good (400)', async () => {
    const busy = fakeForge({ remote: () => new Response('{}', { status: 503 }) });
    const last = pushEvent({ retryContext: { retryCount: 4 } });
    assert.equal(await forwardPushEvent(last, busy.api), undefined);
    assert.match(busy.logs.at(-1)[1], /retries exhausted/);

    const refused = fakeForge({ remote: () => new Response('{}', { status: 400 }) });
    assert.equal(await forwardPushEvent(pushEvent(), refused.api), undefined);
    assert.match(refused.logs.at(-1)[1], /refused the event \(HTTP 400\)/);
  });

  it('retries when Trace is unreachable', async () => {
    const { api } = fakeForge({
      remote: () => {
        throw new TypeError('fetch failed');
      },
    });
    const result = await forwardPushEvent(pushEvent(), api);
    assert.equal(result.retryOptions.retryAfter, 5);
  });
});
