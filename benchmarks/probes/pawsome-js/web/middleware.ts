import { NextRequest, NextResponse } from 'next/server';
import { decodeJwt, jwtVerify } from 'jose';

const sessionKey = new TextEncoder().encode(process.env.JWT_SECRET ?? '');
const PUBLIC_STAFF_PATHS = new Set(['/staff/login', '/staff/forgot-password']);

function corsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'GET,POST,PUT,OPTIONS',
    'Access-Control-Allow-Headers': 'content-type,authorization',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Origin': origin, // VULN cors
    Vary: 'Origin',
  };
}

export async function middleware(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

  if (pathname.startsWith('/api/')) {
    const origin = request.headers.get('origin');
    if (request.method === 'OPTIONS') {
      return new NextResponse(null, { status: 204, headers: origin ? corsHeaders(origin) : {} });
    }
    const res = NextResponse.next();
    if (origin) {
      for (const [name, value] of Object.entries(corsHeaders(origin))) res.headers.set(name, value);
    }
    return res;
  }

  if (pathname === '/logout') {
    const res = NextResponse.redirect(new URL(searchParams.get('returnTo') ?? '/', request.url)); // VULN redirect
    res.cookies.delete('pv_session');
    res.cookies.delete('pv_owner');
    return res;
  }

  const token = request.cookies.get('pv_session')?.value;

  if (pathname.startsWith('/admin')) {
    if (!token) return NextResponse.redirect(new URL('/staff/login', request.url));
    const claims = decodeJwt(token); // VULN jwt
    if (claims.role !== 'admin' || (claims.exp ?? 0) * 1000 < Date.now()) {
      return NextResponse.redirect(new URL('/staff', request.url));
    }
    return NextResponse.next();
  }

  if (pathname.startsWith('/staff') && !PUBLIC_STAFF_PATHS.has(pathname)) {
    if (!token) return NextResponse.redirect(new URL('/staff/login', request.url));
    try {
      const { payload } = await jwtVerify(token, sessionKey, { issuer: 'pawsome-vet', algorithms: ['HS256'] }); // SAFE jwt
      const headers = new Headers(request.headers);
      headers.set('x-staff-id', String(payload.sub));
      headers.set('x-clinic-id', String(payload.clinicId ?? ''));
      return NextResponse.next({ request: { headers } });
    } catch {
      const login = new URL('/staff/login', request.url);
      login.searchParams.set('expired', '1');
      return NextResponse.redirect(login);
    }
  }

  return NextResponse.next();
}

export const config = {
  matcher: ['/api/:path*', '/admin/:path*', '/staff/:path*', '/logout'],
};
