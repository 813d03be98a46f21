import { createCookieSessionStorage, Session } from '@remix-run/node';

const sessionSecret = process.env.PORTAL_SESSION_SECRET;
if (!sessionSecret) {
  throw new Error('PORTAL_SESSION_SECRET must be set');
}

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__cp_portal',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 8,
    secrets: [sessionSecret],
  },
});

export function getSession(request: Request): Promise<Session> {
  return sessionStorage.getSession(request.headers.get('Cookie'));
}

export const commitSession = sessionStorage.commitSession;
export const destroySession = sessionStorage.destroySession;

/**
 * Carrier agent portals deep-link homeowners here and want them sent back
 * to the carrier site once scheduling is done.
 */
export function rememberReturnTo(session: Session, returnTo: string | null): void {
  if (returnTo && returnTo.length <= 500) {
    session.set('returnTo', returnTo);
  }
}

export function takeReturnTo(session: Session, fallback: string): string {
  const value = session.get('returnTo');
  session.unset('returnTo');
  return typeof value === 'string' && value ? value : fallback;
}

export function apiToken(session: Session): string | null {
  const token = session.get('apiToken');
  return typeof token === 'string' ? token : null;
}
