import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.string(),
  APP_URL: Env.schema.string(),
  DB_HOST: Env.schema.string({ format: 'host' }),
  DB_PORT: Env.schema.number(),
  DB_USER: Env.schema.string(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string(),
  REPORTS_PG_URL: Env.schema.string(),
  REDIS_HOST: Env.schema.string({ format: 'host' }),
  REDIS_PORT: Env.schema.number(),
  LDAP_URL: Env.schema.string(),
  LDAP_BIND_DN: Env.schema.string(),
  LDAP_BIND_PASSWORD: Env.schema.string(),
  CARRIER_API_URL: Env.schema.string(),
  CARRIER_API_KEY: Env.schema.string(),
  STORAGE_ROOT: Env.schema.string(),
})
