'use strict';

const path = require('path');

module.exports = {
  port: Number(process.env.PORT || 4000),
  env: process.env.NODE_ENV || 'development',
  sessionSecret: process.env.SESSION_SECRET,
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379/2',
  publicBaseUrl: process.env.PUBLIC_BASE_URL || 'https://seatwise.io',
  portalBaseUrl: process.env.PORTAL_BASE_URL || 'https://promoters.seatwise.io',
  exportRoot: process.env.EXPORTS_DIR || '/var/lib/seatwise/exports',
  posterDir: process.env.POSTER_DIR || '/var/lib/seatwise/posters',
  posterTemplate: process.env.POSTER_TEMPLATE || '/opt/seatwise/poster-base.png',
  emailTemplateDir: path.join(__dirname, 'views', 'email'),
  smtp: {
    host: process.env.SMTP_HOST || 'smtp.seatwise.internal',
    port: Number(process.env.SMTP_PORT || 587),
    from: process.env.SMTP_FROM || 'Seatwise <no-reply@seatwise.io>',
  },
};
