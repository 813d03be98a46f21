import Boom from '@hapi/boom';
import { Prisma } from '@prisma/client';
import { userRepository } from '../repositories/userRepository';
import { inspectionRepository } from '../repositories/inspectionRepository';
import {
  digestPortalPassword,
  hashStaffPassword,
  verifyPortalPassword,
  verifyStaffPassword,
} from '../lib/security/passwords';
import { generateResetToken, fingerprint } from '../lib/security/tokens';
import { issueSession, SessionClaims } from '../lib/security/jwt';
import { deepMerge } from '../lib/merge';
import { logger } from '../lib/logger';

const STAFF_ROLES = new Set(['admin', 'underwriter', 'scheduler', 'inspector']);
const MIN_PASSWORD = 10;

export interface LoginResult {
  token: string;
  claims: SessionClaims;
}

export async function loginStaff(email: string, password: string): Promise<LoginResult> {
  const user = await userRepository.findByEmail(email);
  if (!user || !STAFF_ROLES.has(user.role) || user.passwordAlgo !== 'scrypt') {
    throw Boom.unauthorized('invalid credentials');
  }
  if (!(await verifyStaffPassword(password, user.passwordHash))) {
    throw Boom.unauthorized('invalid credentials');
  }
  const claims: SessionClaims = {
    sub: user.id,
    role: user.role as SessionClaims['role'],
    carrierId: user.carrierId ?? undefined,
  };
  return { token: issueSession(claims), claims };
}

export async function loginHomeowner(email: string, password: string): Promise<LoginResult> {
  const user = await userRepository.findByEmail(email);
  if (!user || user.role !== 'homeowner' || !verifyPortalPassword(password, user.passwordHash)) {
    throw Boom.unauthorized('invalid credentials');
  }
  const claims: SessionClaims = { sub: user.id, role: 'homeowner' };
  return { token: issueSession(claims, 3600), claims };
}

export async function registerHomeowner(email: string, password: string, accessCode: string): Promise<LoginResult> {
  if (password.length < MIN_PASSWORD) {
    throw Boom.badRequest(`password must be at least ${MIN_PASSWORD} characters`);
  }
  const inspection = await inspectionRepository.findByAccessCode(accessCode.toUpperCase());
  if (!inspection) {
    throw Boom.notFound('access code not recognised');
  }
  if (await userRepository.findByEmail(email)) {
    throw Boom.conflict('an account already exists for this email');
  }
  const user = await userRepository.create({
    email,
    role: 'homeowner',
    passwordHash: digestPortalPassword(password),
    passwordAlgo: 'portal-v1',
  });
  logger.info('homeowner registered', { userId: user.id, inspectionId: inspection.id });
  const claims: SessionClaims = { sub: user.id, role: 'homeowner', inspectionId: inspection.id };
  return { token: issueSession(claims, 3600), claims };
}

/** Letter-based entry: the access code alone grants a short homeowner session for one inspection. */
export async function exchangeAccessCode(code: string): Promise<{ token: string; inspectionId: string }> {
  const inspection = await inspectionRepository.findByAccessCode(code.toUpperCase());
  if (!inspection || inspection.status === 'cancelled') {
    throw Boom.unauthorized('access code not recognised');
  }
  const claims: SessionClaims = { sub: `access:${inspection.id}`, role: 'homeowner', inspectionId: inspection.id };
  return { token: issueSession(claims, 1800), inspectionId: inspection.id };
}

export async function createStaffUser(email: string, role: string, carrierId: string | null, password: string) {
  if (!STAFF_ROLES.has(role)) throw Boom.badRequest('unknown role');
  return userRepository.create({
    email,
    role,
    carrierId,
    passwordHash: await hashStaffPassword(password),
    passwordAlgo: 'scrypt',
  });
}

export async function requestPasswordReset(email: string): Promise<string | null> {
  const user = await userRepository.findByEmail(email);
  if (!user || !STAFF_ROLES.has(user.role)) return null;
  const token = generateResetToken();
  await userRepository.setResetToken(user.id, fingerprint(token));
  return token;
}

/** Inspector app pushes partial UI preference patches (map layers, units, offline regions). */
export async function updatePreferences(userId: string, patch: Record<string, unknown>) {
  const user = await userRepository.findById(userId);
  if (!user) throw Boom.notFound('user not found');
  const current = (user.preferences && typeof user.preferences === 'object' ? user.preferences : {}) as Record<string, unknown>;
  const merged = deepMerge(current, patch);
  await userRepository.savePreferences(userId, merged as Prisma.InputJsonValue);
  return merged;
}
