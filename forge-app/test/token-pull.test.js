import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  RESULTS,
  headerValue,
  parseTokenPullRequest,
  pullToken,
  resultForStatus,
} from '../src/lib/token-pull.js';
import { NONCE, fakeForge, trackedResponse, webTriggerRequest } from './helpers/fake-forge.js';

const OUTPUT_KEYS = new Set(['delivered', 'refused', 'failed']);

/** A token-shaped value that must never come back out of the web trigger. */
const TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE3ODUxNTM2MDB9.c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtbGVhaw';

/** @param {unknown} result */
function assertOnlyOutputKey(result) {
  assert.deepEqual(Object.keys(result), ['outputKey']);
  assert.ok(OUTPUT_KEYS.has(result.outputKey), `unexpected outputKey ${result.outputKey}`);
  assert.ok(!JSON.stringify(result).includes(TOKEN));
}

describe('token-pull: the request Trace receives', () => {
  it('POSTs exactly {"nonce"} to /forge/v1/token-delivery and reports delivered on 204', async () => {
    const { api, calls } = fakeForge();
    const result = await pullToken(webTriggerRequest(), api);
    assert.deepEqual(result, { outputKey: 'delivered' });
    assert.deepEqual(calls, [
      {
        remoteKey: 'trace',
        path: '/forge/v1/token-delivery',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"nonce":"${NONCE}"}`,
      },
    ]);
  });

  it('accepts nonces of exactly 32 and 128 characters and a charset parameter', async () => {
    for (const nonce of ['a'.repeat(32), `${'Z9_-'.repeat(32)}`]) {
      const { api, calls } = fakeForge();
      const request = webTriggerRequest({
        body: JSON.stringify({ nonce }),
        headers: { 'Content-Type': ['application/json; charset=utf-8'] },
      });
      assert.deepEqual(await pullToken(request, api), { outputKey: 'delivered' });
      assert.equal(calls[0].body, JSON.stringify({ nonce }));
    }
  });

  it('accepts a request without a content-type header', async () => {
    const { api, calls } = fakeForge();
    assert.deepEqual(await pullToken(webTriggerRequest({ headers: {} }), api), RESULTS.delivered);
    assert.equal(calls.length, 1);
  });
});

describe('token-pull: strict validation (refused, Trace never called)', () => {
  const cases = {
    'nonce too short (31)': { body: JSON.stringify({ nonce: 'a'.repeat(31) }) },
    'nonce too long (129)': { body: JSON.stringify({ nonce: 'a'.repeat(129) }) },
    'nonce with a dot': { body: JSON.stringify({ nonce: `${'a'.repeat(40)}.b` }) },
    'nonce with a slash': { body: JSON.stringify({ nonce: `${'a'.repeat(40)}/b` }) },
    'nonce with +/= (standard base64)': { body: JSON.stringify({ nonce: `${'a'.repeat(40)}+==` }) },
    'nonce with a space': { body: JSON.stringify({ nonce: `${'a'.repeat(40)} b` }) },
    'nonce with a newline': { body: JSON.stringify({ nonce: `${'a'.repeat(40)}\n` }) },
    'nonce with non-ASCII letters': { body: JSON.stringify({ nonce: `${'a'.repeat(40)}é` }) },
    'nonce is a number': { body: JSON.stringify({ nonce: 12345678901234567890123456789012345 }) },
    'nonce is null': { body: JSON.stringify({ nonce: null }) },
    'nonce is an array': { body: JSON.stringify({ nonce: [NONCE] }) },
    'nonce missing': { body: JSON.stringify({ scan: NONCE }) },
    'extra keys next to nonce': { body: JSON.stringify({ nonce: NONCE, callback: 'https://x' }) },
    'body is a JSON string': { body: JSON.stringify(NONCE) },
    'body is a JSON array': { body: JSON.stringify([{ nonce: NONCE }]) },
    'body is JSON null': { body: 'null' },
    'body is not JSON': { body: `nonce=${NONCE}` },
    'body is truncated JSON': { body: `{"nonce":"${NONCE}"` },
    'body is empty': { body: '' },
    'body is missing': { body: undefined },
    'body is not a string': { body: { nonce: NONCE } },
    'body over 1024 bytes (padding)': { body: `{"nonce":"${NONCE}"}${' '.repeat(1100)}` },
    'body over 1024 bytes in UTF-8 only': { body: `{"nonce":"${NONCE}","x":"${'é'.repeat(500)}"}` },
    'huge body (5 MB)': { body: `{"nonce":"${'a'.repeat(5 * 1024 * 1024)}"}` },
    'method GET': { method: 'GET' },
    'method PUT': { method: 'PUT' },
    'method missing': { method: undefined },
    'content-type text/plain': { headers: { 'content-type': ['text/plain'] } },
    'content-type form': { headers: { 'content-type': ['application/x-www-form-urlencoded'] } },
  };

  for (const [name, overrides] of Object.entries(cases)) {
    it(name, async () => {
      const { api, calls, logs } = fakeForge();
      const result = await pullToken(webTriggerRequest(overrides), api);
      assert.deepEqual(result, { outputKey: 'refused' });
      assert.equal(calls.length, 0);
      // The refusal is logged with a reason code only, never with request content.
      assert.equal(logs.length, 1);
      assert.match(logs[0][1], /^token-pull: refused \([a-z_]+\)$/);
    });
  }

  it('refuses a request object that is not an object', async () => {
    for (const bad of [null, undefined, 'POST', 7]) {
      const { api, calls } = fakeForge();
      assert.deepEqual(await pullToken(bad, api), { outputKey: 'refused' });
      assert.equal(calls.length, 0);
    }
  });

  it('names the reason for each refusal', () => {
    assert.deepEqual(parseTokenPullRequest(webTriggerRequest()), { ok: true, nonce: NONCE });
    assert.equal(parseTokenPullRequest(webTriggerRequest({ method: 'GET' })).reason, 'method');
    assert.equal(parseTokenPullRequest(webTriggerRequest({ body: '{' })).reason, 'not_json');
    assert.equal(
      parseTokenPullRequest(webTriggerRequest({ body: 'x'.repeat(2000) })).reason,
      'body_too_large',
    );
    assert.equal(
      parseTokenPullRequest(webTriggerRequest({ body: '{"nonce":"short"}' })).reason,
      'bad_nonce',
    );
  });
});

describe('token-pull: no token can appear in the web-trigger response', () => {
  for (const status of [200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503]) {
    it(`Trace answers HTTP ${status} with a token in body and headers`, async () => {
      const tracked = trackedResponse(
        status,
        JSON.stringify({ token: TOKEN, 'x-forge-oauth-system': TOKEN, echo: TOKEN }),
        { 'x-forge-oauth-system': TOKEN, 'content-type': 'application/json' },
      );
      const { api, logs } = fakeForge({ remote: () => tracked.response });
      const result = await pullToken(webTriggerRequest(), api);
      assertOnlyOutputKey(result);
      assert.equal(result, resultForStatus(status));
      // The app never even reads what Trace sent back.
      assert.equal(tracked.reads.count, 0);
      assert.ok(logs.every(([, line]) => !line.includes(TOKEN)));
    });
  }

  it('an invokeRemote failure whose message carries a token yields only "failed"', async () => {
    const { api, logs } = fakeForge({
      remote: () => {
        throw new Error(`upstream said ${TOKEN}`);
      },
    });
    const result = await pullToken(webTriggerRequest(), api);
    assert.deepEqual(result, { outputKey: 'failed' });
    assertOnlyOutputKey(result);
    assert.ok(logs.every(([, line]) => !line.includes(TOKEN)));
  });

  it('a malformed remote answer (no status) yields only "failed"', async () => {
    for (const answer of [undefined, null, { ok: true }, { status: '200', token: TOKEN }]) {
      const { api } = fakeForge({ remote: () => answer });
      const result = await pullToken(webTriggerRequest(), api);
      assert.deepEqual(result, { outputKey: 'failed' });
    }
  });

  it('the result objects are frozen constants', () => {
    const result = resultForStatus(204);
    assert.ok(Object.isFrozen(result));
    assert.throws(() => {
      'use strict';
      result.body = TOKEN;
    }, TypeError);
  });
});

describe('token-pull: status mapping and helpers', () => {
  it('maps Trace statuses to static outputs', () => {
    const mapping = Object.fromEntries(
      [200, 204, 299, 400, 401, 403, 404, 408, 409, 410, 422, 429, 500, 502, 503, 0].map((s) => [
        s,
        resultForStatus(s).outputKey,
      ]),
    );
    assert.deepEqual(mapping, {
      0: 'failed',
      200: 'delivered',
      204: 'delivered',
      299: 'delivered',
      400: 'refused',
      401: 'failed',
      403: 'refused',
      404: 'refused',
      408: 'failed',
      409: 'refused',
      410: 'refused',
      422: 'refused',
      429: 'failed',
      500: 'failed',
      502: 'failed',
      503: 'failed',
    });
  });

  it('reads web-trigger headers case-insensitively from arrays or strings', () => {
    assert.equal(headerValue({ 'Content-Type': ['a/b', 'c/d'] }, 'content-type'), 'a/b');
    assert.equal(headerValue({ 'content-type': 'a/b' }, 'content-type'), 'a/b');
    assert.equal(headerValue({ other: ['x'] }, 'content-type'), undefined);
    assert.equal(headerValue(null, 'content-type'), undefined);
    assert.equal(headerValue({ 'content-type': [] }, 'content-type'), undefined);
  });
});
