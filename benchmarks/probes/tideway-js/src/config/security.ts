import * as fs from 'fs';

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
  secret: string;
}

function readSecretFile(p: string | undefined): string | undefined {
  if (!p) return undefined;
  try {
    return fs.readFileSync(p, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function loadMemberTokenSettings(): TokenSettings {
  const secret = process.env.MEMBER_JWT_SECRET || readSecretFile(process.env.MEMBER_JWT_SECRET_FILE); // SAFE secret
  if (!secret || secret.length < 32) {
    throw new Error('MEMBER_JWT_SECRET must be configured (min 32 chars)');
  }
  return {
    issuer: 'tideway',
    audience: 'tideway-members',
    accessTtlSeconds: 60 * 60 * 8,
    secret,
  };
}

// Regatta organiser API (LoopBack) tokens
export const REGATTA_API_ISSUER = 'tideway-regatta';
export const REGATTA_API_SIGNING_KEY = 'Tw-regatta-2021!sculls&sweeps'; // VULN secret

export const WEBHOOK_SIGNATURE_HEADER = 'x-tideway-signature';
