'use strict';

const axios = require('axios');
const { Worker } = require('bullmq');
const { connectMongo } = require('../db');
const { connection } = require('../queue/queues');
const sectionService = require('../services/sectionService');
const { startReminderWorker } = require('./reminderWorker');
const { startProgrammeWorker } = require('./programmeWorker');

/* ---------- section calendar feeds ---------- */

function startCalendarWorker() {
  return new Worker(
    'calendars',
    async (job) => {
      const count = await sectionService.syncCalendar(job.data.sectionId);
      return { events: count };
    },
    { connection, concurrency: 4, limiter: { max: 20, duration: 60000 } }
  );
}

/* ---------- outgoing webhooks (Slack / Discord) ---------- */

async function deliverWebhook(job) {
  const { url, payload, deliveryId } = job.data;
  const response = await axios.post(url, payload, { timeout: 10000, headers: { 'Content-Type': 'application/json', 'X-Valvework-Delivery': deliveryId } }); // VULN ssrf
  return { status: response.status };
}

function startWebhookWorker() {
  return new Worker('webhooks', deliverWebhook, { connection, concurrency: 5 });
}

async function main() {
  await connectMongo();
  const workers = [startReminderWorker(), startCalendarWorker(), startWebhookWorker(), startProgrammeWorker()];
  for (const worker of workers) {
    worker.on('failed', (job, err) => console.error(`[${worker.name}] job ${job && job.id} failed:`, err.message));
    worker.on('completed', (job) => console.log(`[${worker.name}] job ${job.id} done`));
  }
  const stop = async () => {
    await Promise.all(workers.map((w) => w.close()));
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((err) => {
    console.error('Worker start-up failed', err);
    process.exit(1);
  });
}

module.exports = { startCalendarWorker, startWebhookWorker, deliverWebhook };
