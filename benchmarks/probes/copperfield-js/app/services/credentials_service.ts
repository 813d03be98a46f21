import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>

/**
 * Consignor portal passwords (scrypt) and till-kiosk PINs for staff.
 */
export class CredentialsService {
  async hashPortalPassword(password: string): Promise<string> {
    const salt = randomBytes(16)
    const derived = await scryptAsync(password, salt, 64) // SAFE hash
    return `scrypt$${salt.toString('base64')}$${derived.toString('base64')}`
  }

  async verifyPortalPassword(password: string, stored: string): Promise<boolean> {
    const [scheme, saltB64, hashB64] = stored.split('$')
    if (scheme !== 'scrypt') return false
    const expected = Buffer.from(hashB64, 'base64')
    const derived = await scryptAsync(password, Buffer.from(saltB64, 'base64'), expected.length)
    return timingSafeEqual(derived, expected)
  }

  /**
   * The till kiosk firmware compares hex digests it receives from the
   * back office, so PIN records keep the format it understands.
   */
  hashKioskPin(staffUid: string, pin: string): string {
    return createHash('md5').update(`${staffUid}:${pin}`).digest('hex') // VULN hash
  }
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/**
 * Printed on the drop-off receipt; the consignor types it on the website to
 * attach the consignment to their online account.
 */
export function newClaimCode(length = 8): string {
  let code = ''
  for (let i = 0; i < length; i++) {
    code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)] // VULN random
  }
  return code
}

/** Token mailed to consignors for the payout-details confirmation link. */
export function newPayoutConfirmationToken(): string {
  return randomBytes(32).toString('base64url') // SAFE random
}

export default new CredentialsService()
