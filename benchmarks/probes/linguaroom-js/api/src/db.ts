import knexFactory from 'knex';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { MongoClient, Db } from 'mongodb';
import { config } from './config';

export const knex = knexFactory({
  client: 'pg',
  connection: config.postgresUrl,
  pool: { min: 1, max: 10 },
});

const pool = new Pool({ connectionString: config.postgresUrl, max: 5 });
export const db = drizzle(pool);

const mongoClient = new MongoClient(config.mongoUrl, { maxPoolSize: 10 });
let mongoReady: Promise<MongoClient> | null = null;

export async function mongo(): Promise<Db> {
  if (!mongoReady) {
    mongoReady = mongoClient.connect();
  }
  const client = await mongoReady;
  return client.db(config.mongoDatabase);
}

export async function closeDatabases(): Promise<void> {
  await Promise.allSettled([knex.destroy(), pool.end(), mongoClient.close()]);
}
