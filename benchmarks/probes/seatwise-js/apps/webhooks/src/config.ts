function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} must be set`);
  }
  return value;
}

/** BANK_MERCHANT_SECRETS="SW-NL-01:abc123,SW-BE-01:def456" */
function merchantSecrets(raw: string | undefined): Map<string, string> {
  const secrets = new Map<string, string>();
  for (const pair of (raw ?? '').split(',')) {
    const idx = pair.indexOf(':');
    if (idx > 0) {
      secrets.set(pair.slice(0, idx).trim(), pair.slice(idx + 1).trim());
    }
  }
  return secrets;
}

export const config = {
  port: Number.parseInt(process.env.PORT ?? '8080', 10),
  host: process.env.HOST ?? '0.0.0.0',
  webBaseUrl: process.env.WEB_BASE_URL ?? 'https://app.seatwise.io',
  redis: {
    host: process.env.REDIS_HOST ?? 'localhost',
    port: Number.parseInt(process.env.REDIS_PORT ?? '6379', 10),
    password: process.env.REDIS_PASSWORD,
  },
  providerSigningSecret: required('PAYMENT_WEBHOOK_SECRET'),
  bankMerchantSecrets: merchantSecrets(process.env.BANK_MERCHANT_SECRETS),
};

export type WebhookConfig = typeof config;
