// HTTP client for the emulator's per-invocation bridge (see docs/internals/forge-node-runner.md). The runner
// sets the bridge URL once before it loads the app; every stand-in call is one JSON POST.

const BRIDGE_TIMEOUT_MS = 70_000; // longer than any Forge function limit (55 s)

let bridgeUrl = null;

/** @param {string} url `http://127.0.0.1:<port>/_emu/bridge/<invocation-id>` */
export function configureBridge(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error('bridge URL must be http(s)');
  }
  bridgeUrl = url.replace(/\/+$/, '');
}

/**
 * POST `payload` as JSON to `{bridge}/{op}` and return the parsed JSON answer.
 * @param {string} op e.g. `invoke-remote`
 * @param {object} payload
 * @returns {Promise<any>}
 */
export async function callBridge(op, payload) {
  if (bridgeUrl === null) throw new Error('emulator bridge not configured');
  const response = await fetch(`${bridgeUrl}/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(BRIDGE_TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) {
    // The bridge's own error (not a remote's answer): surface the status, not the body.
    throw new Error(`emulator bridge ${op} failed with HTTP ${response.status}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`emulator bridge ${op} answered non-JSON`);
  }
}
