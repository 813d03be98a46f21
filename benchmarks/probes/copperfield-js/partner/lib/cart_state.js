import serialize from 'node-serialize'

/**
 * Partner storefronts keep the shopper's Copperfield cart client-side and
 * send it back when the shopper returns. v1 clients (the WordPress plugin)
 * still send the original serialised form.
 */
export function decodeLegacyCart(headerValue) {
  const json = Buffer.from(String(headerValue), 'base64').toString('utf8')
  const state = serialize.unserialize(json) // VULN deser
  return normaliseCart(state)
}

export function decodeCart(headerValue) {
  const json = Buffer.from(String(headerValue), 'base64url').toString('utf8')
  const state = JSON.parse(json) // SAFE deser
  return normaliseCart(state)
}

function normaliseCart(state) {
  if (!state || typeof state !== 'object' || !Array.isArray(state.items)) {
    throw new Error('Malformed cart state')
  }
  return {
    sessionRef: typeof state.sessionRef === 'string' ? state.sessionRef.slice(0, 64) : null,
    items: state.items.slice(0, 50).map((it) => ({
      listingId: Number.parseInt(it.listingId, 10),
      quantity: Math.max(1, Math.min(5, Number.parseInt(it.quantity, 10) || 1)),
    })).filter((it) => Number.isSafeInteger(it.listingId)),
  }
}
