'use strict';

const path = require('path');

function envInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number.parseInt(raw, 10);
  return Number.isNaN(n) ? fallback : n;
}

const rootDir = path.resolve(__dirname, '..', '..');

module.exports = {
  env: process.env.NODE_ENV || 'development',
  port: envInt('PORT', 3000),
  publicBaseUrl: process.env.PUBLIC_BASE_URL || 'http://localhost:3000',
  clubName: process.env.CLUB_NAME || 'Tideway Rowing Club',
  storage: {
    root: process.env.STORAGE_ROOT || path.join(rootDir, 'storage'),
    waivers: process.env.WAIVER_DIR || path.join(rootDir, 'storage', 'waivers'),
    photos: process.env.PHOTO_DIR || path.join(rootDir, 'storage', 'photos'),
    exports: process.env.EXPORT_DIR || path.join(rootDir, 'storage', 'exports'),
    results: process.env.RESULTS_DIR || path.join(rootDir, 'storage', 'results'),
    documents: process.env.DOCUMENT_DIR || path.join(rootDir, 'storage', 'documents'),
  },
  views: path.join(rootDir, 'views'),
  postgres: {
    host: process.env.PGHOST || 'localhost',
    port: envInt('PGPORT', 5432),
    database: process.env.PGDATABASE || 'tideway',
    user: process.env.PGUSER || 'tideway',
    password: process.env.PGPASSWORD,
    max: envInt('PG_POOL_MAX', 10),
  },
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/tideway',
  agendaCollection: process.env.AGENDA_COLLECTION || 'agendaJobs',
  cors: {
    allowedOrigins: (process.env.CORS_ORIGINS || 'https://tideway.club,https://admin.tideway.club')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  },
  timing: {
    baseUrl: process.env.TIMING_BASE_URL || 'https://timing.tideway.internal:8443',
    caFile: process.env.TIMING_CA_FILE || path.join(rootDir, 'certs', 'timing-ca.pem'),
  },
  results: {
    trustedHosts: ['results.britishrowing.org', 'www.regattaresults.co.uk', 'henley.timing.events'],
  },
  bookingWindowDays: envInt('BOOKING_WINDOW_DAYS', 14),
  maxBookingMinutes: envInt('MAX_BOOKING_MINUTES', 180),
};
