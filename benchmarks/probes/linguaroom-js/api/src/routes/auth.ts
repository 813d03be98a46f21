import type { FastifyPluginAsync } from 'fastify';
import { config } from '../config';
import { authService } from '../services/authService';
import { safeLocalPath } from '../lib/urls';

const SESSION_COOKIE = 'lr_session';

const cookieOptions = {
  path: '/',
  httpOnly: true,
  secure: config.env === 'production',
  sameSite: 'lax' as const,
  maxAge: config.jwtTtlSeconds,
};

const authRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { email: string; password: string } }>(
    '/auth/login',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'password'],
          properties: {
            email: { type: 'string', format: 'email', maxLength: 254 },
            password: { type: 'string', minLength: 1, maxLength: 256 },
          },
        },
      },
    },
    async (request, reply) => {
      const { token, staff } = await authService.login(request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return { token, staff };
    },
  );

  app.get<{ Querystring: { returnTo?: string } }>(
    '/auth/sso/start',
    { schema: { querystring: { type: 'object', properties: { returnTo: { type: 'string', maxLength: 1024 } } } } },
    async (request, reply) => {
      const authorizeUrl = await authService.beginSso(request.query.returnTo);
      return reply.redirect(authorizeUrl);
    },
  );

  app.get<{ Querystring: { state: string; code: string } }>(
    '/auth/sso/callback',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['state', 'code'],
          properties: { state: { type: 'string', format: 'uuid' }, code: { type: 'string', maxLength: 4096 } },
        },
      },
    },
    async (request, reply) => {
      const { token, returnTo } = await authService.completeSso(request.query.state, request.query.code);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return reply.redirect(returnTo ?? '/dashboard'); // VULN redirect
    },
  );

  app.get<{ Querystring: { next?: string } }>('/auth/logout', async (request, reply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect(safeLocalPath(request.query.next, '/login')); // SAFE redirect
  });

  app.post<{ Body: { email: string } }>(
    '/auth/password-reset',
    {
      schema: {
        body: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } },
      },
    },
    async (request, reply) => {
      await authService.requestPasswordReset(request.body.email);
      return reply.code(202).send({ message: 'If the address belongs to a staff account, a reset link is on its way.' });
    },
  );
};

export default authRoutes;
