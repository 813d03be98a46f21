'use strict';

const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const env = process.env.NODE_ENV || 'development';

function list(value, fallback) {
  if (!value) return fallback;
  return value.split(',').map((v) => v.trim()).filter(Boolean);
}

module.exports = {
  env,
  port: parseInt(process.env.PORT || '8080', 10),
  publicBaseUrl: process.env.PUBLIC_BASE_URL || 'https://tickets.stagegate.io',

  storage: {
    ticketDir: process.env.TICKET_DIR || path.join(root, 'var', 'tickets'),
    exportDir: process.env.EXPORT_DIR || path.join(root, 'var', 'exports'),
    importDir: process.env.IMPORT_DIR || path.join(root, 'var', 'imports'),
    seatMapDir: process.env.SEATMAP_DIR || path.join(root, 'var', 'seatmaps'),
    assetDir: process.env.ASSET_DIR || path.join(root, 'public', 'venue-assets'),
  },

  db: {
    host: process.env.DB_HOST || 'localhost',
    name: process.env.DB_NAME || 'stagegate',
    user: process.env.DB_USER || 'boxoffice',
  },

  mongo: {
    url: process.env.MONGO_URL || 'mongodb://localhost:27017',
    database: process.env.MONGO_DB || 'stagegate_crm',
  },

  jwt: {
    secret: process.env.JWT_SECRET,
    issuer: 'stagegate',
    accessTtl: '2h',
  },

  ldap: {
    url: process.env.LDAP_URL || 'ldaps://directory.stagegate.internal',
    baseDn: 'ou=staff,dc=stagegate,dc=io',
    bindDn: process.env.LDAP_BIND_DN || 'cn=boxoffice-svc,ou=services,dc=stagegate,dc=io',
    bindPassword: process.env.LDAP_BIND_PASSWORD,
  },

  payments: {
    baseUrl: process.env.PAYBRIDGE_URL || 'https://api.paybridge.example.com/v2',
    legacyUrl: process.env.PAYBRIDGE_LEGACY_URL || 'https://legacy.paybridge.example.com',
    apiKey: process.env.PAYBRIDGE_API_KEY,
    caFile: process.env.PAYBRIDGE_CA || path.join(root, 'certs', 'paybridge-ca.pem'),
  },

  webhooks: {
    allowedHosts: list(process.env.WEBHOOK_HOSTS, ['hooks.stagegate.io', 'partners.stagegate.io']),
    timeoutMs: 5000,
  },

  cors: {
    allowedOrigins: list(process.env.CORS_ORIGINS, [
      'https://tickets.stagegate.io',
      'https://boxoffice.stagegate.io',
    ]),
  },

  printers: {
    'front-desk': 'SG_FRONT_DESK_01',
    'will-call': 'SG_WILL_CALL_02',
    'vip-lounge': 'SG_VIP_03',
  },

  banner: {
    html: '<strong>Doors open 60 minutes before showtime.</strong> Bags larger than A4 are not permitted.',
  },

  orders: {
    maxTicketsPerOrder: 10,
    holdMinutes: 15,
  },
};
