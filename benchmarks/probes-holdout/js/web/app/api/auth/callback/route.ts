import { NextRequest, NextResponse } from 'next/server';
import { completeLogin } from '@/lib/session';

const API_BASE = process.env.VALVEWORK_API_URL ?? 'http://localhost:4100';

/**
 * The Express app finishes the login and bounces the browser here with a
 * one-time code and the page the member originally wanted.
 */
export async function GET(request: NextRequest) {
  const code = request.nextUrl.searchParams.get('code');
  const returnTo = request.nextUrl.searchParams.get('returnTo') || '/';
  if (!code) {
    return NextResponse.redirect(new URL('/login?error=missing_code', request.url));
  }

  const exchange = await fetch(`${API_BASE}/api/session/exchange`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
    cache: 'no-store',
  });
  if (!exchange.ok) {
    return NextResponse.redirect(new URL('/login?error=expired', request.url));
  }
  const { token, maxAge } = (await exchange.json()) as { token: string; maxAge: number };

  return completeLogin({ token, maxAge, returnTo, requestUrl: request.url });
}
