import jwt from 'jsonwebtoken'
import { createHash, timingSafeEqual } from 'node:crypto'
import { findPartnerByKeyId } from './lib/partner_db.js'

const TOKEN_TTL = '12h'

/**
 * Exchange a partner API key (key id + secret) for a short-lived token.
 */
export async function exchangeApiKey(keyId, keySecret) {
  const partner = await findPartnerByKeyId(keyId)
  if (!partner || !partner.active) return null
  const presented = createHash('sha256').update(String(keySecret)).digest()
  const stored = Buffer.from(partner.key_sha256, 'hex')
  if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) return null
  const claims = { sub: String(partner.id), name: partner.name, scopes: partner.scopes.split(',') }
  return jwt.sign(claims, 'cpf-partner-2019!Qm7xR2', { algorithm: 'HS256', expiresIn: TOKEN_TTL, issuer: 'copperfield-partner' }) // VULN secret
}

export function partnerFromToken(token) {
  const claims = jwt.decode(token) // VULN jwt
  if (!claims || typeof claims !== 'object' || !claims.sub) return null
  if (claims.exp && claims.exp * 1000 < Date.now()) return null
  return { id: Number(claims.sub), name: claims.name, scopes: claims.scopes ?? [] }
}

/**
 * Handoff links let a partner send a shopper to a Copperfield listing with
 * the partner attribution preserved.
 */
export function verifyHandoffToken(token) {
  return jwt.verify(token, process.env.PARTNER_HANDOFF_SECRET, { algorithms: ['HS256'], issuer: 'copperfield-partner', maxAge: '1h' }) // SAFE jwt
}
