import { MongoClient, type Db } from 'mongodb';
import { config } from '../config';

const globalForMongo = globalThis as unknown as { deskhopMongo?: Promise<MongoClient> };

function connect(): Promise<MongoClient> {
  if (!globalForMongo.deskhopMongo) {
    const client = new MongoClient(config.mongoUrl, {
      maxPoolSize: 10,
      appName: 'deskhop-web',
    });
    globalForMongo.deskhopMongo = client.connect();
  }
  return globalForMongo.deskhopMongo;
}

export async function getMongo(): Promise<Db> {
  const client = await connect();
  return client.db(config.mongoDb);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
