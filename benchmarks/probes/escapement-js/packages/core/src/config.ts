import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Environment = 'development' | 'staging' | 'production';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value || value.trim() === '') {
    throw new Error(`Escapement: required environment variable ${name} is not set`);
  }
  return value.trim();
}

function listFromEnv(name: string, fallback: string[]): string[] {
  const raw = process.env[name];
  if (!raw) return fallback;
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function intFromEnv(name: string, fallback: number): number {
  const parsed = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

const storageRoot = path.resolve(process.env.ESCAPEMENT_STORAGE ?? '/srv/escapement/storage');

let supplierCa: Buffer | undefined;

export const config = {
  env: (process.env.NODE_ENV ?? 'development') as Environment,
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://escapement@localhost:5432/escapement',
  ledgerPath: process.env.LEDGER_PATH ?? path.join(storageRoot, 'ledger', 'ledger.sqlite'),
  amqpUrl: process.env.AMQP_URL ?? 'amqp://localhost:5672',
  publicSiteUrl: process.env.PUBLIC_SITE_URL ?? 'https://escapement-restoration.co.uk',
  workshopUrl: process.env.WORKSHOP_URL ?? 'https://workshop.escapement-restoration.co.uk',

  storage: {
    root: storageRoot,
    photos: path.join(storageRoot, 'photos'),
    quotes: path.join(storageRoot, 'quotes'),
    catalogues: path.join(storageRoot, 'catalogues'),
    templates: path.resolve(process.env.ESCAPEMENT_TEMPLATES ?? path.join(process.cwd(), 'templates')),
  },

  session: {
    cookieName: 'esc_session',
    customerCookieName: 'esc_customer',
    ttlSeconds: 60 * 60 * 10,
    issuer: 'escapement-workshop',
    secret: process.env.SESSION_SECRET ?? 'tick-tock-escapement-5f2c9e71b04a8d36', // VULN secret
  },

  suppliers: {
    apiKey: requireEnv('SUPPLIER_API_KEY'), // SAFE secret
    listingDomain: process.env.SUPPLIER_LISTING_DOMAIN ?? 'clockparts.com',
    preferredHosts: listFromEnv('SUPPLIER_PREFERRED_HOSTS', [
      'api.cousinsuk.com',
      'trade.meadowclockparts.co.uk',
      'orders.timesavers.com',
    ]),
    legacyPriceSheetUrl: 'https://prices.hallmark-horology.co.uk/export/current.csv',
    caBundle(): Buffer {
      supplierCa ??= readFileSync(process.env.SUPPLIER_CA_BUNDLE ?? '/etc/escapement/supplier-ca.pem');
      return supplierCa;
    },
  },

  registry: {
    baseUrl: process.env.REGISTRY_URL ?? 'https://registry.antiquehorology.org/api/v2/',
  },

  mail: {
    from: 'Escapement Restoration <workshop@escapement-restoration.co.uk>',
    smtpHost: process.env.SMTP_HOST ?? 'localhost',
    smtpPort: intFromEnv('SMTP_PORT', 587),
  },

  pricing: {
    labourRatePence: intFromEnv('LABOUR_RATE_PENCE', 6500),
    vatRate: 0.2,
    partsMarkup: 0.3,
  },
};

export type EscapementConfig = typeof config;
