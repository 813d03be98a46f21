import { NextRequest, NextResponse } from 'next/server';

const INTERNAL_SECTION = /\/(bookings|rooms|desks|community|billing|settings)(\/|$)/;

export function isInternalPath(candidate: string): boolean {
  return INTERNAL_SECTION.test(candidate);
}

export function redirectAfterLogin(req: NextRequest, next: string | null): NextResponse {
  const target = next && next.startsWith('/') ? next : '/dashboard';
  return NextResponse.redirect(new URL(target, req.nextUrl.origin), 303); // VULN redirect
}

export function redirectToSameOrigin(req: NextRequest, returnTo: string | null): NextResponse {
  const origin = req.nextUrl.origin;
  let target = new URL('/', origin);
  if (returnTo) {
    try {
      const candidate = new URL(returnTo, origin);
      if (candidate.origin === origin) {
        target = candidate;
      }
    } catch {
      // malformed URL, fall back to the home page
    }
  }
  return NextResponse.redirect(target, 303); // SAFE redirect
}
