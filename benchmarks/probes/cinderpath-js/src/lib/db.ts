import { PrismaClient } from '@prisma/client';
import { logger } from './logger';

declare global {
  // eslint-disable-next-line no-var
  var __cinderpathPrisma: PrismaClient | undefined;
}

export const prisma: PrismaClient =
  globalThis.__cinderpathPrisma ??
  new PrismaClient({
    log: [
      { emit: 'event', level: 'warn' },
      { emit: 'event', level: 'error' },
    ],
  });

if (process.env.NODE_ENV !== 'production') {
  globalThis.__cinderpathPrisma = prisma;
}

prisma.$on('warn' as never, (e: unknown) => logger.warn('prisma warning', { e }));
prisma.$on('error' as never, (e: unknown) => logger.error('prisma error', { e }));
