// hapi: a handler's cookies are the client's (request.state)
'use strict';

const routes = [
  {
    method: 'GET',
    path: '/auth/sso/callback',
    handler: (request, h) => {
      const returnTo = request.state.wl_return;
      // ruleid: trace.javascript.open-redirect.tainted-redirect
      return h.redirect(returnTo);
    },
  },
  {
    method: 'GET',
    path: '/home',
    handler: (request, h) => {
      // ok: trace.javascript.open-redirect.tainted-redirect
      return h.redirect('/dashboard');
    },
  },
];

// Koa's ctx.state is the server's own
async function show(ctx) {
  // ok: trace.javascript.open-redirect.tainted-redirect
  ctx.redirect(ctx.state.home);
}

module.exports = { routes, show };
