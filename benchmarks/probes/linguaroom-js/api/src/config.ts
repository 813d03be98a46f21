import 'dotenv/config';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value || value.trim() === '') {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function listEnv(name: string, fallback: string[]): string[] {
  const raw = process.env[name];
  if (!raw) return fallback;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 3000),
  publicUrl: process.env.PUBLIC_URL ?? 'https://app.linguaroom.school',
  jwtSecret: requireEnv('JWT_SECRET'), // SAFE secret
  jwtIssuer: 'linguaroom-api',
  jwtTtlSeconds: 60 * 60 * 8,
  postgresUrl: requireEnv('DATABASE_URL'),
  mongoUrl: requireEnv('MONGO_URL'),
  mongoDatabase: process.env.MONGO_DB ?? 'linguaroom',
  redis: {
    host: process.env.REDIS_HOST ?? '127.0.0.1',
    port: Number(process.env.REDIS_PORT ?? 6379),
  },
  storage: {
    materialsRoot: process.env.MATERIALS_ROOT ?? '/srv/linguaroom/materials',
    exportsRoot: process.env.EXPORTS_ROOT ?? '/srv/linguaroom/exports',
    importsRoot: process.env.IMPORTS_ROOT ?? '/srv/linguaroom/imports',
    recordingsRoot: process.env.RECORDINGS_ROOT ?? '/srv/linguaroom/recordings',
    backupsRoot: process.env.BACKUPS_ROOT ?? '/srv/linguaroom/backups',
  },
  ldap: {
    url: process.env.LDAP_URL ?? 'ldaps://directory.linguaroom.internal:636',
    bindDn: process.env.LDAP_BIND_DN ?? 'cn=api,ou=services,dc=linguaroom,dc=school',
    bindPassword: requireEnv('LDAP_BIND_PASSWORD'),
    baseDn: process.env.LDAP_BASE_DN ?? 'ou=staff,dc=linguaroom,dc=school',
    caFile: process.env.LDAP_CA_FILE ?? '/etc/linguaroom/ldap-ca.pem',
  },
  sso: {
    authorizeUrl: process.env.SSO_AUTHORIZE_URL ?? 'https://login.microsoftonline.com/linguaroom/oauth2/v2.0/authorize',
    tokenUrl: process.env.SSO_TOKEN_URL ?? 'https://login.microsoftonline.com/linguaroom/oauth2/v2.0/token',
    clientId: process.env.SSO_CLIENT_ID ?? 'linguaroom-staff',
    userinfoUrl: process.env.SSO_USERINFO_URL ?? 'https://graph.microsoft.com/oidc/userinfo',
    clientSecret: requireEnv('SSO_CLIENT_SECRET'),
    callbackUrl: `${process.env.PUBLIC_URL ?? 'https://app.linguaroom.school'}/auth/sso/callback`,
  },
  corsOrigins: listEnv('CORS_ORIGINS', ['https://app.linguaroom.school', 'https://www.linguaroom.school']),
  payrollProviderBase: process.env.PAYBRIDGE_BASE_URL ?? 'https://api.paybridge.eu/v2',
  pageSize: 25,
};

export type AppConfig = typeof config;
