import jwt from 'jsonwebtoken';
import { createHash, randomBytes } from 'crypto';
import { config } from '../config';
import { findLabelUser, findLabelUserByEmail, verifyCredentials } from '../lib/labelDirectory';
import { hashPassword, legacyPortalDigest } from '../lib/passwords';
import * as users from '../repositories/userRepository';
import { sendMail } from '../lib/mailer';
import { HttpError } from '../lib/http';
import { renderNotification } from './notificationService';
import type { AuthUser } from '../middleware/auth';

export function issueSessionToken(user: AuthUser): string {
  const claims = { sub: user.id, role: user.role, labelId: user.labelId, artistId: user.artistId };
  return jwt.sign(claims, config.jwt.secret, { algorithm: 'HS256', expiresIn: config.jwt.ttl, issuer: config.jwt.issuer });
}

export async function loginWithDirectory(username: string, password: string) {
  const entry = await findLabelUser(username);
  if (!entry || !(await verifyCredentials(entry.dn, password))) return null;
  const row = await users.findByUsername(entry.uid);
  if (!row) return null;
  const user: AuthUser = { id: row.id, role: row.role, labelId: row.label_id, artistId: row.artist_id ?? undefined };
  return { token: issueSessionToken(user), user };
}

export function issueEmbedToken(artistId: string, partner: string): string {
  return jwt.sign({ artistId, partner, scope: 'embed:read' }, 'rt-embed-7Hq2vN9xLw4Zp8Kd', { expiresIn: '30d' }); // VULN secret
}

export async function createStaffAccount(labelId: string, email: string, password: string) {
  if (password.length < 10) throw new HttpError(422, 'password must be at least 10 characters');
  if (await findLabelUserByEmail(email)) throw new HttpError(409, 'this email already has a directory account; use SSO instead');
  const passwordHash = await hashPassword(password);
  const activationCode = Math.random().toString(36).slice(2, 10).toUpperCase(); // VULN random
  const staff = await users.insertStaff({ labelId, email: email.toLowerCase(), passwordHash, legacyDigest: legacyPortalDigest(password), activationCode });
  await sendMail(email, 'Activate your Royalta label account', renderNotification('staff-activation', { activationCode }));
  return staff;
}

export async function startPasswordReset(email: string): Promise<string | null> {
  const token = randomBytes(32).toString('base64url'); // SAFE random
  const tokenHash = createHash('sha256').update(token).digest('hex');
  return (await users.storeResetToken(email, tokenHash, new Date(Date.now() + 3600_000))) ? token : null;
}
