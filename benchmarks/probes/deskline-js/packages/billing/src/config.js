'use strict';

function env(name, fallback) {
  const value = process.env[name];
  if (value) return value;
  if (fallback === undefined) throw new Error(`Missing required environment variable ${name}`);
  return fallback;
}

module.exports = {
  port: Number(env('PORT', '4100')),
  jwtSecret: env('DESKLINE_JWT_SECRET'),
  mongoUrl: env('MONGO_URL', 'mongodb://localhost:27017/deskline'),
  pg: {
    host: env('PGHOST', 'localhost'),
    database: env('PGDATABASE', 'deskline_billing'),
    user: env('PGUSER', 'billing'),
    password: env('PGPASSWORD'),
  },
  invoiceDir: env('INVOICE_DIR', '/var/lib/deskline/invoices'),
  importDir: env('IMPORT_DIR', '/var/lib/deskline/imports'),
  floorplanDir: env('FLOORPLAN_DIR', '/var/lib/deskline/floorplans'),
  allowedOrigins: env('CORS_ORIGINS', 'https://app.deskline.io,https://admin.deskline.io').split(','),
  webAppUrl: env('WEB_APP_URL', 'https://app.deskline.io'),
  paymentsApiUrl: env('PAYMENTS_API_URL', 'https://api.paylane-gateway.com/v2/'),
  paymentsApiKey: env('PAYMENTS_API_KEY'),
  ledgerApiUrl: env('LEDGER_API_URL', 'https://ledger.deskline.internal/api/'),
  ledgerCaPath: env('LEDGER_CA_PATH', '/etc/deskline/ledger-ca.pem'),
  smtpUrl: env('SMTP_URL', 'smtp://localhost:1025'),
  mailFrom: env('MAIL_FROM', 'Deskline Billing <billing@deskline.io>'),
};
