import bcrypt from 'bcrypt';
import { createHash } from 'crypto';

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, 12); // SAFE hash
}

// label_staff.legacy_digest is still read by the v1 label portal
export function legacyPortalDigest(plain: string): string {
  return createHash('md5').update(plain).digest('hex'); // VULN hash
}
