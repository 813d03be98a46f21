// What the settings page shows, decided without any UI: Trace's answer to
// `POST /forge/v1/pairing-code` becomes one of four view states. The UI Kit page only renders
// the state; the emulator's browser view renders the same states from the same answer.
//
// Trace's answers (spec §3.2/§4.10):
//   200 {"paired": false, "code": "K7QFM2XR9ABC", "expiresAt": "<ISO 8601>"}
//   200 {"paired": true, "organization": "Acme", "pairedBy": "Jane Doe", "pairedAt": "<ISO>"}
//   4xx/5xx {"error": "<code>", "message": "<text>"} (never 401: Forge reserves it for FIT errors)

/** @typedef {{kind: 'code', code: string, expiresAt: string}} CodeState */
/** @typedef {{kind: 'paired', organization: string, pairedBy: string | null, pairedAt: string | null}} PairedState */
/** @typedef {{kind: 'error', reason: 'not_admin' | 'not_installed' | 'unreachable', title: string, detail: string}} ErrorState */
/** @typedef {CodeState | PairedState | ErrorState} PairingState */

const GROUP_SIZE = 4;

const ERROR_TEXT = Object.freeze({
  not_admin: {
    title: 'Only workspace admins can connect Trace',
    detail: 'Ask an admin of this workspace to open Workspace settings → Trace.',
  },
  not_installed: {
    title: 'Trace is not installed in this workspace',
    detail:
      'Trace has no record of this installation (it may still be finishing, or was removed). ' +
      'Wait a minute and reload; if it persists, reinstall the app from your install link.',
  },
  unreachable: {
    title: 'Trace cannot be reached',
    detail: 'The Trace service did not answer correctly. Try again in a few minutes.',
  },
});

/** Error codes Trace may put in `error`, mapped to what the admin can act on. */
const ERROR_CODES = Object.freeze({
  not_admin: 'not_admin',
  forbidden: 'not_admin',
  not_installed: 'not_installed',
  installation_unknown: 'not_installed',
  unknown_installation: 'not_installed',
  uninstalled: 'not_installed',
});

/**
 * `K7QFM2XR9ABC` or `k7qf m2xr-9abc` → `K7QF-M2XR-9ABC` (groups of four).
 * @param {string} code
 * @returns {string}
 */
export function groupCode(code) {
  const compact = String(code)
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
  const groups = [];
  for (let i = 0; i < compact.length; i += GROUP_SIZE)
    groups.push(compact.slice(i, i + GROUP_SIZE));
  return groups.join('-');
}

/**
 * @param {ErrorState['reason']} reason
 * @returns {ErrorState}
 */
export function errorState(reason) {
  return { kind: 'error', reason, ...ERROR_TEXT[reason] };
}

/**
 * @param {unknown} value
 * @returns {string | null} an ISO timestamp, or null when `value` is not a date
 */
function isoOrNull(value) {
  if (typeof value !== 'string' || value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * @param {unknown} who `"Jane"` or `{displayName|name|email}`
 * @returns {string | null}
 */
function personName(who) {
  if (typeof who === 'string' && who.trim() !== '') return who.trim();
  if (who && typeof who === 'object') {
    const obj = /** @type {Record<string, unknown>} */ (who);
    for (const key of ['displayName', 'name', 'email']) {
      if (typeof obj[key] === 'string' && obj[key].trim() !== '') return obj[key].trim();
    }
  }
  return null;
}

/**
 * `@forge/bridge` invokeRemote resolves with `{status, headers, body}` (current docs); older
 * bridges resolved with the body alone. Accept both.
 * @param {unknown} response
 * @returns {{status: number, body: unknown}}
 */
export function normalizeBridgeResponse(response) {
  if (response && typeof response === 'object' && Number.isInteger(response.status)) {
    let body = response.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        body = null;
      }
    }
    return { status: response.status, body };
  }
  return { status: 200, body: response };
}

/**
 * Turn Trace's answer into the page state.
 * @param {unknown} response what invokeRemote resolved with
 * @returns {PairingState}
 */
export function interpretPairingResponse(response) {
  const { status, body } = normalizeBridgeResponse(response);
  const data = body && typeof body === 'object' ? /** @type {Record<string, any>} */ (body) : {};
  if (status >= 200 && status < 300) {
    if (data.paired === true) {
      const organization = personName(data.organization) ?? personName(data.orgName);
      if (organization === null) return errorState('unreachable');
      return {
        kind: 'paired',
        organization,
        pairedBy: personName(data.pairedBy),
        pairedAt: isoOrNull(data.pairedAt),
      };
    }
    if (data.paired === false && typeof data.code === 'string') {
      const code = groupCode(data.code);
      const expiresAt = isoOrNull(data.expiresAt);
      if (code === '' || expiresAt === null) return errorState('unreachable');
      return { kind: 'code', code, expiresAt };
    }
    return errorState('unreachable');
  }
  const declared = typeof data.error === 'string' ? ERROR_CODES[data.error] : undefined;
  if (declared) return errorState(declared);
  if (status === 403) return errorState('not_admin');
  if (status === 404 || status === 410) return errorState('not_installed');
  return errorState('unreachable');
}

/**
 * "in 14 minutes" / "in less than a minute" / "expired".
 * @param {string} expiresAt ISO timestamp
 * @param {number} now epoch milliseconds
 * @returns {string}
 */
export function describeExpiry(expiresAt, now) {
  const remaining = Date.parse(expiresAt) - now;
  if (!(remaining > 0)) return 'expired';
  const minutes = Math.floor(remaining / 60_000);
  if (minutes < 1) return 'in less than a minute';
  return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
}

/**
 * `2026-08-20T09:30:00.000Z` → `2026-08-20 09:30 UTC` (no locale surprises in an admin page).
 * @param {string} iso
 * @returns {string}
 */
export function formatUtc(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Copy `text` with the Clipboard API when the page may use it. UI Kit pages run sandboxed, so
 * the API can be missing or refuse; the page then tells the admin to copy by hand.
 * @param {{writeText?: (text: string) => Promise<void>} | undefined} clipboard
 * @param {string} text
 * @returns {Promise<'copied' | 'unavailable' | 'failed'>}
 */
export async function copyText(clipboard, text) {
  if (!clipboard || typeof clipboard.writeText !== 'function') return 'unavailable';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
