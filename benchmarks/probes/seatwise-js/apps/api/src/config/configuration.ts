export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  jwtSecret: string;
  ticketSigning: { publicKey: string; privateKey: string };
  corsOrigins: string[];
  webBaseUrl: string;
  database: { url: string; ssl: boolean };
  mongoUrl: string;
  redis: { host: string; port: number; password?: string };
  ldap: { url: string; bindDn: string; bindPassword: string; baseDn: string; doorGroupDn: string };
  sso: { tokenUrl: string; userInfoUrl: string; clientId: string; clientSecret: string; redirectUri: string };
  storage: { ticketsDir: string; invoicesDir: string; seatmapDir: string; mediaDir: string };
  media: { allowedHosts: string[]; maxBytes: number };
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function optional(name: string, fallback: string): string {
  return process.env[name] ?? fallback;
}

function list(name: string, fallback: string[]): string[] {
  const raw = process.env[name];
  if (!raw) return fallback;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function pem(name: string): string {
  return required(name).replace(/\\n/g, '\n');
}

let cached: AppConfig | undefined;

export function loadConfig(): AppConfig {
  if (cached) return cached;
  const env = (process.env.NODE_ENV ?? 'development') as AppConfig['env'];
  const dataRoot = optional('DATA_ROOT', '/var/lib/seatwise');

  cached = {
    env,
    port: Number.parseInt(optional('PORT', '3000'), 10),
    jwtSecret: required('JWT_SECRET'), // SAFE secret
    ticketSigning: {
      publicKey: pem('TICKET_PUBLIC_KEY'),
      privateKey: pem('TICKET_PRIVATE_KEY'),
    },
    corsOrigins: list('CORS_ORIGINS', ['https://app.seatwise.io', 'https://promoters.seatwise.io']),
    webBaseUrl: optional('WEB_BASE_URL', 'https://app.seatwise.io'),
    database: { url: required('DATABASE_URL'), ssl: env === 'production' },
    mongoUrl: required('MONGO_URL'),
    redis: {
      host: optional('REDIS_HOST', 'localhost'),
      port: Number.parseInt(optional('REDIS_PORT', '6379'), 10),
      password: process.env.REDIS_PASSWORD,
    },
    ldap: {
      url: optional('LDAP_URL', 'ldaps://directory.seatwise.internal:636'),
      bindDn: optional('LDAP_BIND_DN', 'cn=seatwise-api,ou=services,dc=seatwise,dc=io'),
      bindPassword: required('LDAP_BIND_PASSWORD'),
      baseDn: optional('LDAP_BASE_DN', 'ou=staff,dc=seatwise,dc=io'),
      doorGroupDn: optional('LDAP_DOOR_GROUP', 'cn=door-staff,ou=groups,dc=seatwise,dc=io'),
    },
    sso: {
      tokenUrl: optional('SSO_TOKEN_URL', 'https://login.seatwise.io/oauth2/token'),
      userInfoUrl: optional('SSO_USERINFO_URL', 'https://login.seatwise.io/oauth2/userinfo'),
      clientId: optional('SSO_CLIENT_ID', 'seatwise-api'),
      clientSecret: required('SSO_CLIENT_SECRET'),
      redirectUri: optional('SSO_REDIRECT_URI', 'https://api.seatwise.io/api/auth/sso/callback'),
    },
    storage: {
      ticketsDir: optional('TICKETS_DIR', `${dataRoot}/tickets`),
      invoicesDir: optional('INVOICES_DIR', `${dataRoot}/invoices`),
      seatmapDir: optional('SEATMAP_DIR', `${dataRoot}/seatmaps`),
      mediaDir: optional('MEDIA_DIR', `${dataRoot}/media`),
    },
    media: {
      allowedHosts: list('MEDIA_ALLOWED_HOSTS', ['images.seatwise.io', 'cdn.venuesuite.com']),
      maxBytes: 5 * 1024 * 1024,
    },
  };
  return cached;
}
