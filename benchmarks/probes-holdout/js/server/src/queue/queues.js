'use strict';

const { Queue } = require('bullmq');
const config = require('../config');

const connection = { host: config.redis.host, port: config.redis.port };

const defaultJobOptions = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

const queues = {
  reminders: new Queue('reminders', { connection, defaultJobOptions }),
  calendars: new Queue('calendars', { connection, defaultJobOptions }),
  webhooks: new Queue('webhooks', { connection, defaultJobOptions }),
  programmes: new Queue('programmes', { connection, defaultJobOptions }),
};

async function closeQueues() {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}

module.exports = { queues, connection, closeQueues };
