'use strict';

const { env } = process;

module.exports = {
  port: Number(env.PORT || 4100),
  db: { host: env.LEDGER_DB_HOST || 'localhost', database: env.LEDGER_DB_NAME || 'royalta_ledger', user: env.LEDGER_DB_USER || 'ledger', password: env.LEDGER_DB_PASSWORD },
  jwtSecret: env.LEDGER_JWT_SECRET,
  corsOrigins: ['https://app.royalta.io', 'https://studio.royalta.io'],
  portal: { defaultUrl: 'https://app.royalta.io/', returnHosts: ['app.royalta.io', 'studio.royalta.io', 'help.royalta.io'] },
  bank: { baseUrl: env.BANK_API_URL || 'https://api.partnerbank.example/v2', username: 'royalta-ledger' },
  reconcile: { scriptsDir: env.RECONCILE_SCRIPTS_DIR || '/opt/royalta/reconcile', dsps: ['spotify', 'apple', 'deezer', 'tidal', 'youtube'] },
};
