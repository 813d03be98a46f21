import * as jwt from 'jsonwebtoken';
import { loadMemberTokenSettings } from '../config/security';
import { passwordResetToken, hashPassword, verifyPassword, coachPortalDigest } from '../lib/credentials';
const { memberRepository } = require('../repositories/member.repository');

export class AuthError extends Error {
  status = 401;
}

export class AuthService {
  private settings = loadMemberTokenSettings();

  async login(email: unknown, password: unknown) {
    if (typeof email !== 'string' || typeof password !== 'string') throw new AuthError('Invalid credentials');
    const member = await memberRepository.findByEmail(email);
    if (!member || !(await verifyPassword(password, member.passwordHash))) throw new AuthError('Invalid credentials');
    return { member, token: this.issue(member) };
  }

  issue(member: { id: string; email: string; roles: string[] }): string {
    return jwt.sign({ sub: member.id, email: member.email, roles: member.roles }, this.settings.secret, {
      algorithm: 'HS256',
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      expiresIn: this.settings.accessTtlSeconds,
    });
  }

  async requestReset(email: unknown) {
    if (typeof email !== 'string') return null;
    const member = await memberRepository.findByEmail(email);
    if (!member) return null;
    const token = passwordResetToken();
    await memberRepository.setResetToken(member.id, token, new Date(Date.now() + 30 * 60000));
    return { member, token };
  }

  async completeReset(body: { token?: unknown; password?: unknown }) {
    if (typeof body.password !== 'string' || body.password.length < 10) {
      throw new AuthError('Password must be at least 10 characters');
    }
    const member = await memberRepository.findByResetToken(body.token);
    if (!member) throw new AuthError('Reset link has expired');
    await memberRepository.completeReset(member.id, await hashPassword(body.password));
    return member;
  }

  coachKioskCredential(coachEmail: string, kioskPassword: string) {
    return { login: coachEmail.split('@')[0], digest: coachPortalDigest(kioskPassword) };
  }
}

export const authService = new AuthService();
