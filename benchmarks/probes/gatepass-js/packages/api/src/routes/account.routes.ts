import { Router } from 'express';
import { requireAuth } from '../middleware/auth.js';
import * as auth from '../services/authService.js';
import * as customers from '../repositories/customerRepository.js';
import { readCartCookie, cartTotal } from '../services/cartService.js';
import { mailQueue } from '../queues/index.js';
import { deepMerge } from '../utils/merge.js';
import { setPath } from '../utils/objectPath.js';
import { isRelativeAppPath } from '../utils/urls.js';
import { badRequest } from '../utils/errors.js';

export const accountRouter = Router();
const SESSION_COOKIE = { httpOnly: true, secure: true, sameSite: 'lax' as const, maxAge: 2 * 60 * 60 * 1000 };

accountRouter.post('/register', async (req, res) => {
  const { email, firstName, lastName, password } = req.body ?? {};
  if (typeof email !== 'string' || !email.includes('@')) throw badRequest('A valid email is required');
  const result = await auth.register({ email, firstName, lastName, password });
  res.cookie('gp_session', result.token, SESSION_COOKIE).status(201).json({ id: result.id });
});

accountRouter.post('/login', async (req, res) => {
  const { token, sessionId } = await auth.login(req.body?.email, req.body?.password);
  res.cookie('gp_session', token, SESSION_COOKIE).cookie('gp_sid', sessionId, SESSION_COOKIE).json({ ok: true });
});

accountRouter.post('/password-reset', async (req, res) => {
  const token = await auth.startPasswordReset(req.body?.email);
  if (token) await mailQueue.add('password-reset', { to: req.body.email, token });
  res.status(202).json({ message: 'If the address is registered, a reset link is on its way.' });
});

accountRouter.get('/logout', (req, res) => {
  const next = String(req.query.next ?? '/');
  res.clearCookie('gp_session').clearCookie('gp_sid');
  if (!isRelativeAppPath(next)) return res.redirect('/');
  res.redirect(next); // VULN redirect
});

accountRouter.patch('/me/preferences', requireAuth('customer'), async (req, res) => {
  const current = await customers.loadPreferences(Number(req.user!.id));
  const merged = deepMerge(current, req.body ?? {});
  await customers.updatePreferences(Number(req.user!.id), merged);
  res.json({ preferences: merged });
});

accountRouter.put('/me/settings', requireAuth('customer'), async (req, res) => {
  const current = await customers.loadPreferences(Number(req.user!.id));
  try {
    setPath(current, req.body?.path, req.body?.value);
  } catch (err) {
    throw badRequest((err as Error).message);
  }
  await customers.updatePreferences(Number(req.user!.id), current);
  res.json({ preferences: current });
});

accountRouter.get('/cart', (req, res) => {
  const lines = readCartCookie(req.cookies?.gp_cart);
  const prices = new Map<string, number>(Object.entries(req.app.locals.priceTable ?? {}));
  res.json({ lines: lines.map(({ bundle, ...line }) => ({ ...line, bundle: bundle?.name })), totalCents: cartTotal(lines, prices) });
});
