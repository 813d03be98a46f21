'use strict';

const { Agenda } = require('agenda');
const config = require('../config');

const agenda = new Agenda({
  db: { address: config.mongoUrl, collection: config.agendaCollection },
  processEvery: '15 seconds',
  maxConcurrency: 5,
  defaultLockLifetime: 5 * 60 * 1000,
});

function registerJobs() {
  const { runEntryExport, purgeOldExports, deliverOrganiserNotification } = require('./workers');

  agenda.define('export-entries', { concurrency: 2, priority: 'normal' }, async (job) => {
    await runEntryExport(job.attrs.data);
  });

  agenda.define('notify-organiser', { concurrency: 4, priority: 'high' }, async (job) => {
    const { entryId, event } = job.attrs.data;
    await deliverOrganiserNotification(entryId, event);
  });

  agenda.define('purge-exports', async () => {
    await purgeOldExports(14);
  });
}

async function startWorker() {
  registerJobs();
  agenda.on('fail', (err, job) => console.error(`[agenda] ${job.attrs.name} failed: ${err.message}`));
  await agenda.start();
  await agenda.every('0 3 * * *', 'purge-exports');
  console.log('[agenda] worker started');
}

if (require.main === module) {
  startWorker().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { agenda, startWorker };
