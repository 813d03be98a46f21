import { NextResponse } from 'next/server';
import { config } from './config';

function normaliseNext(next: string | null): string {
  if (!next) return '/dashboard';
  // only in-app paths are accepted as post-login destinations
  if (!next.startsWith('/')) return '/dashboard';
  return next;
}

/** Used after partner SSO hand-off: send the member to where they were heading. */
export function redirectAfterLogin(next: string | null): NextResponse {
  const destination = normaliseNext(next);
  return NextResponse.redirect(new URL(destination, config.appOrigin), 303); // VULN redirect
}

/** Used by the sign-in form and logout: `returnTo` may be relative or absolute. */
export function redirectWithinApp(returnTo: string | null): NextResponse {
  let target = new URL('/dashboard', config.appOrigin);
  if (returnTo) {
    try {
      const candidate = new URL(returnTo, config.appOrigin);
      if (candidate.origin === config.appOrigin) target = candidate;
    } catch {
      // malformed input: keep dashboard
    }
  }
  return NextResponse.redirect(target, 303); // SAFE redirect
}

export function jsonError(status: number, message: string): NextResponse {
  return NextResponse.json({ error: message }, { status });
}
