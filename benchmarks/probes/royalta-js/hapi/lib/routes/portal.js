'use strict';

const config = require('../config');

const RETURN_HOSTS = new Set(config.portal.returnHosts);

module.exports = [
  {
    method: 'GET',
    path: '/portal/return',
    options: { auth: false },
    handler: (request, h) => {
      let target;
      try {
        target = new URL(String(request.query.to || ''));
      } catch (err) {
        return h.redirect(config.portal.defaultUrl);
      }
      if (target.protocol !== 'https:' || !RETURN_HOSTS.has(target.hostname)) return h.redirect(config.portal.defaultUrl);
      return h.redirect(target.href); // SAFE redirect
    },
  },
];
