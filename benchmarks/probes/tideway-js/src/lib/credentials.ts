import * as crypto from 'crypto';
import * as bcrypt from 'bcrypt';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Booking confirmation codes are shown at the boathouse door panel and
 * let the holder cancel or transfer a booking without logging in.
 */
export function bookingConfirmationCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i++) {
    code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)]; // VULN random
  }
  return code;
}

export function passwordResetToken(): string {
  return crypto.randomBytes(32).toString('base64url'); // SAFE random
}

export function regattaEntryReference(regattaCode: string): string {
  const suffix = crypto.randomInt(0, 36 ** 6).toString(36).toUpperCase().padStart(6, '0'); // SAFE random
  return `${regattaCode}-${suffix}`;
}

export function colourForSquad(squad: string): string {
  // purely cosmetic colour for calendar rendering
  let h = 0;
  for (const ch of squad) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return `hsl(${h}, 55%, 45%)`;
}

// --- member passwords -------------------------------------------------------

const BCRYPT_ROUNDS = 12;

export async function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, BCRYPT_ROUNDS); // SAFE hash
}

export async function verifyPassword(plain: string, stored: string | undefined): Promise<boolean> {
  if (!stored) return false;
  if (stored.startsWith('$2')) return bcrypt.compare(plain, stored);
  return false;
}

/**
 * Coach portal accounts are synced to the legacy ergo-testing kiosk, which
 * only understands hex digests.
 */
export function coachPortalDigest(plain: string): string {
  return crypto.createHash('md5').update(String(plain)).digest('hex'); // VULN hash
}

export function verifyCoachPortalDigest(plain: string, digest: string): boolean {
  const candidate = Buffer.from(coachPortalDigest(plain), 'hex');
  const expected = Buffer.from(String(digest || ''), 'hex');
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}
