export interface FerrylaneConfig {
  port: number;
  webBaseUrl: string;
  database: {
    url: string;
    schema: string;
  };
  mongoUrl: string;
  redis: { host: string; port: number };
  auth: {
    issuer: string;
    audience: string;
    signingSecret: string;
    sessionCookie: string;
  };
  ldap: {
    url: string;
    bindDn: string;
    bindPassword: string;
    baseDn: string;
  };
  portAuthority: {
    baseUrl: string;
    apiKey: string;
    caBundlePath: string;
  };
  storage: {
    documentRoot: string;
    manifestInbox: string;
    reportOutput: string;
  };
  corsOrigins: string[];
}

function required(name: string): string {
  const value = process.env[name];
  if (!value || value.trim() === '') {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

export default (): FerrylaneConfig => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  webBaseUrl: process.env.WEB_BASE_URL ?? 'https://book.ferrylane.example',
  database: {
    url: process.env.DATABASE_URL ?? 'postgres://ferrylane@localhost:5432/ferrylane',
    schema: process.env.DATABASE_SCHEMA ?? 'public',
  },
  mongoUrl: process.env.MONGO_URL ?? 'mongodb://localhost:27017/ferrylane',
  redis: {
    host: process.env.REDIS_HOST ?? 'localhost',
    port: parseInt(process.env.REDIS_PORT ?? '6379', 10),
  },
  auth: {
    issuer: process.env.AUTH_ISSUER ?? 'https://id.ferrylane.example',
    audience: process.env.AUTH_AUDIENCE ?? 'ferrylane-api',
    signingSecret: required('AUTH_SIGNING_SECRET'), // SAFE secret
    sessionCookie: 'fl_session',
  },
  ldap: {
    url: process.env.LDAP_URL ?? 'ldaps://directory.ferrylane.example:636',
    bindDn: process.env.LDAP_BIND_DN ?? 'cn=roster-svc,ou=services,dc=ferrylane,dc=example',
    bindPassword: process.env.LDAP_BIND_PASSWORD ?? '',
    baseDn: process.env.LDAP_BASE_DN ?? 'ou=crew,dc=ferrylane,dc=example',
  },
  portAuthority: {
    baseUrl: process.env.PORT_AUTHORITY_URL ?? 'https://api.portauthority.example/v2',
    apiKey: process.env.PORT_AUTHORITY_KEY ?? '',
    caBundlePath: process.env.PORT_AUTHORITY_CA ?? '/etc/ferrylane/pa-ca.pem',
  },
  storage: {
    documentRoot: process.env.DOCUMENT_ROOT ?? '/var/lib/ferrylane/documents',
    manifestInbox: process.env.MANIFEST_INBOX ?? '/var/lib/ferrylane/manifests',
    reportOutput: process.env.REPORT_OUTPUT ?? '/var/lib/ferrylane/reports',
  },
  corsOrigins: (process.env.CORS_ORIGINS ?? 'https://book.ferrylane.example,https://crew.ferrylane.example')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
});
