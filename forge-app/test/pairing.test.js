import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  copyText,
  describeExpiry,
  formatUtc,
  groupCode,
  interpretPairingResponse,
  normalizeBridgeResponse,
} from '../src/lib/pairing.js';
import { loadPairingState } from '../src/resolvers/pairing.js';

const EXPIRES = '2026-08-20T09:30:00Z';

describe('settings page: the call to Trace', () => {
  it('POSTs {} to /forge/v1/pairing-code through the bridge, once', async () => {
    const calls = [];
    const state = await loadPairingState(async (input) => {
      calls.push(structuredClone(input));
      return {
        status: 200,
        headers: {},
        body: { paired: false, code: 'K7QFM2XR9ABC', expiresAt: EXPIRES },
      };
    });
    assert.deepEqual(calls, [{ path: '/forge/v1/pairing-code', method: 'POST', body: {} }]);
    assert.deepEqual(state, {
      kind: 'code',
      code: 'K7QF-M2XR-9ABC',
      expiresAt: '2026-08-20T09:30:00.000Z',
    });
  });

  it('shows "Trace unreachable" when the bridge rejects (401 FIT refusal, network)', async () => {
    for (const message of ['Remote could not verify the Forge Invocation Token', 'Network error']) {
      const state = await loadPairingState(async () => {
        throw new Error(message);
      });
      assert.equal(state.kind, 'error');
      assert.equal(state.reason, 'unreachable');
      assert.equal(state.title, 'Trace cannot be reached');
    }
  });
});

describe('settings page: interpreting Trace answers', () => {
  it('unpaired: grouped code with its expiry, from either bridge response shape', () => {
    const body = { paired: false, code: 'k7qfm2xr9abc', expiresAt: EXPIRES };
    const expected = {
      kind: 'code',
      code: 'K7QF-M2XR-9ABC',
      expiresAt: '2026-08-20T09:30:00.000Z',
    };
    assert.deepEqual(interpretPairingResponse({ status: 200, headers: {}, body }), expected);
    assert.deepEqual(interpretPairingResponse(body), expected); // older bridge: body only
    assert.deepEqual(
      interpretPairingResponse({ status: 200, body: JSON.stringify(body) }),
      expected,
    );
  });

  it('paired: organization, who paired it and when', () => {
    const state = interpretPairingResponse({
      status: 200,
      body: {
        paired: true,
        organization: 'Acme Security',
        pairedBy: { displayName: 'Jane Admin', email: 'jane@acme.test' },
        pairedAt: '2026-08-20T09:12:30Z',
      },
    });
    assert.deepEqual(state, {
      kind: 'paired',
      organization: 'Acme Security',
      pairedBy: 'Jane Admin',
      pairedAt: '2026-08-20T09:12:30.000Z',
    });
  });

  it('paired: tolerates orgName and missing pairedBy/pairedAt', () => {
    const state = interpretPairingResponse({
      status: 200,
      body: { paired: true, orgName: 'Acme' },
    });
    assert.deepEqual(state, {
      kind: 'paired',
      organization: 'Acme',
      pairedBy: null,
      pairedAt: null,
    });
  });

  it('non-admin, not installed and server errors get their own states', () => {
    const cases = [
      [{ status: 403, body: { error: 'not_admin', message: 'x' } }, 'not_admin'],
      [{ status: 403, body: {} }, 'not_admin'],
      [{ status: 404, body: { error: 'installation_unknown' } }, 'not_installed'],
      [{ status: 409, body: { error: 'uninstalled' } }, 'not_installed'],
      [{ status: 410, body: {} }, 'not_installed'],
      [{ status: 500, body: { error: 'internal' } }, 'unreachable'],
      [{ status: 502, body: null }, 'unreachable'],
      [{ status: 400, body: { error: 'whatever' } }, 'unreachable'],
    ];
    for (const [response, reason] of cases) {
      const state = interpretPairingResponse(response);
      assert.equal(state.kind, 'error');
      assert.equal(state.reason, reason, JSON.stringify(response));
      assert.ok(state.title.length > 0 && state.detail.length > 0);
    }
  });

  it('a 2xx answer that breaks the contract is treated as Trace being broken', () => {
    for (const body of [
      {},
      null,
      'K7QF',
      { paired: false, code: 'K7QF' }, // no expiry
      { paired: false, code: 'K7QF', expiresAt: 'soon' },
      { paired: false, code: '---', expiresAt: EXPIRES },
      { paired: true }, // no organization
    ]) {
      const state = interpretPairingResponse({ status: 200, body });
      assert.equal(state.reason, 'unreachable', JSON.stringify(body));
    }
  });

  it('normalizes bridge responses', () => {
    assert.deepEqual(normalizeBridgeResponse({ status: 204, headers: {} }), {
      status: 204,
      body: undefined,
    });
    assert.deepEqual(normalizeBridgeResponse(undefined), { status: 200, body: undefined });
    assert.deepEqual(normalizeBridgeResponse({ status: 500, body: '<html>' }), {
      status: 500,
      body: null,
    });
  });
});

describe('settings page: display helpers', () => {
  it('groups codes in fours', () => {
    assert.equal(groupCode('K7QFM2XR'), 'K7QF-M2XR');
    assert.equal(groupCode('K7QFM2XR9ABC'), 'K7QF-M2XR-9ABC');
    assert.equal(groupCode('k7qf m2xr-9ab'), 'K7QF-M2XR-9AB');
    assert.equal(groupCode(''), '');
  });

  it('describes the time left', () => {
    const at = Date.parse(EXPIRES);
    assert.equal(describeExpiry(EXPIRES, at - 14 * 60_000 - 5_000), 'in 14 minutes');
    assert.equal(describeExpiry(EXPIRES, at - 60_000), 'in 1 minute');
    assert.equal(describeExpiry(EXPIRES, at - 30_000), 'in less than a minute');
    assert.equal(describeExpiry(EXPIRES, at), 'expired');
    assert.equal(describeExpiry(EXPIRES, at + 1), 'expired');
    assert.equal(describeExpiry('garbage', at), 'expired');
  });

  it('formats timestamps in UTC', () => {
    assert.equal(formatUtc('2026-08-20T09:30:00.000Z'), '2026-08-20 09:30 UTC');
    assert.equal(formatUtc('2026-08-20T11:30:00+02:00'), '2026-08-20 09:30 UTC');
    assert.equal(formatUtc('nope'), '');
  });

  it('copies with the Clipboard API, or says it cannot', async () => {
    const written = [];
    assert.equal(
      await copyText({ writeText: async (t) => written.push(t) }, 'K7QF-M2XR'),
      'copied',
    );
    assert.deepEqual(written, ['K7QF-M2XR']);
    assert.equal(await copyText(undefined, 'x'), 'unavailable');
    assert.equal(await copyText({}, 'x'), 'unavailable');
    assert.equal(
      await copyText(
        {
          writeText: async () => {
            throw new DOMException('denied', 'NotAllowedError');
          },
        },
        'x',
      ),
      'failed',
    );
  });
});
