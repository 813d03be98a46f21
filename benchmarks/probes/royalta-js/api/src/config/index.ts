import path from 'path';

const env = (name: string, fallback = ''): string => process.env[name] ?? fallback;
const dir = (name: string, fallback: string): string => path.resolve(env(name, fallback));

export const config = {
  port: Number(env('PORT', '4000')),
  nodeEnv: env('NODE_ENV', 'development'),
  publicUrl: env('PUBLIC_URL', 'https://app.royalta.io'),
  db: { host: env('PGHOST', 'localhost'), port: Number(env('PGPORT', '5432')), database: env('PGDATABASE', 'royalta'), user: env('PGUSER', 'royalta_api'), password: env('PGPASSWORD') },
  mongoUrl: env('MONGO_URL', 'mongodb://localhost:27017/royalta_events'),
  jwt: { secret: env('JWT_SECRET'), issuer: 'royalta-api', ttl: '2h' },
  webhookSigningKey: env('WEBHOOK_SIGNING_KEY'),
  storage: {
    statementsDir: dir('STATEMENTS_DIR', '/var/lib/royalta/statements'),
    artworkDir: dir('ARTWORK_DIR', '/var/lib/royalta/artwork'),
    importsDir: dir('IMPORTS_DIR', '/var/lib/royalta/imports'),
    exportsDir: dir('EXPORTS_DIR', '/var/lib/royalta/exports'),
    rateCardsFile: dir('RATE_CARDS_FILE', '/etc/royalta/rate-cards.xml'),
    templatesDir: path.resolve(__dirname, '..', '..', 'templates'),
  },
  ldap: {
    url: env('LDAP_URL', 'ldaps://directory.royalta.internal'),
    baseDn: env('LDAP_BASE_DN', 'ou=people,dc=royalta,dc=io'),
    bindDn: env('LDAP_BIND_DN', 'cn=royalta-api,ou=services,dc=royalta,dc=io'),
    bindPassword: env('LDAP_BIND_PASSWORD'),
    caFile: env('LDAP_CA_FILE', '/etc/royalta/certs/directory-ca.pem'),
  },
  login: { defaultReturnPath: '/dashboard', returnHosts: new Set(['app.royalta.io', 'studio.royalta.io']) },
  footerHtml: '<p class="legal">Royalta Ltd &middot; Registered in England 11223344 &middot; <a href="https://royalta.io/terms">Terms</a></p>',
};
