import * as path from 'path';

const env = process.env;

export const appConfig = {
  port: parseInt(env.PORT ?? '3000', 10),
  databaseUrl: env.DATABASE_URL ?? 'postgres://harvestry@localhost:5432/harvestry',
  jwt: { issuer: 'harvestry-api', growerTtl: '15m', staffSecret: env.STAFF_JWT_SECRET ?? '' },
  storage: {
    documentsRoot: path.resolve(env.DOCS_ROOT ?? '/var/lib/harvestry/documents'),
    uploadsRoot: path.resolve(env.UPLOADS_ROOT ?? '/var/lib/harvestry/uploads'),
    labReportsRoot: path.resolve(env.LAB_REPORTS_ROOT ?? '/var/lib/harvestry/lab-reports'),
  },
  ldap: {
    url: env.LDAP_URL ?? 'ldaps://directory.harvestry.coop',
    baseDn: 'ou=staff,dc=harvestry,dc=coop',
    bindDn: env.LDAP_BIND_DN ?? 'cn=api,ou=services,dc=harvestry,dc=coop',
    bindPassword: env.LDAP_BIND_PASSWORD ?? '',
  },
  bank: {
    baseUrl: 'https://api.agricredit-bank.example/v2/',
    caFile: env.BANK_CA_FILE ?? '/etc/harvestry/agricredit-ca.pem',
    clearingHouseUrl: 'https://clearing.regional-coops.example/submit',
  },
  partnerHosts: ['certs.soilcheck-labs.example', 'reports.agrilab.example'],
  grades: ['A', 'B', 'C', 'PROCESSING'],
};

export const GROWER_TOKEN_KEY = 'hv-grower-7f3a9c2e51d04b8e-2024';
