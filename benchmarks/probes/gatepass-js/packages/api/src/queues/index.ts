import { Queue } from 'bullmq';
import { config } from '../config/index.js';

const connection = { host: config.redis.host, port: config.redis.port };

export const backgroundQueue = new Queue('gatepass-background', {
  connection,
  defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: 500 },
});

export const mailQueue = new Queue('gatepass-mail', { connection });

export function enqueueWebhookTest(promoterId: string, url: string, sample: unknown) {
  return backgroundQueue.add('deliver-webhook', { promoterId, url, payload: { type: 'gatepass.test', data: sample } });
}

export function enqueuePricingSimulation(eventId: number, rule: { name: string; formula: string }) {
  return backgroundQueue.add('simulate-pricing', { eventId, rule });
}

export function enqueuePhotoThumbnail(photoPath: string, size: string) {
  return backgroundQueue.add('photo-thumbnail', { photoPath, size });
}
