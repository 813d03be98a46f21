import path from 'node:path';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
};
const dataRoot = process.env.GATEPASS_DATA_ROOT ?? '/var/lib/gatepass';

export const config = {
  port: Number(process.env.PORT ?? 8080),
  publicBaseUrl: process.env.PUBLIC_BASE_URL ?? 'https://gatepass.io',
  jwt: { secret: env('JWT_SECRET'), issuer: 'gatepass-api', ttl: '2h' },
  redis: { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) },
  storage: {
    documentsRoot: path.join(dataRoot, 'venue-docs'),
    ticketsRoot: path.join(dataRoot, 'tickets'),
    photosRoot: path.join(dataRoot, 'venue-photos'),
    floorplansRoot: path.join(dataRoot, 'floorplans'),
    seatmapsRoot: path.join(dataRoot, 'seatmaps'),
    ticketThemesRoot: path.join(dataRoot, 'ticket-themes'),
  },
  ldap: { url: process.env.LDAP_URL ?? 'ldaps://directory.gatepass.internal', baseDn: 'ou=staff,dc=gatepass,dc=internal' },
  payments: {
    baseUrl: process.env.PAYMENTS_BASE_URL ?? 'https://pay.gatepass.internal',
    partnerCaPath: process.env.PARTNER_CA_PATH ?? '/etc/gatepass/partner-ca.pem',
  },
  cardVaultKey: Buffer.from(env('CARD_VAULT_KEY'), 'base64'),
  trustedRedirectHosts: new Set(['gatepass.io', 'www.gatepass.io', 'box-office.gatepass.io']),
  partnerWebhookHosts: new Set(['hooks.ticketpartner.com', 'api.venuehub.io']),
};
