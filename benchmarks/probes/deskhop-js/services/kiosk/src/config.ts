import path from 'node:path';

function env(name: string, fallback: string): string {
  const value = process.env[name];
  return value !== undefined && value !== '' ? value : fallback;
}

export const config = {
  port: Number(env('KIOSK_PORT', '4300')),
  site: env('KIOSK_SITE', 'lisbon-central'),
  mongoUrl: env('MONGO_URL', 'mongodb://127.0.0.1:27017'),
  mongoDb: env('MONGO_DB', 'deskhop'),
  redisUrl: env('REDIS_URL', 'redis://127.0.0.1:6379'),
  jobsQueue: 'deskhop:jobs',
  publicDir: path.resolve(env('KIOSK_PUBLIC_DIR', path.join(__dirname, '..', 'public'))),
  photoDir: path.resolve(env('KIOSK_PHOTO_DIR', '/var/lib/deskhop/kiosk/photos')),
  localPrinter: env('KIOSK_PRINTER', 'Brother_QL_820NWB'),
  maxMessageBytes: 512 * 1024,
};
