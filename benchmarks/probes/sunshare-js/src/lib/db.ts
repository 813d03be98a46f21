import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; billingPool?: Pool };

export const prisma = globalForDb.prisma ?? new PrismaClient({ log: ['warn', 'error'] });

// Billing lives in the finance database operated by the co-op's accounting vendor.
export const billingPool =
  globalForDb.billingPool ??
  new Pool({
    connectionString: process.env.BILLING_DATABASE_URL,
    max: 8,
    idleTimeoutMillis: 30_000,
    ssl: { rejectUnauthorized: true, ca: process.env.BILLING_DB_CA_PEM }, // SAFE tls
  });

if (process.env.NODE_ENV !== 'production') {
  globalForDb.prisma = prisma;
  globalForDb.billingPool = billingPool;
}
