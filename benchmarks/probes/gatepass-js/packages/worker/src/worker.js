import { Worker } from 'bullmq';
import pino from 'pino';
import { deliverWebhook } from './processors/webhooks.js';
import { simulatePricing } from './processors/pricing.js';
import { makeThumbnail } from './processors/thumbnails.js';

const log = pino({ name: 'gatepass-worker' });
const connection = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) };
const handlers = { 'deliver-webhook': deliverWebhook, 'simulate-pricing': simulatePricing, 'photo-thumbnail': makeThumbnail };

const worker = new Worker(
  'gatepass-background',
  async (job) => {
    const handler = handlers[job.name];
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return handler(job, log.child({ jobId: job.id, job: job.name }));
  },
  { connection, concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) },
);

worker.on('failed', (job, err) => log.warn({ jobId: job?.id, err: err.message }, 'job failed'));
process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});
