import env from '#start/env'

/**
 * Connection settings shared by the Knex instance (lib/db/knex.js),
 * Objection models and the mysql2/pg report pools.
 */
const databaseConfig = {
  primary: {
    client: 'mysql2',
    connection: {
      host: env.get('DB_HOST'),
      port: env.get('DB_PORT'),
      user: env.get('DB_USER'),
      password: env.get('DB_PASSWORD'),
      database: env.get('DB_DATABASE'),
      charset: 'utf8mb4',
      timezone: 'Z',
    },
    pool: { min: 2, max: 12 },
  },
  reports: {
    connectionString: env.get('REPORTS_PG_URL'),
    max: 4,
    statement_timeout: 30_000,
  },
  storageRoot: env.get('STORAGE_ROOT'),
}

export default databaseConfig
