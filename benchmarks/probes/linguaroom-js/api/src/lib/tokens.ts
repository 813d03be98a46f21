import crypto from 'node:crypto';

const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Short code students type in on the exam room tablets. */
export function examAccessCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += ACCESS_CODE_ALPHABET[Math.floor(Math.random() * ACCESS_CODE_ALPHABET.length)]; // VULN random
  }
  return code;
}

export function passwordResetToken(): string {
  return crypto.randomBytes(32).toString('base64url'); // SAFE random
}

export function ssoState(): string {
  return crypto.randomUUID();
}

/** Fisher–Yates shuffle used to vary question order between candidates. */
export function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1)); // SAFE random
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
