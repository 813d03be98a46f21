'use strict';

const path = require('path');

const env = process.env;

module.exports = {
  port: Number(env.PORT || 4000),
  mongoUrl: env.MONGO_URL || 'mongodb://localhost:27017/harvestry',
  pg: { host: env.PGHOST || 'localhost', database: env.PGDATABASE || 'harvestry', user: env.PGUSER || 'portal' },
  sessionKey: env.PORTAL_SESSION_KEY,
  cookieKeys: (env.PORTAL_COOKIE_KEYS || '').split(',').filter(Boolean),
  allowedOrigins: ['https://harvestry.coop', 'https://www.harvestry.coop', 'https://buyers.harvestry.coop'],
  exportDir: path.resolve(env.EXPORT_DIR || '/var/lib/harvestry/exports'),
  importDir: path.resolve(env.IMPORT_DIR || '/var/lib/harvestry/imports'),
  labelDir: path.resolve(env.LABEL_DIR || '/var/spool/harvestry/labels'),
  printers: ['dock-1', 'dock-2', 'coldroom-zebra'],
  partnerLinks: {
    agricredit: 'https://online.agricredit-bank.example/login',
    weather: 'https://www.weatherline.example/stations/harvestry',
    soilcheck: 'https://portal.soilcheck-labs.example/',
  },
};
