'use strict';

const Boom = require('@hapi/boom');
const config = require('../../config');
const { safeReturnPath, isLocalPath, partnerLink } = require('../../lib/security/redirects');
const { verifySession } = require('../../lib/security/jwt');

const SSO_AUTHORIZE_URL = 'https://sso.wavelength.fm/authorize';

module.exports = (broker) => [
  {
    method: 'GET',
    path: '/login',
    handler: (request, h) => h.view('login', { returnTo: request.query.returnTo || '/', error: null }),
  },
  {
    method: 'POST',
    path: '/login',
    handler: async (request, h) => {
      const { email, password, returnTo } = request.payload || {};
      try {
        const { token } = await broker.call('accounts.login', { email, password });
        h.state(config.auth.cookieName, token);
        return h.redirect(safeReturnPath(returnTo)); // SAFE redirect
      } catch (err) {
        return h.view('login', { returnTo, error: 'That email and password did not match.' }).code(401);
      }
    },
  },
  {
    method: 'POST',
    path: '/register',
    handler: async (request, h) => {
      const { email, displayName, password } = request.payload || {};
      try {
        const { token } = await broker.call('accounts.register', { email, displayName, password });
        h.state(config.auth.cookieName, token);
        return h.redirect('/');
      } catch (err) {
        throw Boom.badRequest(err.message);
      }
    },
  },
  {
    method: 'GET',
    path: '/auth/sso/start',
    handler: (request, h) => {
      const url = new URL(SSO_AUTHORIZE_URL);
      url.searchParams.set('client_id', 'wavelength-web');
      url.searchParams.set('redirect_uri', `${config.publicUrl}/auth/sso/callback`);
      return h.redirect(url.href).state('wl_return', String(request.query.returnTo || '/dashboard'));
    },
  },
  {
    method: 'GET',
    path: '/auth/sso/callback',
    handler: (request, h) => {
      let claims;
      try {
        claims = verifySession(String(request.query.token || ''));
      } catch (err) {
        throw Boom.unauthorized('SSO sign-in failed');
      }
      h.state(config.auth.cookieName, String(request.query.token));
      h.unstate('wl_return');
      const returnTo = request.state.wl_return;
      request.log(['auth'], `staff ${claims.sub} signed in via SSO`);
      return h.redirect(isLocalPath(returnTo) ? returnTo : '/dashboard'); // VULN redirect
    },
  },
  {
    method: 'GET',
    path: '/logout',
    handler: (request, h) => {
      h.unstate(config.auth.cookieName);
      return h.redirect(request.query.next || '/'); // VULN redirect
    },
  },
  {
    method: 'GET',
    path: '/go/{slug}',
    handler: (request, h) => {
      const target = partnerLink(request.params.slug);
      if (!target) {
        throw Boom.notFound('Unknown link');
      }
      return h.redirect(target); // SAFE redirect
    },
  },
];
