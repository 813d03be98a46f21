import path from 'node:path';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value || value.trim() === '') {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const parsed = Number.parseInt(raw, 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

const dataRoot = process.env.CINDERPATH_DATA_ROOT ?? '/var/lib/cinderpath';

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  http: {
    host: process.env.HOST ?? '0.0.0.0',
    port: intEnv('PORT', 4080),
    publicBaseUrl: process.env.PUBLIC_BASE_URL ?? 'https://app.cinderpath.io',
  },
  auth: {
    jwtSecret: requireEnv('CINDERPATH_JWT_SECRET'), // SAFE secret
    sessionTtlSeconds: intEnv('SESSION_TTL_SECONDS', 8 * 3600),
    issuer: 'cinderpath',
  },
  kafka: {
    brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(','),
    clientId: process.env.KAFKA_CLIENT_ID ?? 'cinderpath-api',
    caPath: process.env.KAFKA_CA_PATH ?? '/etc/cinderpath/kafka-ca.pem',
    username: process.env.KAFKA_USERNAME ?? '',
    password: process.env.KAFKA_PASSWORD ?? '',
  },
  storage: {
    reportsDir: path.join(dataRoot, 'reports'),
    exportsDir: path.join(dataRoot, 'exports'),
    photosDir: path.join(dataRoot, 'photos'),
    importsDir: path.join(dataRoot, 'imports'),
    tilesDir: path.join(dataRoot, 'tiles'),
    rastersDir: path.join(dataRoot, 'rasters'),
    scratchDir: process.env.CINDERPATH_SCRATCH ?? '/tmp/cinderpath',
  },
  views: {
    root: path.resolve(__dirname, '..', '..', 'views'),
    mustacheRoot: path.resolve(__dirname, '..', '..', 'templates'),
  },
  integrations: {
    nwsBaseUrl: 'https://api.weather.gov',
    tileHosts: ['tiles.cinderpath.io', 'basemap.cinderpath.io'],
    imageryDomain: 'cinderpath.io',
  },
  portal: {
    allowedOrigins: ['https://app.cinderpath.io', 'https://homeowner.cinderpath.io'],
  },
};

export type AppConfig = typeof config;
