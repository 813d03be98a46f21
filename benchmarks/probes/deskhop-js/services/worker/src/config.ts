function env(name: string, fallback: string): string {
  const value = process.env[name];
  return value !== undefined && value !== '' ? value : fallback;
}

export const config = {
  redisUrl: env('REDIS_URL', 'redis://127.0.0.1:6379'),
  amqpUrl: env('AMQP_URL', 'amqp://127.0.0.1'),
  databaseUrl: env('DATABASE_URL', 'mysql://deskhop_worker@127.0.0.1:3306/deskhop'),
  queues: {
    jobs: 'deskhop:jobs',
    deadLetter: 'deskhop:jobs:failed',
    assets: 'deskhop.assets',
    rateCards: 'deskhop.ratecards',
    reports: 'deskhop.reports',
  },
  storage: {
    assetsDir: env('ASSETS_DIR', '/var/lib/deskhop/assets'),
    avatarsDir: env('AVATARS_DIR', '/var/lib/deskhop/avatars'),
    exportsDir: env('EXPORTS_DIR', '/var/lib/deskhop/exports'),
  },
  printers: {
    'lisbon-central': 'Brother_QL_LIS_Reception',
    'porto-ribeira': 'Brother_QL_OPO_Reception',
    'berlin-mitte': 'Dymo_BER_Lobby',
  } as Record<string, string>,
  smtp: {
    host: env('SMTP_HOST', 'smtp.eu.mailgun.org'),
    port: Number(env('SMTP_PORT', '587')),
    user: env('SMTP_USER', 'postmaster@mg.deskhop.io'),
    password: env('SMTP_PASSWORD', ''),
    from: 'Deskhop <hello@deskhop.io>',
  },
};
