import { MongoClient, type Db } from 'mongodb';
import { env } from '$env/dynamic/private';

let client: MongoClient | null = null;

export async function catalogDb(): Promise<Db> {
  client ??= await new MongoClient(env.CATALOG_MONGO_URL ?? 'mongodb://localhost:27017', { maxPoolSize: 5 }).connect();
  return client.db(env.CATALOG_DB ?? 'royalta_catalog');
}

export interface ArtistDoc {
  slug: string;
  name: string;
  bio?: string;
  country: string;
  tracks: { isrc: string; title: string; lifetimeStreams: number }[];
}
