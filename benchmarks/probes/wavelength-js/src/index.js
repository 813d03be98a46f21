'use strict';

require('reflect-metadata');
const { ServiceBroker } = require('moleculer');
const config = require('./config');

function createBroker() {
  const broker = new ServiceBroker({
    nodeID: process.env.NODE_ID || `wavelength-${process.pid}`,
    transporter: process.env.TRANSPORTER || null,
    logger: { type: 'Console', options: { level: process.env.LOG_LEVEL || 'info' } },
    validator: true,
    requestTimeout: 30 * 1000,
    retryPolicy: { enabled: false },
  });
  broker.createService(require('./moleculer/requests.service'));
  broker.createService(require('./moleculer/archive.service'));
  broker.createService(require('./moleculer/staff.service'));
  broker.createService(require('./moleculer/accounts.service'));
  return broker;
}

async function startWeb() {
  const { createServer } = require('./hapi/server');
  const { createFeathersApp } = require('./feathers/app');

  const broker = createBroker();
  await broker.start();

  const server = await createServer(broker);
  await server.start();
  // eslint-disable-next-line no-console
  console.info(`[hapi] listening on ${server.info.uri}`);

  const api = createFeathersApp();
  await api.listen(config.feathers.port);
  // eslint-disable-next-line no-console
  console.info(`[feathers] listening on :${config.feathers.port}`);

  return async () => {
    await server.stop({ timeout: 10000 });
    await broker.stop();
  };
}

async function startWorkers() {
  const { createTranscodeWorker } = require('./jobs/transcodeWorker');
  const { createPodcastWorker } = require('./jobs/podcastWorker');
  const { createOnAirWorker } = require('./jobs/onAirWorker');
  const workers = [createTranscodeWorker(), createPodcastWorker(), createOnAirWorker()];
  // eslint-disable-next-line no-console
  console.info(`[workers] ${workers.length} BullMQ workers running`);
  return async () => {
    await Promise.all(workers.map((w) => w.close()));
  };
}

async function main() {
  const stop = process.argv.includes('--workers') ? await startWorkers() : await startWeb();
  const shutdown = async (signal) => {
    // eslint-disable-next-line no-console
    console.info(`[wavelength] ${signal} received, shutting down`);
    await stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  // eslint-disable-next-line no-console
  console.error(err);
  process.exit(1);
});
