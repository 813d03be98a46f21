// Central runtime configuration for the Sunshare member portal.
// Values come from the deployment environment (see infra/helm/values-*.yaml).

function requiredSecret(name: string): string {
  const value = process.env[name];
  if (!value || value.length < 32) {
    throw new Error(`Environment variable ${name} is missing or shorter than 32 characters`);
  }
  return value;
}

export const config = {
  appOrigin: process.env.SUNSHARE_APP_ORIGIN ?? 'https://app.sunshare.coop',
  sessionSecret: new TextEncoder().encode(requiredSecret('SUNSHARE_SESSION_SECRET')), // SAFE secret
  sessionTtlSeconds: 60 * 60 * 8,
  statementsDir: process.env.STATEMENTS_DIR ?? '/var/lib/sunshare/statements',
  annualSummaryDir: process.env.ANNUAL_SUMMARY_DIR ?? '/var/lib/sunshare/annual',
  pdfToolPath: process.env.PDF_TOOL ?? '/usr/local/bin/wkhtmltopdf',
  mongoUrl: process.env.ARCHIVE_MONGO_URL ?? 'mongodb://localhost:27017/sunshare_archive',
  allowedWebhookHosts: ['hooks.sunshare-partners.com', 'installer-hooks.sunshare.coop'],
  partnerHandoffIssuer: 'https://portal.sunshare-partners.com',
  defaultTariffCentsPerKwh: 11.4,
} as const;

export type AppConfig = typeof config;
