import Redis from 'ioredis';
import { config } from './config';

const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
redis.on('error', (err) => console.error('[kiosk] redis', err.message));

export interface BadgePrintJob {
  type: 'badge.print';
  site: string;
  visitorName: string;
  company: string;
  hostEmail: string;
  day: string;
}

export async function enqueueBadgePrint(job: Omit<BadgePrintJob, 'type'>): Promise<void> {
  await redis.lpush(config.jobsQueue, JSON.stringify({ type: 'badge.print', ...job, enqueuedAt: new Date().toISOString() }));
}
