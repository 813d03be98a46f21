'use strict';

const path = require('path');

function requireEnv(name) {
  const value = process.env[name];
  if (!value || value.trim() === '') {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function intEnv(name, fallback) {
  const raw = process.env[name];
  const parsed = Number.parseInt(raw, 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

const root = path.resolve(__dirname, '..', '..');

module.exports = {
  env: process.env.NODE_ENV || 'development',
  publicUrl: process.env.PUBLIC_URL || 'https://wavelength.fm',
  hapi: {
    host: process.env.HOST || '0.0.0.0',
    port: intEnv('PORT', 8080),
  },
  feathers: {
    port: intEnv('FEATHERS_PORT', 3030),
  },
  database: {
    connectionString: process.env.DATABASE_URL || 'postgres://wavelength@localhost:5432/wavelength',
    poolSize: intEnv('DB_POOL_SIZE', 10),
  },
  redis: {
    host: process.env.REDIS_HOST || '127.0.0.1',
    port: intEnv('REDIS_PORT', 6379),
  },
  auth: {
    jwtSecret: requireEnv('WAVELENGTH_JWT_SECRET'), // SAFE secret
    jwtIssuer: 'wavelength.fm',
    sessionTtlSeconds: 60 * 60 * 8,
    cookieName: 'wl_session',
  },
  ldap: {
    url: process.env.LDAP_URL || 'ldaps://directory.wavelength.fm',
    baseDn: 'ou=staff,dc=wavelength,dc=fm',
    bindDn: process.env.LDAP_BIND_DN,
    bindPassword: process.env.LDAP_BIND_PASSWORD,
  },
  icecast: {
    adminUrl: process.env.ICECAST_ADMIN_URL || 'https://stream.wavelength.fm:8443/admin/',
    relayUrl: process.env.ICECAST_RELAY_URL || 'https://relay.wavelength.fm/live',
    caFile: process.env.ICECAST_CA_FILE || path.join(root, 'certs', 'icecast-ca.pem'),
  },
  storage: {
    mediaRoot: process.env.MEDIA_ROOT || path.join(root, 'var', 'media'),
    artworkDir: process.env.ARTWORK_DIR || path.join(root, 'var', 'media', 'artwork'),
    uploadDir: process.env.UPLOAD_DIR || path.join(root, 'var', 'uploads'),
    archiveDir: process.env.ARCHIVE_DIR || path.join(root, 'var', 'archive'),
    packDir: process.env.PACK_DIR || path.join(root, 'var', 'packs'),
  },
  feeds: {
    allowedHosts: ['feeds.wavelength.fm', 'anchor.fm', 'feeds.simplecast.com', 'rss.art19.com'],
    artworkHosts: ['images.wavelength.fm', 'cdn.simplecast.com', 'd3t3ozftmdmh3i.cloudfront.net'],
  },
  integrations: {
    musicbrainzBase: 'https://musicbrainz.org/ws/2/',
    chatWebhookBase: 'https://chat.wavelength.fm/hooks/',
    partnerPrefix: 'https://partners.wavelength.fm',
  },
  views: {
    nunjucksDir: path.join(root, 'views'),
    pugDir: path.join(root, 'views', 'pug'),
  },
};
