import { NextRequest, NextResponse } from 'next/server';

const ALLOWED_ORIGINS = new Set(
  (process.env.CORS_ORIGINS ?? 'https://deskhop.io,https://admin.deskhop.io')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
);

function applyCors(res: NextResponse, origin: string): NextResponse {
  res.headers.set('Access-Control-Allow-Origin', origin); // SAFE cors
  res.headers.set('Access-Control-Allow-Credentials', 'true');
  res.headers.set('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  res.headers.set('Access-Control-Allow-Headers', 'Content-Type,Authorization');
  res.headers.append('Vary', 'Origin');
  return res;
}

export function middleware(req: NextRequest) {
  const origin = req.headers.get('origin');
  const allowed = origin !== null && ALLOWED_ORIGINS.has(origin);

  if (req.method === 'OPTIONS') {
    const preflight = new NextResponse(null, { status: 204 });
    return allowed ? applyCors(preflight, origin) : preflight;
  }

  const res = NextResponse.next();
  return allowed ? applyCors(res, origin) : res;
}

export const config = {
  matcher: '/api/:path*',
};
