export interface WorkerConfig {
  redis: { host: string; port: number; password?: string };
  databaseUrl: string;
  mongoUrl: string;
  payments: { apiBase: string; apiKey: string };
  storage: { ticketsDir: string; exportsDir: string; workDir: string };
  concurrency: { refunds: number; exports: number; tickets: number; feeds: number };
}

function env(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function int(name: string, fallback: number): number {
  const parsed = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

export function loadWorkerConfig(): WorkerConfig {
  const dataRoot = env('DATA_ROOT', '/var/lib/seatwise');
  return {
    redis: { host: env('REDIS_HOST', 'localhost'), port: int('REDIS_PORT', 6379), password: process.env.REDIS_PASSWORD },
    databaseUrl: env('DATABASE_URL'),
    mongoUrl: env('MONGO_URL'),
    payments: { apiBase: env('PAYMENTS_API_BASE', 'https://api.paylane.example/'), apiKey: env('PAYMENTS_API_KEY') },
    storage: {
      ticketsDir: env('TICKETS_DIR', `${dataRoot}/tickets`),
      exportsDir: env('EXPORTS_DIR', `${dataRoot}/exports`),
      workDir: env('WORK_DIR', '/tmp/seatwise-worker'),
    },
    concurrency: {
      refunds: int('REFUND_CONCURRENCY', 4),
      exports: int('EXPORT_CONCURRENCY', 2),
      tickets: int('TICKET_CONCURRENCY', 4),
      feeds: int('FEED_CONCURRENCY', 2),
    },
  };
}
