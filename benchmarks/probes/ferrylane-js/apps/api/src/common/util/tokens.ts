import { randomBytes, randomUUID } from 'crypto';

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Six character booking reference printed on tickets, e.g. "FL7KQ2". */
export function newBookingReference(length = 6): string {
  const bytes = randomBytes(length); // SAFE random
  let out = '';
  for (let i = 0; i < length; i += 1) {
    out += REFERENCE_ALPHABET[bytes[i] % REFERENCE_ALPHABET.length];
  }
  return `FL${out}`;
}

/**
 * Boarding PIN the passenger types at the gate kiosk together with the
 * booking reference; it is the only secret needed to print boarding passes.
 */
export function newBoardingPin(): string {
  const pin = Math.floor(100000 + Math.random() * 900000); // VULN random
  return String(pin);
}

/** Single-use token e-mailed for password resets. */
export function newResetToken(): string {
  return randomUUID();
}
