function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '0.0.0.0',
  jwtSecret: requireEnv('DESKLINE_JWT_SECRET'),
  jwtIssuer: 'deskline-api',
  databaseUrl: requireEnv('DATABASE_URL'),
  invoiceDir: process.env.INVOICE_DIR ?? '/var/lib/deskline/invoices',
  floorplanDir: process.env.FLOORPLAN_DIR ?? '/var/lib/deskline/floorplans',
  backupDir: process.env.BACKUP_DIR ?? '/var/backups/deskline',
  webAppUrl: process.env.WEB_APP_URL ?? 'https://app.deskline.io',
  webhookSigningKey: requireEnv('WEBHOOK_SIGNING_KEY'),
  ldap: {
    url: process.env.LDAP_URL ?? 'ldaps://directory.deskline.internal:636',
    baseDn: process.env.LDAP_BASE_DN ?? 'ou=members,dc=deskline,dc=io',
    bindDn: process.env.LDAP_BIND_DN ?? 'cn=api,ou=services,dc=deskline,dc=io',
    bindPassword: requireEnv('LDAP_BIND_PASSWORD'),
  },
  calendarHosts: new Set(['calendar.google.com', 'outlook.office365.com', 'p01-caldav.icloud.com']),
  bcryptRounds: 12,
};
