import { Queue } from 'bullmq';
import { config } from './config';
import type { PayrollExportJob, RecordingJob, WebhookDeliveryJob } from './types';

export const connection = {
  host: config.redis.host,
  port: config.redis.port,
};

const defaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: 500,
  removeOnFail: 1_000,
};

export const QUEUE_NAMES = {
  payrollExports: 'payroll-exports',
  webhookDeliveries: 'webhook-deliveries',
  recordings: 'placement-recordings',
} as const;

export const payrollExportQueue = new Queue<PayrollExportJob>(QUEUE_NAMES.payrollExports, { connection, defaultJobOptions });
export const webhookQueue = new Queue<WebhookDeliveryJob>(QUEUE_NAMES.webhookDeliveries, { connection, defaultJobOptions });
export const recordingQueue = new Queue<RecordingJob>(QUEUE_NAMES.recordings, { connection, defaultJobOptions });

export async function closeQueues(): Promise<void> {
  await Promise.allSettled([payrollExportQueue.close(), webhookQueue.close(), recordingQueue.close()]);
}
