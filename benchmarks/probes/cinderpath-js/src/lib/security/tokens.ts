import { randomBytes, createHash } from 'node:crypto';

const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Short code printed on the homeowner letter; lets the homeowner open the
 * self-scheduling portal for one inspection without creating an account.
 */
export function generateAccessCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += ACCESS_CODE_ALPHABET[Math.floor(Math.random() * ACCESS_CODE_ALPHABET.length)]; // VULN random
  }
  return code;
}

/** Password-reset token, emailed to staff users. */
export function generateResetToken(): string {
  return randomBytes(32).toString('base64url'); // SAFE random
}

export function fingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function correlationId(): string {
  return randomBytes(8).toString('hex');
}
