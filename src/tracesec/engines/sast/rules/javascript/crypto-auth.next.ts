import { NextRequest, NextResponse } from 'next/server';
import jwt from 'jsonwebtoken';

interface Claims {
  sub?: string;
}

// a route handler that trusts a token it only decodes
export async function POST(req: NextRequest) {
  const bearer = req.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  const token = bearer ?? req.cookies.get('session')?.value ?? '';
  // ruleid: trace.javascript.jwt.insecure-verification
  const claims = jwt.decode(token) as Claims | null;
  if (!claims?.sub) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  return NextResponse.json({ user: claims.sub });
}

export async function GET(req: NextRequest) {
  const token = req.cookies.get('session')?.value ?? '';
  const verified = jwt.verify(token, process.env.JWT_SECRET ?? '', { algorithms: ['HS256'] });
  // ok: trace.javascript.jwt.insecure-verification
  const header = jwt.decode(token, { complete: true })?.header;
  return NextResponse.json({ verified, kid: header?.kid });
}

// a helper of the route module that is not a handler, decoding a stored token
export function expiryOf(stored: string): number {
  // ok: trace.javascript.jwt.insecure-verification
  const claims = jwt.decode(stored) as { exp?: number } | null;
  return claims?.exp ?? 0;
}
