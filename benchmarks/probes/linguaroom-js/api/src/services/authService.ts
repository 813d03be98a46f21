import crypto from 'node:crypto';
import { promisify } from 'node:util';
import fetch from 'node-fetch';
import { config } from '../config';
import { signStaffToken } from '../plugins/auth';
import { staffRepository } from '../repositories/staffRepository';
import { hashToken, passwordResetToken, ssoState } from '../lib/tokens';
import { HttpError, type StaffClaims, type StaffRecord } from '../types';

const scryptAsync = promisify(crypto.scrypt) as (password: string, salt: string, keylen: number) => Promise<Buffer>;

export async function hashPassword(password: string, salt = crypto.randomBytes(16).toString('hex')): Promise<{ hash: string; salt: string }> {
  const derived = await scryptAsync(password.normalize('NFKC'), salt, 64); // SAFE hash
  return { hash: derived.toString('hex'), salt };
}

async function passwordMatches(staff: StaffRecord, password: string): Promise<boolean> {
  if (!staff.password_hash || !staff.password_salt) return false;
  const { hash } = await hashPassword(password, staff.password_salt);
  const expected = Buffer.from(staff.password_hash, 'hex');
  const actual = Buffer.from(hash, 'hex');
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

function claimsFor(staff: StaffRecord): StaffClaims {
  return { sub: staff.id, email: staff.email, name: staff.display_name, role: staff.role };
}

export const authService = {
  async login(email: string, password: string): Promise<{ token: string; staff: StaffClaims }> {
    const staff = await staffRepository.findByEmail(email);
    if (!staff || !(await passwordMatches(staff, password))) {
      throw new HttpError(401, 'Unknown e-mail address or wrong password');
    }
    const claims = claimsFor(staff);
    return { token: signStaffToken(claims), staff: claims };
  },

  async beginSso(returnTo: string | undefined): Promise<string> {
    const state = ssoState();
    await staffRepository.saveSsoState(state, returnTo ?? null);
    const params = new URLSearchParams({
      client_id: config.sso.clientId,
      response_type: 'code',
      redirect_uri: config.sso.callbackUrl,
      scope: 'openid email profile',
      state,
    });
    return `${config.sso.authorizeUrl}?${params.toString()}`;
  },

  async completeSso(state: string, code: string): Promise<{ token: string; returnTo: string | null }> {
    const stored = await staffRepository.consumeSsoState(state);
    if (!stored) {
      throw new HttpError(400, 'Sign-in request expired, please try again');
    }

    const tokenResponse = await fetch(config.sso.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: config.sso.callbackUrl,
        client_id: config.sso.clientId,
        client_secret: config.sso.clientSecret,
      }).toString(),
    });
    if (!tokenResponse.ok) {
      throw new HttpError(502, 'Identity provider rejected the sign-in');
    }
    const tokens = (await tokenResponse.json()) as { access_token: string };

    const userinfo = await fetch(config.sso.userinfoUrl, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    const profile = (await userinfo.json()) as { email?: string };
    const staff = profile.email ? await staffRepository.findByEmail(profile.email) : null;
    if (!staff) {
      throw new HttpError(403, 'No Linguaroom staff account is linked to this identity');
    }
    return { token: signStaffToken(claimsFor(staff)), returnTo: stored.return_to };
  },

  async requestPasswordReset(email: string): Promise<void> {
    const staff = await staffRepository.findByEmail(email);
    if (!staff) return;
    const token = passwordResetToken();
    await staffRepository.storeResetToken(staff.id, hashToken(token));
    await staffRepository.queueMail(staff.email, 'staff-password-reset', {
      name: staff.display_name,
      link: `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
    });
  },
};
