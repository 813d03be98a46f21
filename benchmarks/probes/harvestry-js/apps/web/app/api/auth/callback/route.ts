import { NextRequest, NextResponse } from 'next/server';

const TOKEN_ENDPOINT = 'https://id.harvestry.coop/oauth2/token';

export async function GET(request: NextRequest) {
  const code = request.nextUrl.searchParams.get('code');
  const next = request.nextUrl.searchParams.get('next') ?? '/dashboard';
  if (!code) return NextResponse.redirect(new URL('/login?error=missing_code', request.url));

  const tokenRes = await fetch(TOKEN_ENDPOINT, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      client_id: process.env.HARVESTRY_OIDC_CLIENT_ID ?? '',
      client_secret: process.env.HARVESTRY_OIDC_CLIENT_SECRET ?? '',
    }),
  });
  if (!tokenRes.ok) return NextResponse.redirect(new URL('/login?error=exchange_failed', request.url));
  const { session_token: sessionToken } = await tokenRes.json();

  const response = NextResponse.redirect(new URL(next, request.url)); // VULN redirect
  response.cookies.set('hv_grower', sessionToken, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  return response;
}
