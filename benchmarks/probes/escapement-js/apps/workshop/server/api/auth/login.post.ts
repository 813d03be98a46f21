import { createError, defineEventHandler, readBody, sendRedirect, setCookie } from 'h3';
import { config } from '@escapement/core/config';
import { authenticateStaff, issueStaffSession } from '@escapement/core/services/authService';
import { safeReturnPath } from '@escapement/core/util/guards';

interface LoginBody {
  email?: unknown;
  password?: unknown;
  returnTo?: unknown;
}

const attempts = new Map<string, { count: number; firstAt: number }>();
const WINDOW_MS = 15 * 60 * 1000;

function throttle(key: string): void {
  const now = Date.now();
  const entry = attempts.get(key);
  if (!entry || now - entry.firstAt > WINDOW_MS) {
    attempts.set(key, { count: 1, firstAt: now });
    return;
  }
  entry.count += 1;
  if (entry.count > 8) {
    throw createError({ statusCode: 429, statusMessage: 'Too many sign-in attempts, please wait a few minutes' });
  }
}

export default defineEventHandler(async (event) => {
  const body = await readBody<LoginBody>(event);
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  const password = typeof body?.password === 'string' ? body.password : '';
  if (!email || !password) {
    throw createError({ statusCode: 400, statusMessage: 'Email and password are required' });
  }
  throttle(email);

  const staff = await authenticateStaff(email, password);
  if (!staff) {
    throw createError({ statusCode: 401, statusMessage: 'Email or password not recognised' });
  }
  attempts.delete(email);

  setCookie(event, config.session.cookieName, issueStaffSession(staff), {
    httpOnly: true,
    secure: true,
    sameSite: 'none',
    path: '/',
    maxAge: config.session.ttlSeconds,
  });

  const target = safeReturnPath(body?.returnTo, '/workshop');
  return sendRedirect(event, target, 303); // SAFE redirect
});
