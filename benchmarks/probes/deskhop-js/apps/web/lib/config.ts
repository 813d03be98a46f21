export const SITES = ['lisbon-central', 'porto-ribeira', 'berlin-mitte'] as const;
export type Site = (typeof SITES)[number];

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function optionalEnv(name: string, fallback: string): string {
  const value = process.env[name];
  return value && value.length > 0 ? value : fallback;
}

export const config = {
  appUrl: optionalEnv('APP_URL', 'http://localhost:3000'),
  databaseUrl: requireEnv('DATABASE_URL'),
  mongoUrl: requireEnv('MONGO_URL'),
  mongoDb: optionalEnv('MONGO_DB', 'deskhop'),
  redisUrl: optionalEnv('REDIS_URL', 'redis://127.0.0.1:6379'),
  amqpUrl: optionalEnv('AMQP_URL', 'amqp://127.0.0.1'),
  session: {
    cookie: 'dh_session',
    secret: requireEnv('SESSION_SECRET'), // SAFE secret
    issuer: 'deskhop-web',
    ttlSeconds: 60 * 60 * 12,
  },
  ldap: {
    url: optionalEnv('LDAP_URL', 'ldaps://directory.deskhop.internal:636'),
    bindDn: optionalEnv('LDAP_BIND_DN', 'cn=web-readonly,ou=services,dc=deskhop,dc=io'),
    bindPassword: requireEnv('LDAP_BIND_PASSWORD'),
    baseDn: optionalEnv('LDAP_BASE_DN', 'ou=members,dc=deskhop,dc=io'),
  },
  calendar: {
    baseUrl: 'https://calendar.deskhop.io',
    token: requireEnv('CALENDAR_API_TOKEN'),
  },
  storage: {
    floorplanDir: optionalEnv('FLOORPLAN_DIR', '/var/lib/deskhop/floorplans'),
    uploadDir: optionalEnv('UPLOAD_DIR', '/var/lib/deskhop/uploads'),
  },
  queues: {
    jobs: 'deskhop:jobs',
    assets: 'deskhop.assets',
  },
  passwordReset: {
    ttlMinutes: 60,
  },
};
