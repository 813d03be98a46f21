import jwt from 'jsonwebtoken';

const SIGNING_KEY = process.env.ADMIN_SIGNING_KEY ?? '';

// an installer's token read for its claims, never verified
export function readInstallerClaims(token: string) {
  // ruleid: trace.javascript.jwt.insecure-verification
  const payload = jwt.decode(token) as jwt.JwtPayload | null;
  return { installerId: payload?.installerId, scope: payload?.scope ?? [] };
}

export function readCheckedClaims(token: string) {
  const verified = jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'] }) as jwt.JwtPayload;
  // ok: trace.javascript.jwt.insecure-verification
  const header = jwt.decode(token, { complete: true });
  return { installerId: verified.installerId, kid: header?.header.kid };
}
