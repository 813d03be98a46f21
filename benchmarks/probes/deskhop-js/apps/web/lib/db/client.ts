import mysql from 'mysql2/promise';
import { drizzle } from 'drizzle-orm/mysql2';
import { config } from '../config';
import * as schema from './schema';

const globalForDb = globalThis as unknown as { deskhopPool?: mysql.Pool };

export const pool: mysql.Pool =
  globalForDb.deskhopPool ??
  mysql.createPool({
    uri: config.databaseUrl,
    connectionLimit: 10,
    waitForConnections: true,
    timezone: 'Z',
    dateStrings: false,
  });

if (process.env.NODE_ENV !== 'production') {
  globalForDb.deskhopPool = pool;
}

export const db = drizzle(pool, { schema, mode: 'default' });
