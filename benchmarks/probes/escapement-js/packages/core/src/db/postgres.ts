import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { Kysely, PostgresDialect, type ColumnType, type Generated } from 'kysely';
import pg from 'pg';
import { config } from '../config';
import { ALL_ENTITIES } from '../entities';

export interface PartsTable {
  id: Generated<number>;
  sku: string;
  description: string;
  category: string;
  width_mm: number | null;
  height_mm: number | null;
  length_mm: number | null;
  strength_mm: number | null;
  price_pence: number;
  supplier: string;
  supplier_url: string | null;
  stock: number;
  active: Generated<boolean>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface SupplierOffersTable {
  id: Generated<number>;
  sku: string;
  supplier: string;
  price_pence: number;
  lead_time_days: number | null;
  product_url: string | null;
  fetched_at: ColumnType<Date, Date | undefined, Date>;
}

export interface PartsDatabase {
  parts: PartsTable;
  supplier_offers: SupplierOffersTable;
}

let ormPromise: Promise<MikroORM> | undefined;

export function orm(): Promise<MikroORM> {
  ormPromise ??= MikroORM.init({
    clientUrl: config.databaseUrl,
    entities: ALL_ENTITIES,
    debug: config.env === 'development',
    allowGlobalContext: false,
    pool: { min: 1, max: 10 },
  });
  return ormPromise;
}

export async function forkEm(): Promise<EntityManager> {
  const instance = await orm();
  return instance.em.fork();
}

let partsDatabase: Kysely<PartsDatabase> | undefined;

export function partsDb(): Kysely<PartsDatabase> {
  partsDatabase ??= new Kysely<PartsDatabase>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: config.databaseUrl, max: 8, idleTimeoutMillis: 30_000 }),
    }),
  });
  return partsDatabase;
}

export async function closeDatabases(): Promise<void> {
  if (ormPromise) {
    await (await ormPromise).close();
    ormPromise = undefined;
  }
  if (partsDatabase) {
    await partsDatabase.destroy();
    partsDatabase = undefined;
  }
}
