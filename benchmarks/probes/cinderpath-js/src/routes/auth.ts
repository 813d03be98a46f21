import type { ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import * as accounts from '../services/accountService';
import { SESSION_COOKIE } from '../plugins/auth';
import { isInternalPath, safeReturnPath } from '../lib/security/urlGuard';
import { logger } from '../lib/logger';

const credentialsSchema = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(1).max(200).required(),
  next: Joi.string().max(512).optional(),
});

export const authRoutes: ServerRoute[] = [
  {
    method: 'POST',
    path: '/auth/login',
    options: { auth: false, validate: { payload: credentialsSchema } },
    handler: async (request, h) => {
      const { email, password, next } = request.payload as { email: string; password: string; next?: string };
      const { token } = await accounts.loginStaff(email, password);
      return h.redirect(safeReturnPath(next)).state(SESSION_COOKIE, token); // SAFE redirect
    },
  },
  {
    method: 'POST',
    path: '/auth/logout',
    handler: (_request, h) => h.redirect('/login').unstate(SESSION_COOKIE),
  },
  {
    method: 'POST',
    path: '/portal/login',
    options: { auth: false, validate: { payload: credentialsSchema } },
    handler: async (request, h) => {
      const { email, password, next } = request.payload as { email: string; password: string; next?: string };
      const { token, claims } = await accounts.loginHomeowner(email, password);
      logger.info('homeowner login', { userId: claims.sub });
      const destination = next && isInternalPath(next) ? next : '/portal';
      return h.redirect(destination).state(SESSION_COOKIE, token); // VULN redirect
    },
  },
  {
    method: 'POST',
    path: '/portal/register',
    options: {
      auth: false,
      validate: {
        payload: Joi.object({
          email: Joi.string().email().required(),
          password: Joi.string().min(10).max(200).required(),
          accessCode: Joi.string().alphanum().min(6).max(12).required(),
        }),
      },
    },
    handler: async (request, h) => {
      const { email, password, accessCode } = request.payload as { email: string; password: string; accessCode: string };
      const { token } = await accounts.registerHomeowner(email, password, accessCode);
      return h.response({ ok: true }).code(201).state(SESSION_COOKIE, token);
    },
  },
  {
    method: 'POST',
    path: '/portal/access-code',
    options: {
      auth: false,
      validate: { payload: Joi.object({ code: Joi.string().alphanum().min(6).max(12).required() }) },
    },
    handler: async (request) => accounts.exchangeAccessCode((request.payload as { code: string }).code),
  },
  {
    method: 'POST',
    path: '/auth/password-reset',
    options: { auth: false, validate: { payload: Joi.object({ email: Joi.string().email().required() }) } },
    handler: async (request, h) => {
      const { email } = request.payload as { email: string };
      const token = await accounts.requestPasswordReset(email);
      if (token) {
        logger.info('password reset issued', { email });
      }
      return h.response({ ok: true }).code(202);
    },
  },
];
