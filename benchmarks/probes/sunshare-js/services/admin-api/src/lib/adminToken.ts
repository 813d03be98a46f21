import jwt from 'jsonwebtoken';

export interface AdminCredentials {
  sub: string;
  name: string;
  groups: string[];
}

export interface InstallerClaims {
  installerId: number;
  company: string;
  scope: string[];
}

function loadSigningKey(): string {
  const key = process.env.ADMIN_JWT_SECRET;
  if (!key || key.length < 32) throw new Error('ADMIN_JWT_SECRET must be set (32+ chars)');
  return key;
}

const SIGNING_KEY = loadSigningKey();

export function signAdminToken(creds: AdminCredentials): string {
  return jwt.sign({ name: creds.name, groups: creds.groups }, SIGNING_KEY, {
    algorithm: 'HS256',
    subject: creds.sub,
    issuer: 'sunshare-admin',
    expiresIn: '4h',
  });
}

export function verifyAdminToken(token: string): AdminCredentials {
  const payload = jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'], issuer: 'sunshare-admin' }) as jwt.JwtPayload; // SAFE jwt
  return { sub: String(payload.sub), name: String(payload.name), groups: (payload.groups as string[]) ?? [] };
}

/**
 * Installer partners call the reporting endpoints with the token the installer
 * gateway gave them. Only the identifying claims are needed here.
 */
export function readInstallerClaims(token: string): InstallerClaims {
  const payload = jwt.decode(token) as jwt.JwtPayload | null; // VULN jwt
  if (!payload || typeof payload.installerId !== 'number') {
    throw new Error('Installer token missing installerId');
  }
  return {
    installerId: payload.installerId,
    company: String(payload.company ?? ''),
    scope: Array.isArray(payload.scope) ? payload.scope : [],
  };
}
