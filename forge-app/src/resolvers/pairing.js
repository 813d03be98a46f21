// The settings page's only call to Trace. The page's resolver is the remote endpoint `ep-ui`
// (manifest.yml), so there is no Forge-function resolver: this thin module is the single place
// that talks to it, and it validates the answer through src/lib/pairing.js.

import { PAIRING_CODE_PATH } from '../lib/constants.js';
import { errorState, interpretPairingResponse } from '../lib/pairing.js';

/**
 * Ask Trace for this installation's pairing state (an existing live code, a new one, or the
 * organization it is paired with). Trace decides everything from the invocation token.
 * @param {(input: {path: string, method: string, body: object}) => Promise<unknown>} invokeRemote
 *   `@forge/bridge` invokeRemote (or a fake in tests)
 * @returns {Promise<import('../lib/pairing.js').PairingState>}
 */
export async function loadPairingState(invokeRemote) {
  let response;
  try {
    response = await invokeRemote({ path: PAIRING_CODE_PATH, method: 'POST', body: {} });
  } catch {
    // Rejections are network errors, 401 (Trace refused the invocation token) or contract
    // violations; none of them is something the admin can fix from this page.
    return errorState('unreachable');
  }
  return interpretPairingResponse(response);
}
