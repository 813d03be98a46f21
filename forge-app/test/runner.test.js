// End to end: emulator/run-function.mjs runs the unmodified src/index.js with the @forge/api and
// @forge/events stand-ins against a real local HTTP bridge, exactly as the emulator spawns it
// (contract: docs/internals/forge-node-runner.md).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { NONCE, TOKEN_PULL_URL, installedEvent, webTriggerRequest } from './helpers/fake-forge.js';

const RUNNER = fileURLToPath(new URL('../emulator/run-function.mjs', import.meta.url));
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3ODUxNTM2MDB9.bGVhaw';

/** A bridge like the emulator's: records each op, answers from `answers`. */
function startBridge() {
  const state = { requests: [], answers: {} };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const match = /^\/_emu\/bridge\/([^/]+)\/(.+)$/.exec(req.url ?? '');
      const op = match?.[2];
      state.requests.push({
        method: req.method,
        invocation: match?.[1],
        op,
        contentType: req.headers['content-type'],
        body: raw === '' ? null : JSON.parse(raw),
      });
      const answer = op && state.answers[op];
      if (!answer) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such op"}');
        return;
      }
      const value = typeof answer === 'function' ? answer(JSON.parse(raw)) : answer;
      res.writeHead(value.httpStatus ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value.json));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ server, state, url: `http://127.0.0.1:${port}/_emu/bridge/inv-123` });
    });
  });
}

/**
 * @param {string | object} input object → JSON on stdin; string → raw stdin
 * @returns {Promise<{code: number, stdout: string, stderr: string, line: any}>}
 */
function runFunction(input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUNNER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = stdout.split('\n').filter((l) => l !== '');
      resolve({
        code,
        stdout,
        stderr,
        line: lines.length === 1 ? JSON.parse(lines[0]) : undefined,
      });
    });
    child.stdin.end(typeof input === 'string' ? input : JSON.stringify(input));
  });
}

describe('emulator/run-function.mjs', () => {
  let bridge;

  before(async () => {
    bridge = await startBridge();
  });

  after(() => bridge.server.close());

  beforeEach(() => {
    bridge.state.requests.length = 0;
    bridge.state.answers = {
      'webtrigger/get-url': { json: { url: TOKEN_PULL_URL } },
      'invoke-remote': { json: { status: 204, headers: {}, body: '' } },
    };
  });

  it('onLifecycle: reads the web trigger URL and POSTs the event to Trace', async () => {
    const event = installedEvent();
    const out = await runFunction({
      handler: 'onLifecycle',
      args: [event, { installContext: 'ari:cloud:bitbucket::workspace/4c16a397' }],
      bridge: bridge.url,
    });
    assert.equal(out.code, 0);
    assert.deepEqual(out.line, { ok: true, result: null });
    assert.deepEqual(bridge.state.requests, [
      {
        method: 'POST',
        invocation: 'inv-123',
        op: 'webtrigger/get-url',
        contentType: 'application/json',
        body: { moduleKey: 'trace-token-pull', forceCreate: false },
      },
      {
        method: 'POST',
        invocation: 'inv-123',
        op: 'invoke-remote',
        contentType: 'application/json',
        body: {
          remoteKey: 'trace',
          path: '/forge/v1/lifecycle',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ event, tokenPullUrl: TOKEN_PULL_URL }),
        },
      },
    ]);
    // App log lines go to stderr, never into the single stdout line.
    assert.match(out.stderr, /lifecycle: delivered \(HTTP 204\)/);
  });

  it('onLifecycle: a 503 from Trace becomes an InvocationError retry request', async () => {
    bridge.state.answers['invoke-remote'] = { json: { status: 503, headers: {}, body: '{}' } };
    const out = await runFunction({
      handler: 'onLifecycle',
      args: [
        installedEvent({
          retryContext: { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: null },
        }),
        {},
      ],
      bridge: bridge.url,
    });
    assert.equal(out.code, 0);
    assert.deepEqual(out.line, {
      ok: true,
      result: {
        _retry: true,
        retryOptions: { retryAfter: 125, retryReason: 'FUNCTION_RETRY_REQUEST' },
      },
    });
  });

  it('onLifecycle: a failing bridge (emulator error) also asks for a retry', async () => {
    bridge.state.answers['invoke-remote'] = { httpStatus: 500, json: { error: 'engine down' } };
    const out = await runFunction({
      handler: 'onLifecycle',
      args: [installedEvent(), {}],
      bridge: bridge.url,
    });
    assert.equal(out.line.result._retry, true);
    assert.equal(out.line.result.retryOptions.retryAfter, 5);
  });

  it('tokenPull: delivers the nonce and returns only the output key', async () => {
    bridge.state.answers['invoke-remote'] = {
      json: { status: 204, headers: { 'x-forge-oauth-system': TOKEN }, body: TOKEN },
    };
    const out = await runFunction({
      handler: 'tokenPull',
      args: [webTriggerRequest(), {}],
      bridge: bridge.url,
    });
    assert.equal(out.code, 0);
    assert.deepEqual(out.line, { ok: true, result: { outputKey: 'delivered' } });
    assert.ok(!out.stdout.includes(TOKEN));
    assert.ok(!out.stderr.includes(TOKEN));
    assert.deepEqual(
      bridge.state.requests.map((r) => r.body),
      [
        {
          remoteKey: 'trace',
          path: '/forge/v1/token-delivery',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"nonce":"${NONCE}"}`,
        },
      ],
    );
  });

  it('tokenPull: Trace refusing the nonce (409) → refused; Trace down (500) → failed', async () => {
    for (const [status, outputKey] of [
      [409, 'refused'],
      [500, 'failed'],
    ]) {
      bridge.state.answers['invoke-remote'] = {
        json: { status, headers: {}, body: `{"token":"${TOKEN}"}` },
      };
      const out = await runFunction({
        handler: 'tokenPull',
        args: [webTriggerRequest(), {}],
        bridge: bridge.url,
      });
      assert.deepEqual(out.line, { ok: true, result: { outputKey } });
      assert.ok(!out.stdout.includes(TOKEN));
    }
  });

  it('tokenPull: an invalid nonce is refused without touching the bridge', async () => {
    const request = webTriggerRequest({ body: '{"nonce":"../../etc/passwd"}' });
    const out = await runFunction({
      handler: 'tokenPull',
      args: [request, {}],
      bridge: bridge.url,
    });
    assert.deepEqual(out.line, { ok: true, result: { outputKey: 'refused' } });
    assert.equal(bridge.state.requests.length, 0);
  });

  it('an unknown handler is reported, exit code 0', async () => {
    const out = await runFunction({ handler: 'runEverything', args: [], bridge: bridge.url });
    assert.equal(out.code, 0);
    assert.deepEqual(out.line, {
      ok: false,
      error: 'src/index.js exports no handler runEverything',
    });
  });

  it('malformed requests print one ok:false line and exit 2', async () => {
    for (const input of [
      'not json',
      '[]',
      { handler: 'tokenPull', args: [], bridge: 'file:///etc/passwd' },
      { handler: 'tokenPull', args: 'x', bridge: bridge.url },
      { handler: 'a-b', args: [], bridge: bridge.url },
      { args: [], bridge: bridge.url },
    ]) {
      const out = await runFunction(input);
      assert.equal(out.code, 2, JSON.stringify(input));
      assert.equal(out.line.ok, false);
      assert.match(out.line.error, /^bad runner request: /);
    }
  });
});
