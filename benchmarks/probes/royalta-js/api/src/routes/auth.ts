import { Router } from 'express';
import { config } from '../config';
import { createStaffAccount, issueEmbedToken, loginWithDirectory, startPasswordReset } from '../services/authService';
import { renderNotification } from '../services/notificationService';
import { artistBelongsToLabel } from '../repositories/artistRepository';
import { sendMail } from '../lib/mailer';
import { encodePreferences } from '../lib/sessionCodec';
import { asyncHandler, HttpError, safeReturnTo } from '../lib/http';
import { requireRole, requireUser } from '../middleware/auth';

const router = Router();
const SESSION_MAX_AGE_MS = 2 * 60 * 60 * 1000;

router.post('/login', asyncHandler(async (req, res) => {
  const { username, password } = req.body ?? {};
  if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
    throw new HttpError(400, 'username and password are required');
  }
  const session = await loginWithDirectory(username, password);
  if (!session) throw new HttpError(401, 'invalid credentials');
  if (req.is('application/json')) {
    res.json({ token: session.token, expiresIn: SESSION_MAX_AGE_MS / 1000 });
    return;
  }
  res.cookie('royalta_session', session.token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: SESSION_MAX_AGE_MS });
  res.redirect(303, safeReturnTo(req.body.returnTo)); // SAFE redirect
}));

router.get('/me', requireUser, (req, res) => res.json({ user: req.user }));

router.put('/preferences', requireUser, (req, res) => {
  const { currency = req.preferences.currency, locale = req.preferences.locale, dashboardRange = req.preferences.dashboardRange } = req.body ?? {};
  res.cookie('royalta_prefs', encodePreferences({ currency, locale, dashboardRange }), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.status(204).end();
});

router.post('/logout', (_req, res) => res.clearCookie('royalta_session').status(204).end());

router.post('/password-reset', asyncHandler(async (req, res) => {
  const email = String(req.body.email ?? '').trim();
  const token = email.includes('@') ? await startPasswordReset(email) : null;
  if (token) {
    const resetLink = `${config.publicUrl}/reset-password/${token}`;
    await sendMail(email, 'Reset your Royalta password', renderNotification('password-reset', { resetLink }));
  }
  res.status(202).json({ status: 'if the account exists, an email is on its way' });
}));

router.post('/staff', requireUser, requireRole('label_admin'), asyncHandler(async (req, res) => {
  const staff = await createStaffAccount(req.user!.labelId, String(req.body.email ?? ''), String(req.body.password ?? ''));
  res.status(201).json(staff);
}));

router.post('/embed-tokens', requireUser, requireRole('label_admin'), asyncHandler(async (req, res) => {
  const artistId = String(req.body.artistId ?? '');
  if (!(await artistBelongsToLabel(artistId, req.user!.labelId))) throw new HttpError(404, 'artist not found');
  res.status(201).json({ token: issueEmbedToken(artistId, String(req.body.partner ?? 'website')) });
}));

export default router;
