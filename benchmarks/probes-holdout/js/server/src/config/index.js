'use strict';

const path = require('path');

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function list(name, fallback) {
  const raw = process.env[name];
  if (!raw) return fallback;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

const root = path.resolve(__dirname, '..', '..');
const dataDir = process.env.VALVEWORK_DATA_DIR || path.join(root, 'var');

module.exports = {
  env: process.env.NODE_ENV || 'development',
  port: Number(process.env.PORT || 4100),
  publicBaseUrl: process.env.PUBLIC_BASE_URL || 'http://localhost:4100',
  pg: {
    connectionString: process.env.DATABASE_URL || 'postgres://valvework@localhost:5432/valvework',
  },
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/valvework',
  redis: {
    host: process.env.REDIS_HOST || '127.0.0.1',
    port: Number(process.env.REDIS_PORT || 6379),
  },
  sessionSecret: requireEnv('SESSION_SECRET'), // SAFE secret
  jwtSecret: requireEnv('JWT_SECRET'),
  jwtIssuer: 'valvework',
  kioskAudience: 'valvework-kiosk',
  paths: {
    root,
    views: path.join(root, 'views'),
    uploads: path.join(dataDir, 'uploads'),
    scores: path.join(dataDir, 'scores'),
    recordings: path.join(dataDir, 'recordings'),
    clips: path.join(dataDir, 'clips'),
    programmes: path.join(dataDir, 'programmes'),
    backups: path.join(dataDir, 'backups'),
    avatars: path.join(dataDir, 'avatars'),
  },
  cors: {
    apiOrigins: list('API_CORS_ORIGINS', ['https://valvework.org', 'https://www.valvework.org']),
  },
  webhooks: {
    trustedPrefixes: list('WEBHOOK_PREFIXES', ['https://hooks.slack.com', 'https://discord.com/api/webhooks']),
  },
  venueMaps: {
    hosts: list('VENUE_MAP_HOSTS', ['tile.openstreetmap.org', 'maps.valvework.org']),
  },
  payments: {
    baseUrl: process.env.PAYMENTS_BASE_URL || 'https://api.gocardless.com',
    token: process.env.PAYMENTS_TOKEN,
    caFile: process.env.PAYMENTS_CA_FILE,
  },
  boxOffice: {
    baseUrl: process.env.BOX_OFFICE_URL || 'https://boxoffice.townhall-legacy.local:8443',
    user: process.env.BOX_OFFICE_USER || 'valvework',
    password: process.env.BOX_OFFICE_PASSWORD,
  },
  mail: {
    apiUrl: process.env.MAIL_API_URL || 'https://api.postmarkapp.com/email',
    token: process.env.MAIL_API_TOKEN,
    from: process.env.MAIL_FROM || 'secretary@valvework.org',
  },
  uploads: {
    maxZipBytes: 200 * 1024 * 1024,
    maxXmlBytes: 5 * 1024 * 1024,
  },
};
