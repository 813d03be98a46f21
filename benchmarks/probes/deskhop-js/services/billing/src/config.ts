import os from 'node:os';
import path from 'node:path';

function env(name: string, fallback: string): string {
  const value = process.env[name];
  return value !== undefined && value !== '' ? value : fallback;
}

export const config = {
  port: Number(env('PORT', '4100')),
  databaseUrl: env('BILLING_DATABASE_URL', 'postgres://deskhop_billing@localhost:5432/billing'),
  pgCaPath: env('PG_CA_PATH', '/etc/deskhop/tls/pg-ca.pem'),
  amqpUrl: env('AMQP_URL', 'amqp://127.0.0.1'),
  auth: {
    publicKeyPath: env('WEB_JWT_PUBLIC_KEY', '/etc/deskhop/keys/web-service.pub'),
    audience: 'deskhop-billing',
    issuer: 'deskhop-web',
  },
  gateway: {
    baseUrl: env('GATEWAY_URL', 'https://api.paybridge.eu/v3'),
    merchantId: env('GATEWAY_MERCHANT_ID', 'deskhop-eu'),
    apiKey: process.env.GATEWAY_API_KEY || 'pb_live_4f9a1c7e2b8d4a60b3e5c1f9d7a2e8c4', // VULN secret
  },
  storage: {
    attachmentsDir: env('ATTACHMENTS_DIR', '/var/lib/deskhop/billing/attachments'),
    exportsDir: env('EXPORTS_DIR', '/var/lib/deskhop/exports'),
    tmpDir: env('PDF_TMP_DIR', os.tmpdir()),
  },
  templatesDir: path.resolve(__dirname, '..', 'templates'),
  currency: 'EUR',
  queues: {
    rateCards: 'deskhop.ratecards',
    reports: 'deskhop.reports',
  },
};
