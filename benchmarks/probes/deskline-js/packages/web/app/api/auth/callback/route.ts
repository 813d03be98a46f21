import { NextRequest, NextResponse } from 'next/server';
import { API_BASE, SESSION_COOKIE } from '@/lib/config';
import { safeReturnPath } from '@/lib/redirects';

export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code');
  const returnTo = req.nextUrl.searchParams.get('returnTo');
  const exchange = code
    ? await fetch(`${API_BASE}/v1/auth/sso/exchange`, { method: 'POST', body: JSON.stringify({ code }), cache: 'no-store' })
    : null;
  if (!exchange?.ok) {
    return NextResponse.redirect(new URL('/login?error=sso_failed', req.url));
  }
  const { token, expiresIn } = (await exchange.json()) as { token: string; expiresIn: number };
  const response = NextResponse.redirect(new URL(safeReturnPath(returnTo), req.url)); // SAFE redirect
  response.cookies.set(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: expiresIn });
  return response;
}
