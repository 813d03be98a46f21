import crypto from 'node:crypto';
import path from 'node:path';
import fetch from 'node-fetch';
import { Worker } from 'bullmq';
import { config } from '../config';
import { connection, QUEUE_NAMES } from '../queues';
import { placementRepository } from '../repositories/placementRepository';
import { staffRepository } from '../repositories/staffRepository';
import { probeDuration, transcodeRecording } from '../lib/media';
import type { RecordingJob, WebhookDeliveryJob } from '../types';

const MAX_RECORDING_SECONDS = 15 * 60;

const webhookWorker = new Worker<WebhookDeliveryJob>(
  QUEUE_NAMES.webhookDeliveries,
  async (job) => {
    const hook = await staffRepository.findWebhook(job.data.webhookId);
    if (!hook || !hook.active) {
      return { skipped: true };
    }
    const body = JSON.stringify({ event: job.data.event, deliveredAt: new Date().toISOString(), data: job.data.payload });
    const signature = crypto.createHmac('sha256', hook.signing_secret).update(body).digest('hex');
    const response = await fetch(hook.url, { method: 'POST', body, timeout: 10_000, redirect: 'manual', headers: { 'Content-Type': 'application/json', 'X-Linguaroom-Event': job.data.event, 'X-Linguaroom-Signature': `sha256=${signature}` } }); // VULN ssrf
    await staffRepository.recordDelivery(hook.id, job.data.event, response.status);
    if (response.status >= 500) {
      throw new Error(`Webhook endpoint answered ${response.status}`);
    }
    return { status: response.status };
  },
  { connection, concurrency: 5 },
);

const recordingWorker = new Worker<RecordingJob>(
  QUEUE_NAMES.recordings,
  async (job) => {
    const input = path.join(config.storage.recordingsRoot, job.data.storedName);
    const durationSeconds = probeDuration(input);
    if (durationSeconds > MAX_RECORDING_SECONDS) {
      throw new Error(`Recording is ${Math.round(durationSeconds)}s long, limit is ${MAX_RECORDING_SECONDS}s`);
    }
    const output = path.join(config.storage.recordingsRoot, 'normalised', `${job.data.submissionId}.ogg`);
    await transcodeRecording(input, output);
    await placementRepository.updateRecording(job.data.submissionId, { storedName: job.data.storedName, durationSeconds, transcoded: true });
    return { durationSeconds };
  },
  { connection, concurrency: 1 },
);

for (const worker of [webhookWorker, recordingWorker]) {
  worker.on('failed', (job, err) => console.error(`[${worker.name}] job ${job?.id} failed: ${err.message}`));
}

process.on('SIGTERM', () => {
  void Promise.all([webhookWorker.close(), recordingWorker.close()]).then(() => process.exit(0));
});
