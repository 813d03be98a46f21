// The emulator's @forge/api and @forge/events stand-ins behave like the real packages where the
// app depends on them (compared against the real ones installed from npm), and speak the
// node-runner bridge protocol.
import assert from 'node:assert/strict';
import http from 'node:http';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';

import { configureBridge } from '../emulator/forge-api/bridge.mjs';
import standInApi, {
  asApp,
  asUser,
  invokeRemote,
  requestBitbucket,
  route,
  webTrigger,
} from '../emulator/forge-api/index.mjs';
import * as standInEvents from '../emulator/forge-events/index.mjs';

const require = createRequire(import.meta.url);
const realEvents = require('@forge/events');
const realApi = require('@forge/api');

describe('@forge/events stand-in matches the real package', () => {
  it('has the same InvocationErrorCode values', () => {
    assert.deepEqual(
      { ...standInEvents.InvocationErrorCode },
      { ...realEvents.InvocationErrorCode },
    );
  });

  it('InvocationError serialises identically', () => {
    const inputs = [
      undefined,
      { retryAfter: 5, retryReason: 'FUNCTION_RETRY_REQUEST' },
      { retryAfter: 0, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED' },
      { retryAfter: -3, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { attempt: 2 } },
    ];
    for (const input of inputs) {
      const fake =
        input === undefined
          ? new standInEvents.InvocationError()
          : new standInEvents.InvocationError({ ...input });
      const real =
        input === undefined
          ? new realEvents.InvocationError()
          : new realEvents.InvocationError({ ...input });
      assert.deepEqual(
        JSON.parse(JSON.stringify(fake)),
        JSON.parse(JSON.stringify(real)),
        JSON.stringify(input),
      );
      assert.deepEqual(fake, real);
    }
  });
});

describe('@forge/api stand-in route matches the real route', () => {
  const ws = '{4c16a397-8e48-479c-8ca2-442e46c90570}';
  const cases = [
    (r) => r`/2.0/workspaces/${ws}`,
    (r) => r`/2.0/repositories/${ws}/${'payments-api'}`,
    (r) => r`/2.0/repositories/${ws}?q=${'name ~ "a&b"'}&pagelen=${100}`,
    (r) => r`/2.0/repositories/${ws}?${new URLSearchParams({ page: '2', sort: '-updated_on' })}`,
    (r) => r`/2.0/repositories/${r`{a}`}`,
    (r) => r`/plain`,
  ];
  for (const [i, build] of cases.entries()) {
    it(`case ${i}: same value`, () => {
      assert.equal(build(route).value, build(realApi.route).value);
    });
  }

  for (const bad of ['../etc', 'a/b', 'a\\b', 'a?b', 'a#b', '%2e%2e', '.%2e']) {
    it(`rejects path parameter ${JSON.stringify(bad)} like the real one`, () => {
      assert.throws(() => realApi.route`/2.0/workspaces/${bad}`);
      assert.throws(() => route`/2.0/workspaces/${bad}`, /path manipulation/);
    });
  }

  it('route values cannot be changed', () => {
    const r = route`/x`;
    assert.throws(() => {
      r.value = '/y';
    }, TypeError);
  });
});

describe('@forge/api stand-in over the bridge', () => {
  let server;
  const seen = [];
  let answer = {};

  before(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => {
        raw += c;
      });
      req.on('end', () => {
        seen.push({ url: req.url, body: JSON.parse(raw) });
        const value = answer[req.url.split('/bridge/b1/')[1]];
        if (!value) {
          res.writeHead(500).end('boom');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    configureBridge(`http://127.0.0.1:${server.address().port}/_emu/bridge/b1/`);
  });

  after(() => server.close());

  it('requestBitbucket sends the route path and returns a fetch-like response', async () => {
    seen.length = 0;
    answer = {
      'request-bitbucket': {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'X-RateLimit-Limit': '1000' },
        body: '{"type":"workspace","slug":"acme"}',
      },
    };
    const res = await asApp().requestBitbucket(route`/2.0/workspaces/${'acme'}`, {
      headers: { Accept: 'application/json' },
    });
    assert.deepEqual(seen, [
      {
        url: '/_emu/bridge/b1/request-bitbucket',
        body: {
          path: '/2.0/workspaces/acme',
          method: 'GET',
          headers: { Accept: 'application/json' },
          body: null,
        },
      },
    ]);
    assert.equal(res.ok, true);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-ratelimit-limit'), '1000');
    assert.equal(res.headers.get('missing'), null);
    assert.deepEqual(await res.json(), { type: 'workspace', slug: 'acme' });
    await assert.rejects(res.text(), /already been read/);
    assert.equal(standInApi.requestBitbucket, requestBitbucket);
  });

  it('requestBitbucket insists on a route, like Forge', async () => {
    await assert.rejects(requestBitbucket('/2.0/workspaces/acme'), /route/);
  });

  it('invokeRemote passes the body string byte for byte and maps non-2xx to ok=false', async () => {
    seen.length = 0;
    answer = { 'invoke-remote': { status: 409, headers: {}, body: '{"error":"nonce_used"}' } };
    const body = '{"nonce":"é\\u0000 spaced"}';
    const res = await invokeRemote('trace', {
      path: '/forge/v1/x',
      method: 'post',
      body,
      headers: new Headers({ 'X-A': '1' }),
    });
    assert.deepEqual(seen[0].body, {
      remoteKey: 'trace',
      path: '/forge/v1/x',
      method: 'POST',
      headers: { 'x-a': '1' },
      body,
    });
    assert.equal(res.ok, false);
    assert.equal(res.status, 409);
    await assert.rejects(invokeRemote('trace', { path: '/x', body: { a: 1 } }), TypeError);
    await assert.rejects(invokeRemote('', { path: '/x' }), TypeError);
  });

  it('webTrigger getUrl/deleteUrl use their bridge ops; a bridge failure throws', async () => {
    seen.length = 0;
    answer = {
      'webtrigger/get-url': { url: 'http://127.0.0.1:1/wt/abc/public/x' },
      'webtrigger/delete-url': {},
    };
    assert.equal(
      await webTrigger.getUrl('trace-token-pull', { forceCreate: true }),
      'http://127.0.0.1:1/wt/abc/public/x',
    );
    await webTrigger.deleteUrl('http://127.0.0.1:1/wt/abc/public/x');
    assert.deepEqual(
      seen.map((s) => s.body),
      [
        { moduleKey: 'trace-token-pull', forceCreate: true },
        { url: 'http://127.0.0.1:1/wt/abc/public/x' },
      ],
    );
    answer = {};
    await assert.rejects(
      webTrigger.getUrl('trace-token-pull'),
      /bridge webtrigger\/get-url failed with HTTP 500/,
    );
  });

  it('asUser is unavailable in these functions', () => {
    assert.throws(() => asUser(), /no user in session/);
  });
});
